// This module is browser compatible.

/**
 * Normalization of a message for matching, with a source map: rules match
 * policy phrases on the normalized text and report ranges on the original.
 *
 * What it does, in one linear pass over characters and one over words:
 * - HTML character references decoded (`&amp;`, `&#64;`, `&#x40;`,
 *   `&commat;`); invisible characters removed (zero-width characters,
 *   ZWJ/ZWNJ included, soft hyphen, word joiner, BOM, bidi controls, tag
 *   characters, variation selectors, Arabic tatweel) and the marks that
 *   only decorate a letter (underline, overline, strike-through, enclosing
 *   circle); a run after a right-to-left override read in the order it is
 *   displayed ("\u202Eweiver" is "review"; a run of Arabic or Hebrew
 *   letters stays); NFKC per cluster (a
 *   base and its marks); enclosed, negative and regional-indicator letters
 *   read as letters; lower case, locale-independent. A line break inside a
 *   word that is disguised already (an invisible character in it, or
 *   circled or mathematical letters on both sides: "r\u00ADev\niew",
 *   "ⓐ\nⓥⓘⓢ") is removed like the invisible characters; a line break
 *   between ordinary words stays.
 * - Turkish: "İ" and "ı" both fold to "i" (and "I" lower-cases to "i"), so
 *   "İNCELEME", "inceleme" and "ınceleme" match the same. Lexicons must be
 *   written through {@linkcode normalizeText} too ("yıldız" is "yildiz").
 *   Greek final sigma folds to sigma.
 * - Confusables (UTS #39 subset): a word mixing Latin with Cyrillic, Greek,
 *   Armenian, Cherokee or Lisu look-alikes folds to Latin; a word made only
 *   of look-alikes folds unless the nearest other word is genuinely in that
 *   script ("он" in Russian text stays). Latin small capitals and IPA
 *   look-alikes always fold.
 * - Spaced letters: four or more single letters with the same gap (one
 *   space, tab, dot, hyphen, underscore, ... or two of the same), three
 *   when the gap is not a space, join ("r e v i e w", "r.e.v"), as do four
 *   or more between bars ("r|e|v|i|e|w"). Han and kana set apart by one or
 *   two spaces or spacers (middle dots, bullets, hyphens) join where one
 *   side is a single character ("评 价", "レ・ビ・ュ・ー", "好·评"). A small
 *   letter before capitals stays a word ("a R E V I E W" is "a review"),
 *   but a single lower-case letter before spaced lower-case letters joins
 *   them ("a r e v i e w" is "areview"): match such words without a word
 *   start.
 * - Leetspeak: in a word of Latin letters with no other digit, `0 1 3 4 5 7
 *   @ $` (and `|` between letters) between letters read as letters, and at
 *   the edges too when the word has three letters; prices, times, dates,
 *   order ids, "1st", "4k", "mp3" and email addresses stay.
 *
 * @module
 */

import { charPass } from "./_char_pass.ts";
import { wordPass } from "./_word_pass.ts";

/** A text normalized for matching, with the way back to the original. */
export interface NormalizedText {
  /**
   * The normalized text: NFKC, invisible characters (zero-width, soft
   * hyphen, bidi controls, tag characters, tatweel) removed, confusables
   * skeleton for Latin-looking words (Cyrillic/Greek homoglyphs to Latin),
   * spaced letters collapsed ("r e v i e w" to "review"), common leetspeak
   * in Latin words ("r3vi3w" to "review"), HTML entities decoded,
   * lower-cased (locale-independent; Turkish "İ" and "ı" both fold to "i").
   */
  readonly text: string;
  /**
   * Maps a half-open range [start, end) of `text` back to the original
   * string's range: exactly the original characters that produced the
   * normalized ones. An empty range maps to a point.
   */
  toOriginal(start: number, end: number): { start: number; end: number };
  /**
   * The offset in `text` of an original offset: the first normalized code
   * unit produced at or after it (`text.length` when there is none).
   */
  fromOriginal(offset: number): number;
}

class Normalized implements NormalizedText {
  readonly text: string;
  // Undefined when each unit of `text` comes from the original unit at its
  // offset.
  readonly #starts: Int32Array | undefined;
  readonly #ends: Int32Array | undefined;
  readonly #original: string;

  constructor(
    text: string,
    starts: Int32Array | undefined,
    ends: Int32Array | undefined,
    original: string,
  ) {
    this.text = text;
    this.#original = original;
    this.#starts = starts;
    this.#ends = ends;
  }

  toOriginal(start: number, end: number): { start: number; end: number } {
    const n = this.text.length;
    const s = clamp(Math.trunc(start), 0, n);
    const e = clamp(Math.trunc(end), s, n);
    const starts = this.#starts;
    const ends = this.#ends;
    let from: number;
    let to: number;
    if (starts === undefined || ends === undefined) {
      from = s;
      to = e;
    } else if (s < e) {
      from = starts[s]!;
      to = ends[e - 1]!;
    } else {
      from = to = s < n ? starts[s]! : n > 0 ? ends[n - 1]! : 0;
    }
    // Never between the units of a surrogate pair: widen to the pair.
    const original = this.#original;
    const point = from === to;
    if (splitsPair(original, from)) from--;
    if (point) to = from;
    else if (splitsPair(original, to)) to++;
    return { start: from, end: to };
  }

  fromOriginal(offset: number): number {
    const n = this.text.length;
    const starts = this.#starts;
    if (starts === undefined) return clamp(Math.trunc(offset), 0, n);
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

// Whether `offset` falls between the units of a surrogate pair of `text`.
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const low = text.charCodeAt(offset);
  const high = text.charCodeAt(offset - 1);
  return low >= 0xDC00 && low <= 0xDFFF && high >= 0xD800 && high <= 0xDBFF;
}

function clamp(value: number, low: number, high: number): number {
  return Number.isNaN(value)
    ? low
    : value < low
    ? low
    : value > high
    ? high
    : value;
}

/**
 * Normalizes a text for matching, in time linear in its length, keeping an
 * exact map back to the original (see {@linkcode NormalizedText}).
 *
 * @param text The original text.
 * @returns The normalized text and its source map.
 * @throws {TypeError} When `text` is not a string.
 *
 * @example Matching a disguised word and reporting it on the original
 * ```ts
 * import { normalizeText } from "./normalize.ts";
 * import assert from "node:assert/strict";
 *
 * const original = "Your R E\u200B V I E W helps, and your r\u0435v\u0456ew too";
 * const normalized = normalizeText(original);
 * assert.equal(normalized.text, "your review helps, and your review too");
 * const at = normalized.text.indexOf("review");
 * const range = normalized.toOriginal(at, at + "review".length);
 * assert.equal(original.slice(range.start, range.end), "R E\u200B V I E W");
 * ```
 */
export function normalizeText(text: string): NormalizedText {
  if (typeof text !== "string") {
    throw new TypeError(
      `Cannot normalize text: expected a string, got ${typeof text}`,
    );
  }
  const result = wordPass(charPass(text));
  return new Normalized(result.text, result.starts, result.ends, text);
}
