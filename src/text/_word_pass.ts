// This module is browser compatible.

/**
 * The word pass of the normalization, over the output of the character
 * pass: spaced letters collapsed ("r e v i e w"), leetspeak in Latin words
 * ("r3vi3w"), and the confusables skeleton of Latin-looking words (Cyrillic
 * or Greek look-alikes to Latin). Linear: one scan finds the words and what
 * they hold, one joins spaced letters, one decides each word that may change
 * from itself and its neighbours, and one writes the output when anything
 * changed.
 *
 * @module
 */

import { type CharPassResult, lookOf } from "./_char_pass.ts";
import { UPPER } from "./_source_map.ts";

// Classes of a code unit.
const LATIN = 1;
const OTHER = 2;
const MARK = 4;
const DIGIT = 8;
const CLASS = new Uint8Array(0x10000);
const CLASS_KNOWN = 128;

const LATIN_PATTERN = /^\p{Script=Latin}$/u;
const LETTER_PATTERN = /^\p{L}$/u;
const MARK_PATTERN = /^\p{M}$/u;
const DIGIT_PATTERN = /^\p{Nd}$/u;

function classOfCodePoint(cp: number): number {
  const char = String.fromCodePoint(cp);
  if (LETTER_PATTERN.test(char)) {
    return LATIN_PATTERN.test(char) ? LATIN : OTHER;
  }
  if (MARK_PATTERN.test(char)) return MARK;
  if (DIGIT_PATTERN.test(char)) return DIGIT;
  return 0;
}

function classOfUnit(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7A) || (code >= 0x41 && code <= 0x5A)) {
      return LATIN;
    }
    return code >= 0x30 && code <= 0x39 ? DIGIT : 0;
  }
  let value = CLASS[code]!;
  if (value === 0) {
    value = CLASS_KNOWN |
      (code >= 0xD800 && code <= 0xDFFF ? 0 : classOfCodePoint(code));
    CLASS[code] = value;
  }
  return value & ~CLASS_KNOWN;
}

// Leet characters and the letters they stand for ("1" is decided by its
// neighbours).
function leetLetter(code: number): number {
  switch (code) {
    case 0x30: // 0
      return 0x6F; // o
    case 0x31: // 1
      return 0x69; // i
    case 0x33: // 3
      return 0x65; // e
    case 0x34: // 4
      return 0x61; // a
    case 0x35: // 5
      return 0x73; // s
    case 0x37: // 7
      return 0x74; // t
    case 0x40: // @
      return 0x61; // a
    case 0x24: // $
      return 0x73; // s
    case 0x7C: // |
      return 0x6C; // l
    default:
      return 0;
  }
}

function isVowel(code: number): boolean {
  return code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6F ||
    code === 0x75;
}

// "1" reads as "l" after a vowel or an "l" ("he1p", "se11er", "fi1e") and
// at the start before a vowel ("1ike"), else as "i" ("fr1end", "ema1l").
function leetOne(previous: number, next: number): number {
  const L = 0x6C;
  const I = 0x69;
  if (next === L) return I;
  if (previous === L || previous === 0x31 || next === 0x31) return L;
  if (previous === 0) return isVowel(next) ? L : I;
  return isVowel(previous) ? L : I;
}

// Han ideographs, hiragana and katakana (with the prolonged sound mark).
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30FF) ||
    (code >= 0x31F0 && code <= 0x31FF) || (code >= 0x3400 && code <= 0x4DBF) ||
    (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0xF900 && code <= 0xFAFF);
}

// Separators between spaced letters: space, tab, dot, hyphen, underscore,
// asterisk, middle dot, bullet, plus, tilde, slash, hyphen, hyphenation
// point.
function isSpacer(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x2E || code === 0x2D ||
    code === 0x5F ||
    code === 0x2A || code === 0xB7 || code === 0x2022 || code === 0x2B ||
    code === 0x7E || code === 0x2F || code === 0x2010 || code === 0x2027;
}

// Word flags.
const HAS_LATIN = 1;
const HAS_LOOK = 2;
const HAS_OTHER = 4;
const SINGLE = 8;
const MERGED = 16;
/** A digit or leet symbol: the word may be leetspeak. */
const HAS_SYMBOL = 32;
/** A Latin-script look-alike (small capital, IPA letter). */
const HAS_LATIN_LOOK = 64;

/** In `replace`: the unit is dropped (a spacer between spaced letters). */
const DROPPED = 1;

/** The normalized text and, unless it is the identity, its map. */
export interface WordPassResult {
  /** The normalized text. */
  readonly text: string;
  /** Per unit of `text`, the start of its range in the original. */
  readonly starts: Int32Array | undefined;
  /** Per unit of `text`, the end of its range in the original. */
  readonly ends: Int32Array | undefined;
}

// Scratch buffers, reused from call to call.
let replace = new Uint16Array(4096);
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);
let flags = new Int32Array(1024);
let order = new Int32Array(1024);

function ensure(n: number): void {
  if (replace.length < n) replace = new Uint16Array(n * 2);
  const words = (n >> 1) + 2;
  if (wordStarts.length < words) {
    wordStarts = new Int32Array(words * 2);
    wordEnds = new Int32Array(words * 2);
    flags = new Int32Array(words * 2);
    order = new Int32Array(words * 2);
  }
}

// The class of the unit at `i` of `text` (a code point's class for both
// units of a surrogate pair).
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xD800 || code > 0xDFFF) return classOfUnit(code);
  const cp = text.codePointAt(code <= 0xDBFF ? i : i - 1)!;
  return cp > 0xFFFF ? classOfCodePoint(cp) : 0;
}

/**
 * Runs the word pass over the output of the character pass and composes
 * the maps.
 *
 * @param input The character pass output.
 * @returns The normalized text and its map to the original.
 */
export function wordPass(input: CharPassResult): WordPassResult {
  const text = input.text;
  const n = text.length;
  ensure(n + 1);
  const builder = input.builder;
  const look = builder?.look;
  const original = input.original;
  // The look-alike letter and case of the source of unit i.
  const lookAt = (i: number): number =>
    look !== undefined ? look[i]! : lookOf(original.charCodeAt(i));

  // Words: maximal runs of letters, marks, digits, "@" and "$" (and "|"
  // between letters), with what they hold.
  let words = 0;
  let previousLetter = false;
  let start = -1;
  let value = 0;
  let letters = 0;
  let others = 0;
  for (let i = 0; i <= n; i++) {
    let c = 0;
    let symbol = false;
    if (i < n) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code >= 0x61 && code <= 0x7A) c = LATIN;
        else if (code >= 0x30 && code <= 0x39) c = DIGIT;
        else if (code === 0x40 || code === 0x24) symbol = true;
        else if (
          code === 0x7C && previousLetter && i + 1 < n &&
          (classAt(text, i + 1) & (LATIN | OTHER)) !== 0
        ) symbol = true;
        else if (code >= 0x41 && code <= 0x5A) c = LATIN;
      } else c = classAt(text, i);
    }
    if (c === 0 && !symbol) {
      previousLetter = false;
      if (start < 0) continue;
      wordStarts[words] = start;
      wordEnds[words] = i;
      // Digits stay out of spaced runs: "5 s t a r" is five stars.
      flags[words] = value | (letters === 1 && others === 0 ? SINGLE : 0);
      words++;
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      value = 0;
      letters = 0;
      others = 0;
    }
    previousLetter = (c & (LATIN | OTHER)) !== 0;
    if (previousLetter) {
      const code = text.charCodeAt(i);
      // Count a surrogate pair once.
      if (code < 0xDC00 || code > 0xDFFF) letters++;
      if ((c & LATIN) !== 0) {
        value |= HAS_LATIN;
        if (text.charCodeAt(i) >= 0x80 && (lookAt(i) & 0x7F) !== 0) {
          value |= HAS_LATIN_LOOK;
        }
      } else {
        value |= (lookAt(i) & 0x7F) !== 0 ? HAS_LOOK : HAS_OTHER;
      }
    } else if ((c & MARK) === 0) {
      others++;
      value |= HAS_SYMBOL;
    }
  }

  // Spaced letters: runs of single-letter words with the same gap between
  // each (one spacer, or two of the same), at least four letters, or three
  // when the spacer is not a space. `order` lists the words that remain.
  let kept = 0;
  let changed = false;
  for (let w = 0; w < words;) {
    // Han and kana set apart by spaces or dots ("评 价", "レ・ビ・ュ・ー"): scripts
    // written without spaces read as one word where a single character
    // stands alone.
    if (cjkJoins(w)) {
      let last = w + 1;
      while (cjkJoins(last)) last++;
      let merged = 0;
      for (let k = w; k <= last; k++) merged |= flags[k]! & ~SINGLE;
      for (let k = w; k < last; k++) {
        for (let i = wordEnds[k]!; i < wordStarts[k + 1]!; i++) {
          replace[i] = DROPPED;
        }
      }
      wordEnds[w] = wordEnds[last]!;
      flags[w] = merged | MERGED;
      order[kept++] = w;
      changed = true;
      w = last + 1;
      continue;
    }
    if ((flags[w]! & SINGLE) === 0) {
      order[kept++] = w;
      w++;
      continue;
    }
    let last = w;
    const firstGap = wordEnds[w]!;
    const width = w + 1 < words ? wordStarts[w + 1]! - firstGap : 0;
    const spacer = text.charCodeAt(firstGap);
    if (isSpacer(spacer) && width <= 2) {
      while (last + 1 < words && (flags[last + 1]! & SINGLE) !== 0) {
        const gapStart = wordEnds[last]!;
        if (
          wordStarts[last + 1]! - gapStart !== width ||
          text.charCodeAt(gapStart) !== spacer ||
          text.charCodeAt(gapStart + width - 1) !== spacer
        ) break;
        last++;
      }
    }
    // A small first letter before capitals is a word of its own: "a R E V
    // I E W" (but "R e v i e w" is one word).
    if (last - w >= 4 && (lookAt(wordStarts[w]!) & UPPER) === 0) {
      let capitals = true;
      for (let k = w + 1; k <= last && capitals; k++) {
        capitals = (lookAt(wordStarts[k]!) & UPPER) !== 0;
      }
      if (capitals) order[kept++] = w++;
    }
    const members = last - w + 1;
    if (members < (spacer === 0x20 ? 4 : 3) && last > w) {
      // Too few to join: the first stays a word, and the next may start a
      // run of its own ("a r-e-v-i-e-w"). A run this short is rescanned at
      // most three times: linear.
      order[kept++] = w;
      w++;
      continue;
    }
    if (members >= (spacer === 0x20 ? 4 : 3)) {
      let merged = MERGED;
      for (let k = w; k <= last; k++) merged |= flags[k]! & ~SINGLE;
      const end = wordEnds[last]!;
      for (let k = w; k < last; k++) {
        for (let i = wordEnds[k]!; i < wordStarts[k + 1]!; i++) {
          replace[i] = DROPPED;
        }
      }
      wordEnds[w] = end;
      flags[w] = merged;
      order[kept++] = w;
      changed = true;
    } else {
      for (let k = w; k <= last; k++) order[kept++] = k;
    }
    w = last + 1;
  }

  // Whether word w ends in Han or kana, word w + 1 starts with one, one of
  // them is a single character, and only one or two spaces or spacers
  // (middle dots, bullets, hyphens: "好·评", "レ・ビ・ュ・ー") lie between.
  function cjkJoins(w: number): boolean {
    if (w + 1 >= words) return false;
    const gapStart = wordEnds[w]!;
    const gapEnd = wordStarts[w + 1]!;
    if (
      gapEnd - gapStart > 2 ||
      ((flags[w]! | flags[w + 1]!) & SINGLE) === 0 ||
      !isCjk(text.charCodeAt(gapStart - 1)) || !isCjk(text.charCodeAt(gapEnd))
    ) return false;
    for (let i = gapStart; i < gapEnd; i++) {
      const code = text.charCodeAt(i);
      if (!isSpacer(code) && code !== 0x30FB && code !== 0xFF65) return false;
    }
    return true;
  }

  for (let m = 0; m < kept; m++) {
    const w = order[m]!;
    const value = flags[w]!;
    if ((value & (HAS_LOOK | HAS_LATIN_LOOK | HAS_SYMBOL)) === 0) continue;
    const start = wordStarts[w]!;
    const end = wordEnds[w]!;
    // Confusables: look-alikes in a word with Latin letters and no other
    // script, or a word of look-alikes only whose nearest words are not
    // genuinely in another script ("он" in Russian text stays).
    if ((value & (HAS_LOOK | HAS_LATIN_LOOK)) !== 0) {
      let fold = false;
      if ((value & HAS_LOOK) !== 0 && (value & HAS_OTHER) === 0) {
        if ((value & HAS_LATIN) !== 0) fold = true;
        else fold = !genuineContext(m);
      }
      for (let i = start; i < end; i++) {
        // Latin-script look-alikes (small capitals, IPA) always fold.
        const letter = lookAt(i) & 0x7F;
        if (
          letter !== 0 && replace[i] !== DROPPED &&
          (fold || (classAt(text, i) & LATIN) !== 0)
        ) {
          replace[i] = letter;
          changed = true;
        }
      }
    }
    if (
      (value & HAS_SYMBOL) !== 0 && (value & HAS_OTHER) === 0 &&
      leet(start, end)
    ) changed = true;
  }

  // Whether the nearest word on either side of the m-th that is not made
  // of look-alikes only is in another script: then a word of look-alikes
  // only is in that script too ("товаре" in "Отзыв о товаре").
  function genuineContext(m: number): boolean {
    for (let k = m - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const value = flags[order[k]!]!;
      if ((value & HAS_OTHER) !== 0) return true;
      if ((value & HAS_LATIN) !== 0) break;
    }
    for (let k = m + 1, steps = 0; k < kept && steps < 8; k++, steps++) {
      const value = flags[order[k]!]!;
      if ((value & HAS_OTHER) !== 0) return true;
      if ((value & HAS_LATIN) !== 0) break;
    }
    return false;
  }

  // Leetspeak in a Latin word: digits and symbols between letters, when
  // the word has no other digit; the edges too when it has 3 letters.
  function leet(start: number, end: number): boolean {
    // Letters set apart by "|" ("r|e|v|i|e|w"), four or more: spacing.
    if (end - start >= 7 && (end - start) % 2 === 1) {
      let spaced = true;
      for (let i = start; i < end && spaced; i++) {
        const code = text.charCodeAt(i);
        spaced = (i - start) % 2 === 1
          ? code === 0x7C
          : (classAt(text, i) & LATIN) !== 0 && code < 0xD800;
      }
      if (spaced) {
        for (let i = start + 1; i < end; i += 2) replace[i] = DROPPED;
        return true;
      }
    }
    let letters = 0;
    let first = -1;
    let last = -1;
    let count = 0;
    for (let i = start; i < end; i++) {
      if (replace[i] === DROPPED) continue;
      const c = classAt(text, i);
      if ((c & (LATIN | OTHER)) !== 0) {
        letters++;
        if (first < 0) first = i;
        last = i;
      } else if ((c & MARK) !== 0) continue;
      else if (leetLetter(text.charCodeAt(i)) !== 0) count++;
      else return false; // another digit: a code, not a word
    }
    if (letters < 2 || count === 0 || count > letters) return false;
    let interior = false;
    for (let i = first + 1; i < last && !interior; i++) {
      if (replace[i] !== DROPPED && leetLetter(text.charCodeAt(i)) !== 0) {
        interior = true;
      }
    }
    if (!interior) return false;
    // An "@" before a domain stays: it is an email address.
    const email = end + 1 < n && text.charCodeAt(end) === 0x2E &&
      (classAt(text, end + 1) & (LATIN | OTHER)) !== 0;
    let changed = false;
    for (let i = start; i < end; i++) {
      if (
        replace[i] === DROPPED ||
        (classAt(text, i) & (LATIN | OTHER | MARK)) !== 0
      ) continue;
      const code = text.charCodeAt(i);
      let letter = leetLetter(code);
      if (letter === 0 || (code === 0x40 && email)) continue;
      if ((i < first || i > last) && letters < 3) continue;
      if (code === 0x31) {
        letter = leetOne(
          neighbour(i, -1, start, end),
          neighbour(i, 1, start, end),
        );
      }
      replace[i] = letter;
      changed = true;
    }
    return changed;
  }

  function neighbour(i: number, step: number, start: number, end: number) {
    for (let k = i + step; k >= start && k < end; k += step) {
      if (replace[k] === DROPPED) continue;
      return replace[k]! || text.charCodeAt(k);
    }
    return 0;
  }

  const identity = input.identity;
  if (!changed) {
    if (identity) return { text, starts: undefined, ends: undefined };
    return {
      text,
      starts: builder!.starts.slice(0, n),
      ends: builder!.ends.slice(0, n),
    };
  }
  let length = 0;
  for (let i = 0; i < n; i++) if (replace[i] !== DROPPED) length++;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let out = "";
  let copyFrom = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const replacement = replace[i]!;
    if (replacement !== 0) {
      out += text.slice(copyFrom, i);
      if (replacement !== DROPPED) out += String.fromCharCode(replacement);
      copyFrom = i + 1;
      if (replacement === DROPPED) continue;
    }
    starts[k] = identity ? i : builder!.starts[i]!;
    ends[k] = identity ? i + 1 : builder!.ends[i]!;
    k++;
  }
  out += text.slice(copyFrom);
  // The scratch buffer is clean for the next call.
  replace.fill(0, 0, n);
  return { text: out, starts, ends };
}
