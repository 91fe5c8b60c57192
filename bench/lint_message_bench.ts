/**
 * `deno bench` for lintMessage on 200- and 2000-character messages, with and
 * without the language check. The baseline is one Unicode regex pass over
 * the same text (counting words), so ratios stay meaningful on a noisy
 * machine: lint cost is reported in "regex passes".
 *
 * Run: `deno bench bench/lint_message_bench.ts`
 */
import { lintMessage, type LintOptions } from "../mod.ts";

const ITEMS = ["sofa", "wardrobe", "bed frame", "dining table"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"];

// Distinct texts, linted in turn, so that no rule's work kept for the last
// text serves the next call (as on a server, every message is new).
function texts(length: number): string[] {
  return Array.from({ length: 8 }, (_, i) => {
    const sentence = `Hello, regarding your order 12${i}-1234567-123456${i}: ` +
      `the delivery of your ${ITEMS[i % 4]} is planned for ${
        DAYS[(i >> 1) % 4]
      } between 8:00 and 12:00. Please confirm that someone can receive it. `;
    return sentence.repeat(Math.ceil(length / sentence.length)).slice(
      0,
      length,
    );
  });
}
const NO_LANGUAGE: LintOptions = { rules: { "language-match": "off" } };

for (const size of ["200", "2000"] as const) {
  const variants = texts(Number(size));
  let next = 0;
  const text = () => variants[next++ % variants.length]!;
  Deno.bench({
    name: `baseline: one regex pass over ${size} characters`,
    group: size,
    baseline: true,
    fn() {
      let words = 0;
      for (const _ of text().matchAll(/\p{L}+/gu)) words++;
      if (words === 0) throw new Error("unreachable");
    },
  });
  Deno.bench({
    name: `lintMessage ${size} characters, no language check`,
    group: size,
    fn() {
      lintMessage(
        { type: "unexpectedProblem", text: text(), locale: "en-US" },
        NO_LANGUAGE,
      );
    },
  });
  Deno.bench({
    name: `lintMessage ${size} characters, with language check`,
    group: size,
    fn() {
      lintMessage({ type: "unexpectedProblem", text: text(), locale: "en-US" });
    },
  });
  Deno.bench({
    name: `lintMessage ${size} characters, composed (template language)`,
    group: size,
    fn() {
      lintMessage({
        type: "unexpectedProblem",
        text: text(),
        locale: "en-US",
        template: { id: "unexpectedProblem", locale: "en-US" },
      });
    },
  });
}
