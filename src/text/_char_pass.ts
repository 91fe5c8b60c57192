// This module is browser compatible.

/**
 * The character pass of the normalization: HTML entities decoded,
 * invisible characters removed, NFKC per cluster (a base and its marks),
 * enclosed and regional-indicator letters to plain ones, locale-independent
 * lower-casing. Each output code unit keeps the input range it came from.
 *
 * @module
 */

import { decodeEntity } from "./_entities.ts";
import { LATIN_LOOKALIKES } from "./_confusables.gen.ts";
import { MapBuilder, UPPER } from "./_source_map.ts";

// Per BMP code unit, computed on first sight: what the pass does with it.
const KNOWN = 1;
const MARK = 2;
const NFKC_CHANGES = 4;
const INVISIBLE = 8;
const LOWER_CHANGES = 16;
const SPECIAL = 32;
const INFO = new Uint8Array(0x10000);
const LOWER = new Uint16Array(0x10000);
const NFKC_CACHE = new Map<string, string>();
const CACHE_LIMIT = 4096;

// Per BMP code unit, the Latin letter it looks like, or 0 (filled on first
// use from the generated confusables subset).
let LOOK: Uint8Array | undefined;

// Look-alikes that UTS #39 maps to another look-alike rather than to the
// Latin letter a reader sees: Greek epsilon and lunate epsilon, Latin open
// e ("rεview"), Greek and Cyrillic small kappa ("κ", "к").
const MORE_LOOKALIKES = "3b5:e 3f5:e 25b:e 3ba:k 43a:k";

function lookTable(): Uint8Array {
  if (LOOK !== undefined) return LOOK;
  const table = new Uint8Array(0x10000);
  for (const pair of `${LATIN_LOOKALIKES} ${MORE_LOOKALIKES}`.split(" ")) {
    const colon = pair.indexOf(":");
    const cp = parseInt(pair.slice(0, colon), 16);
    if (cp < 0x10000) table[cp] = pair.charCodeAt(colon + 1);
  }
  LOOK = table;
  return table;
}

const MARK_PATTERN = /^\p{M}$/u;
const LEADING_MARK = /^\p{M}/u;

/**
 * Characters that carry no visible content and are removed, and the marks
 * that only decorate a letter without changing it (overline, underline,
 * strike-through overlays, enclosing circles and keycaps: "r̲e̲v̲", "r̶e̶v̶").
 */
export function isInvisible(cp: number): boolean {
  return cp === 0x00AD || cp === 0x034F || cp === 0x0305 ||
    (cp >= 0x0332 && cp <= 0x0338) || cp === 0x0489 ||
    (cp >= 0x20D0 && cp <= 0x20F0) || cp === 0x061C || cp === 0x0640 ||
    cp === 0x115F || cp === 0x1160 || cp === 0x17B4 || cp === 0x17B5 ||
    (cp >= 0x180B && cp <= 0x180F) || (cp >= 0x200B && cp <= 0x200F) ||
    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206F) || cp === 0x3164 ||
    (cp >= 0xFE00 && cp <= 0xFE0F) || cp === 0xFEFF || cp === 0xFFA0 ||
    (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A) ||
    (cp >= 0xE0000 && cp <= 0xE0FFF);
}

/**
 * Letters that NFKC leaves alone or turns into more than a letter:
 * parenthesized (`⒭`), negative circled and squared (`🅡`, `🆁`) and
 * regional indicators (`🇷`). Returns the plain lower-case letter, or 0.
 */
function specialLetter(cp: number): number {
  if (cp >= 0x249C && cp <= 0x24B5) return 0x61 + cp - 0x249C;
  if (cp >= 0x1F150 && cp <= 0x1F169) return 0x61 + cp - 0x1F150;
  if (cp >= 0x1F170 && cp <= 0x1F189) return 0x61 + cp - 0x1F170;
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return 0x61 + cp - 0x1F1E6;
  if (cp >= 0x1F110 && cp <= 0x1F129) return 0x61 + cp - 0x1F110;
  return 0;
}

// Whether `value` starts with a mark, or with a conjoining Hangul vowel or
// final, which NFKC composes with what comes before as it does a mark.
function startsWithMark(value: string): boolean {
  const first = value.charCodeAt(0);
  return LEADING_MARK.test(value) ||
    (first >= 0x1161 && first <= 0x11FF) ||
    (first >= 0xD7B0 && first <= 0xD7FF);
}

function infoOf(code: number): number {
  let info = INFO[code]!;
  if (info !== 0) return info;
  info = KNOWN;
  if (code >= 0xD800 && code <= 0xDFFF) {
    INFO[code] = info;
    return info;
  }
  const char = String.fromCharCode(code);
  if (
    MARK_PATTERN.test(char) || (code >= 0x1161 && code <= 0x11FF) ||
    (code >= 0xD7B0 && code <= 0xD7FF) || code === 0xFF9E || code === 0xFF9F
  ) info |= MARK;
  const nfkcOfChar = char.normalize("NFKC");
  if (nfkcOfChar !== char) {
    info |= NFKC_CHANGES;
    // A character that NFKC turns into a mark or a conjoining vowel or
    // final ("ﾞ", "ㅏ") composes with what comes before it, as a mark does.
    if (startsWithMark(nfkcOfChar)) info |= MARK;
  }
  if (isInvisible(code)) info |= INVISIBLE;
  if (specialLetter(code) !== 0) info |= SPECIAL;
  const lower = lowerOfChar(code, char);
  if (lower !== code) {
    info |= LOWER_CHANGES;
    LOWER[code] = lower;
  }
  INFO[code] = info;
  return info;
}

// The lower-case code unit of a BMP character, folded for matching: the
// Turkish dotted capital and dotless small i both become "i", final sigma
// becomes sigma.
function lowerOfChar(code: number, char: string): number {
  if (code === 0x130 || code === 0x131) return 0x69;
  if (code === 0x3C2) return 0x3C3;
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function isMarkAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x300) return false;
  if (code >= 0xD800 && code <= 0xDBFF) {
    const cp = text.codePointAt(at)!;
    return cp > 0xFFFF && MARK_PATTERN.test(String.fromCodePoint(cp));
  }
  return (infoOf(code) & MARK) !== 0;
}

// Where the marks end that follow the run of invisible characters at
// `at`, or -1 when no mark follows it (or there is no such run).
function marksAfter(text: string, at: number): number {
  if (at >= text.length) return -1;
  const first = text.charCodeAt(at);
  if (first < 0x80) return -1;
  if (first < 0xD800 || first > 0xDFFF) {
    if ((infoOf(first) & INVISIBLE) === 0) return -1;
  } else if (
    !(first >= 0xDB40 && first <= 0xDB43) && first !== 0xD82F &&
    first !== 0xD834
  ) return -1;
  let k = at;
  while (k < text.length && k - at < MAX_CLUSTER) {
    const point = text.codePointAt(k)!;
    // A bidi override or isolate starts a run of its own: the marks after
    // it belong to that run, not to the base before it.
    if (
      !isInvisible(point) || (point >= 0x202A && point <= 0x202E) ||
      (point >= 0x2066 && point <= 0x2069)
    ) break;
    k += point > 0xFFFF ? 2 : 1;
  }
  if (k === at || k >= text.length || !isMarkAt(text, k)) return -1;
  return k;
}

// Whether the last run `overriddenRun` measured holds right-to-left
// letters, which the override leaves as they read, or nothing but marks
// and invisible characters, which have no order to reverse.
let runIsRtl = false;

// Where the run overridden by a right-to-left override that ends at
// `from` ends: at a pop, an isolate's end or a line break.
function overriddenRun(text: string, from: number): number {
  let k = from;
  let rtl = false;
  let base = false;
  for (; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    if (unit === 0x202C || unit === 0x2069 || unit === 0x0A || unit === 0x0D) {
      break;
    }
    if (
      (unit >= 0x0590 && unit <= 0x08FF) ||
      (unit >= 0xFB1D && unit <= 0xFDFF) ||
      (unit >= 0xFE70 && unit <= 0xFEFE)
    ) rtl = true;
    if (
      !base &&
      (unit < 0x80 || (unit >= 0xD800 && unit <= 0xDFFF) ||
        (infoOf(unit) & (MARK | INVISIBLE)) === 0)
    ) base = true;
  }
  runIsRtl = rtl || !base;
  return k;
}

// Invisible characters that only ever hide something inside a word (not
// the joiners, which Hindi and Arabic need).
function hides(code: number): boolean {
  return code === 0x00AD || code === 0x034F || code === 0x180E ||
    code === 0x200B || (code >= 0x2060 && code <= 0x2064) || code === 0xFEFF;
}

const WORD_PART = /^[\p{L}\p{M}]$/u;

// The letter style at `at` (a code point starting there): 0 for none, 1
// for a plain letter or mark, else a decorative style (circled,
// parenthesized, mathematical, squared; not full-width, which Japanese
// text uses for ordinary words).
function letterStyle(text: string, at: number): number {
  const cp = text.codePointAt(at)!;
  if (cp >= 0x24B6 && cp <= 0x24E9) return 2;
  if (cp >= 0x249C && cp <= 0x24B5) return 3;
  if (cp >= 0x1D400 && cp <= 0x1D7FF) return 5;
  if (cp >= 0x1F110 && cp <= 0x1F189) return 6;
  if (isInvisible(cp)) return 0;
  return WORD_PART.test(String.fromCodePoint(cp)) ? 1 : 0;
}

// How far around a line break the evidence of a disguise is looked for.
const BREAK_REACH = 32;

/**
 * Whether the line break from `start` to `end` splits a disguised word:
 * letters on both sides, and an invisible character that hides something
 * inside the word ("r\u00ADev\niew"), Latin letters mixed with look-alikes
 * on one side ("Bewεrτu\nng"), or decorative letters of one style on both
 * sides ("ⓐ\nⓥⓘⓢ"). Looks at most `BREAK_REACH` units each way.
 */
function hiddenBreak(text: string, start: number, end: number): boolean {
  let evidence = false;
  let left = start - 1;
  while (left >= 0 && start - left <= 4 && hides(text.charCodeAt(left))) {
    left--;
    evidence = true;
  }
  let right = end;
  while (
    right < text.length && right - end < 4 && hides(text.charCodeAt(right))
  ) {
    right++;
    evidence = true;
  }
  if (left < 0 || right >= text.length) return false;
  const low = text.charCodeAt(left);
  if (low >= 0xDC00 && low <= 0xDFFF && left > 0) left--;
  const leftStyle = letterStyle(text, left);
  const rightStyle = letterStyle(text, right);
  // A mark after the break takes the break as its base: were the break
  // removed, the mark would compose with the letter before it.
  if (leftStyle === 0 || rightStyle === 0 || isMarkAt(text, right)) {
    return false;
  }
  if (evidence || (leftStyle > 1 && leftStyle === rightStyle)) return true;
  return disguisedSide(text, left, -1, start) ||
    disguisedSide(text, right, 1, end);
}

// Whether a line break of `text` splits a disguised word (each looked at
// within `BREAK_REACH` units: linear).
function anyHiddenBreak(text: string): boolean {
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) {
    const start = at > 0 && text.charCodeAt(at - 1) === 0x0D ? at - 1 : at;
    if (hiddenBreak(text, start, at + 1)) return true;
  }
  return false;
}

// Whether the part of a word from `from` on (towards `step`, at most
// `BREAK_REACH` units from the line break at `edge`) holds an invisible
// character that hides something, or mixes Latin letters with Greek or
// Cyrillic look-alikes ("Bewεrτu").
function disguisedSide(
  text: string,
  from: number,
  step: number,
  edge: number,
): boolean {
  const lookalikes = lookTable();
  let latin = false;
  let lookalike = false;
  for (
    let k = from;
    k >= 0 && k < text.length && Math.abs(k - edge) <= BREAK_REACH;
    k += step
  ) {
    const code = text.charCodeAt(k);
    if (hides(code)) return true;
    if (code < 0x80) {
      if (!((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7A)) break;
      latin = true;
    } else if (code >= 0x370 && code <= 0x52F && lookalikes[code] !== 0) {
      lookalike = true;
    }
  }
  return latin && lookalike;
}

/**
 * The most code units a cluster (a base and its marks) takes: the Unicode
 * stream-safe format allows 30 marks in a row, and a longer run is cut, so
 * that NFKC never reorders an unbounded run.
 */
const MAX_CLUSTER = 32;

// Where the marks that follow `at` end (with invisible characters between
// them), at most `limit` units on. Past `MAX_CLUSTER` units, marks are
// only decoration: a cluster keeps its first ones and skips the rest
// (written out, they would start a cluster without a base and reorder
// into the one before).
function clusterEnd(text: string, at: number, limit = MAX_CLUSTER): number {
  let end = at;
  while (end < text.length && end - at < limit) {
    if (isMarkAt(text, end)) {
      end += text.codePointAt(end)! > 0xFFFF ? 2 : 1;
      continue;
    }
    const after = marksAfter(text, end);
    if (after < 0) break;
    end = after;
  }
  return end;
}

// Where the marks that follow `at` end, however many there are.
function skipMarks(text: string, at: number): number {
  return clusterEnd(text, at, Infinity);
}

// Where the first of the marks that follow `at` (after invisible
// characters, perhaps) stands, or -1 when no mark follows.
function firstMark(text: string, at: number): number {
  if (at >= text.length) return -1;
  return isMarkAt(text, at) ? at : marksAfter(text, at);
}

// Whether `text` from `start` to `end` holds an invisible BMP character.
function hasInvisible(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const unit = text.charCodeAt(k);
    if (unit >= 0x80 && (infoOf(unit) & INVISIBLE) !== 0) return true;
  }
  return false;
}

// `text` from `start` to `end` without its invisible characters.
function visibleOf(text: string, start: number, end: number): string {
  let visible = "";
  for (let k = start; k < end;) {
    const point = text.codePointAt(k)!;
    const size = point > 0xFFFF ? 2 : 1;
    if (!isInvisible(point)) visible += text.slice(k, k + size);
    k += size;
  }
  return visible;
}

// Whether a unit of `text` from `start` to `end` changes in lower case.
function lowerChanges(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const unit = text.charCodeAt(k);
    if (unit >= 0x41 && unit <= 0x5A) return true;
    if (unit >= 0xD800 && unit <= 0xDFFF) return true;
    if (unit >= 0x80 && (infoOf(unit) & LOWER_CHANGES) !== 0) return true;
  }
  return false;
}

// `value` lower-cased as the pass does it (see `lowerOfChar`).
function foldLower(value: string): string {
  let out = "";
  for (let k = 0; k < value.length; k++) {
    const unit = value.charCodeAt(k);
    if (unit >= 0xD800 && unit <= 0xDBFF && k + 1 < value.length) {
      out += value.slice(k, k + 2).toLowerCase();
      k++;
    } else if (unit < 0x80) {
      out += String.fromCharCode(
        unit >= 0x41 && unit <= 0x5A ? unit + 32 : unit,
      );
    } else {
      const info = infoOf(unit);
      out += String.fromCharCode(
        (info & LOWER_CHANGES) !== 0 ? LOWER[unit]! : unit,
      );
    }
  }
  return out;
}

const NFKC_UNIT = new Map<number, string>();

// NFKC of one BMP code unit, cached.
function nfkcOfUnit(code: number): string {
  let result = NFKC_UNIT.get(code);
  if (result === undefined) {
    result = String.fromCharCode(code).normalize("NFKC");
    NFKC_UNIT.set(code, result);
  }
  return result;
}

function nfkc(cluster: string): string {
  let result = NFKC_CACHE.get(cluster);
  if (result === undefined) {
    result = cluster.normalize("NFKC");
    if (NFKC_CACHE.size >= CACHE_LIMIT) NFKC_CACHE.clear();
    NFKC_CACHE.set(cluster, result);
  }
  return result;
}

// Appends `value` (already NFKC) lower-cased, invisible characters left
// out, every unit produced by input [start, end).
function emit(out: MapBuilder, value: string, start: number, end: number) {
  const first = out.length;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5A) out.push(code + 32, start, end, UPPER);
      else out.push(code, start, end, 0);
      continue;
    }
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < value.length) {
      const cp = value.codePointAt(i)!;
      if (cp > 0xFFFF) {
        i++;
        if (isInvisible(cp)) {
          if (out.length === first) leadingSpace(out, value, i + 1, start, end);
          continue;
        }
        const letter = specialLetter(cp);
        if (letter !== 0) {
          out.push(letter, start, end, 0);
          continue;
        }
        const lower = String.fromCodePoint(cp).toLowerCase();
        for (let k = 0; k < lower.length; k++) {
          out.push(lower.charCodeAt(k), start, end, 0);
        }
        continue;
      }
    }
    const info = infoOf(code);
    if ((info & INVISIBLE) !== 0) {
      if (out.length === first) leadingSpace(out, value, i + 1, start, end);
      continue;
    }
    pushBmp(out, code, info, start, end);
  }
}

// After an invisible character that starts a value, before anything of it
// is written ("ﹱ" is a tatweel and a shadda), a mark that follows has no
// base in the value: a space stands in for it, so that the mark never
// composes with what came before.
function leadingSpace(
  out: MapBuilder,
  value: string,
  next: number,
  start: number,
  end: number,
): void {
  if (next < value.length && isMarkAt(value, next)) {
    out.push(0x20, start, end, 0);
  }
}

// Appends a non-ASCII BMP unit lower-cased, with the Latin letter it (or
// its lower case) looks like.
function pushBmp(
  out: MapBuilder,
  code: number,
  info: number,
  start: number,
  end: number,
): void {
  if ((info & LOWER_CHANGES) === 0) {
    out.push(code, start, end, LOOK![code]!);
    return;
  }
  const lower = LOWER[code]!;
  out.push(lower, start, end, (LOOK![code]! || LOOK![lower]!) | UPPER);
}

/** The output of the character pass. */
export interface CharPassResult {
  /** The original text. */
  readonly original: string;
  /** The output text. */
  readonly text: string;
  /**
   * Whether each output unit is the input unit at its offset (changed at
   * most in case): then `text` is as long as `original`.
   */
  readonly identity: boolean;
  /**
   * The map and look-alike data, or `undefined` for a text that the pass
   * only lower-cased (then `identity` holds and {@linkcode lookOf} gives
   * the look-alike data of the original units).
   */
  readonly builder: MapBuilder | undefined;
}

const SCRATCH = new MapBuilder(4096);

const NOT_PLAIN = /[^\0-\x25\x27-\x7F]/;
// What the pass does more than lower-casing: entities, invisible and
// special characters, the case folds ("İ", "ı", sigma), astral characters
// that are invisible or special.
const NOT_LOWER_ONLY =
  /[&\u00AD\u034F\u0305\u0332-\u0338\u0489\u20D0-\u20F0\u061C\u0640\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u0130\u0131\u03A3\u03C2\u249C-\u24B5]|[\uDB40-\uDB43][\uDC00-\uDFFF]|\uD83C[\uDD10-\uDDFF]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]/;

/**
 * The Latin letter that the BMP unit `code` (or its lower case) looks
 * like, with {@linkcode UPPER} when it is upper case; for a text the pass
 * only lower-cased (no builder).
 *
 * @param code The original unit.
 * @returns The look-alike letter and case bit, or 0.
 */
export function lookOf(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5A ? UPPER : 0;
  if (code >= 0xD800 && code <= 0xDFFF) return 0;
  const lookalikes = lookTable();
  const info = infoOf(code);
  if ((info & LOWER_CHANGES) === 0) return lookalikes[code]!;
  return (lookalikes[code]! || lookalikes[LOWER[code]!]!) | UPPER;
}

/**
 * Runs the character pass over `text`. The result's builder is reused by
 * the next call.
 *
 * @param text The original text.
 * @returns The output with, for each unit, its range in `text`.
 */
export function charPass(text: string): CharPassResult {
  if (!NOT_PLAIN.test(text)) {
    return {
      original: text,
      text: text.toLowerCase(),
      identity: true,
      builder: undefined,
    };
  }
  const lookalikes = lookTable();
  const n = text.length;
  const out = SCRATCH;
  out.reset(n + 16);
  // Clusters need NFKC only where it changes something: nowhere when the
  // text is NFKC, else in the blocks of text that it changes. NFKC sees the
  // whole text only when no run of marks (or astral characters, which may
  // be marks) is longer than a cluster: reordering a long run is quadratic.
  let run = 0;
  let longRun = false;
  for (let k = 0; k < n && !longRun; k++) {
    const unit = text.charCodeAt(k);
    if (
      unit >= 0x300 &&
      ((unit >= 0xD800 && unit <= 0xDFFF) || (infoOf(unit) & MARK) !== 0)
    ) longRun = ++run >= MAX_CLUSTER;
    else run = 0;
  }
  const stable = !longRun && text.normalize("NFKC") === text;
  // A text that the pass only lower-cases: NFKC before and after, no
  // entity, invisible or special character, no case fold.
  if (
    stable && !NOT_LOWER_ONLY.test(text) && text.isWellFormed() &&
    !anyHiddenBreak(text)
  ) {
    const lower = text.toLowerCase();
    if (lower.length === n && lower.normalize("NFKC") === lower) {
      return {
        original: text,
        text: lower,
        identity: true,
        builder: undefined,
      };
    }
  }
  let blockEnd = stable ? n : 0;
  let blockStable = stable;
  // Whether the cluster [i, end) lies in a block that NFKC leaves alone.
  // NFKC only ever sees bounded strings: a block ends before a character
  // that NFKC changes on its own (it is handled alone), after about 256
  // units, or where a run of marks grows longer than a cluster.
  const blockIsStable = (i: number, end: number): boolean => {
    if (i < blockEnd && end <= blockEnd) return blockStable;
    blockEnd = end;
    let marks = 0;
    while (blockEnd < n && blockEnd - i < 256) {
      const unit = text.charCodeAt(blockEnd);
      const unitInfo = infoOf(unit);
      if ((unitInfo & NFKC_CHANGES) !== 0) break;
      marks = (unitInfo & MARK) !== 0 ? marks + 1 : 0;
      if (marks >= MAX_CLUSTER) break;
      blockEnd++;
    }
    while (
      blockEnd < n && marks < MAX_CLUSTER && isMarkAt(text, blockEnd)
    ) {
      blockEnd += text.codePointAt(blockEnd)! > 0xFFFF ? 2 : 1;
      marks++;
    }
    // Never between the units of a pair.
    if (
      blockEnd < n && text.charCodeAt(blockEnd) >= 0xDC00 &&
      text.charCodeAt(blockEnd) <= 0xDFFF
    ) blockEnd++;
    const block = text.slice(i, blockEnd);
    blockStable = block.normalize("NFKC") === block;
    return blockStable;
  };
  // The hot paths write straight into the buffers, which hold n + 16 units;
  // expansions (NFKC, entities) go through `out.push`, which grows them.
  let units = out.units;
  let starts = out.starts;
  let ends = out.ends;
  let look = out.look;
  // Marks with no base of their own, after a bidi control, a run of
  // invisible characters too long to join, or a reversed run, that start
  // at `from`: written after a space that stands in for their base, so
  // that they never compose with what came before ("і", LRI, U+0308 is
  // not "ї"). Returns where they end, or `from`.
  const orphanMarks = (from: number, start: number): number => {
    const first = firstMark(text, from);
    if (first < 0) return from;
    const end = clusterEnd(text, first);
    const stop = skipMarks(text, end);
    const marks = visibleOf(text, first, end);
    if (marks !== "") emit(out, ` ${nfkc(marks)}`, start, stop);
    return stop;
  };
  let at = 0;
  let identity = true;
  let i = 0;
  // The end of the last overridden run found to hold right-to-left letters.
  let rtlRunEnd = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    // (A soft hyphen may stand between a letter and its marks.)
    if (
      (code === 0x0A || (code === 0x0D && next === 0x0A)) &&
      hiddenBreak(text, i, code === 0x0D ? i + 2 : i + 1)
    ) {
      // A line break inside a disguised word: as invisible as the
      // characters that disguise it.
      identity = false;
      i += code === 0x0D ? 2 : 1;
      continue;
    }
    if (code < 0x80 && next < 0x300 && next !== 0xAD && code !== 0x26) {
      if (at === units.length) break;
      if (code >= 0x41 && code <= 0x5A) {
        units[at] = code + 32;
        look[at] = UPPER;
      } else {
        units[at] = code;
        look[at] = 0;
      }
      starts[at] = i;
      ends[at] = i + 1;
      if (at !== i) identity = false;
      at++;
      i++;
      continue;
    }
    if (code >= 0x80 && (code < 0xD800 || code > 0xDFFF)) {
      const info = infoOf(code);
      const kind = info & (NFKC_CHANGES | INVISIBLE | SPECIAL | MARK);
      if (kind === 0) {
        // A plain character and its marks (BMP ones: an astral mark is
        // rare, the slow path takes it).
        let end = i + 1;
        let hidden = false;
        while (end < n && end - i < MAX_CLUSTER) {
          const unit = text.charCodeAt(end);
          if (unit < 0x300 || (unit >= 0xD800 && unit <= 0xDFFF)) break;
          const unitInfo = infoOf(unit);
          if ((unitInfo & MARK) === 0) break;
          // An invisible mark (a variation selector) between marks: the
          // slow path removes it before NFKC.
          if ((unitInfo & INVISIBLE) !== 0) hidden = true;
          end++;
        }
        // What stops the cluster: usually a character that is neither a
        // mark nor invisible, which needs no closer look.
        const stop = end < n ? text.charCodeAt(end) : 0;
        const plainStop = end === n ||
          (stop < 0x300
            ? stop !== 0xAD
            : stop < 0xD800 || stop > 0xDFFF
            ? (infoOf(stop) & (MARK | INVISIBLE)) === 0
            : false);
        if (
          !hidden && end - i < MAX_CLUSTER &&
          (plainStop ||
            (!isMarkAt(text, end) && marksAfter(text, end) < 0)) &&
          (end === i + 1 ||
            ((info & LOWER_CHANGES) === 0 && blockIsStable(i, end)))
        ) {
          // Already NFKC: each unit maps to itself.
          if (at + (end - i) > units.length) break;
          for (let k = i; k < end; k++) {
            const unit = text.charCodeAt(k);
            const unitInfo = k === i ? info : infoOf(unit);
            if ((unitInfo & INVISIBLE) !== 0) {
              identity = false;
              continue;
            }
            if ((unitInfo & LOWER_CHANGES) === 0) {
              units[at] = unit;
              look[at] = lookalikes[unit]!;
            } else {
              const lower = LOWER[unit]!;
              units[at] = lower;
              look[at] = (lookalikes[unit]! || lookalikes[lower]!) | UPPER;
            }
            starts[at] = k;
            ends[at] = k + 1;
            if (at !== k) identity = false;
            at++;
          }
          i = end;
          continue;
        }
      } else if (
        kind === NFKC_CHANGES &&
        (next < 0x300 ||
          ((next < 0xD800 || next > 0xDFFF) &&
            (infoOf(next) & (MARK | INVISIBLE)) === 0)) &&
        marksAfter(text, i + 1) < 0
      ) {
        // One character that NFKC changes on its own: "！", "…", "ﬁ".
        out.length = at;
        out.identity = identity;
        emit(out, nfkcOfUnit(code), i, i + 1);
        i++;
        at = out.length;
        identity = out.identity;
        if (at + 16 > out.units.length) out.grow(at + (n - i) + 16);
        units = out.units;
        starts = out.starts;
        ends = out.ends;
        look = out.look;
        continue;
      }
    }
    // The slow path: entities, invisible characters, clusters.
    out.length = at;
    out.identity = identity;
    if (code === 0x26 /* & */) {
      const entity = decodeEntity(text, i);
      if (entity !== undefined) {
        const value = entity.value;
        const special = specialLetter(value.codePointAt(0)!);
        // The marks that follow apply to what the reference stands for.
        const end = clusterEnd(text, entity.end);
        const stop = skipMarks(text, end);
        emit(
          out,
          nfkc(
            (special !== 0 ? String.fromCharCode(special) : value) +
              visibleOf(text, entity.end, end),
          ),
          i,
          stop,
        );
        i = stop;
      } else {
        out.push(code, i, i + 1, 0);
        i++;
      }
    } else {
      const cp = text.codePointAt(i)!;
      let end = i + (cp > 0xFFFF ? 2 : 1);
      const special = specialLetter(cp);
      let reversed = -1;
      if (cp === 0x202E && i >= rtlRunEnd) {
        reversed = overriddenRun(text, end);
        // A run of right-to-left letters stays as it is (measured once).
        if (runIsRtl) {
          rtlRunEnd = reversed;
          reversed = -1;
        }
      }
      if (reversed >= 0) {
        // A right-to-left override displays the letters that follow in
        // reverse: read them as the buyer sees them. Each unit maps to the
        // whole run.
        let shown = "";
        for (let k = reversed; k > end;) {
          const low = text.charCodeAt(k - 1);
          const size = low >= 0xDC00 && low <= 0xDFFF && k - 2 >= end ? 2 : 1;
          const point = text.codePointAt(k - size)!;
          const letter = specialLetter(point);
          // (Special letters as the plain ones they stand for, so that
          // NFKC composes them with the marks they carry.)
          if (letter !== 0) shown += String.fromCharCode(letter);
          else if (!isInvisible(point)) shown += text.slice(k - size, k);
          k -= size;
        }
        const close = reversed < n &&
            (text.charCodeAt(reversed) === 0x202C ||
              text.charCodeAt(reversed) === 0x2069)
          ? reversed + 1
          : reversed;
        if (shown !== "") {
          const reading = nfkc(foldLower(nfkc(shown)));
          // A reversed run that starts with a mark would attach it to what
          // came before and leave two runs of marks out of canonical order;
          // the override is a boundary, written as a space.
          emit(
            out,
            isMarkAt(reading, 0) ? ` ${reading}` : reading,
            i,
            close,
          );
        }
        end = orphanMarks(close, i);
      } else if (isInvisible(cp)) {
        // Nothing to write, but for the marks that follow, if any.
        end = orphanMarks(end, i);
      } else if (special !== 0) {
        const marksEnd = clusterEnd(text, end);
        if (marksEnd === end) out.push(special, i, end, 0);
        else {
          const stop = skipMarks(text, marksEnd);
          emit(
            out,
            nfkc(String.fromCharCode(special) + visibleOf(text, end, marksEnd)),
            i,
            stop,
          );
          end = stop;
        }
      } else {
        let joined = false;
        while (end < n && end - i < MAX_CLUSTER) {
          if (isMarkAt(text, end)) {
            end += text.codePointAt(end)! > 0xFFFF ? 2 : 1;
            continue;
          }
          const after = marksAfter(text, end);
          if (after < 0) break;
          joined = true;
          end = after;
        }
        const stop = skipMarks(text, end);
        if (
          joined ||
          (end - i > 1 &&
            (lowerChanges(text, i, end) || hasInvisible(text, i + 1, end)))
        ) {
          // Invisible characters between a base and its marks, or a base
          // whose lower case may compose with them ("İ" and a mark): NFKC
          // of what is left, lower-cased, NFKC again.
          emit(
            out,
            nfkc(foldLower(nfkc(visibleOf(text, i, end)))),
            i,
            stop,
          );
        } else if (blockIsStable(i, end)) {
          // Already NFKC: lower-case unit by unit (pairs through `emit`).
          for (let k = i; k < end; k++) {
            const unit = text.charCodeAt(k);
            if (unit >= 0xD800 && unit <= 0xDFFF) {
              emit(out, text.slice(k, end), i, stop);
              break;
            }
            if (unit < 0x80) emit(out, text[k]!, i, stop);
            else {
              const info = infoOf(unit);
              if ((info & INVISIBLE) === 0) pushBmp(out, unit, info, i, stop);
            }
          }
        } else emit(out, nfkc(text.slice(i, end)), i, stop);
        end = stop;
      }
      i = end;
    }
    at = out.length;
    identity = out.identity;
    units = out.units;
    starts = out.starts;
    ends = out.ends;
    look = out.look;
    if (at + 16 > units.length) {
      out.grow(at + (n - i) + 16);
      units = out.units;
      starts = out.starts;
      ends = out.ends;
      look = out.look;
    }
  }
  if (i < n) throw new RangeError("Cannot normalize text: buffer overrun");
  out.length = at;
  out.identity = identity;
  return {
    original: text,
    text: out.text(text.isWellFormed()),
    identity: identity && at === n,
    builder: out,
  };
}
