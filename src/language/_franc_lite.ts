// This module is browser compatible.

/**
 * Private: franc's `francAll`, ported from npm franc@6.2.0 (`index.js`) and
 * its dependencies trigram-utils@2.0.1, n-gram@2.0.2 and
 * collapse-white-space@2.1.0, over the trigram models in `_trigrams.gen.ts`
 * (the languages `francDetector` can be asked about) instead of franc's 187.
 * For `only` drawn from {@linkcode FRANC_LITE_LANGUAGES} it returns exactly
 * what franc returns (test/language/_franc_lite_test.ts compares them). The
 * `ignore` option and the old `whitelist`/`blacklist` aliases are left out.
 *
 * franc, trigram-utils, n-gram and collapse-white-space:
 *
 * (The MIT License)
 *
 * Copyright (c) 2014 Titus Wormer <tituswormer@gmail.com>
 * Copyright (c) 2008 Kent S Johnson
 * Copyright (c) 2006 Jacob R Rideout <kde@jacobrideout.net>
 * Copyright (c) 2004 Maciej Ceglowski
 *
 * Permission is hereby granted, free of charge, to any person obtaining
 * a copy of this software and associated documentation files (the
 * 'Software'), to deal in the Software without restriction, including
 * without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to
 * the following conditions:
 *
 * The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
 * EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
 * MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
 * IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
 * CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
 * TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
 * SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 *
 * @module
 */

import { SCRIPT_EXPRESSIONS, TRIGRAMS } from "./_trigrams.gen.ts";

/** Maximum sample length (franc's `MAX_LENGTH`). */
const MAX_LENGTH = 2048;
/** Minimum sample length, by default (franc's `MIN_LENGTH`). */
const MIN_LENGTH = 10;
/** The distance added for a trigram missing from a model. */
const MAX_DIFFERENCE = 300;

/** Options of {@linkcode francAll}, as franc's. */
export interface FrancLiteOptions {
  /** franc codes to allow; all of the script's languages when empty. */
  readonly only?: readonly string[];
  /** Shorter values are `und`. @default {10} */
  readonly minLength?: number;
}

/** The franc codes (ISO 639-3) with a trigram model here. */
export const FRANC_LITE_LANGUAGES: ReadonlySet<string> = new Set(
  Object.values(TRIGRAMS).flatMap((languages) => Object.keys(languages)),
);

/** Parsed models: franc code → trigram → rank (0 = most frequent). */
const models = new Map<string, Map<string, Map<string, number>>>();

/** The parsed models of `script`'s languages, parsed on first use. */
export function modelsOf(script: string): Map<string, Map<string, number>> {
  let parsed = models.get(script);
  if (parsed === undefined) {
    parsed = new Map();
    for (const [language, model] of Object.entries(TRIGRAMS[script])) {
      const ranks = new Map<string, number>();
      // franc assigns from the end, so a repeated trigram keeps its first
      // (lowest) rank.
      model.split("|").forEach((trigram, rank) => {
        if (!ranks.has(trigram)) ranks.set(trigram, rank);
      });
      parsed.set(language, ranks);
    }
    models.set(script, parsed);
  }
  return parsed;
}

/**
 * trigram-utils `asTuples` without its final sort: the distance is a sum of
 * integers, the same in any order. Cleans as `clean` does (ASCII
 * punctuation and digits U+0021–U+0040 to spaces, white space collapsed,
 * trimmed, lower-cased), pads with a space each side and counts the
 * trigrams (UTF-16 code units, as n-gram slices them).
 */
export function trigramCounts(value: string): Map<string, number> {
  const cleaned = value.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ")
    .trim().toLowerCase();
  const padded = ` ${cleaned} `;
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= padded.length; index++) {
    const trigram = padded.slice(index, index + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** franc's `getDistance`. */
function distanceTo(
  counts: ReadonlyMap<string, number>,
  model: ReadonlyMap<string, number>,
): number {
  let distance = 0;
  for (const [trigram, count] of counts) {
    const rank = model.get(trigram);
    distance += rank === undefined
      ? MAX_DIFFERENCE
      : Math.abs(count - rank - 1);
  }
  return distance;
}

/** franc's `getTopScript`: the first script with the largest share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const [script, expression] of SCRIPT_EXPRESSIONS) {
    const matches = value.match(expression);
    const count = (matches ? matches.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

function und(): [string, number][] {
  return [["und", 1]];
}

/**
 * franc's `francAll`: the languages of the text's main script, restricted to
 * `only`, ranked by trigram distance (stable sort, ties in franc's data
 * order) and normalized so the best scores 1; `[["und", 1]]` when the value
 * is shorter than `minLength`, has no letters of a known script, or no
 * allowed language is written in its script; `[[code, 1]]` for a script of
 * a single language (such as `cmn`, `jpn`) when `only` allows it.
 *
 * @param value The text.
 * @param options `only` (franc codes) and `minLength` (default 10).
 * @returns `[code, score]` pairs, best first.
 */
export function francAll(
  value: string,
  options: FrancLiteOptions = {},
): [string, number][] {
  const only = options.only ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (!value || value.length < minLength) return und();
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (script === undefined || !Object.hasOwn(TRIGRAMS, script)) {
    if (
      script === undefined || share === 0 ||
      (only.length > 0 && !only.includes(script))
    ) {
      return und();
    }
    return [[script, 1]];
  }
  const counts = trigramCounts(sample);
  const distances: [string, number][] = [];
  for (const [language, model] of modelsOf(script)) {
    if (only.length === 0 || only.includes(language)) {
      distances.push([language, distanceTo(counts, model)]);
    }
  }
  if (distances.length === 0) distances.push(...und());
  else distances.sort((a, b) => a[1] - b[1]);
  // franc's `normalize`.
  const min = distances[0][1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of distances) {
    entry[1] = 1 - (entry[1] - min) / max || 0;
  }
  return distances;
}
