import assert from "node:assert/strict";
import {
  conceptIndex,
  firstEndingAfter,
  inside,
  keepersOf,
  overlaps,
} from "../../../src/rules/_intent/hit_index.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";

function hit(concept: string, start: number, end: number): ConceptHit {
  return { concept, language: "en", start, end };
}

Deno.test("overlaps() is true only when two hits share a code unit", () => {
  assert.equal(overlaps(hit("a", 0, 5), hit("b", 4, 8)), true);
  assert.equal(overlaps(hit("a", 0, 5), hit("b", 5, 8)), false);
  assert.equal(overlaps(hit("a", 2, 3), hit("b", 0, 8)), true);
  assert.equal(overlaps(hit("a", 9, 12), hit("b", 0, 8)), false);
});

Deno.test("firstEndingAfter() finds the first hit whose end is past an offset", () => {
  const hits = [
    hit("a", 0, 3),
    hit("b", 2, 6),
    hit("c", 5, 6),
    hit("d", 7, 10),
  ];
  assert.equal(firstEndingAfter(hits, -1), 0);
  assert.equal(firstEndingAfter(hits, 3), 1);
  assert.equal(firstEndingAfter(hits, 5), 1);
  assert.equal(firstEndingAfter(hits, 6), 3);
  assert.equal(firstEndingAfter(hits, 10), 4);
  assert.equal(firstEndingAfter([], 0), 0);
});

Deno.test("inside() tells whether one sorted span holds a range", () => {
  const spans = [{ start: 2, end: 6 }, { start: 10, end: 20 }];
  assert.equal(inside(spans, 3, 5), true);
  assert.equal(inside(spans, 10, 20), true);
  assert.equal(inside(spans, 5, 11), false);
  assert.equal(inside(spans, 0, 1), false);
  assert.equal(inside(spans, 21, 22), false);
  assert.equal(inside([], 0, 1), false);
});

Deno.test("conceptIndex() lists each concept's hit indices in end order", () => {
  const hits = [hit("a", 0, 3), hit("b", 2, 6), hit("a", 5, 7), hit("c", 8, 9)];
  assert.deepEqual([...conceptIndex(hits)], [["a", [0, 2]], ["b", [1]], [
    "c",
    [3],
  ]]);
});

Deno.test("keepersOf() builds the uncancelled keepers once, at the first call", () => {
  const hits = [
    hit("request", 0, 6),
    hit("review", 7, 13),
    hit("place", 14, 20),
    hit("request", 21, 27),
  ];
  const cancelled = new Uint8Array(hits.length);
  const kept = keepersOf(hits, cancelled, ["request", "place"]);
  // Cancelled before the first call: left out.
  cancelled[3] = 1;
  assert.deepEqual(kept(), [hits[0], hits[2]]);
  // Cancelled after it: the list stays as it was built.
  cancelled[0] = 1;
  assert.deepEqual(kept(), [hits[0], hits[2]]);
  assert.equal(kept(), kept());
  assert.deepEqual(keepersOf(hits, cancelled, ["none"])(), []);
});
