/**
 * The shared harness of the phrase rules' tests (no-marketing,
 * no-review-manipulation, no-opt-out): per-language case tables, the default
 * templates, and linearity on adversarial input.
 */
import assert from "node:assert/strict";
import { createComposer } from "../../src/compose/create_composer.ts";
import { lintMessage, type LintOptions } from "../../src/lint/lint_message.ts";
import type { AnyRule, Diagnostic } from "../../src/lint/rule.ts";
import {
  PHRASE_LANGUAGES,
  type PhraseLanguage,
} from "../../src/rules/_phrases.ts";

/** A finding a case expects: its message id and the text it covers. */
export interface Expected {
  readonly messageId: string;
  readonly span: string;
}

/** The cases of one language. */
export interface Cases {
  readonly valid: readonly string[];
  readonly invalid: readonly {
    readonly text: string;
    readonly errors: readonly Expected[];
  }[];
}

/**
 * Renders every default template with its sample data and hands each
 * message to `visit`; answers how many were rendered.
 */
async function forEachDefaultTemplate(
  visit: (
    type: string,
    locale: string,
    message: ReturnType<ReturnType<typeof createComposer>["compose"]>,
  ) => void,
): Promise<number> {
  const composer = createComposer();
  let rendered = 0;
  for (const type of composer.templateIds()) {
    const data = JSON.parse(
      await Deno.readTextFile(
        new URL(`../../templates/${type}/sample.json`, import.meta.url),
      ),
    );
    for (const locale of composer.locales(type)) {
      visit(type, locale, composer.compose({ type, locale, data }));
      rendered++;
    }
  }
  return rendered;
}

/** Lints a text with only `rule` on and returns its findings. */
export function lintWith(
  rule: AnyRule,
  text: string,
  type = "unexpectedProblem",
): Diagnostic[] {
  return lintMessage({ type, text }, {
    policy: { name: "test", rules: { [rule.id]: "error" } },
  }).diagnostics.filter((d) => d.ruleId === rule.id);
}

/** Shows findings as `[messageId, covered text]` pairs. */
export function describe(found: readonly Diagnostic[], text: string): string {
  return JSON.stringify(
    found.map((d) => [
      d.messageId,
      text.slice(d.range!.start.offset, d.range!.end.offset),
    ]),
  );
}

/**
 * Registers the tests every phrase rule gets: each language's valid and
 * invalid cases, at least two of each per language, no finding in any
 * default template or in a message without text, and linear time on 100 KB
 * of each adversarial fragment repeated (of which lintMessage checks the
 * first 2000 code units).
 */
export function testPhraseRule(
  rule: AnyRule,
  cases: Readonly<Record<PhraseLanguage, Cases>>,
  adversarial: readonly string[],
): void {
  const lint = (text: string, type?: string) => lintWith(rule, text, type);

  for (const [language, table] of Object.entries(cases)) {
    Deno.test(`${rule.id} (${language}): reports nothing on valid messages`, async (t) => {
      for (const text of table.valid) {
        await t.step(text, () => {
          const found = lint(text);
          assert.equal(found.length, 0, describe(found, text));
        });
      }
    });
    Deno.test(`${rule.id} (${language}): reports invalid messages`, async (t) => {
      for (const { text, errors } of table.invalid) {
        await t.step(text, () => {
          const found = lint(text);
          assert.deepEqual(
            found.map((d) => ({
              messageId: d.messageId,
              span: text.slice(d.range!.start.offset, d.range!.end.offset),
            })),
            errors,
          );
          for (const d of found) {
            assert.equal(d.severity, "error");
            assert.ok(!d.message.includes("{{"), d.message);
          }
        });
      }
    });
  }

  Deno.test(`${rule.id}: every language has at least 2 valid and 2 invalid cases`, () => {
    for (const language of PHRASE_LANGUAGES) {
      assert.ok(cases[language].valid.length >= 2, language);
      assert.ok(cases[language].invalid.length >= 2, language);
    }
  });

  Deno.test(`${rule.id}: a message without text has no finding`, () => {
    assert.deepEqual(lint("", "legalDisclosure"), []);
  });

  Deno.test(`${rule.id}: the default templates produce no finding`, async () => {
    const rendered = await forEachDefaultTemplate((type, locale, message) => {
      const found = lint(message.text, type);
      assert.equal(
        found.length,
        0,
        `${type}/${locale}: ${describe(found, message.text)}`,
      );
    });
    assert.equal(rendered, 96);
  });

  Deno.test(`${rule.id}: 100 KB of adversarial text stays fast`, () => {
    const size = 100_000;
    const fill = (s: string) =>
      s.repeat(Math.ceil(size / s.length)).slice(0, size);
    // Compile for one-byte and two-byte strings first.
    lint("warm up");
    lint("warm up ü 日本");
    for (const text of adversarial.map(fill)) {
      const label = `${JSON.stringify(text.slice(0, 12))}…`;
      // The rule's own work: matching and reporting.
      let reported = 0;
      let start = performance.now();
      rule.check({
        message: { type: "unexpectedProblem", text },
        text,
        checkedLength: text.length,
        messageType: undefined,
        options: {},
        report() {
          reported++;
        },
      });
      const elapsed = performance.now() - start;
      // Loose on purpose: a quadratic scan of 100 KB takes minutes.
      assert.ok(elapsed < 1000, `${label} took ${elapsed.toFixed(0)} ms`);
      // End to end, the engine checks only the first 2000 code units (the
      // type's limit): what the rule finds there.
      const limit = 2000;
      let inWindow = 0;
      rule.check({
        message: { type: "unexpectedProblem", text },
        text: text.slice(0, limit),
        checkedLength: limit,
        messageType: undefined,
        options: {},
        report() {
          inWindow++;
        },
      });
      start = performance.now();
      const found = lint(text);
      const total = performance.now() - start;
      assert.equal(found.length, inWindow, label);
      assert.ok(reported >= inWindow, label);
      assert.ok(found.every((d) => d.range!.end.offset <= limit), label);
      assert.ok(
        total < 3000,
        `${label} took ${total.toFixed(0)} ms in lintMessage`,
      );
    }
  });
}

/** A finding a concept-rule case expects: its message id. */
export interface ConceptCase {
  readonly text: string;
  readonly messageId: string;
  /** The buyer's locale; `undefined` lints with no locale. */
  readonly locale?: string;
}

/** Valid and invalid cases of a concept rule, by language. */
export interface ConceptCases {
  readonly valid: readonly string[];
  readonly invalid: readonly ConceptCase[];
}

/** Lints a message with only `rule` on and returns its findings. */
export function lintMessageWith(
  rule: AnyRule,
  message: Parameters<typeof lintMessage>[0],
): Diagnostic[] {
  return lintMessage(message, {
    policy: { name: "test", rules: { [rule.id]: "error" } },
  }).diagnostics.filter((d) => d.ruleId === rule.id);
}

/** A table row: the buyer's locale, the text, the error's message id. */
export type ErrorRow = [
  locale: string,
  text: string,
  expected: string | undefined,
];

/**
 * The rows of `table` whose first error from `rule` (in an
 * `unexpectedProblem` message) has another message id than expected, each
 * as "text: actual != expected"; `[]` when all hold.
 */
export function wrongFirstErrors(
  rule: AnyRule,
  table: readonly ErrorRow[],
): string[] {
  const wrong: string[] = [];
  for (const [locale, text, expected] of table) {
    const found = lintMessageWith(rule, {
      type: "unexpectedProblem",
      text,
      locale,
    }).filter((d) => d.severity === "error");
    const actual = found[0]?.messageId;
    if (actual !== expected) wrong.push(`${text}: ${actual} != ${expected}`);
  }
  return wrong;
}

/**
 * Registers the table tests of a concept rule (no-review-manipulation,
 * no-marketing): per language, valid texts give no error and each invalid
 * text gives exactly one error with the expected message id, with and
 * without the buyer's locale; no finding in the default templates;
 * adversarial input stays linear.
 */
export function testConceptRule(
  rule: AnyRule,
  cases: Readonly<Record<string, ConceptCases>>,
  adversarial: readonly string[],
): void {
  for (const [language, table] of Object.entries(cases)) {
    const locale = { en: "en-US", de: "de-DE" }[language] ?? language;
    Deno.test(`${rule.id} (${language}): reports no error on valid messages`, async (t) => {
      for (const text of table.valid) {
        await t.step(text, () => {
          for (const withLocale of [locale, undefined]) {
            const found = lintMessageWith(rule, {
              type: "unexpectedProblem",
              text,
              locale: withLocale,
            }).filter((d) => d.severity === "error");
            assert.equal(found.length, 0, describe(found, text));
          }
        });
      }
    });
    Deno.test(`${rule.id} (${language}): reports invalid messages`, async (t) => {
      for (const { text, messageId } of table.invalid) {
        await t.step(text, () => {
          for (const withLocale of [locale, undefined]) {
            const found = lintMessageWith(rule, {
              type: "unexpectedProblem",
              text,
              locale: withLocale,
            });
            assert.deepEqual(
              found.map((d) => d.messageId),
              [messageId],
              describe(found, text),
            );
            assert.equal(found[0]!.severity, "error");
            assert.ok(!found[0]!.message.includes("{{"), found[0]!.message);
          }
        });
      }
    });
  }

  Deno.test(`${rule.id}: a message without text has no finding`, () => {
    assert.deepEqual(lintWith(rule, "", "legalDisclosure"), []);
  });

  Deno.test(`${rule.id}: the default templates produce no finding`, async () => {
    const rendered = await forEachDefaultTemplate((type, locale, message) => {
      const found = lintMessageWith(rule, {
        type,
        text: message.text,
        locale,
        dataSpans: message.dataSpans,
      });
      assert.equal(
        found.length,
        0,
        `${type}/${locale}: ${describe(found, message.text)}`,
      );
    });
    assert.equal(rendered, 96);
  });

  Deno.test(`${rule.id}: 64 KB of adversarial text stays linear`, () => {
    const size = 64_000;
    const fill = (s: string) =>
      s.repeat(Math.ceil(size / s.length)).slice(0, size);
    const run = (text: string) => {
      const start = performance.now();
      rule.check({
        message: { type: "unexpectedProblem", text },
        text,
        checkedLength: text.length,
        messageType: undefined,
        options: {},
        report() {},
      });
      return performance.now() - start;
    };
    const median = (text: string) => {
      const times = [run(text), run(text), run(text)].sort((a, b) => a - b);
      return times[1]!;
    };
    // Benign prose of the same length, measured in the same run.
    const baseline = median(
      fill("Your order ships today and arrives on Friday. Thank you. "),
    );
    for (const text of adversarial.map(fill)) {
      const label = `${JSON.stringify(text.slice(0, 12))}…`;
      const elapsed = median(text);
      // A quadratic scan of 64 KB takes seconds; a linear one stays within
      // a small multiple of the baseline.
      assert.ok(
        elapsed < Math.max(400, baseline * 60),
        `${label} took ${elapsed.toFixed(0)} ms (baseline ${
          baseline.toFixed(0)
        } ms)`,
      );
    }
  });
}

/**
 * The message ids `ruleId` reports on a message under `options` (the
 * recommended policy otherwise).
 */
export function messageIdsOf(
  ruleId: string,
  message: Parameters<typeof lintMessage>[0],
  options: LintOptions = {},
): string[] {
  return lintMessage(message, options).diagnostics
    .filter((d) => d.ruleId === ruleId)
    .map((d) => d.messageId);
}
