import assert from "node:assert/strict";
import {
  expand,
  WORD_CHAR,
} from "../../../src/rules/_intent/phrase_notation.ts";

Deno.test("expand() turns spaces and gaps into bounded expressions", () => {
  const spaced = new RegExp(`^${expand("leave ‥ review", true)}$`, "iu");
  assert.ok(spaced.test("leave us a review"));
  assert.ok(!spaced.test("leave. a review"));
  const unspaced = new RegExp(`^${expand("レビュー …お願い", false)}$`, "u");
  assert.ok(unspaced.test("レビューをぜひお願い"));
  assert.ok(new RegExp(expand("ıade", true), "u").test("Iade"));
});

Deno.test("WORD_CHAR matches letters of spaced scripts, not Han or kana", () => {
  const word = new RegExp(WORD_CHAR, "u");
  for (const ch of ["a", "ü", "ж", "ع", "क", "7"]) assert.ok(word.test(ch), ch);
  for (const ch of ["で", "字", " ", "."]) assert.ok(!word.test(ch), ch);
});
