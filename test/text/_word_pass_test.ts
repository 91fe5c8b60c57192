import assert from "node:assert/strict";
import { charPass } from "../../src/text/_char_pass.ts";
import { wordPass } from "../../src/text/_word_pass.ts";

Deno.test("wordPass() joins spaced letters and reads leetspeak, mapping each unit to the original", () => {
  const original = "r e v i e w r3vi3w";
  const result = wordPass(charPass(original));
  assert.equal(result.text, "review review");
  const starts = [...result.starts!.subarray(0, result.text.length)];
  const ends = [...result.ends!.subarray(0, result.text.length)];
  assert.deepEqual(starts.slice(0, 6), [0, 2, 4, 6, 8, 10]);
  // The "e" read from "3" maps to the "3".
  assert.equal(original.slice(starts[8], ends[8]), "3");
});

Deno.test("wordPass() leaves prices, times and order ids alone", () => {
  const result = wordPass(charPass("12:30, 4,99 € order 123-1234567-1234567"));
  assert.equal(result.text, "12:30, 4,99 € order 123-1234567-1234567");
});
