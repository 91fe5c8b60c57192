/**
 * `execNotAfter` finds exactly the matches of the same pattern with the
 * test as a leading lookbehind, on random text of letters, marks, digits,
 * spaces and astral characters.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { charBefore, execNotAfter } from "../../src/text/not_after.ts";

function all(pattern: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push([m.index, m[0]]);
  }
  return out;
}

function allNotAfter(
  pattern: RegExp,
  text: string,
  notAfter: RegExp,
): [number, string][] {
  const out: [number, string][] = [];
  pattern.lastIndex = 0;
  for (
    let m = execNotAfter(pattern, text, notAfter);
    m !== null;
    m = execNotAfter(pattern, text, notAfter)
  ) out.push([m.index, m[0]]);
  return out;
}

const piece = fc.constantFrom(
  "re",
  "view",
  "v",
  "é",
  "e\u0301",
  " ",
  ".",
  "7",
  "😀",
  "𝐫",
  "评",
  "ab",
  "\n",
);

Deno.test("execNotAfter() matches as a leading lookbehind would", () => {
  const cases: [string, string][] = [
    ["view|re|v(?:iew)?", String.raw`[\p{L}\p{M}]`],
    ["e|ev|7", String.raw`[\p{L}\p{N}]`],
    ["😀|𝐫|评", String.raw`[\p{L}\p{M}\p{So}]`],
  ];
  for (const [body, before] of cases) {
    const withLookbehind = new RegExp(`(?<!${before})(?:${body})`, "gu");
    const plain = new RegExp(body, "gu");
    const notAfter = new RegExp(before, "u");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        assert.deepEqual(
          allNotAfter(plain, text, notAfter),
          all(withLookbehind, text),
        );
      }),
      { numRuns: 400 },
    );
  }
});

Deno.test("execNotAfter() leaves lastIndex after the match and 0 at the end", () => {
  const pattern = /view/gu;
  const text = "review, view";
  const m = execNotAfter(pattern, text, /\p{L}/u);
  assert.equal(m?.index, 8);
  assert.equal(pattern.lastIndex, 12);
  assert.equal(execNotAfter(pattern, text, /\p{L}/u), null);
  assert.equal(pattern.lastIndex, 0);
});

Deno.test("charBefore() returns a whole astral character", () => {
  assert.equal(charBefore("a😀b", 3), "😀");
  assert.equal(charBefore("a😀b", 1), "a");
  assert.equal(charBefore("ab", 2), "b");
});
