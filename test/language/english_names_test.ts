import assert from "node:assert/strict";
import { englishLanguageName } from "../../src/language/english_names.ts";

Deno.test("englishLanguageName() names languages in English", () => {
  assert.equal(englishLanguageName("pt"), "Portuguese");
  assert.equal(englishLanguageName("ja"), "Japanese");
  assert.equal(englishLanguageName("de"), "German");
});

Deno.test("englishLanguageName() answers undefined for what is not a code", () => {
  assert.equal(englishLanguageName("not a code!"), undefined);
  assert.equal(englishLanguageName(""), undefined);
});
