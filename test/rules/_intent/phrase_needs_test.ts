import assert from "node:assert/strict";
import { readNeeds } from "../../../src/rules/_intent/phrase_needs.ts";

Deno.test("readNeeds() reads the literal words every match contains", () => {
  const needs = readNeeds("(?:leave|write) a review", new Map());
  // Sets of factors, one of each set in every match: "leave" or "write",
  // and a piece of " a review".
  const flat = needs.sets.map((set) => [...set].sort());
  assert.ok(flat.some((set) => set.join() === "leave,write"), String(flat));
  assert.ok(
    flat.some((set) => set.length === 1 && " a review".includes(set[0]!)),
    String(flat),
  );
  assert.equal(needs.crosses, false);
});

Deno.test("readNeeds() says when a match may cross a sentence end", () => {
  assert.equal(readNeeds(String.raw`review\. thanks`, new Map()).crosses, true);
});
