import assert from "node:assert/strict";
import { conceptMatcher } from "../../../src/rules/_intent/concept_matcher.ts";

Deno.test("conceptMatcher() finds the concepts of both families in one pass and keeps the last hits", () => {
  const text =
    "Please leave a review. Use code SAVE10 for 20% off your next order.";
  const hits = conceptMatcher().find(text);
  const concepts = new Set(hits.map((hit) => hit.concept));
  for (const concept of ["request", "review", "offer", "future"]) {
    assert.ok(concepts.has(concept), concept);
  }
  assert.equal(conceptMatcher().find(text), hits);
  assert.notEqual(conceptMatcher().find(`${text} `), hits);
});

Deno.test("conceptMatcher().findIn() scans only the given languages, in end order", () => {
  const text = "Bitte hinterlassen Sie eine Bewertung. Please leave a review.";
  const hits = conceptMatcher().findIn(text, ["de", "en"]);
  const languages = new Set(hits.map((hit) => hit.language));
  assert.deepEqual([...languages].sort(), ["de", "en"]);
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1]!;
    const b = hits[i]!;
    assert.ok(
      a.end < b.end || (a.end === b.end && a.end - a.start >= b.end - b.start),
    );
  }
  assert.deepEqual(conceptMatcher().findIn(text, ["xx"]), []);
  assert.ok(conceptMatcher().has("de"));
  assert.ok(!conceptMatcher().has("xx"));
  // Every language's hits are those of the full scan.
  const all = conceptMatcher().find(text);
  assert.deepEqual(
    all.filter((hit) => hit.language === "de"),
    conceptMatcher().findIn(text, ["de"]),
  );
});
