/**
 * `deno bench` for lintMessage on 200- and 2000-character messages, with and
 * without the language check. The baseline is one Unicode regex pass over
 * the same text (counting words), so ratios stay meaningful on a noisy
 * machine: lint cost is reported in "regex passes".
 *
 * Run: `deno bench bench/lint_message_bench.ts`
 */
import { lintMessage, type LintOptions } from "../mod.ts";

const SENTENCE =
  "Hello, regarding your order 123-1234567-1234567: the delivery of your sofa is planned for Monday between 8:00 and 12:00. Please confirm that someone can receive it. ";
const TEXT_200 = SENTENCE.slice(0, 200);
const TEXT_2000 = SENTENCE.repeat(Math.ceil(2000 / SENTENCE.length)).slice(
  0,
  2000,
);
const NO_LANGUAGE: LintOptions = { rules: { "language-match": "off" } };

for (const [size, text] of [["200", TEXT_200], ["2000", TEXT_2000]] as const) {
  Deno.bench({
    name: `baseline: one regex pass over ${size} characters`,
    group: size,
    baseline: true,
    fn() {
      let words = 0;
      for (const _ of text.matchAll(/\p{L}+/gu)) words++;
      if (words === 0) throw new Error("unreachable");
    },
  });
  Deno.bench({
    name: `lintMessage ${size} characters, no language check`,
    group: size,
    fn() {
      lintMessage(
        { type: "unexpectedProblem", text, locale: "en-US" },
        NO_LANGUAGE,
      );
    },
  });
  Deno.bench({
    name: `lintMessage ${size} characters, with language check`,
    group: size,
    fn() {
      lintMessage({ type: "unexpectedProblem", text, locale: "en-US" });
    },
  });
  Deno.bench({
    name: `lintMessage ${size} characters, composed (template language)`,
    group: size,
    fn() {
      lintMessage({
        type: "unexpectedProblem",
        text,
        locale: "en-US",
        template: { id: "unexpectedProblem", locale: "en-US" },
      });
    },
  });
}
