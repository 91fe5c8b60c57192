import assert from "node:assert/strict";
import { compilePhrases } from "../../../src/rules/_intent/phrase_matcher.ts";

Deno.test("compilePhrases() finds phrases per category with offsets into the original", () => {
  const matcher = compilePhrases({
    optOut: { en: ["unsubscribe", "reply stop"], ja: ["配信停止"] },
  });
  const text = "Reply  STOP or UNSUBSCRIBE. 配信停止";
  assert.deepEqual(
    matcher.find(text).map((m) => [m.category, m.text]),
    [["optOut", "Reply  STOP"], ["optOut", "UNSUBSCRIBE"], [
      "optOut",
      "配信停止",
    ]],
  );
  assert.deepEqual(
    compilePhrases({ optOut: { en: ["unsubscribe"] } }, { prefilter: false })
      .find("Unsubscribe").length,
    1,
  );
});
