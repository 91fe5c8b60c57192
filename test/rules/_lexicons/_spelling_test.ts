import assert from "node:assert/strict";
import {
  arabicSpellings,
  devanagariSpellings,
} from "../../../src/rules/_lexicons/_spelling.ts";

Deno.test("arabicSpellings() adds the spellings sellers type, keeping the term", () => {
  const forms = arabicSpellings(["أرجو", "*مراجعة"]);
  for (const form of ["أرجو", "ارجو", "*مراجعة", "*مراجعه"]) {
    assert.ok(forms.includes(form), form);
  }
  assert.equal(new Set(forms).size, forms.length, "no duplicates");
  assert.deepEqual(arabicSpellings(["review"]), ["review"]);
});

Deno.test("devanagariSpellings() adds nukta and candrabindu variants, keeping Latin terms", () => {
  const forms = devanagariSpellings(["पाँच", "rating"]);
  assert.ok(forms.includes("पाँच"));
  assert.ok(forms.includes("पांच"));
  assert.ok(forms.includes("rating"));
  assert.equal(new Set(forms).size, forms.length, "no duplicates");
});
