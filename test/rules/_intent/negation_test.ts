import assert from "node:assert/strict";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";
import {
  CLAUSE_CLOSING,
  CLAUSE_FINAL,
  CLOSING_REST,
  countedNegations,
  forgetNegations,
  negationsFor,
} from "../../../src/rules/_intent/negation.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { hitFinder, state } from "./_concept_hits.ts";

function words(text: string, hits: readonly ConceptHit[]): string[] {
  return hits.map((hit) => text.slice(hit.start, hit.end));
}

Deno.test("CLAUSE_FINAL, CLAUSE_CLOSING and CLOSING_REST name the languages and tails of closing negations", () => {
  assert.deepEqual([...CLAUSE_FINAL].sort(), ["hi", "ja", "ko", "tr"]);
  assert.deepEqual([...CLAUSE_CLOSING].sort(), ["de", "nl", "sv"]);
  for (const rest of ["", " an.", " geval aan!", " mehr", "…"]) {
    assert.ok(CLOSING_REST.test(rest), rest);
  }
  assert.ok(!CLOSING_REST.test(" die Bewertung zu schreiben"));
});

Deno.test("countedNegations() drops negations inside a longer term or a look-alike, not inside a canceller", () => {
  const find = hitFinder({
    en: {
      negation: ["no", "not", "don't"],
      request: ["don't forget"],
      notNegation: ["no problem"],
      reviewOther: ["not rated"],
    },
  });
  const text = "don't forget it, no problem, not rated, no review.";
  const hits = find(text);
  const { byConcept } = state(hits);
  assert.deepEqual(
    words(text, countedNegations(hits, byConcept, { reviewOther: ["review"] })),
    ["not", "no"],
  );
  // A term that is no canceller swallows its negation.
  assert.deepEqual(words(text, countedNegations(hits, byConcept, {})), ["no"]);
});

Deno.test("negationsFor() gives a hit its own language's negations, and loanwords the buyer's", () => {
  const negation = (language: string, start: number): ConceptHit => ({
    concept: "negation",
    language,
    start,
    end: start + 2,
  });
  const negations = [negation("de", 0), negation("en", 5), negation("fr", 9)];
  const languages = (list: ConceptHit[]) => list.map((n) => n.language);
  assert.deepEqual(languages(negationsFor("de", negations, "de", new Map())), [
    "de",
  ]);
  assert.deepEqual(languages(negationsFor("en", negations, "de", new Map())), [
    "de",
    "en",
  ]);
  // No buyer's language: English negations reach every language.
  assert.deepEqual(
    languages(negationsFor("fr", negations, undefined, new Map())),
    ["en", "fr"],
  );
  const cache = new Map<string, ConceptHit[]>();
  const first = negationsFor("de", negations, "de", cache);
  assert.equal(negationsFor("de", [], "de", cache), first);
});

Deno.test("forgetNegations() gives a verb of forgetting the negation of its clause", () => {
  const find = hitFinder({
    de: { forget: ["vergessen"], negation: ["nicht", "kein"] },
  });
  for (
    const text of [
      "vergessen sie die bewertung nicht!",
      "bitte nicht vergessen: eine bewertung.",
      "vergessen sie nicht die bewertung.",
    ]
  ) {
    const hits = find(text);
    const { byConcept, cancelled } = state(hits);
    const renamed = new Map<number, string>();
    const negations = hits.filter((hit) => hit.concept === "negation");
    const left = forgetNegations(
      hits,
      negations,
      segmentText(text),
      cancelled,
      byConcept,
      renamed,
      ["forget", "request"],
      text,
    );
    assert.deepEqual(left, [], text);
    assert.deepEqual([...renamed.values()], ["request"], text);
  }
  // A negation in another clause, or that does not close it, stays.
  for (
    const text of [
      "wir haben es vergessen, nicht die bewertung.",
      "vergessen sie die bewertung, die nicht kommt, und kein foto.",
    ]
  ) {
    const hits = find(text);
    const { byConcept, cancelled } = state(hits);
    const renamed = new Map<number, string>();
    const negations = hits.filter((hit) => hit.concept === "negation");
    const left = forgetNegations(
      hits,
      negations,
      segmentText(text),
      cancelled,
      byConcept,
      renamed,
      ["forget", "request"],
      text,
    );
    assert.equal(left, negations, text);
    assert.equal(renamed.size, 0, text);
  }
});
