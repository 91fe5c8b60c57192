// This module is browser compatible.

/**
 * A pattern's matches that must not follow some characters, the test done
 * in code rather than as a lookbehind at the pattern's start. A leading
 * lookbehind keeps the regular expression engine from skipping ahead to
 * the few places where the pattern's first characters stand: it then tries
 * every alternative at every position, which for the long word lists of
 * the rules costs several times the same search without it. The matches
 * are the same: a match whose start the test refuses is skipped, and the
 * search goes on from the next character, where the lookbehind would have
 * sent the engine.
 *
 * @module
 */

/**
 * A letter or a mark: what a word's first letter must not follow.
 *
 * @example
 * ```ts
 * import { LETTER_OR_MARK } from "./not_after.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(LETTER_OR_MARK.test("é") && !LETTER_OR_MARK.test(" "));
 * ```
 */
export const LETTER_OR_MARK: RegExp = /[\p{L}\p{M}]/u;

/**
 * The next match of `pattern` (global or sticky-free with the `g` flag,
 * searched from its `lastIndex`) whose start does not follow a character
 * that `notAfter` matches; `pattern.lastIndex` is left after the match, as
 * `exec` leaves it.
 *
 * @param pattern A global pattern, without the leading lookbehind.
 * @param text The text.
 * @param notAfter Tests one character (a code point as a string): the
 *   characters a match must not follow.
 * @returns The match, or `null` (and `lastIndex` 0) when none is left.
 *
 * @example Words that start a word only
 * ```ts
 * import { execNotAfter } from "./not_after.ts";
 * import assert from "node:assert/strict";
 *
 * const pattern = /view/gu;
 * const text = "review it, view it";
 * const m = execNotAfter(pattern, text, /[\p{L}\p{M}]/u);
 * assert.equal(m?.index, 11);
 * ```
 */
export function execNotAfter(
  pattern: RegExp,
  text: string,
  notAfter: RegExp,
): RegExpExecArray | null {
  for (;;) {
    const m = pattern.exec(text);
    if (m === null || m.index === 0) return m;
    if (!notAfter.test(charBefore(text, m.index))) return m;
    const code = text.codePointAt(m.index)!;
    pattern.lastIndex = m.index + (code > 0xFFFF ? 2 : 1);
  }
}

/**
 * The character (a whole code point) that ends right before `index`.
 *
 * @param text The text.
 * @param index An offset greater than 0.
 * @returns The character.
 *
 * @example
 * ```ts
 * import { charBefore } from "./not_after.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(charBefore("a😀b", 3), "😀");
 * ```
 */
export function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xDC00 && low <= 0xDFFF && index > 1) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xD800 && high <= 0xDBFF) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}
