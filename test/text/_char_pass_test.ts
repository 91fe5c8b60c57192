import assert from "node:assert/strict";
import { charPass, isInvisible, lookOf } from "../../src/text/_char_pass.ts";
import { UPPER } from "../../src/text/_source_map.ts";

Deno.test("charPass() folds width and case, drops invisible characters, and maps each unit back", () => {
  const original = "Ｒｅ\u200Bview";
  const result = charPass(original);
  assert.equal(result.text, "review");
  assert.equal(result.identity, false);
  const builder = result.builder!;
  assert.equal(builder.length, 6);
  // "e" comes from the full-width "ｅ" at 1; "v" from 3, after the dropped U+200B.
  assert.deepEqual([builder.starts[1], builder.ends[1]], [1, 2]);
  assert.deepEqual([builder.starts[2], builder.ends[2]], [3, 4]);
});

Deno.test("charPass() only lower-cases plain text, without a map", () => {
  const result = charPass("Plain ASCII text.");
  assert.equal(result.text, "plain ascii text.");
  assert.equal(result.identity, true);
});

Deno.test("isInvisible() and lookOf() know invisible characters and Latin look-alikes", () => {
  assert.equal(isInvisible(0x200B), true);
  assert.equal(isInvisible(0x61), false);
  assert.equal(lookOf(0x0430), 0x61); // Cyrillic а looks like a
  assert.equal(lookOf(0x41), UPPER);
  assert.equal(lookOf(0x61), 0);
});

Deno.test("charPass(): a reversed run that starts with a mark stays in canonical order", () => {
  // The halfwidth voiced mark becomes a combining mark under NFKC; after
  // the override's reversal it would follow the diaeresis out of order.
  for (
    const text of [
      "\u0308\u202E \uFF9E",
      "a\u202E \uFF9E",
      "\u0301\u202E\u0300x",
    ]
  ) {
    const out = charPass(text).text;
    assert.equal(out.normalize("NFKC"), out, JSON.stringify(text));
  }
});
