import assert from "node:assert/strict";
import {
  anchoredMatches,
  asciiLower,
  isLabelChar,
  isLocalChar,
  wholeWord,
} from "../../../src/rules/_links/anchored.ts";

const WORD = (c: string) => /[a-z.]/i.test(c);

Deno.test("anchoredMatches() finds what a global search from word starts finds", () => {
  const pattern = /(?<![a-z.])[a-z.]+@[a-z]+\.[a-z]{2,}/iy;
  const global = /(?<![a-z.])[a-z.]+@[a-z]+\.[a-z]{2,}/gi;
  for (
    const text of [
      "mail a.b@c.de or x@y.fr, not @z.de nor q@r",
      "@@a@b.cd@e.fg",
      "",
    ]
  ) {
    const anchored = anchoredMatches(text, /@/g, pattern, WORD, 64).map((
      m,
    ) => [m.index, m[0]]);
    const expected = [...text.matchAll(global)].map((m) => [m.index, m[0]]);
    assert.deepEqual(anchored, expected, text);
  }
});

Deno.test("anchoredMatches() tries several patterns in order and says which matched", () => {
  const found = anchoredMatches(
    "a@b.cd x@gmail",
    /@/g,
    [/[a-z]+@[a-z]+\.[a-z]{2}/y, /[a-z]+@gmail/y],
    WORD,
    64,
  );
  assert.deepEqual(
    found.map((m) => [m[0], (m as { pattern?: number }).pattern]),
    [["a@b.cd", 0], ["x@gmail", 1]],
  );
});

Deno.test("anchoredMatches() stays linear on many anchors", () => {
  const text = "a@".repeat(20_000);
  const started = performance.now();
  anchoredMatches(text, /@/g, /[a-z]+@[a-z]+\.[a-z]{2}/y, WORD, 64);
  assert.ok(performance.now() - started < 1000);
});

Deno.test("asciiLower() keeps the length, wholeWord() and the character tests", () => {
  assert.equal(asciiLower("AT İstanbul").length, "AT İstanbul".length);
  assert.equal(wholeWord("at home", 0, 2), true);
  assert.equal(wholeWord("flat", 2, 4), false);
  assert.equal(isLabelChar("я"), true);
  assert.equal(isLabelChar("日"), false);
  assert.equal(isLocalChar("+"), true);
});
