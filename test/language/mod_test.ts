import assert from "node:assert/strict";
import * as language from "../../src/language/mod.ts";

Deno.test("mod.ts re-exports the language API", () => {
  assert.equal(typeof language.checkLanguage, "function");
  assert.equal(typeof language.cleanTextForDetection, "function");
  assert.equal(typeof language.detectScript, "function");
  assert.equal(typeof language.francDetector, "function");
  assert.ok(Array.isArray(language.DETECTION_CANDIDATES));
  assert.ok(Array.isArray(language.SCRIPTS));
});
