import assert from "node:assert/strict";
import { foldText } from "../../../src/rules/_intent/phrase_folding.ts";

Deno.test("foldText() folds without changing the length", () => {
  const text = "İADE ＣＯＤＥ it’s ٣٠٪ ३ a‐b";
  const folded = foldText(text);
  assert.equal(folded, "iADE CODE it's 30% 3 a-b");
  assert.equal(folded.length, text.length);
});
