/**
 * Lint: CPU time per message of the whole recommended policy and of each
 * rule alone, for the composed 200- and 2000-character messages of the
 * compose benchmark, with and without the `language-match` rule. With it,
 * the message is linted as free text in the buyer's locale, so the rule
 * runs language detection; a composed message (template locale known) skips
 * detection, and is measured too.
 *
 * Three measurements, in this order, in one fresh process:
 * - cold: the first messages linted after the modules load, while the
 *   engine still compiles (its compiler threads count, as CPU time of the
 *   process);
 * - steady: the whole policy, as a server that keeps linting sees it,
 *   after a warm-up of {@linkcode STEADY_WARMUP_MS} per candidate;
 * - per rule: each rule alone, interleaved with the whole policy measured
 *   again in the same rounds (a short warm-up; running many policies in
 *   turn makes the shared code slower than one policy would find it).
 *
 * Run alone: `deno run --allow-read=. bench/sections/lint.ts` (prints JSON).
 *
 * @module
 */

import { createComposer } from "../../src/compose/create_composer.ts";
import { compileTemplate } from "../../src/compose/precompile_templates.ts";
import { lintMessage, type LintOptions } from "../../src/lint/lint_message.ts";
import type { AnyRule, LintMessage } from "../../src/lint/rule.ts";
import {
  RECOMMENDED_POLICY,
  type RuleConfig,
} from "../../src/lint/policies.ts";
import { ALL_RULES } from "../../src/rules/mod.ts";
import {
  dataVariant,
  LOCALE,
  MESSAGE_TYPE,
  TEMPLATES,
  VARIANTS,
} from "../report/fixtures.ts";
import process from "node:process";
import { compare, type Measured, sinkValue } from "../report/measure.ts";

const LANGUAGE_RULE = "language-match";

/** How long each whole-policy candidate runs before it is timed. */
export const STEADY_WARMUP_MS = 2500;
/** How many messages the cold figure averages over. */
export const COLD_MESSAGES = 100;

/** The first messages linted in a fresh process. */
export interface ColdLint {
  /** Messages linted. */
  readonly messages: number;
  /** Their characters (mean). */
  readonly chars: number;
  /** Mean CPU nanoseconds per message, the compiler threads included. */
  readonly cpuNs: number;
  /** Mean wall-clock nanoseconds per message. */
  readonly wallNs: number;
}

/** The timings for one message size. */
export interface LintSize {
  /** "200" or "2000". */
  readonly size: string;
  /** Characters of the messages (mean of the variants). */
  readonly chars: number;
  /** Findings of the whole policy (with language-match when available): the messages are meant to be clean. */
  readonly findings: readonly string[];
  /** Whole policy without language-match (baseline), then with it (free text, composed), in a steady state. */
  readonly results: readonly Measured[];
  /**
   * The per-rule rounds: their baseline (the whole policy again, in the
   * same rounds), then each rule alone.
   */
  readonly perRule: readonly Measured[];
}

/** What the lint section measured. */
export interface LintResult {
  /** How language-match was found: in the rule set, as a file not yet registered, or missing. */
  readonly languageRule: "registered" | "plugin" | "missing";
  /** Whether the recommended policy turns language-match on. */
  readonly languageInRecommended: boolean;
  readonly sizes: readonly LintSize[];
  /** The first 2000-character messages linted after start-up. */
  readonly cold: ColdLint;
  /** The warm-up of each whole-policy candidate, in milliseconds. */
  readonly steadyWarmupMs: number;
  readonly sink: number;
}

/** Finds the language-match rule: registered, as a plugin from its file, or not at all. */
async function languageRule(): Promise<
  { rule: AnyRule | undefined; how: LintResult["languageRule"] }
> {
  const registered = ALL_RULES.find((rule) => rule.id === LANGUAGE_RULE);
  if (registered !== undefined) return { rule: registered, how: "registered" };
  try {
    const module = await import("../../src/rules/language_match.ts");
    const rule = Object.values(module).find((value) =>
      (value as AnyRule | undefined)?.id === LANGUAGE_RULE
    ) as AnyRule | undefined;
    return rule === undefined
      ? { rule: undefined, how: "missing" }
      : { rule, how: "plugin" };
  } catch {
    return { rule: undefined, how: "missing" };
  }
}

/** Measures every rule and the whole policy on both message sizes. */
export async function runLint(): Promise<LintResult> {
  const language = await languageRule();
  const plugins = language.how === "plugin" ? [language.rule!] : [];
  const withLanguage: Record<string, RuleConfig> | undefined =
    language.rule === undefined ? undefined : { [LANGUAGE_RULE]: "error" };
  const withoutLanguage: Record<string, RuleConfig> =
    language.rule === undefined ? {} : { [LANGUAGE_RULE]: "off" };
  const rules = [
    ...ALL_RULES.filter((rule) => rule.id !== LANGUAGE_RULE),
    ...(language.rule === undefined ? [] : [language.rule]),
  ];
  const composer = createComposer({
    templates: TEMPLATES.filter((t) => t.helpers).map((t) =>
      compileTemplate({
        path: `${MESSAGE_TYPE}/size${t.size}/${LOCALE}.hbs`,
        source: t.source,
      })
    ),
  });
  // Distinct texts, linted in turn: a rule's work kept for the text it saw
  // last (shared by the rules of one call) never serves the next call, as
  // on a server where every message is new.
  const messages = TEMPLATES.filter((t) => t.helpers).map((template) => {
    const id = `${MESSAGE_TYPE}/size${template.size}`;
    const freeTexts: LintMessage[] = [];
    const asComposed: LintMessage[] = [];
    for (let i = 0; i < VARIANTS; i++) {
      const data = dataVariant(i);
      const composed = composer.compose({
        type: MESSAGE_TYPE,
        locale: LOCALE,
        data,
        template: id,
      });
      const freeText: LintMessage = {
        type: MESSAGE_TYPE,
        text: composed.text,
        locale: LOCALE,
        amazonOrderId: String(data.amazonOrderId),
      };
      freeTexts.push(freeText);
      asComposed.push({
        ...freeText,
        template: { id, locale: composed.locale },
        dataSpans: composed.dataSpans,
      });
    }
    return { size: template.size, freeTexts, asComposed };
  });
  const lint = (list: LintMessage[], options: LintOptions) => {
    let next = 0;
    return () => {
      const message = list[next]!;
      next = (next + 1) % list.length;
      return lintMessage(message, { plugins, ...options });
    };
  };
  // Cold first, before anything else has linted in this process.
  const longest = messages.find((m) => m.size === "2000") ?? messages.at(-1)!;
  const cold = coldLint(
    lint(longest.freeTexts, { rules: withoutLanguage }),
    longest.freeTexts,
  );
  const only = (rule: AnyRule): LintOptions => ({
    policy: { name: `only ${rule.id}`, rules: { [rule.id]: "error" } },
  });
  const sizes: LintSize[] = [];
  for (const { size, freeTexts, asComposed } of messages) {
    const findings = freeTexts.flatMap((message) =>
      lintMessage(message, {
        plugins,
        rules: withLanguage ?? {},
      }).diagnostics.map((d) => `${d.ruleId}: ${d.message}`)
    );
    const results = compare([
      {
        name: "recommended policy without language-match",
        run: lint(freeTexts, { rules: withoutLanguage }),
      },
      ...(withLanguage === undefined ? [] : [
        {
          name: "recommended policy + language-match (free text: detection)",
          run: lint(freeTexts, { rules: withLanguage }),
        },
        {
          name:
            "recommended policy + language-match (composed: template locale)",
          run: lint(asComposed, { rules: withLanguage }),
        },
      ]),
    ], { rounds: 15, batchMs: 40, warmupMs: STEADY_WARMUP_MS });
    const perRule = compare([
      {
        name: "recommended policy without language-match, among the rules",
        run: lint(freeTexts, { rules: withoutLanguage }),
      },
      ...rules.map((rule) => ({
        name: `rule ${rule.id}`,
        run: lint(freeTexts, only(rule)),
      })),
    ], { rounds: 9, batchMs: 25, warmupMs: 100 });
    sizes.push({
      size,
      chars: meanChars(freeTexts),
      findings,
      results,
      perRule,
    });
  }
  return {
    languageRule: language.how,
    languageInRecommended: LANGUAGE_RULE in RECOMMENDED_POLICY.rules,
    sizes,
    cold,
    steadyWarmupMs: STEADY_WARMUP_MS,
    sink: sinkValue(),
  };
}

function meanChars(list: readonly LintMessage[]): number {
  return Math.round(
    list.reduce((sum, m) => sum + (m.text ?? "").length, 0) / list.length,
  );
}

// The first `COLD_MESSAGES` lints of the process, timed as one batch.
function coldLint(run: () => unknown, list: readonly LintMessage[]): ColdLint {
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  let kept = 0;
  for (let i = 0; i < COLD_MESSAGES; i++) if (run() !== undefined) kept++;
  const cpu = process.cpuUsage(cpu0);
  const wallNs = (performance.now() - wall0) * 1e6;
  if (kept !== COLD_MESSAGES) throw new Error("lintMessage returned nothing");
  return {
    messages: COLD_MESSAGES,
    chars: meanChars(list),
    cpuNs: (cpu.user + cpu.system) * 1000 / COLD_MESSAGES,
    wallNs: wallNs / COLD_MESSAGES,
  };
}

if (import.meta.main) console.log(JSON.stringify(await runLint()));
