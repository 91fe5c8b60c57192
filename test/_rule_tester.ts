/**
 * A table-driven tester for lint rules, in the manner of ESLint's
 * RuleTester: valid cases must produce no diagnostic of the rule, invalid
 * ones exactly the listed diagnostics, in order.
 */
import assert from "node:assert/strict";
import { lintMessage } from "../src/lint/lint_message.ts";
import type { AnyRule, Diagnostic, LintMessage } from "../src/lint/rule.ts";

/** A case: a text, or a text with message fields and rule options. */
export interface RuleCase {
  readonly text?: string;
  readonly type?: string;
  readonly locale?: string;
  readonly amazonOrderId?: string;
  readonly message?: Partial<LintMessage> & Record<string, unknown>;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly name?: string;
}

/** An expected diagnostic. */
export interface ExpectedDiagnostic {
  readonly messageId: string;
  readonly line?: number;
  readonly column?: number;
  readonly severity?: "error" | "warning";
  /** The text the diagnostic's range covers. */
  readonly span?: string;
  /** A substring the message must contain. */
  readonly message?: string;
}

/** An invalid case and what it must report. */
export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedDiagnostic[];
}

function run(rule: AnyRule, c: RuleCase): readonly Diagnostic[] {
  const message: LintMessage = {
    type: c.type ?? "unexpectedProblem",
    ...(c.text !== undefined ? { text: c.text } : {}),
    ...(c.locale !== undefined ? { locale: c.locale } : {}),
    ...(c.amazonOrderId !== undefined
      ? { amazonOrderId: c.amazonOrderId }
      : {}),
    ...c.message,
  } as LintMessage;
  const setting = rule.meta.defaultSeverity === "off"
    ? "error"
    : rule.meta.defaultSeverity;
  const config = c.options === undefined
    ? setting
    : [setting, c.options] as const;
  return lintMessage(message, {
    policy: { name: "test", rules: { [rule.id]: config } },
  }).diagnostics.filter((d) => d.ruleId === rule.id);
}

function label(c: RuleCase): string {
  const text = c.name ?? c.text ?? JSON.stringify(c.message);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/**
 * Registers the rule's valid and invalid cases as test steps.
 *
 * @param rule The rule under test.
 * @param cases The valid and invalid cases.
 */
export function testRule(
  rule: AnyRule,
  cases: {
    valid: readonly (string | RuleCase)[];
    invalid: readonly InvalidCase[];
  },
): void {
  Deno.test(`${rule.id}: reports nothing on valid messages`, async (t) => {
    for (const raw of cases.valid) {
      const c = typeof raw === "string" ? { text: raw } : raw;
      await t.step(label(c), () => {
        const found = run(rule, c);
        assert.deepEqual(
          found.map((d) => `${d.messageId}: ${d.message}`),
          [],
        );
      });
    }
  });
  Deno.test(`${rule.id}: reports invalid messages`, async (t) => {
    for (const c of cases.invalid) {
      await t.step(label(c), () => {
        const found = run(rule, c);
        assert.equal(
          found.length,
          c.errors.length,
          `expected ${c.errors.length} diagnostic(s), got ${
            JSON.stringify(found.map((d) => [d.messageId, d.message]))
          }`,
        );
        c.errors.forEach((expected, i) => {
          const actual = found[i]!;
          assert.equal(actual.messageId, expected.messageId);
          assert.ok(
            !/\{\{/.test(actual.message),
            `unfilled placeholder in "${actual.message}"`,
          );
          if (expected.line !== undefined) {
            assert.equal(actual.range?.start.line, expected.line);
          }
          if (expected.column !== undefined) {
            assert.equal(actual.range?.start.column, expected.column);
          }
          if (expected.severity !== undefined) {
            assert.equal(actual.severity, expected.severity);
          }
          if (expected.message !== undefined) {
            assert.ok(
              actual.message.includes(expected.message),
              actual.message,
            );
          }
          if (expected.span !== undefined) {
            const text = c.text ?? String(c.message?.text ?? "");
            assert.equal(
              text.slice(actual.range!.start.offset, actual.range!.end.offset),
              expected.span,
            );
          }
        });
      });
    }
  });
}
