// This module is browser compatible.

/**
 * The normalized text a concept rule matches on: the lint context's when
 * the engine provides one, else the text normalized here (the last one is
 * kept, so rules of one lint share it).
 *
 * @module
 */

import type { RuleContext } from "../../lint/rule.ts";
import { normalizeText } from "../../text/normalize.ts";
import { type Segmentation, segmentText } from "./segment.ts";

/** Text to match on, with a map back to the original. */
export interface MatchText {
  /** The normalized text (lower case). */
  readonly text: string;
  /** Maps a range of `text` to the original text. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** The offset in `text` of an original offset. */
  fromOriginal(offset: number): number;
}

interface WithNormalized {
  readonly normalized?: MatchText;
}

/**
 * Lower-cases `text` code unit by code unit where that keeps the length
 * (Turkish "İ" becomes "i"), so offsets do not move.
 *
 * @param text The text.
 * @returns The lower-cased text, as long as `text`.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\u0130") {
      out += "i";
      continue;
    }
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}

/**
 * The text a concept rule matches on.
 *
 * @param context The rule context.
 * @returns The normalized text and its map.
 */
export function matchTextOf(context: RuleContext<unknown>): MatchText {
  const provided = (context as unknown as WithNormalized).normalized;
  if (provided !== undefined) return provided;
  if (last === undefined || last.source !== context.text) {
    last = { source: context.text, match: normalizeText(context.text) };
  }
  return last.match;
}

let last: { source: string; match: MatchText } | undefined;

const LOWER = /\p{Ll}/u;

/**
 * The original character at an offset of the normalized text.
 *
 * @param original The original text.
 * @param match Its normalized text and map.
 * @param offset An offset of the normalized text.
 * @returns The character there in the original text, or `""` past its end.
 *
 * @example
 * ```ts
 * import { originalAt } from "./normalized.ts";
 * import { normalizeText } from "../../text/normalize.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "Bewert\nUng";
 * assert.equal(originalAt(text, normalizeText(text), 7), "U");
 * ```
 */
export function originalAt(
  original: string,
  match: MatchText,
  offset: number,
): string {
  return original[match.toOriginal(offset, offset + 1).start] ?? "";
}

/**
 * Whether a sentence goes on past the line break at an offset of the
 * normalized text: a line wrapped inside a sentence, whose next line (after
 * a single break) starts with a lower-case letter of the original text
 * ("please leave\nthe parcel at the door"). A blank line, a new line that
 * starts with a capital, a digit, a mark or a script without case ends the
 * sentence.
 *
 * @param original The original text.
 * @param match Its normalized text and map.
 * @returns The predicate, for `segmentText`'s `goesOn`.
 *
 * @example
 * ```ts
 * import { lineGoesOn } from "./normalized.ts";
 * import { normalizeText } from "../../text/normalize.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "Please leave\nthe parcel here.\nThanks";
 * const goesOn = lineGoesOn(text, normalizeText(text));
 * assert.equal(goesOn(text.indexOf("\n")), true);
 * assert.equal(goesOn(text.lastIndexOf("\n")), false);
 * ```
 */
export function lineGoesOn(
  original: string,
  match: MatchText,
): (offset: number) => boolean {
  const text = match.text;
  return (offset) => {
    let j = offset + 1;
    if (text[offset] === "\r" && text[j] === "\n") j++;
    while (j < text.length && (text[j] === " " || text[j] === "\t")) j++;
    if (j >= text.length) return false;
    return LOWER.test(originalAt(original, match, j));
  };
}

/**
 * The sentences and clauses of a message's normalized text, a line wrapped
 * inside a sentence going on in it ({@linkcode lineGoesOn}): how the
 * concept rules and the sentence models alike read a message.
 *
 * @param original The original text.
 * @param match Its normalized text and map.
 * @returns The segmentation.
 *
 * @example
 * ```ts
 * import { segmentMessage } from "./normalized.ts";
 * import { normalizeText } from "../../text/normalize.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "Please leave\nthe parcel here.\nThanks";
 * const { sentences } = segmentMessage(text, normalizeText(text));
 * assert.equal(sentences.length, 3);
 * ```
 */
export function segmentMessage(
  original: string,
  match: MatchText,
): Segmentation {
  // The families and the sentence models read the same message in turn.
  if (lastSegmented?.original === original && lastSegmented.match === match) {
    return lastSegmented.segmentation;
  }
  const segmentation = segmentText(match.text, {
    goesOn: lineGoesOn(original, match),
  });
  lastSegmented = { original, match, segmentation };
  return segmentation;
}

let lastSegmented:
  | { original: string; match: MatchText; segmentation: Segmentation }
  | undefined;
