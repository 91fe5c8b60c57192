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

// What each code unit is to the tokenizer, computed on first sight.
const WORD_CHAR = 1; // a letter, mark or number
const CJK_CHAR = 2; // Han, hiragana, katakana, "ー"
const NUMBER_CHAR = 4; // a number
const LETTER_CHAR = 8; // a letter
const SEEN = 16;
const CLASSES = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
const WORD_PATTERN = /^[\p{L}\p{M}\p{N}]$/u;
const CJK_PATTERN =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]$/u;
const NUMBER_PATTERN = /^\p{N}$/u;
const LETTER_PATTERN = /^\p{L}$/u;

function classify(char: string): number {
  let bits = SEEN;
  if (WORD_PATTERN.test(char)) bits |= WORD_CHAR;
  if (CJK_PATTERN.test(char)) bits |= CJK_CHAR;
  if (NUMBER_PATTERN.test(char)) bits |= NUMBER_CHAR;
  if (LETTER_PATTERN.test(char)) bits |= LETTER_CHAR;
  return bits;
}

// The class of the code point at `at` and, in bit 8 and up, its length.
function classAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0x80) {
    if (unit >= 0x61 && unit <= 0x7A) return WORD_CHAR | LETTER_CHAR | 0x100;
    if (unit >= 0x30 && unit <= 0x39) return WORD_CHAR | NUMBER_CHAR | 0x100;
    if (unit >= 0x41 && unit <= 0x5A) return WORD_CHAR | LETTER_CHAR | 0x100;
    return 0x100;
  }
  if (unit >= 0xD800 && unit <= 0xDBFF && at + 1 < text.length) {
    const point = text.codePointAt(at)!;
    if (point > 0xFFFF) {
      let bits = ASTRAL.get(point);
      if (bits === undefined) {
        bits = classify(String.fromCodePoint(point));
        if (ASTRAL.size < 4096) ASTRAL.set(point, bits);
      }
      return bits | 0x200;
    }
  }
  let bits = CLASSES[unit]!;
  if (bits === 0) bits = CLASSES[unit] = classify(String.fromCharCode(unit));
  return bits | 0x100;
}

/**
 * How many letters `text` holds from `start` to `end`.
 *
 * @param text The text.
 * @param start The first offset.
 * @param end The offset past the last.
 * @returns The count.
 *
 * @example
 * ```ts
 * import { letterCount } from "./sentence_features.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(letterCount("Hi, 2 you!", 0, 10), 5);
 * ```
 */
export function letterCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let k = start; k < end;) {
    const bits = classAt(text, k);
    if ((bits & LETTER_CHAR) !== 0) count++;
    k += bits >> 8;
  }
  return count;
}

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
  const out: number[] = [];
  featureSum(text, buckets, concepts, (feature) => {
    out.push(feature);
    return 0;
  });
  return out;
}

/**
 * The sum of `weight` over the features of a sentence
 * ({@linkcode sentenceFeatures}), without building their list: how a model
 * scores a sentence.
 *
 * @param text The sentence, normalized and lower-cased.
 * @param buckets The size of the hashed space, a power of two.
 * @param concepts The concepts the lexicons found in the sentence.
 * @param weight The weight of one feature.
 * @param start What the sum starts from (a model's bias).
 * @returns The sum.
 *
 * @example Counting the features
 * ```ts
 * import { featureSum, sentenceFeatures } from "./sentence_features.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "have a look around our store";
 * const count = featureSum(text, 1 << 16, ["ours"], () => 1);
 * assert.equal(count, sentenceFeatures(text, 1 << 16, ["ours"]).length);
 * ```
 */
export function featureSum(
  text: string,
  buckets: number,
  concepts: Iterable<string>,
  weight: (feature: number) => number,
  start = 0,
): number {
  const mask = buckets - 1;
  let sum = start;
  const held = [...concepts].sort();
  for (let i = 0; i < held.length; i++) {
    const one = hashRange(CONCEPT, held[i]!, 0, held[i]!.length);
    sum += weight(one & mask);
    for (let j = i + 1; j < held.length; j++) {
      sum += weight(
        hashRange(mix(one, 0x26), held[j]!, 0, held[j]!.length) & mask,
      );
    }
  }
  const words = wordFeatures(text, mask);
  for (let k = 0; k < words.length; k++) sum += weight(words[k]!);
  return sum;
}

// Per hashed space, the word features of the last sentences.
const WORDS_CACHE = new Map<number, Map<string, readonly number[]>>();
const WORDS_CACHE_LIMIT = 512;

// The word features of `text` (without concepts), cached: the rules that
// consult a model score the same sentences.
function wordFeatures(text: string, mask: number): readonly number[] {
  let cache = WORDS_CACHE.get(mask);
  if (cache === undefined) WORDS_CACHE.set(mask, cache = new Map());
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const out: number[] = [];
  let previous = START;
  for (let at = 0; at < text.length;) {
    const first = classAt(text, at);
    if ((first & WORD_CHAR) === 0) {
      at += first >> 8;
      continue;
    }
    const start = at;
    // A run of Chinese or Japanese characters, or a word (which may go on
    // into such characters).
    const cjk = (first & CJK_CHAR) !== 0;
    let digits = true;
    while (at < text.length) {
      const bits = classAt(text, at);
      if (cjk ? (bits & CJK_CHAR) === 0 : (bits & WORD_CHAR) === 0) break;
      if ((bits & NUMBER_CHAR) === 0) digits = false;
      at += bits >> 8;
    }
    const end = at;
    if (cjk) {
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
    const word = digits ? NUMBER : hashRange(WORD, text, start, end);
    out.push(word & mask);
    if (end - start > STEM_LENGTH + 1) {
      out.push(hashRange(STEM, text, start, start + STEM_LENGTH) & mask);
    }
    out.push(mix(mix(PAIR, previous), word) & mask);
    previous = word;
  }
  if (cache.size >= WORDS_CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}
