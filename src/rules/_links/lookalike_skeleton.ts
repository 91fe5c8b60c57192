// This module is browser compatible.

/**
 * A same-length view of a text for finding spelled-out hosts and addresses:
 * the Cyrillic and Greek look-alikes in a word that also holds Latin
 * letters ("krоpka", "cоm") or that touches Han or kana ("圈а") read as the
 * Latin letters they imitate. Words wholly in Cyrillic or Greek stay (they
 * are that language), and so does everything else, so every offset of the
 * view is the offset of the same character in the text.
 *
 * @module
 */

// Cyrillic and Greek letters that look like Latin ones, one code unit each.
const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  "а": "a",
  "в": "b",
  "е": "e",
  "к": "k",
  "м": "m",
  "н": "h",
  "о": "o",
  "р": "p",
  "с": "c",
  "т": "t",
  "у": "y",
  "х": "x",
  "і": "i",
  "ј": "j",
  "ѕ": "s",
  "ԁ": "d",
  "һ": "h",
  "α": "a",
  "ε": "e",
  "ι": "i",
  "κ": "k",
  "ν": "v",
  "ο": "o",
  "ρ": "p",
  "τ": "t",
  "υ": "u",
};
const WORD = /[a-z\u0370-\u052f]*[\u0370-\u052f][a-z\u0370-\u052f]*/gi;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * The text with the look-alikes of mixed words read as Latin (see the
 * module doc). Linear; the text itself when it holds no Cyrillic or Greek.
 *
 * @param text The text.
 * @returns A string of the same length.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lookalikeSkeleton } from "./lookalike_skeleton.ts";
 *
 * assert.equal(lookalikeSkeleton("shop krоpka cоm, спасибо"), "shop kropka com, спасибо");
 * ```
 */
export function lookalikeSkeleton(text: string): string {
  if (!/[\u0370-\u052f]/.test(text)) return text;
  return text.replace(
    WORD,
    (word, at: number) =>
      /[a-z]/i.test(word) || CJK.test(text[at - 1] ?? "") ||
        CJK.test(text[at + word.length] ?? "")
        ? word.replace(/[\u0370-\u052f]/g, (c) => LOOKALIKE_LETTERS[c] ?? c)
        : word,
  );
}
