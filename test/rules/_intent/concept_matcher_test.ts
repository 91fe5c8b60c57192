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
