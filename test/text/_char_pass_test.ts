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

Deno.test("charPass(): marks cut off from their base never compose with what came before", () => {
  // Each once became "ї", "á" or a reordered run of marks: output that
  // NFKC changes again, and a word the rules read wrongly.
  const cases: [string, string][] = [
    // After a bidi isolate or embedding, or a run of invisible characters
    // too long to join: a space stands in for the base.
    ["\u0456\u2066\u0308", "\u0456 \u0308"],
    ["\u0456\u202A\u0308x", "\u0456 \u0308x"],
    [`\u0456${"\u200B".repeat(40)}\u0308`, "\u0456 \u0308"],
    // After a reversed run.
    ["x\u202Eab\u202C\u0301", "xba \u0301"],
    // Past the marks a cluster keeps: skipped.
    [`e${"\u0301".repeat(40)}\u0323`, `\u00E9${"\u0301".repeat(30)}`],
    // After a line break that would otherwise be a hidden one: the break
    // stays, as their base.
    ["\u0456\u00AD\n\u0308x", "\u0456\n\u0308x"],
    // A reversed run ending in a letter that folds ("ı") or stands for one
    // ("🇷"), before a mark: composed as read.
    ["\u202E\u0301\u0131", "\u00ED"],
    ["\u202E\u0301\u{1F1F7}", "\u0155"],
    // A character that NFKC turns into a conjoining vowel joins the letter
    // before it, as a mark does.
    ["\uFFA1\u314F", "\uAC00"],
    // NFKC gives a tatweel, which is dropped, and a fathatan.
    ["\u{1D15E}\uFE71", "\u{1D157}\u{1D165} \u064B"],
  ];
  for (const [text, expected] of cases) {
    const out = charPass(text).text;
    assert.equal(out, expected, JSON.stringify(text));
    assert.equal(out.normalize("NFKC"), out, JSON.stringify(text));
  }
  // A text that starts with a mark keeps it as it is.
  assert.equal(charPass("\u0308a").text, "\u0308a");
});
