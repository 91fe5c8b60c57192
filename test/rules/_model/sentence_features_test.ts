import assert from "node:assert/strict";
import {
  letterCount,
  sentenceFeatures,
} from "../../../src/rules/_model/sentence_features.ts";

const BUCKETS = 1 << 16;

Deno.test("sentenceFeatures() is deterministic and stays in the hashed space", () => {
  const text = "our autumn range has just landed in the shop";
  const first = sentenceFeatures(text, BUCKETS);
  assert.deepEqual(sentenceFeatures(text, BUCKETS), first);
  assert.ok(first.every((f) => Number.isInteger(f) && f >= 0 && f < BUCKETS));
  assert.ok(sentenceFeatures(text, 16).every((f) => f >= 0 && f < 16));
});

Deno.test("sentenceFeatures(): words, long words' beginnings and word pairs", () => {
  // Two words: two words, one pair each (the first pairs with the start).
  assert.equal(sentenceFeatures("new range", BUCKETS).length, 4);
  // A word of more than six letters adds its beginning.
  assert.equal(sentenceFeatures("collection", BUCKETS).length, 3);
  // Word order matters through the pairs.
  assert.notDeepEqual(
    sentenceFeatures("range new", BUCKETS).sort(),
    sentenceFeatures("new range", BUCKETS).sort(),
  );
  // Numbers are one feature, whatever their digits.
  assert.deepEqual(
    sentenceFeatures("pack of 6", BUCKETS),
    sentenceFeatures("pack of 12", BUCKETS),
  );
});

Deno.test("sentenceFeatures(): runs of Chinese and Japanese characters give characters, pairs and triples", () => {
  // Three characters: 3 single, 3 pairs (one across the start), 1 triple.
  assert.equal(sentenceFeatures("新系列", BUCKETS).length, 7);
  assert.equal(sentenceFeatures("新しい", BUCKETS).length, 7);
});

Deno.test("sentenceFeatures(): each concept and each pair of concepts is a feature, in any order", () => {
  const words = sentenceFeatures("have a look", BUCKETS);
  const withConcepts = sentenceFeatures("have a look", BUCKETS, [
    "novelty",
    "invitation",
  ]);
  assert.equal(withConcepts.length, words.length + 3);
  assert.deepEqual(
    sentenceFeatures("have a look", BUCKETS, ["invitation", "novelty"]),
    withConcepts,
  );
});

Deno.test("letterCount() counts letters of any script, not digits, marks or spaces", () => {
  assert.equal(letterCount("Hi, 2 you!", 0, 10), 5);
  assert.equal(letterCount("née 漢字 ١٢", 0, 9), 5);
  assert.equal(letterCount("x\u0301y", 0, 3), 2);
  // "b", "𠀀" (two code units, one letter) and "c".
  assert.equal(letterCount("ab𠀀cd", 1, 5), 3);
});
