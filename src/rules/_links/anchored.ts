// This module is browser compatible.

/**
 * Anchored matching: instead of trying a pattern at every word of a text,
 * find its rare middle part first (an "@", a dot, the word "dot"), walk
 * back over the characters the match may start with, and try the pattern
 * there once. For patterns whose matches start at the beginning of such a
 * run (a lookbehind says so) this finds the same matches as a global search,
 * in time linear in the text.
 *
 * @module
 */

/**
 * Yields the matches of `pattern` that contain a match of `anchor`.
 *
 * @param text The text to search.
 * @param anchor A global expression for the part every match contains
 * (its `lastIndex` is used and reset).
 * @param pattern A sticky (`y`) expression whose matches start where a run
 * of `back` characters starts, or several tried in order (the match's
 * `pattern` property says which matched).
 * @param back Whether a code unit may be part of the run before the anchor.
 * @param maxBack How far back a match may start from its anchor.
 * @param skip Whether a code unit may stand between the run and the anchor
 * (spaces, an opening bracket).
 * @param maxSkip How many such code units at most.
 * @param anchorText The text `anchor` searches: `text` itself or a copy of
 * the same length (lower-cased, so that the anchor needs no `i` flag).
 * @param accept Whether an anchor hit counts (a word boundary check).
 * @param requireRun Whether a match needs at least one `back` character
 * before its anchor (an address needs a local part).
 * @param keep Whether a match counts. A match it turns down is left out and
 * does not hide the text it covered: a later anchor may start a match
 * inside it ("us at help.desk@shop.us": "us at help.desk" is no address,
 * "help.desk@shop.us" is).
 * @returns The matches, in text order, without overlaps.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { anchoredMatches } from "./anchored.ts";
 *
 * const found = anchoredMatches(
 *   "mail x@y.de or z@w.fr",
 *   /@/g,
 *   /(?<![a-z])[a-z]+@[a-z]+\.[a-z]{2}/y,
 *   (c) => /[a-z]/.test(c),
 *   64,
 * );
 * assert.deepEqual(found.map((m) => m[0]), ["x@y.de", "z@w.fr"]);
 * ```
 */
export function anchoredMatches(
  text: string,
  anchor: RegExp,
  pattern: RegExp | readonly RegExp[],
  back: (char: string) => boolean,
  maxBack: number,
  skip: (char: string) => boolean = () => false,
  maxSkip = 0,
  anchorText: string = text,
  accept: (hit: RegExpExecArray) => boolean = () => true,
  requireRun = false,
  keep: (match: RegExpExecArray, pattern: number) => boolean = () => true,
): RegExpExecArray[] {
  const patterns = Array.isArray(pattern) ? pattern : [pattern as RegExp];
  const found: RegExpExecArray[] = [];
  let lastEnd = 0;
  let lastTried = -1;
  anchor.lastIndex = 0;
  for (
    let hit = anchor.exec(anchorText);
    hit !== null;
    hit = anchor.exec(anchorText)
  ) {
    const at = hit.index;
    if (hit[0] === "") anchor.lastIndex++;
    if (at < lastEnd || !accept(hit)) continue;
    let start = at;
    const skipLimit = Math.max(lastEnd, at - maxSkip);
    while (start > skipLimit && skip(text[start - 1]!)) start--;
    const limit = Math.max(lastEnd, start - maxBack);
    const runEnd = start;
    while (start > limit && back(text[start - 1]!)) start--;
    if ((requireRun && start === runEnd) || start <= lastTried) continue;
    lastTried = start;
    for (let k = 0; k < patterns.length; k++) {
      const sticky = patterns[k]!;
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match === null || match.index !== start || !keep(match, k)) {
        continue;
      }
      (match as RegExpExecArray & { pattern?: number }).pattern = k;
      found.push(match);
      lastEnd = start + match[0].length;
      break;
    }
  }
  return found;
}

/**
 * The text with ASCII capitals lower-cased and nothing else changed (the
 * length stays), for searching with case-sensitive expressions, which are
 * faster than `i` ones.
 *
 * @param text The text.
 * @returns The text with `A`-`Z` lower-cased.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { asciiLower } from "./anchored.ts";
 *
 * assert.equal(asciiLower("AT İstanbul"), "at İstanbul");
 * ```
 */
export function asciiLower(text: string): string {
  return /[A-Z]/.test(text)
    ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase())
    : text;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether an anchor hit is a whole word: no letter, mark or digit touches
 * it on either side.
 *
 * @param text The text searched.
 * @param start The hit's start.
 * @param end The hit's end.
 * @returns Whether the hit stands alone.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wholeWord } from "./anchored.ts";
 *
 * assert.equal(wholeWord("look at it", 5, 7), true);
 * assert.equal(wholeWord("that", 2, 4), false);
 * ```
 */
export function wholeWord(text: string, start: number, end: number): boolean {
  return (start === 0 || !WORD_CHAR.test(text[start - 1]!)) &&
    (end >= text.length || !WORD_CHAR.test(text[end]!));
}

const SCRIPT_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Whether a code unit may be part of a host label: a Latin, Cyrillic or
 * Greek letter, a digit or a hyphen (ASCII answered without a regular
 * expression).
 *
 * @param char One code unit.
 * @returns Whether it is a label character.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isLabelChar } from "./anchored.ts";
 *
 * assert.equal(isLabelChar("ü"), true);
 * assert.equal(isLabelChar("."), false);
 * ```
 */
export function isLabelChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) || code === 0x2d;
  }
  return SCRIPT_LETTER.test(char);
}

/**
 * Whether a code unit may be part of an address's local part: a label
 * character, or one of `.`, `_`, `%`, `+`.
 *
 * @param char One code unit.
 * @returns Whether it is a local-part character.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isLocalChar } from "./anchored.ts";
 *
 * assert.equal(isLocalChar("_"), true);
 * assert.equal(isLocalChar("@"), false);
 * ```
 */
export function isLocalChar(char: string): boolean {
  return char === "." || char === "_" || char === "%" || char === "+" ||
    isLabelChar(char);
}
