import assert from "node:assert/strict";
import { createFactorScanner } from "../../../src/rules/_intent/phrase_scanner.ts";

Deno.test("createFactorScanner() finds factors and sentence ends in one pass", () => {
  const scanner = createFactorScanner(["review", "refund"]);
  const hits = scanner.scan("A REVIEW. No refund!");
  assert.deepEqual([...hits.found].sort(), [0, 1]);
  assert.ok(hits.sentenceEnds.includes(8));
  assert.deepEqual(hits.places.slice(0, 3), [0, 2, 8]);
});

Deno.test("createFactorScanner() stays fast on 64k of near misses", () => {
  const scanner = createFactorScanner(["review", "refund"]);
  const start = performance.now();
  scanner.scan("reviev refun ".repeat(5_000));
  assert.ok(performance.now() - start < 500);
});
