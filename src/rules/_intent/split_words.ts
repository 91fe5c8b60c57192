// This module is browser compatible.

/**
 * Terms split by a line break inside a word ("Bewert\nung", "valo\nración",
 * "好\n评") or cut into syllables by hyphens ("va-lo-ra-ción",
 * "Be-wer-tung"): the text is read again with those breaks taken out, and a
 * term that spans one counts where it stands.
 *
 * @module
 */

import type { ConceptHit } from "./lexicon_matcher.ts";

// A line break between two letters, with the spaces around it; where the
// letter after it is a capital in the original text, a new line starts a
// word (see `capitalAt`).
const SPLIT = /(?<=[\p{L}\p{M}])[ \t]{0,2}\r?\n[ \t]{0,2}(?=[\p{L}\p{M}])/gu;
// A syllable between hyphens: where a word cut into syllables may stand.
const SYLLABLE = /-[\p{L}\p{M}]{1,4}-/u;
// A word cut into three or more syllables of one to four letters by
// hyphens ("va-lo-ra-ción"): its hyphens are cut out. A term must span a
// cut to count, so "up-to-date" read as "uptodate" adds nothing.
const SYLLABLES =
  /(?<![\p{L}\p{M}\-])[\p{L}\p{M}]{1,4}(?:-[\p{L}\p{M}]{1,4}){2,}(?![\p{L}\p{M}\-])/gu;

/**
 * The hits of `find` in `text` with line breaks inside words and the
 * hyphens of a word cut into syllables taken out that span such a cut, in
 * offsets of `text`, added to `hits`.
 *
 * @param text The normalized (lower-case) text.
 * @param hits The hits of `text` itself, sorted by end offset.
 * @param find Finds the hits of a text, sorted by end offset.
 * @param capitalAt Whether the original character at an offset of `text`
 *   is a capital letter.
 * @returns `hits` itself when no break lies inside a word, else the hits
 *   with those across a break, sorted by end offset.
 *
 * @example
 * ```ts
 * import { withSplitWords } from "./split_words.ts";
 * import assert from "node:assert/strict";
 *
 * const find = (text: string) =>
 *   [...text.matchAll(/bewertung/g)].map((m) => ({
 *     concept: "review",
 *     language: "de",
 *     start: m.index,
 *     end: m.index + m[0].length,
 *   }));
 * const text = "eine bewert\nung bitte";
 * const hits = withSplitWords(text, find(text), find, () => false);
 * assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), [
 *   "bewert\nung",
 * ]);
 * ```
 */
export function withSplitWords(
  text: string,
  hits: readonly ConceptHit[],
  find: (text: string) => readonly ConceptHit[],
  capitalAt: (offset: number) => boolean,
): readonly ConceptHit[] {
  const breaks = text.includes("\n");
  const hyphens = text.includes("-") && SYLLABLE.test(text);
  if (!breaks && !hyphens) return hits;
  // The cuts, [offset, length], in text order.
  const cuts: [number, number][] = [];
  if (breaks) {
    for (const match of text.matchAll(SPLIT)) {
      if (!capitalAt(match.index + match[0].length)) {
        cuts.push([match.index, match[0].length]);
      }
    }
  }
  if (hyphens) {
    for (const match of text.matchAll(SYLLABLES)) {
      for (
        let k = match[0].indexOf("-");
        k >= 0;
        k = match[0].indexOf("-", k + 1)
      ) {
        cuts.push([match.index + k, 1]);
      }
    }
    cuts.sort((a, b) => a[0] - b[0]);
  }
  // Where each cut sits in the joined text, and how much was cut up to it.
  const places: number[] = [];
  const shifts: number[] = [];
  let total = 0;
  let joined = "";
  let from = 0;
  for (const [at, length] of cuts) {
    joined += text.slice(from, at);
    places.push(at - total);
    total += length;
    shifts.push(total);
    from = at + length;
  }
  joined += text.slice(from);
  if (places.length === 0) return hits;
  const toText = (offset: number, end: boolean): number =>
    beforeCuts(places, shifts, offset, end);
  const spans = (hit: ConceptHit): boolean => {
    // The first cut after the hit's start lies before its end.
    let low = 0;
    let high = places.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (places[mid]! <= hit.start) low = mid + 1;
      else high = mid;
    }
    return low < places.length && places[low]! < hit.end;
  };
  const added: ConceptHit[] = [];
  for (const hit of find(joined)) {
    if (!spans(hit)) continue;
    added.push({
      ...hit,
      start: toText(hit.start, false),
      end: toText(hit.end, true),
    });
  }
  if (added.length === 0) return hits;
  return [...hits, ...added].sort((a, b) =>
    a.end - b.end || (b.end - b.start) - (a.end - a.start)
  );
}

/**
 * An offset of a text with pieces cut out, in the text before the cuts: past
 * every cut before it. At a cut, an end stays before the cut piece and a
 * start goes past it. A binary search: linear over all offsets.
 *
 * @param places Where each cut sits in the cut text, in order.
 * @param shifts How much was cut up to and with each cut.
 * @param offset An offset of the cut text.
 * @param end Whether the offset ends a range.
 * @returns The offset in the text before the cuts.
 *
 * @example
 * ```ts
 * import { beforeCuts } from "./split_words.ts";
 * import assert from "node:assert/strict";
 *
 * // "ab\ncd" with "\n" cut out is "abcd": one cut at 2, one unit long.
 * assert.equal(beforeCuts([2], [1], 3, false), 4);
 * assert.equal(beforeCuts([2], [1], 2, true), 2);
 * assert.equal(beforeCuts([2], [1], 2, false), 3);
 * ```
 */
export function beforeCuts(
  places: readonly number[],
  shifts: readonly number[],
  offset: number,
  end: boolean,
): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const place = places[mid]!;
    if (place < offset || (!end && place === offset)) low = mid + 1;
    else high = mid;
  }
  return offset + (low === 0 ? 0 : shifts[low - 1]!);
}
