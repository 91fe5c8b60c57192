// This module is browser compatible.

/**
 * The features a sentence model reads: hashed words, word beginnings and
 * word pairs, and, in Chinese and Japanese (written without spaces), runs
 * of one to three characters. Pure and language-neutral: the words of
 * every language fall into one hashed space.
 *
 * @module
 */

// FNV-1a, 32 bits, with a different start for each kind of feature.
const PRIME = 0x01000193;
const WORD = 0x811c9dc5;
const STEM = 0x2b5a9d31;
const PAIR = 0x6c8e9cf5;
const CHAR1 = 0x1b873593;
const CHAR2 = 0x5bd1e995;
const CHAR3 = 0x7feb352d;
const NUMBER = 0x3c6ef372;
const START = 0x1f83d9ab;
const CONCEPT = 0x68e31da4;

/** How many units of a long word make its beginning, the stand-in for a stem. */
const STEM_LENGTH = 5;

const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]+|[\p{L}\p{M}\p{N}]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const DIGITS = /^\p{N}+$/u;

function hashRange(seed: number, text: string, start: number, end: number) {
  let hash = seed;
  for (let k = start; k < end; k++) {
    hash ^= text.charCodeAt(k);
    hash = Math.imul(hash, PRIME);
  }
  return hash >>> 0;
}

function mix(hash: number, value: number): number {
  return Math.imul((hash ^ value) >>> 0, PRIME) >>> 0;
}

/**
 * The hashed features of a sentence, each in `[0, buckets)`; a feature may
 * repeat.
 *
 * @param text The sentence, normalized and lower-cased.
 * @param buckets The size of the hashed space, a power of two.
 * @param concepts The concepts the lexicons found in the sentence
 *   ("promoObject", "novelty"): each one, and each pair, is a feature.
 * @returns The feature indices.
 *
 * @example Words, beginnings and pairs
 * ```ts
 * import { sentenceFeatures } from "./sentence_features.ts";
 * import assert from "node:assert/strict";
 *
 * const features = sentenceFeatures("have a look around our store", 1 << 16);
 * assert.ok(features.length > 6);
 * assert.ok(features.every((f) => f >= 0 && f < 1 << 16));
 * ```
 */
export function sentenceFeatures(
  text: string,
  buckets: number,
  concepts: Iterable<string> = [],
): number[] {
  const mask = buckets - 1;
  const out: number[] = [];
  const held = [...concepts].sort();
  for (let i = 0; i < held.length; i++) {
    const one = hashRange(CONCEPT, held[i]!, 0, held[i]!.length);
    out.push(one & mask);
    for (let j = i + 1; j < held.length; j++) {
      out.push(hashRange(mix(one, 0x26), held[j]!, 0, held[j]!.length) & mask);
    }
  }
  let previous = START;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const token = match[0];
    const end = start + token.length;
    if (CJK.test(token)) {
      // Characters, pairs and triples, and a pair across the run's start.
      let one = 0;
      let two = 0;
      for (let k = start; k < end; k++) {
        const code = text.charCodeAt(k);
        out.push(hashRange(CHAR1, text, k, k + 1) & mask);
        if (k > start) {
          out.push(hashRange(CHAR2, text, k - 1, k + 1) & mask);
        } else out.push(mix(mix(CHAR2, previous), code) & mask);
        if (k > start + 1) {
          out.push(hashRange(CHAR3, text, k - 2, k + 1) & mask);
        }
        two = one;
        one = code;
      }
      previous = mix(mix(WORD, two), one);
      continue;
    }
    const word = DIGITS.test(token)
      ? NUMBER
      : hashRange(WORD, text, start, end);
    out.push(word & mask);
    if (token.length > STEM_LENGTH + 1) {
      out.push(hashRange(STEM, text, start, start + STEM_LENGTH) & mask);
    }
    out.push(mix(mix(PAIR, previous), word) & mask);
    previous = word;
  }
  return out;
}
