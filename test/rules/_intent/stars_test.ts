import assert from "node:assert/strict";
import {
  cancelDesignStars,
  cancelPlaceCategories,
  STAR_SIGN,
  starCounts,
} from "../../../src/rules/_intent/stars.ts";
import { flagged, hitFinder, state } from "./_concept_hits.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";

const find = hitFinder({
  en: {
    positive: ["5-star", "5 stars", "five stars", "great stars", "excellent"],
    graded: ["model"],
    design: ["embroider*", "logo"],
    place: ["on amazon"],
  },
  pt: { positive: ["5 estrelas"] },
  zh: { positive: ["五颗星"], design: ["绣"] },
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
  // The word for five only as a word of its own.
  assert.ok(!STAR_SIGN.test("best"));
  assert.ok(!STAR_SIGN.test("female"));
  assert.ok(STAR_SIGN.test("beş yıldız"));
});

function motifs(text: string): string[] {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  cancelDesignStars(
    hits,
    text,
    segmentText(text),
    cancelled,
    byConcept,
    ["positive"],
    ["design"],
    "place",
  );
  return flagged(text, hits, cancelled);
}

Deno.test("cancelDesignStars() cancels stars near a design word in their clause", () => {
  assert.deepEqual(motifs("five stars embroidered above the name"), [
    "positive:five stars",
  ]);
  assert.deepEqual(motifs("a proof with 5 stars around the logo"), [
    "positive:5 stars",
  ]);
  assert.deepEqual(motifs("请确认是否在名字上方绣五颗星"), ["positive:五颗星"]);
  // A review place in the clause keeps the rating; another clause, or too
  // far, is no motif.
  assert.deepEqual(motifs("five stars on amazon for the embroidered bag"), []);
  assert.deepEqual(motifs("if you like the embroidery, leave five stars"), []);
  assert.deepEqual(
    motifs(
      "five stars from you would make our week and the whole team is proud of the logo",
    ),
    [],
  );
});

Deno.test("cancelDesignStars() cancels every star count of a sentence with a motif", () => {
  assert.deepEqual(
    motifs("5 stars embroidered on the sleeve, then five stars on the back"),
    ["positive:5 stars", "positive:five stars"],
  );
  assert.deepEqual(
    motifs("5 stars embroidered on the sleeve. Five stars from you please"),
    ["positive:5 stars"],
  );
});
