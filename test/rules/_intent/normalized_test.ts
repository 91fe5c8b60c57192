import assert from "node:assert/strict";
import {
  lowerSameLength,
  matchTextOf,
} from "../../../src/rules/_intent/normalized.ts";
import type { RuleContext } from "../../../src/lint/rule.ts";

function context(text: string): RuleContext<unknown> {
  return {
    message: { type: "unexpectedProblem", text },
    text,
    checkedLength: text.length,
    messageType: undefined,
    options: {},
    report() {},
  };
}

Deno.test("lowerSameLength() lower-cases without moving offsets", () => {
  assert.equal(lowerSameLength("İNCELEME Review"), "inceleme review");
  assert.equal(lowerSameLength("ABC"), "abc");
});

Deno.test("matchTextOf() normalizes the context text and maps ranges back", () => {
  const original = "Leave a R\u200BE\u200BV\u200BI\u200BE\u200BW now";
  const match = matchTextOf(context(original));
  const at = match.text.indexOf("review");
  assert.ok(at > 0, match.text);
  const range = match.toOriginal(at, at + 6);
  assert.equal(
    original.slice(range.start, range.end),
    "R\u200BE\u200BV\u200BI\u200BE\u200BW",
  );
  // The same text again is the same object (rules of one lint share it).
  assert.equal(matchTextOf(context(original)), match);
});

Deno.test("matchTextOf() uses the engine's normalized text when the context has one", () => {
  const provided = {
    text: "given",
    toOriginal: (start: number, end: number) => ({ start, end }),
    fromOriginal: (offset: number) => offset,
  };
  const withNormalized = { ...context("Given"), normalized: provided };
  assert.equal(matchTextOf(withNormalized), provided);
});
