import assert from "node:assert/strict";
import { withSplitWords } from "../../../src/rules/_intent/split_words.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";

function finder(term: string) {
  return (text: string): ConceptHit[] =>
    [...text.matchAll(new RegExp(term, "g"))].map((m) => ({
      concept: "review",
      language: "de",
      start: m.index!,
      end: m.index! + m[0].length,
    }));
}

Deno.test("withSplitWords(): a term split by a line break inside a word counts where it stands", () => {
  const find = finder("bewertung");
  const text = "eine bewert\nung und eine bewertung";
  const hits = withSplitWords(text, find(text), find, () => false);
  assert.deepEqual(
    hits.map(({ start, end }) => text.slice(start, end)),
    ["bewert\nung", "bewertung"],
  );
  // Sorted by end offset, as the analysis reads them.
  assert.ok(hits[0]!.end < hits[1]!.end);
});

Deno.test("withSplitWords(): a new line that starts with a capital starts a word", () => {
  const find = finder("annabewertung|bewertung");
  const text = "grüße anna\nbewertung";
  // The original had "Bewertung" at the start of its line.
  const capital = (offset: number) => offset === text.indexOf("\n") + 1;
  const hits = withSplitWords(text, find(text), find, capital);
  assert.deepEqual(hits.map(({ start, end }) => text.slice(start, end)), [
    "bewertung",
  ]);
  // Without line breaks, the hits are returned as they are.
  const plain = "eine bewertung";
  const own = find(plain);
  assert.equal(withSplitWords(plain, own, find, () => false), own);
});

// The rules that report errors on a message.
function errors(locale: string, text: string): string[] {
  return lintMessage({ type: "confirmOrderDetails", locale, text }).diagnostics
    .filter((d) => d.severity === "error").map((d) => d.ruleId);
}

Deno.test("a review word split by a line break is still a review word", () => {
  assert.ok(
    errors(
      "de-DE",
      "Vielen Dank für Ihre Bestellung! Bitte hinterlassen Sie uns eine positive Bewert\nung.",
    ).includes("no-review-manipulation"),
  );
  assert.ok(
    errors(
      "es-ES",
      "Si está contento, nos encantaría recibir una valo\nración positiva.",
    ).includes("no-review-manipulation"),
  );
  // A line wrapped between words joins no words into a review.
  assert.deepEqual(
    errors(
      "en-US",
      "Your lamp ships today. Please check the\nrating plate on the base before you plug it in.",
    ),
    [],
  );
});

Deno.test("a review word cut into syllables by hyphens is still a review word", () => {
  const requests: readonly [string, string][] = [
    [
      "pt-BR",
      "A peça nova já foi enviada. Poderia apagar a a-va-li-a-ção negativa do pedido?",
    ],
    [
      "fr-FR",
      "Si vous êtes satisfait, laissez-nous un a-vis po-si-tif sur Amazon.",
    ],
  ];
  for (const [locale, text] of requests) {
    assert.ok(errors(locale, text).includes("no-review-manipulation"), text);
  }
  // Hyphenated words that spell no term add nothing ("up-to-date",
  // "step-by-step").
  assert.deepEqual(
    errors(
      "en-US",
      "The step-by-step guide in the box is up-to-date for the new model.",
    ),
    [],
  );
});
