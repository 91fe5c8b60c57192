import assert from "node:assert/strict";
import {
  contextWords,
  escapeRegExp,
} from "../../../src/rules/_intent/context_lists.ts";
import { CONTEXT_WORDS } from "../../../src/rules/_lexicons/context/mod.ts";

Deno.test("contextWords() joins fields in order, languages in registry order, each word once", () => {
  const words = contextWords(["records", "claims"]);
  assert.equal(new Set(words).size, words.length);
  // Every record word comes before every claim word that is not a record.
  const records = new Set(
    Object.values(CONTEXT_WORDS).flatMap((language) => language.records ?? []),
  );
  const lastRecord = Math.max(...[...records].map((w) => words.indexOf(w)));
  const firstClaim = words.findIndex((word) => !records.has(word));
  assert.ok(lastRecord < firstClaim);
  // A word of a later language that an earlier one starts ("adres" of
  // Dutch after "adresse" of French) keeps the earlier one first.
  assert.ok(words.indexOf("adresse") < words.indexOf("adres"));
  // "disponibilit" is French, Spanish, Italian and Portuguese: listed once.
  const availability = contextWords(["availability"]);
  assert.equal(
    availability.filter((word) => word === "disponibilit").length,
    1,
  );
});

Deno.test("contextWords() keeps to the languages of one segmentation", () => {
  const spaced = contextWords(["owners"], "words");
  const unspaced = contextWords(["owners"], "chars");
  assert.ok(spaced.includes("technician"));
  assert.ok(!spaced.includes("技術者"));
  assert.ok(unspaced.includes("技術者") && unspaced.includes("技术员"));
  assert.ok(!unspaced.includes("technician"));
  assert.deepEqual(
    [...contextWords(["owners"])].sort(),
    [...new Set([...spaced, ...unspaced])].sort(),
  );
});

Deno.test("escapeRegExp() makes plain text match only itself", () => {
  for (const text of ["d'après", "a.b", "(x)|y", "1+1*2?", "[a]{2}$^\\"]) {
    const pattern = new RegExp(`^${escapeRegExp(text)}$`, "u");
    assert.ok(pattern.test(text), text);
  }
  assert.ok(!new RegExp(escapeRegExp("a.b"), "u").test("axb"));
});

Deno.test("contextWords() folds the Turkish dotless i, as the text it matches is", () => {
  const denial = contextWords(["denial"]);
  assert.ok(denial.includes("hayir"));
  assert.ok(!denial.some((word) => /[ıİ]/u.test(word)));
});
