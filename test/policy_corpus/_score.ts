/**
 * Scores the lint on the labeled corpus: a clean message must get no error,
 * a violation an error from one of the rules its label names.
 */
import { lintMessage } from "../../src/lint/lint_message.ts";
import type { Diagnostic } from "../../src/lint/rule.ts";
import type { PreparedCase } from "./_corpus.ts";

/** Lints one case. */
export type LintCase = (item: PreparedCase) => readonly Diagnostic[];

/**
 * Lints a case as a seller's message would be: its type, plain text, the
 * buyer's locale, the order and the spans that came from order data.
 */
export const lintCase: LintCase = (item) =>
  lintMessage({
    type: item.type,
    text: item.plainText,
    locale: item.locale,
    amazonOrderId: item.amazonOrderId,
    dataSpans: item.dataSpans,
  }).diagnostics;

/** The outcome of one case. */
export interface CaseResult {
  readonly item: PreparedCase;
  /** Rule ids that reported an error. */
  readonly errors: readonly string[];
  /** For a clean case: any error. For a violation: an error from a named rule. */
  readonly wrong: boolean;
  /** The first error's message, for the report. */
  readonly firstError?: string;
}

/** Counts for one group (a language, a class, or everything). */
export interface GroupScore {
  readonly clean: number;
  readonly falseErrors: number;
  readonly violations: number;
  readonly caught: number;
  /** Violations blocked by some error, though not from a rule they name. */
  readonly blockedOtherwise: number;
}

/** Precision and recall of one rule. */
export interface RuleScore {
  readonly truePositives: number;
  readonly falseNegatives: number;
  /** Errors on clean messages. */
  readonly falsePositives: number;
}

/** Everything the scorer reports. */
export interface Score {
  readonly results: readonly CaseResult[];
  readonly total: GroupScore;
  readonly byLocale: Readonly<Record<string, GroupScore>>;
  readonly byClass: Readonly<Record<string, GroupScore>>;
  readonly byRule: Readonly<Record<string, RuleScore>>;
}

function empty(): {
  clean: number;
  falseErrors: number;
  violations: number;
  caught: number;
  blockedOtherwise: number;
} {
  return {
    clean: 0,
    falseErrors: 0,
    violations: 0,
    caught: 0,
    blockedOtherwise: 0,
  };
}

/** Lints every case and counts. */
export function scoreCorpus(
  cases: readonly PreparedCase[],
  lint: LintCase,
): Score {
  const results: CaseResult[] = [];
  const total = empty();
  const byLocale: Record<string, ReturnType<typeof empty>> = {};
  const byClass: Record<string, ReturnType<typeof empty>> = {};
  const byRule: Record<
    string,
    { truePositives: number; falseNegatives: number; falsePositives: number }
  > = {};
  const ruleScore = (id: string) =>
    byRule[id] ??= { truePositives: 0, falseNegatives: 0, falsePositives: 0 };
  for (const item of cases) {
    const diagnostics = lint(item);
    const errorDiagnostics = diagnostics.filter((d) => d.severity === "error");
    const errors = [...new Set(errorDiagnostics.map((d) => d.ruleId))];
    const groups = [
      total,
      byLocale[item.locale] ??= empty(),
      byClass[item.class] ??= empty(),
    ];
    let wrong: boolean;
    if (item.label === "clean") {
      wrong = errors.length > 0;
      for (const group of groups) {
        group.clean++;
        if (wrong) group.falseErrors++;
      }
      for (const id of errors) ruleScore(id).falsePositives++;
    } else {
      const caught = item.rules.some((id) => errors.includes(id));
      wrong = !caught;
      for (const group of groups) {
        group.violations++;
        if (caught) group.caught++;
        else if (errors.length > 0) group.blockedOtherwise++;
      }
      for (const id of item.rules) {
        if (errors.includes(id)) ruleScore(id).truePositives++;
        else ruleScore(id).falseNegatives++;
      }
    }
    results.push({
      item,
      errors,
      wrong,
      ...(errorDiagnostics[0] === undefined
        ? {}
        : { firstError: errorDiagnostics[0].message }),
    });
  }
  return { results, total, byLocale, byClass, byRule };
}

/** `part / whole` as a percentage with one decimal, or "–". */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${(100 * part / whole).toFixed(1)}%`;
}
