import assert from "node:assert/strict";
import { cancelAssessed } from "../../../src/rules/_intent/assessed.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";

// Hits for the words given, in order, as [concept, word] pairs.
function hitsOf(
  text: string,
  language: string,
  words: readonly [string, string][],
): ConceptHit[] {
  let from = 0;
  return words.map(([concept, word]) => {
    const start = text.indexOf(word, from);
    assert.ok(start >= 0, `"${word}" in "${text}"`);
    from = start + word.length;
    return { concept, language, start, end: start + word.length } as ConceptHit;
  });
}

function cancelledWords(
  text: string,
  language: string,
  words: readonly [string, string][],
): string[] {
  const hits = hitsOf(text, language, words);
  const cancelled = new Uint8Array(hits.length);
  cancelAssessed(hits, text, segmentText(text), cancelled, ["review"], [
    "request",
    "place",
  ]);
  return hits.filter((_, i) => cancelled[i]).map((hit) =>
    text.slice(hit.start, hit.end)
  );
}

Deno.test("cancelAssessed: an assessor's or a source's review word is a finding", () => {
  assert.deepEqual(
    cancelledWords(
      "the technician's assessment is that the pump failed.",
      "en",
      [
        ["review", "assessment"],
      ],
    ),
    ["assessment"],
  );
  assert.deepEqual(
    cancelledWords(
      "laut Gutachten ist der Schaden ein Transportschaden.",
      "de",
      [
        ["review", "Gutachten"],
      ],
    ),
    ["Gutachten"],
  );
  assert.deepEqual(
    cancelledWords("la valutazione del perito arriva domani.", "it", [
      ["review", "valutazione"],
    ]),
    ["valutazione"],
  );
});

Deno.test("cancelAssessed: a request or a review place in the clause keeps the word", () => {
  assert.deepEqual(
    cancelledWords("please rate the technician's assessment on Amazon.", "en", [
      ["request", "please"],
      ["review", "assessment"],
      ["place", "Amazon"],
    ]),
    [],
  );
});

Deno.test("cancelAssessed: a review word with no owner is left alone", () => {
  assert.deepEqual(
    cancelledWords("we would love your review of the lamp.", "en", [
      ["review", "review"],
    ]),
    [],
  );
});

Deno.test("cancelAssessed: a perfect of the seller or an owner that closes its clause reports an assessment", () => {
  assert.deepEqual(
    cancelledWords(
      "onze technische dienst heeft de foto's van uw maaier tot 600 m², met app beoordeeld.",
      "nl",
      [["review", "beoordeeld"]],
    ),
    ["beoordeeld"],
  );
  assert.deepEqual(
    cancelledWords(
      "wir haben ihre fotos bewertet und schicken heute ein neues glas.",
      "de",
      [["review", "bewertet"]],
    ),
    ["bewertet"],
  );
  // The buyer as the subject, a word that does not close the clause, and
  // a request in the clause keep it.
  for (
    const [text, language, word] of [
      ["haben sie uns schon bewertet?", "de", "bewertet"],
      ["wir freuen uns, wenn sie uns bewertet haben.", "de", "bewertet"],
      ["heeft u ons al beoordeeld?", "nl", "beoordeeld"],
      ["wir haben die bewertung gelesen.", "de", "bewertung"],
    ] as const
  ) {
    assert.deepEqual(cancelledWords(text, language, [["review", word]]), []);
  }
  assert.deepEqual(
    cancelledWords("wir haben sie gebeten, uns bitte zu bewertet.", "de", [
      ["request", "bitte"],
      ["review", "bewertet"],
    ]),
    [],
  );
});
