import assert from "node:assert/strict";
import fc from "fast-check";
import { foldForMatching } from "../../../src/rules/_links/fold.ts";

Deno.test("foldForMatching() reads disguises as a buyer sees them", () => {
  assert.equal(
    foldForMatching("ｉｎｆｏ＠ｓｈｏｐ．ｄｅ").text,
    "info@shop.de",
  );
  assert.equal(foldForMatching("𝐢𝐧𝐟𝐨@𝐱.𝐝𝐞").text, "info@x.de");
  assert.equal(foldForMatching("a\u200b@\u00adb").text, "a@b");
  assert.equal(foldForMatching("x ⓐ y").text, "x @ y");
  assert.equal(foldForMatching("xⓐshop.de").text, "x@shop.de");
  // Among circled letters it is the letter.
  assert.equal(
    foldForMatching("ⓢⓗⓐⓡⓔ\u200bⓐ@ⓑ.ⓓⓔ").text,
    "sharea@b.de",
  );
  assert.equal(
    foldForMatching("to \u202eed.pohs@ofni\u202c now").text,
    "to info@shop.de now",
  );
  const plain = foldForMatching("plain text, 5 € only");
  assert.equal(plain.identity, true);
});

Deno.test("foldForMatching() maps every folded range back to the characters that made it", () => {
  const piece = fc.constantFrom(
    "a",
    "Z",
    "@",
    ".",
    " ",
    "ｘ",
    "＠",
    "𝐚",
    "\u200b",
    "\u00ad",
    "\u202e",
    "\u202c",
    "\n",
    "€",
    "日",
    "ⓐ",
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join("");
      const view = foldForMatching(text);
      for (let i = 0; i < view.text.length; i++) {
        const range = view.toOriginal(i, i + 1);
        assert.ok(range.start >= 0 && range.end <= text.length);
        assert.ok(range.start < range.end);
        // Never inside a surrogate pair.
        for (const at of [range.start, range.end]) {
          const code = text.charCodeAt(at);
          assert.ok(!(code >= 0xdc00 && code <= 0xdfff));
        }
        // Folding the original slice gives back the folded character
        // (outside a reversed run, where order differs).
        // A circled "ⓐ" reads as "@" alone and as "a" among circled
        // letters: its context decides.
        if (!text.includes("\u202e") && !text.includes("ⓐ")) {
          assert.equal(
            foldForMatching(text.slice(range.start, range.end)).text,
            view.text[i],
          );
        }
      }
    }),
    { numRuns: 300 },
  );
});

Deno.test("foldForMatching() is linear", () => {
  const text = "ｘ\u200b＠\u202e".repeat(16_000);
  const started = performance.now();
  foldForMatching(text).toOriginal(0, 10);
  assert.ok(performance.now() - started < 2000);
});
