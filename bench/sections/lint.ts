/**
 * Lint: CPU time per message of each rule alone and of the whole
 * recommended policy, for the composed 200- and 2000-character messages of
 * the compose benchmark, with and without the `language-match` rule. With
 * it, the message is linted as free text in the buyer's locale, so the rule
 * runs language detection; a composed message (template locale known) skips
 * detection, and is measured too.
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
import { compare, type Measured, sinkValue } from "../report/measure.ts";

const LANGUAGE_RULE = "language-match";

/** The timings for one message size. */
export interface LintSize {
  /** "200" or "2000". */
  readonly size: string;
  /** Characters of the messages (mean of the variants). */
  readonly chars: number;
  /** Findings of the whole policy (with language-match when available): the messages are meant to be clean. */
  readonly findings: readonly string[];
  /** Whole policy without language-match (baseline), whole with it, then each rule alone. */
  readonly results: readonly Measured[];
}

/** What the lint section measured. */
export interface LintResult {
  /** How language-match was found: in the rule set, as a file not yet registered, or missing. */
  readonly languageRule: "registered" | "plugin" | "missing";
  /** Whether the recommended policy turns language-match on. */
  readonly languageInRecommended: boolean;
  readonly sizes: readonly LintSize[];
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
  const sizes: LintSize[] = [];
  for (const template of TEMPLATES.filter((t) => t.helpers)) {
    const id = `${MESSAGE_TYPE}/size${template.size}`;
    // Distinct texts, linted in turn: a rule's work kept for the text it
    // saw last (shared by the rules of one call) never serves the next
    // call, as on a server where every message is new.
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
    const lint = (messages: LintMessage[], options: LintOptions) => {
      let next = 0;
      return () => {
        const message = messages[next]!;
        next = (next + 1) % messages.length;
        return lintMessage(message, { plugins, ...options });
      };
    };
    const only = (rule: AnyRule): LintOptions => ({
      policy: { name: `only ${rule.id}`, rules: { [rule.id]: "error" } },
    });
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
      ...rules.map((rule) => ({
        name: `rule ${rule.id}`,
        run: lint(freeTexts, only(rule)),
      })),
    ], { rounds: 9, batchMs: 25, warmupMs: 100 });
    sizes.push({
      size: template.size,
      chars: Math.round(
        freeTexts.reduce((sum, m) => sum + (m.text ?? "").length, 0) / VARIANTS,
      ),
      findings,
      results,
    });
  }
  return {
    languageRule: language.how,
    languageInRecommended: LANGUAGE_RULE in RECOMMENDED_POLICY.rules,
    sizes,
    sink: sinkValue(),
  };
}

if (import.meta.main) console.log(JSON.stringify(await runLint()));
