import assert from "node:assert/strict";
import {
  cancelPlaceCategories,
  STAR_SIGN,
  starCounts,
} from "../../../src/rules/_intent/stars.ts";
import { flagged, hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: {
    positive: ["5-star", "5 stars", "five stars", "great stars", "excellent"],
    graded: ["model"],
  },
  pt: { positive: ["5 estrelas"] },
});

function places(text: string, starCategory?: string): string[] {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  cancelPlaceCategories(
    hits,
    text,
    cancelled,
    byConcept,
    ["positive"],
    starCategory,
  );
  return flagged(text, hits, cancelled);
}

Deno.test("cancelPlaceCategories() cancels stars right next to a place word, before or after", () => {
  assert.deepEqual(places("we stayed in a 5-star hotel"), ["positive:5-star"]);
  assert.deepEqual(places("o hotel 5 estrelas"), ["positive:5 estrelas"]);
  assert.deepEqual(places("five stars from you would make our week"), []);
  // Too far from the place word, or no stars named.
  assert.deepEqual(
    places("five stars from you; the hotel we stayed at was lovely"),
    [],
  );
  assert.deepEqual(places("an excellent hotel"), []);
});

Deno.test("cancelPlaceCategories() also cancels stars next to a hit of the star category", () => {
  assert.deepEqual(places("the 5-star model"), []);
  assert.deepEqual(places("the 5-star model", "graded"), ["positive:5-star"]);
});

Deno.test("starCounts() finds the qualifier hits that name a number of stars", () => {
  const text = "five stars, great stars, 5 stars, excellent";
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  const words = (counts: Set<number>) =>
    [...counts].map((i) => text.slice(hits[i]!.start, hits[i]!.end));
  assert.deepEqual(
    words(starCounts(hits, byConcept, cancelled, new Map(), "positive", text)),
    ["five stars", "5 stars"],
  );
  // Cancelled and renamed hits are no star counts.
  const fiveStars = hits.findIndex((hit) => hit.start === 0);
  cancelled[fiveStars] = 1;
  const renamed = new Map([[hits.findIndex((hit) => hit.start === 25), "x"]]);
  assert.deepEqual(
    words(starCounts(hits, byConcept, cancelled, renamed, "positive", text)),
    [],
  );
});

Deno.test("STAR_SIGN finds a digit, a star sign or the word for five", () => {
  for (const words of ["5 stars", "★★★★★", "fünf sterne", "星5", "पांच सितारे"]) {
    assert.ok(STAR_SIGN.test(words), words);
  }
  assert.ok(!STAR_SIGN.test("great stars"));
});
