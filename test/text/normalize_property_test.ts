/**
 * Properties of the normalization's source map on random and adversarial
 * Unicode: ranges on code point boundaries, monotonic, covering the
 * original but for what normalizes to nothing at its edges, and exact (the
 * original characters of a normalized piece normalize to that piece).
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { charPass } from "../../src/text/_char_pass.ts";
import { normalizeText } from "../../src/text/normalize.ts";

// Pieces that reach every transformation, in several scripts.
const piece = fc.constantFrom(
  " ",
  ".",
  "-",
  "  ",
  "\n",
  "a",
  "R",
  "e",
  "3",
  "1",
  "0",
  "@",
  "$",
  "|",
  "&amp;",
  "&#64;",
  "&#x40",
  "&commat;",
  "&#",
  "&",
  "\u200B",
  "\u200D",
  "\u00AD",
  "\u202E",
  "\u2066",
  "\uFEFF",
  "\u{E0041}",
  "\u0640",
  "\u0301",
  "\u0308",
  "\u093C",
  "\uFE0F",
  "\u0435",
  "\u0430",
  "\u0456",
  "\u0416",
  "\u039D",
  "\u03BB",
  "\u03C2",
  "\u0280",
  "Ａ",
  "１",
  "𝐫",
  "ⓡ",
  "🆁",
  "⒭",
  "🇷",
  "ﬁ",
  "…",
  "ﷺ",
  "İ",
  "ı",
  "ß",
  "ﾋ",
  "ﾞ",
  "\u1100",
  "\u1161",
  "\u11A8",
  "가",
  "क",
  "\u0958",
  "ب",
  "日",
  "😀",
  "\uD800",
  "\uDC00",
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.array(
    fc.oneof(piece, fc.string({ unit: "binary", maxLength: 2 })),
    { maxLength: 40 },
  ).map((parts) => parts.join("")),
);

function isHigh(code: number): boolean {
  return code >= 0xD800 && code <= 0xDBFF;
}

function isLow(code: number): boolean {
  return code >= 0xDC00 && code <= 0xDFFF;
}

// Whether `offset` of `s` is not between the units of a surrogate pair.
function onBoundary(s: string, offset: number): boolean {
  return offset <= 0 || offset >= s.length ||
    !(isHigh(s.charCodeAt(offset - 1)) && isLow(s.charCodeAt(offset)));
}

Deno.test("normalizeText() maps every unit to a nonempty range on code point boundaries, in order", () => {
  fc.assert(
    fc.property(text, (original) => {
      const normalized = normalizeText(original);
      let previous = { start: 0, end: 0 };
      for (let k = 0; k < normalized.text.length; k++) {
        const range = normalized.toOriginal(k, k + 1);
        assert.ok(range.start >= 0 && range.end <= original.length);
        assert.ok(range.start < range.end, `empty range at ${k}`);
        assert.ok(onBoundary(original, range.start), `split pair at ${k}`);
        assert.ok(onBoundary(original, range.end), `split pair at ${k}`);
        // Monotonic, and either the same range as the last unit's or after.
        const same = range.start === previous.start &&
          range.end === previous.end;
        assert.ok(same || range.start >= previous.end, `overlap at ${k}`);
        previous = range;
        // Ranges of longer spans are the hull of their units' ranges.
        if (k > 0) {
          const span = normalized.toOriginal(0, k + 1);
          assert.equal(span.end, range.end);
          assert.equal(span.start, normalized.toOriginal(0, 1).start);
        }
      }
    }),
    { numRuns: 400 },
  );
});

Deno.test("normalizeText() covers the original but for what normalizes to nothing at its edges", () => {
  fc.assert(
    fc.property(text, (original) => {
      const normalized = normalizeText(original);
      const whole = normalized.toOriginal(0, normalized.text.length);
      if (normalized.text.length === 0) return;
      assert.equal(normalizeText(original.slice(0, whole.start)).text, "");
      assert.equal(normalizeText(original.slice(whole.end)).text, "");
      // And every original offset maps into the normalized text, in order.
      let last = 0;
      for (let offset = 0; offset <= original.length; offset++) {
        const at = normalized.fromOriginal(offset);
        assert.ok(at >= last && at <= normalized.text.length);
        last = at;
      }
      assert.equal(normalized.fromOriginal(whole.start), 0);
    }),
    { numRuns: 400 },
  );
});

Deno.test("charPass() is exact: the original characters of each piece normalize to that piece", () => {
  fc.assert(
    fc.property(text, (original) => {
      const pass = charPass(original);
      const n = pass.text.length;
      const starts = pass.builder?.starts;
      const ends = pass.builder?.ends;
      // Pieces: maximal runs of output units with the same original range.
      let k = 0;
      while (k < n) {
        const start = starts === undefined || pass.identity ? k : starts[k]!;
        const end = ends === undefined || pass.identity ? k + 1 : ends[k]!;
        let next = k + 1;
        // Without a map, a pair's units map one to one: take both.
        if (
          (starts === undefined || pass.identity) && next < n &&
          isHigh(pass.text.charCodeAt(k)) && isLow(pass.text.charCodeAt(next))
        ) next++;
        const end2 = starts === undefined || pass.identity ? next : end;
        while (
          next < n && !pass.identity && starts !== undefined &&
          starts[next] === start && ends![next] === end
        ) next++;
        const slice = original.slice(start, end2);
        assert.equal(
          charPass(slice).text,
          pass.text.slice(k, next),
          `${JSON.stringify(original)}: ${JSON.stringify(slice)}`,
        );
        k = next;
      }
    }),
    { numRuns: 600 },
  );
});

Deno.test("charPass() output is NFKC, lower case but for the folds, wherever the input is", () => {
  fc.assert(
    fc.property(text, (original) => {
      if (!original.isWellFormed()) return;
      const out = charPass(original).text;
      assert.equal(out.normalize("NFKC"), out, JSON.stringify(original));
    }),
    { numRuns: 400 },
  );
});

Deno.test("normalizeText() is exact on word-level pieces: each word's original normalizes to it", () => {
  // Words separated by spaces: the word-level folds decide from the word
  // (and, for look-alike words, its neighbours, which are Latin here).
  const word = fc.array(
    fc.constantFrom(
      "r",
      "e",
      "v",
      "3",
      "1",
      "0",
      "@",
      "\u0435",
      "\u0430",
      "\u0280",
      "\u200B",
      "&#101;",
      "Ｅ",
      "𝐫",
      "İ",
      "e\u0301",
    ),
    { minLength: 1, maxLength: 8 },
  ).map((parts) => parts.join(""));
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
      const original = words.join(" ");
      const normalized = normalizeText(original);
      const pieces = normalized.text.split(" ");
      // Single letters in a row join ("r r r r"): not this property's case.
      fc.pre(pieces.length === words.length);
      let at = 0;
      for (let w = 0; w < words.length; w++) {
        const piece = pieces[w]!;
        if (piece.length > 0) {
          const range = normalized.toOriginal(at, at + piece.length);
          const source = original.slice(range.start, range.end);
          assert.equal(
            normalizeText(source).text,
            piece,
            JSON.stringify(original),
          );
        }
        at += piece.length + 1;
      }
    }),
    { numRuns: 400 },
  );
});
