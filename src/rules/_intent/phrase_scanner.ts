// This module is browser compatible.

/**
 * Finds the prefilter factors of phrase patterns in a text in one pass.
 *
 * @module
 */

import { foldText } from "./phrase_folding.ts";
import { SEGMENT_END } from "./phrase_needs.ts";

// ## Finding factors
//
// Factors are found by one pass over the text in plain JavaScript: a
// regular expression of a thousand alternatives costs V8 far more per
// character. Characters are mapped to symbols, one per class of characters
// equal under case folding; a factor is looked up by the hash of its first
// (up to) four symbols, then compared symbol by symbol.

// Symbols: 0 for a character no factor has, else one per class. In the
// table of code units, a symbol has two flags: the character is changed by
// foldText, or (folded) it may end a sentence.
const NO_SYMBOL = 0;
const SYMBOL_MASK = 0x3FFF;
const ENDS_SENTENCE = 0x4000;
const FOLDS = 0x8000;
const UNKNOWN = 0xFFFF;
let symbolTable: Uint16Array | null = null;
const symbolOfKey = new Map<string, number>();
// Every character of a factor.
const alphabet: string[] = [];
const inAlphabet = new Set<string>();
let alphabetClass: RegExp | null = null;

// Characters equal under the `iu` flags (simple case folding) have the same
// key: `ſ`, `s` and `S`; `K` (Kelvin), `k` and `K`; `ς`, `σ` and `Σ`. Other
// characters may share a key too (`ı` and `i`), which only finds a factor
// where no pattern can match.
function symbolKey(ch: string): string {
  const lower = ch.toLowerCase();
  return (lower.length === 1 ? lower : ch).toUpperCase();
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, "\\$&");
}

// Registers the characters of a factor; returns their symbols.
function symbolsOf(factor: string): number[] {
  const symbols: number[] = [];
  for (const ch of factor) {
    const key = symbolKey(ch);
    let symbol = symbolOfKey.get(key);
    if (symbol === undefined) {
      symbol = Math.min(symbolOfKey.size + 1, SYMBOL_MASK);
      symbolOfKey.set(key, symbol);
    }
    if (!inAlphabet.has(ch)) {
      inAlphabet.add(ch);
      alphabet.push(ch);
    }
    symbols.push(symbol);
  }
  return symbols;
}

// After registering factors: what was read as no symbol may now have one.
function alphabetChanged(): void {
  alphabetClass = new RegExp(`[${escapeClass(alphabet.join(""))}]`, "iu");
  symbolTable?.fill(UNKNOWN);
}

// The symbol of a UTF-16 code unit of a text, as folded by foldText (so
// that the text need not be folded to be scanned), with its flags.
function classify(code: number): number {
  if (code >= 0xD800 && code <= 0xDFFF) return NO_SYMBOL;
  const original = String.fromCharCode(code);
  const ch = foldText(original);
  const flags = (ch === original ? 0 : FOLDS) |
    (SEGMENT_END.includes(ch) ? ENDS_SENTENCE : 0);
  const symbol = symbolOfKey.get(symbolKey(ch));
  if (symbol !== undefined) return symbol | flags;
  if (alphabetClass === null || !alphabetClass.test(ch)) return flags;
  const equal = alphabet.find((known) =>
    new RegExp(`[${escapeClass(known)}]`, "iu").test(ch)
  )!;
  return symbolOfKey.get(symbolKey(equal))! | flags;
}

function symbols(): Uint16Array {
  return symbolTable ??= new Uint16Array(0x10000).fill(UNKNOWN);
}

/** The factors of a text (the scanner's, until its next scan). */
export interface FactorHits {
  /** Per factor, `generation` when it occurs. */
  readonly stamps: Int32Array;
  generation: number;
  /** The factors that occur, each once. */
  readonly found: number[];
  /**
   * The occurrences, in order of their ends: factor, start, end, factor,
   * start, end...
   */
  readonly places: number[];
  /** Whether foldText changes the text. */
  folds: boolean;
  /** Where the text may end a sentence (`.` also in `12.5`). */
  readonly sentenceEnds: number[];
}

/** Finds factors in texts. */
export interface FactorScanner {
  scan(text: string): FactorHits;
}

// A rolling key of the last symbols, 7 bits a symbol: its low 7n bits
// depend only on the last n symbols (n up to 4). Keys are hashed by
// multiplying with GOLDEN (2^32 / φ) and keeping the top bits.
const KEY_BITS = 7;
const KEY_MASK_1 = 0x7F;
const KEY_MASK_2 = 0x3FFF;
const KEY_MASK_3 = 0x1FFFFF;
const KEY_MASK_4 = 0xFFFFFFF;
const GOLDEN = 0x9E3779B1;

// The key of a factor's first `count` symbols, as the scan computes it.
function keyOf(symbols: readonly number[], count: number): number {
  let key = 0;
  for (let i = 0; i < count; i++) key = (key << KEY_BITS) ^ symbols[i]!;
  return key &
    [0, KEY_MASK_1, KEY_MASK_2, KEY_MASK_3, KEY_MASK_4][count]!;
}

export function createFactorScanner(factors: readonly string[]): FactorScanner {
  const size = alphabet.length;
  const factorSymbols = factors.map(symbolsOf);
  if (alphabet.length !== size) alphabetChanged();
  const offsets = new Int32Array(factors.length + 1);
  factorSymbols.forEach((s, i) => offsets[i + 1] = offsets[i]! + s.length);
  const flat = new Uint16Array(offsets[factors.length]!);
  factorSymbols.forEach((s, i) => flat.set(s, offsets[i]!));
  // The first (up to) four symbols of a factor are hashed to `bits` bits:
  // with about 32 slots a factor, a table that says "no factor starts here"
  // for nearly every position; the top `bits - 3` of them index the lists
  // of factors to compare.
  const bits = Math.min(
    15,
    Math.max(8, Math.ceil(Math.log2(factors.length + 1)) + 5),
  );
  const shift = 32 - bits;
  const bucketShift = 3;
  const hashOf = (key: number) => Math.imul(key, GOLDEN) >>> shift;
  // Per length of what is hashed (1 to 4 symbols; longer factors by their
  // first 4): the filter, the start of each bucket in the list, the list of
  // factor indices.
  const filters: Uint8Array[] = [];
  const starts: Int32Array[] = [];
  const lists: Int32Array[] = [];
  for (let length = 1; length <= 4; length++) {
    const members = factorSymbols
      .map((s, index) => ({ hash: hashOf(keyOf(s, length)), s, index }))
      .filter(({ s }) => Math.min(s.length, 4) === length);
    const filter = new Uint8Array(1 << bits);
    const start = new Int32Array((1 << (bits - bucketShift)) + 1);
    for (const { hash } of members) {
      filter[hash] = 1;
      start[(hash >>> bucketShift) + 1]!++;
    }
    for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
    const fill = start.slice();
    const list = new Int32Array(members.length);
    for (const { hash, index } of members) {
      list[fill[hash >>> bucketShift]!++] = index;
    }
    filters.push(filter);
    starts.push(start);
    lists.push(list);
  }
  const [filter1, filter2, filter3, filter4] = filters as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  // Per symbol, whether a factor of 1, 2 or 3 symbols ends with it (bits 1,
  // 2, 4): most characters end none, and need only the 4-symbol lookup.
  // (Symbols are at most SYMBOL_MASK.)
  const endsShort = new Uint8Array(SYMBOL_MASK + 1);
  for (const s of factorSymbols) {
    if (s.length <= 3) endsShort[s[s.length - 1]!]! |= 1 << (s.length - 1);
  }
  // Per factor, the scan that last found it (no clearing between scans),
  // and what else the scans find, in arrays reused from scan to scan.
  const stamps = new Int32Array(factors.length);
  const hits: FactorHits = {
    stamps,
    generation: 0,
    found: [],
    places: [],
    folds: false,
    sentenceEnds: [],
  };

  // Records the factors of a bucket that start at `start`. (Not a closure
  // in `scan`: variables a closure captures are slower to read in the loop.)
  function check(
    text: string,
    table: Uint16Array,
    hits: FactorHits,
    length: number,
    hash: number,
    start: number,
  ): void {
    const list = lists[length - 1]!;
    const bucket = starts[length - 1]!;
    const b = hash >>> bucketShift;
    for (let k = bucket[b]!, e = bucket[b + 1]!; k < e; k++) {
      const factor = list[k]!;
      const from = offsets[factor]!;
      const size = offsets[factor + 1]! - from;
      if (start + size > text.length) continue;
      let j = 0;
      while (j < size) {
        const code = text.charCodeAt(start + j);
        let symbol = table[code]!;
        if (symbol === UNKNOWN) symbol = table[code] = classify(code);
        if ((symbol & SYMBOL_MASK) !== flat[from + j]) break;
        j++;
      }
      if (j === size) {
        if (stamps[factor] !== hits.generation) {
          stamps[factor] = hits.generation;
          hits.found.push(factor);
        }
        hits.places.push(factor, start, start + size);
      }
    }
  }

  return {
    scan(text: string): FactorHits {
      hits.generation = hits.generation === 0x7FFFFFFF
        ? 1
        : hits.generation + 1;
      if (hits.generation === 1) stamps.fill(0);
      hits.found.length = 0;
      hits.places.length = 0;
      hits.sentenceEnds.length = 0;
      hits.folds = false;
      const table = symbols();
      const n = text.length;
      // Locals, not reads of the closure's variables, in the loop.
      const f1 = filter1;
      const f2 = filter2;
      const f3 = filter3;
      const f4 = filter4;
      const short3 = endsShort;
      const hashShift = shift;
      // The key of the last symbols, and how many there are in a row.
      let key = 0;
      let run = 0;
      for (let i = 0; i < n; i++) {
        const code = text.charCodeAt(i);
        let s0 = table[code]!;
        if (s0 > SYMBOL_MASK) {
          if (s0 === UNKNOWN) s0 = table[code] = classify(code);
          if ((s0 & FOLDS) !== 0) hits.folds = true;
          if ((s0 & ENDS_SENTENCE) !== 0) hits.sentenceEnds.push(i);
          s0 &= SYMBOL_MASK;
        }
        if (s0 === NO_SYMBOL) {
          run = 0;
          continue;
        }
        key = ((key << KEY_BITS) ^ s0) & KEY_MASK_4;
        run++;
        const short = short3[s0]!;
        if (short !== 0) {
          if ((short & 1) !== 0) {
            const hash = Math.imul(key & KEY_MASK_1, GOLDEN) >>> hashShift;
            if (f1[hash] === 1) check(text, table, hits, 1, hash, i);
          }
          if ((short & 2) !== 0 && run >= 2) {
            const hash = Math.imul(key & KEY_MASK_2, GOLDEN) >>> hashShift;
            if (f2[hash] === 1) check(text, table, hits, 2, hash, i - 1);
          }
          if ((short & 4) !== 0 && run >= 3) {
            const hash = Math.imul(key & KEY_MASK_3, GOLDEN) >>> hashShift;
            if (f3[hash] === 1) check(text, table, hits, 3, hash, i - 2);
          }
        }
        if (run >= 4) {
          const hash = Math.imul(key, GOLDEN) >>> hashShift;
          if (f4[hash] === 1) check(text, table, hits, 4, hash, i - 3);
        }
      }
      return hits;
    },
  };
}
