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
