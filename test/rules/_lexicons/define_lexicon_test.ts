import assert from "node:assert/strict";
import { defineLexicon } from "../../../src/rules/_lexicons/define_lexicon.ts";
import { REVIEW_LEXICONS } from "../../../src/rules/_lexicons/review/mod.ts";
import { MARKETING_LEXICONS } from "../../../src/rules/_lexicons/marketing/mod.ts";

Deno.test("defineLexicon() builds the concepts once, on first read", () => {
  let built = 0;
  const lexicon = defineLexicon<"review" | "request">({
    language: "xx",
    segmentation: "words",
    concepts: () => {
      built++;
      return { review: ["review*"], request: ["please"] };
    },
  });
  assert.equal(lexicon.language, "xx");
  assert.equal(lexicon.segmentation, "words");
  assert.equal(built, 0);
  assert.deepEqual(lexicon.concepts.review, ["review*"]);
  assert.equal(lexicon.concepts, lexicon.concepts);
  assert.equal(built, 1);
});

Deno.test("every registered lexicon builds its concepts on first use only", async () => {
  // A fresh import of a lexicon file builds nothing until read: its
  // `concepts` is a getter.
  for (const lexicon of [...REVIEW_LEXICONS, ...MARKETING_LEXICONS]) {
    const descriptor = Object.getOwnPropertyDescriptor(lexicon, "concepts");
    assert.equal(typeof descriptor?.get, "function", lexicon.language);
    assert.ok(Object.keys(lexicon.concepts).length > 0, lexicon.language);
  }
  const source = await Deno.readTextFile(
    new URL("../../../src/rules/_lexicons/review/ar.ts", import.meta.url),
  );
  assert.match(source, /concepts: \(\) => \(\{/);
});
