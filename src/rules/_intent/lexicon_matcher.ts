// This module is browser compatible.

/**
 * Finds the concept words of a set of lexicons in a text in one pass: an
 * Aho–Corasick automaton over every term of every concept of every lexicon,
 * built on first use. Separators (white space and punctuation) are fed to
 * the automaton as one space per run, so a term of several words matches
 * them with any spaces or punctuation between ("5-star" and "5 star" are the
 * same term), but for a run that holds a mark that ends a clause (a comma, a
 * full stop, a colon, a semicolon, "!"; not a line break, which may wrap a
 * sentence): that run is a break, which a term matches only where it holds
 * such a mark itself ("review it" does not match "a review, it would help").
 * Terms match whole words unless a `*` opens or closes them; Han and kana are not word characters, so the terms of `"chars"` lexicons
 * match anywhere, but for the Latin letters and digits at their ends.
 *
 * @module
 */

import type { Lexicon } from "../_lexicons/types.ts";

/** One term found in a text. */
export interface ConceptHit {
  /** The concept the term carries. */
  readonly concept: string;
  /** The language of the lexicon the term comes from. */
  readonly language: string;
  /** Offset of the first matched code unit in the text. */
  readonly start: number;
  /** Offset just past the last matched code unit. */
  readonly end: number;
}

/** A compiled set of lexicons. */
export interface LexiconMatcher {
  /**
   * Every occurrence of every term in `text`, ordered by end offset, then by
   * length (longest first).
   *
   * @param text The normalized (lower-case) text.
   * @returns The hits.
   */
  find(text: string): ConceptHit[];
}

interface Output {
  readonly concept: string;
  readonly language: string;
  /** Fed symbols the term spans. */
  readonly length: number;
  /** The term must start at a word start. */
  readonly startBound: boolean;
  /** The term must end at a word end. */
  readonly endBound: boolean;
}

const SPACE = 32;
/** A separator run with a clause mark: never fed as itself (it separates). */
const BREAK = 0x2029;

/**
 * Whether a separator ends a clause: a comma, a full stop, a colon, a
 * semicolon, "!" (Latin, Arabic, Devanagari, full width). Not a line break:
 * text is often wrapped mid-sentence.
 */
function isClauseMark(code: number): boolean {
  return code === 44 || code === 46 || code === 58 || code === 59 ||
    code === 33 || code === 0x060C ||
    code === 0x061B || code === 0x0964 || code === 0x0965 ||
    code === 0xFF0C || code === 0xFF1B || code === 0xFF1A || code === 0xFF01;
}

// Whether the separator run that starts at `from` holds a clause mark
// (`kindOf` gives each code point's class).
function runHasClauseMark(
  text: string,
  from: number,
  kindOf: (code: number) => number,
): boolean {
  for (let i = from; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (kindOf(code) !== 2) return false;
    if (isClauseMark(code)) return true;
    i += code > 0xFFFF ? 2 : 1;
  }
  return false;
}

// 0 unknown, 1 word character, 2 separator, 3 other (symbol, CJK), 4 a
// mark the match looks through (Arabic vowel marks: sellers write "لا تنسَ"
// and "لا تنس", "يُمدَّد" and "يمدد" alike).
const CLASS_CACHE = new Uint8Array(0x10000);
const WORD = /[\p{L}\p{M}\p{N}]/u;
const CJK =
  /[\u1100-\u11FF\u2E80-\u2FDF\u3000-\u30FF\u3130-\u318F\u31C0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF66-\uFF9F]/u;
// Symbols that carry meaning in terms ("% off", "$10", "@handle").
const KEPT_SYMBOL = /[%$€£¥₹₺@#&+=?/]/u;

function classify(code: number): number {
  if (code < 0x10000) {
    const known = CLASS_CACHE[code]!;
    if (known !== 0) return known;
  }
  const ch = String.fromCodePoint(code);
  let kind: number;
  if (isVowelMark(code)) kind = 4;
  else if (CJK.test(ch)) kind = 3;
  else if (WORD.test(ch)) kind = 1;
  else if (KEPT_SYMBOL.test(ch)) kind = 3;
  else kind = 2;
  if (code < 0x10000) CLASS_CACHE[code] = kind;
  return kind;
}

/** Arabic vowel marks (harakat, tanween, shadda, sukun, dagger alef). */
function isVowelMark(code: number): boolean {
  return (code >= 0x064B && code <= 0x065F) || code === 0x0670;
}

/** Whether a code point counts as part of a word for boundaries. */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90);
  }
  const kind = classify(code);
  return kind === 1 || kind === 4;
}

// The first code point at or after `from` that is not a vowel mark, or -1.
function nextPastMarks(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (!isVowelMark(code)) return code;
  }
  return -1;
}

// A term as the automaton sees it: separators collapsed to one space.
function termSymbols(term: string): number[] {
  const out: number[] = [];
  let pending = 0;
  for (let i = 0; i < term.length;) {
    const code = term.codePointAt(i)!;
    i += code > 0xFFFF ? 2 : 1;
    if (isVowelMark(code)) continue;
    if (classify(code) === 2) {
      if (out.length > 0 && pending !== BREAK) {
        pending = isClauseMark(code) ? BREAK : SPACE;
      }
      continue;
    }
    if (pending !== 0) out.push(pending);
    pending = 0;
    out.push(code);
  }
  return out;
}

interface Automaton {
  /**
   * The transitions, state by state in breadth-first order: those of state
   * `s` are `edgeStart[s]` up to `edgeStart[s + 1]`, sorted by symbol
   * index. The states a scan visits most, near the root, come first, so
   * their transitions stay together in cache: a scan reads them at almost
   * every character.
   */
  readonly edgeStart: Int32Array;
  readonly edgeSymbol: Uint16Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** Outputs of each state, its own then those of its failure chain. */
  readonly outputs: (readonly Output[])[];
  /** 1 for the states with outputs: read at every character, kept small. */
  readonly emits: Uint8Array;
  /**
   * The full transitions of the first `dense` states (the root and those
   * next to it, which a scan visits most), failures followed, in rows of
   * `width` by symbol index (0: the root).
   */
  readonly rows: Int32Array;
  readonly dense: number;
  /** The number of symbol indices. */
  readonly width: number;
  /**
   * The index of each symbol of the Basic Multilingual Plane that some
   * term holds; 0 for the others, on which every state goes to the root.
   */
  readonly index: Uint16Array;
  /** The indices of the symbols above the Basic Multilingual Plane. */
  readonly astral: ReadonlyMap<number, number>;
}

const NO_OUTPUT: readonly Output[] = [];
/** The cells of the dense rows: 128 kB. */
const DENSE = 32768;

function build(lexicons: readonly Lexicon<string>[]): Automaton {
  // The terms first, so the trie's arrays get their final size at once.
  const terms: { symbols: number[]; output: Output }[] = [];
  const seen = new Set<string>();
  let capacity = 1;
  for (const lexicon of lexicons) {
    for (const [concept, list] of Object.entries(lexicon.concepts)) {
      for (const raw of list ?? []) {
        let term = raw.toLowerCase().trim();
        let open = false;
        let close = false;
        if (term.startsWith("*")) {
          open = true;
          term = term.slice(1);
        }
        if (term.endsWith("*")) {
          close = true;
          term = term.slice(0, -1);
        }
        const symbols = termSymbols(term);
        if (symbols.length === 0) continue;
        const key = `${lexicon.language}\u0000${concept}\u0000${raw}`;
        if (seen.has(key)) continue;
        seen.add(key);
        capacity += symbols.length;
        terms.push({
          symbols,
          output: {
            concept,
            language: lexicon.language,
            length: symbols.length,
            // Han and kana never count as word characters, so in a "chars"
            // lexicon only a term's Latin letters and digits meet
            // boundaries ("5" is not the 5 of "550円").
            startBound: !open && isWordCode(symbols[0]!),
            endBound: !close && isWordCode(symbols.at(-1)!),
          },
        });
      }
    }
  }
  // The symbols' indices: the keys of the table stay small integers.
  const index = new Uint16Array(0x10000);
  const astral = new Map<number, number>();
  let width = 1;
  for (const { symbols } of terms) {
    for (let k = 0; k < symbols.length; k++) {
      const symbol = symbols[k]!;
      let known = symbol < 0x10000 ? index[symbol]! : astral.get(symbol) ?? 0;
      if (known === 0) {
        if (width === 0xFFFF) throw new RangeError("Too many symbols");
        known = width++;
        if (symbol < 0x10000) index[symbol] = known;
        else astral.set(symbol, known);
      }
      symbols[k] = known;
    }
  }
  // The trie, its transitions in a scratch table (state, symbol, target)
  // sized for every symbol of every term, each state's children as a
  // linked list for the breadth-first pass.
  let scratchSize = 1024;
  while (scratchSize < capacity * 2) scratchSize *= 2;
  const scratchMask = scratchSize - 1;
  const scratch = new Int32Array(scratchSize * 3).fill(-1);
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const edge = new Int32Array(capacity);
  const own: (Output[] | undefined)[] = [];
  let states = 1;
  for (const { symbols, output } of terms) {
    let state = 0;
    for (const symbol of symbols) {
      let slot =
        (Math.imul(state, 0x9E3779B1) ^ Math.imul(symbol, 0x85EBCA6B)) &
        scratchMask;
      let to = -1;
      for (;;) {
        const at = scratch[slot * 3]!;
        if (at === -1) break;
        if (at === state && scratch[slot * 3 + 1] === symbol) {
          to = scratch[slot * 3 + 2]!;
          break;
        }
        slot = (slot + 1) & scratchMask;
      }
      if (to === -1) {
        to = states++;
        scratch[slot * 3] = state;
        scratch[slot * 3 + 1] = symbol;
        scratch[slot * 3 + 2] = to;
        edge[to] = symbol;
        nextSibling[to] = firstChild[state]!;
        firstChild[state] = to;
      }
      state = to;
    }
    (own[state] ??= []).push(output);
  }
  // The states in breadth-first order, each state's children sorted by
  // symbol: the final numbering.
  const order = new Int32Array(states);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const state = order[head]!;
    const first = tail;
    for (let to = firstChild[state]!; to !== -1; to = nextSibling[to]!) {
      order[tail++] = to;
    }
    order.subarray(first, tail).sort((x, y) => edge[x]! - edge[y]!);
  }
  const edgeStart = new Int32Array(states + 1);
  const edgeSymbol = new Uint16Array(states - 1);
  const edgeTarget = new Int32Array(states - 1);
  // Children follow their parents in `order`, so each state's children are
  // the next run of states after those of the states before it.
  let edges = 0;
  for (let k = 0; k < states; k++) {
    edgeStart[k] = edges;
    const state = order[k]!;
    let count = 0;
    for (let to = firstChild[state]!; to !== -1; to = nextSibling[to]!) {
      count++;
    }
    for (let c = 0; c < count; c++, edges++) {
      edgeTarget[edges] = edges + 1;
      edgeSymbol[edges] = edge[order[edges + 1]!]!;
    }
  }
  edgeStart[states] = edges;
  const dense = Math.max(1, Math.min(states, Math.floor(DENSE / width)));
  const rows = new Int32Array(dense * width);
  // The root's row: its transitions, the root itself (0) for the others.
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) {
    rows[edgeSymbol[e]!] = edgeTarget[e]!;
  }
  const fail = new Int32Array(states);
  const outputs: (readonly Output[])[] = new Array(states);
  outputs[0] = own[0] ?? NO_OUTPUT;
  const emits = new Uint8Array(states);
  const automaton: Automaton = {
    edgeStart,
    edgeSymbol,
    edgeTarget,
    fail,
    outputs,
    emits,
    rows,
    dense,
    width,
    index,
    astral,
  };
  for (let state = 1; state < states; state++) {
    // Breadth-first: the parent's failure is known, and so is the row of
    // that failure (it is nearer the root): a dense state's row is its
    // transitions over its failure's row.
    if (state < dense) {
      rows.copyWithin(
        state * width,
        fail[state]! * width,
        fail[state]! * width + width,
      );
      for (let e = edgeStart[state]!; e < edgeStart[state + 1]!; e++) {
        rows[state * width + edgeSymbol[e]!] = edgeTarget[e]!;
      }
    }
    const mine = own[order[state]!];
    const inherited = outputs[fail[state]!]!;
    outputs[state] = inherited.length === 0
      ? (mine ?? NO_OUTPUT)
      : mine === undefined
      ? inherited
      : [...mine, ...inherited];
    if (outputs[state]!.length > 0) emits[state] = 1;
    for (let e = edgeStart[state]!; e < edgeStart[state + 1]!; e++) {
      const symbol = edgeSymbol[e]!;
      const to = edgeTarget[e]!;
      fail[to] = next(automaton, fail[state]!, symbol);
    }
  }
  return automaton;
}

// Whether a hit with the same concept, language and start was already
// found at this end (two terms of one concept, as "review*" and "*review").
function duplicate(
  hits: readonly ConceptHit[],
  from: number,
  out: Output,
  start: number,
): boolean {
  for (let i = from; i < hits.length; i++) {
    const hit = hits[i]!;
    if (
      hit.start === start && hit.concept === out.concept &&
      hit.language === out.language
    ) return true;
  }
  return false;
}

/**
 * Compiles lexicons into a matcher. The automaton is built on the first
 * `find`, not here.
 *
 * @param lexicons The lexicons, of any segmentation.
 * @returns The matcher.
 *
 * @example Finding concept words
 * ```ts
 * import { createLexiconMatcher } from "./lexicon_matcher.ts";
 * import assert from "node:assert/strict";
 *
 * const matcher = createLexiconMatcher([{
 *   language: "en",
 *   segmentation: "words",
 *   concepts: { review: ["review*"], positive: ["5 star"] },
 * }]);
 * const hits = matcher.find("leave a 5-star review");
 * assert.deepEqual(hits.map((h) => h.concept), ["positive", "review"]);
 * ```
 */
export function createLexiconMatcher(
  lexicons: readonly Lexicon<string>[],
): LexiconMatcher {
  let automaton: Automaton | undefined;
  return {
    find(text: string): ConceptHit[] {
      automaton ??= build(lexicons);
      return scan(automaton, text);
    },
  };
}

// The transition of a state past the dense rows on the symbol of index
// `symbol` (in its own list), or -1.
function step(a: Automaton, state: number, symbol: number): number {
  const { edgeSymbol } = a;
  const end = a.edgeStart[state + 1]!;
  let low = a.edgeStart[state]!;
  let high = end;
  // Halve a long list (the first of those not below `symbol` stays in
  // `low`..`high`), then read on.
  while (high - low > 8) {
    const middle = (low + high) >>> 1;
    if (edgeSymbol[middle]! < symbol) low = middle + 1;
    else high = middle;
  }
  for (; low < end; low++) {
    const at = edgeSymbol[low]!;
    if (at === symbol) return a.edgeTarget[low]!;
    if (at > symbol) return -1;
  }
  return -1;
}

// The state after `state` on the symbol of index `symbol` (0 for none):
// its failures are followed down to a dense state, whose row holds the
// rest of the way.
function next(a: Automaton, state: number, symbol: number): number {
  while (state >= a.dense) {
    const to = step(a, state, symbol);
    if (to !== -1) return to;
    state = a.fail[state]!;
  }
  return a.rows[state * a.width + symbol]!;
}

function scan(automaton: Automaton, text: string): ConceptHit[] {
  const { outputs, emits, index, astral } = automaton;
  const hits: ConceptHit[] = [];
  // The offset in `text` of each fed symbol.
  const starts = new Int32Array(text.length + 1);
  let fed = -1;
  let state = 0;
  let lastWasSpace = true;
  const length = text.length;
  for (let i = 0; i < length;) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < length) {
      code = text.codePointAt(i)!;
      width = code > 0xFFFF ? 2 : 1;
    }
    let kind: number;
    if (code < 128) {
      kind = (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
        ? 1
        : (code >= 65 && code <= 90)
        ? 1
        : classify(code);
    } else kind = classify(code);
    if (kind === 4) {
      // Looked through: neither a symbol nor a separator.
      i += width;
      continue;
    }
    let symbol = code;
    if (kind === 2) {
      if (lastWasSpace) {
        i += width;
        continue;
      }
      // One symbol per run: a break when the run holds a clause mark (a
      // run is looked at once, so the scan stays linear).
      symbol = runHasClauseMark(text, i, classify) ? BREAK : SPACE;
      lastWasSpace = true;
    } else lastWasSpace = false;
    starts[++fed] = i;
    // A symbol no term holds sends every state to the root.
    const at = symbol < 0x10000 ? index[symbol]! : astral.get(symbol) ?? 0;
    state = at === 0 ? 0 : next(automaton, state, at);
    const end = i + width;
    i = end;
    if (emits[state] === 0) continue;
    const found = outputs[state]!;
    const before = hits.length;
    for (const out of found) {
      const start = starts[fed - out.length + 1]!;
      if (duplicate(hits, before, out, start)) continue;
      if (out.startBound && start > 0) {
        const before = text.codePointAt(start - 1)!;
        const prev = before >= 0xDC00 && before <= 0xDFFF && start > 1
          ? text.codePointAt(start - 2)!
          : before;
        if (isWordCode(prev)) continue;
      }
      if (out.endBound && end < length) {
        const next = nextPastMarks(text, end);
        if (next !== -1 && isWordCode(next)) continue;
      }
      hits.push({
        concept: out.concept,
        language: out.language,
        start,
        end,
      });
    }
  }
  return hits;
}
