// This module is browser compatible.

/**
 * The prefilter of the phrase rules: reads a pattern for the literal strings ("factors") every match of it contains.
 *
 * @module
 */

import { CJK } from "./phrase_notation.ts";

/** The ends of sentences a pattern may not cross to be searched per sentence. */
export const SEGMENT_END = ".!?。！？؟।";
const SEGMENT_END_CODES: readonly number[] = [...SEGMENT_END].map((ch) =>
  ch.codePointAt(0)!
);

/** What a piece of a regular expression needs. */
export interface Needs {
  /** The strings it matches, when there are few. */
  readonly exact: readonly string[] | null;
  /** Sets of strings, one member of each of which every match contains. */
  readonly sets: readonly (readonly string[])[];
  /**
   * Whether it may read past a sentence end (a character of SEGMENT_END
   * matched, or `$`), lookaheads included.
   */
  readonly crosses: boolean;
  /**
   * Whether it is one character that is a sentence end only as `.` (then,
   * followed by a digit, as in `12.5`, it ends no sentence).
   */
  readonly dot?: boolean;
  /** Whether every match starts with an ASCII digit. */
  readonly digit?: boolean;
}

const EMPTY: Needs = { exact: [""], sets: [], crosses: false };
const ANYTHING: Needs = { exact: null, sets: [], crosses: false };
const CROSSING: Needs = { exact: null, sets: [], crosses: true };

// More strings than this and a piece is no longer `exact`.
const MAX_EXACT = 64;
// A class with more characters than this is not enumerated.
const MAX_CLASS = 16;

function unique(strings: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of strings) if (!out.includes(s)) out.push(s);
  return out;
}

const HAS_SEGMENT_END = new RegExp(`[${SEGMENT_END}]`);

function exactly(strings: readonly string[]): Needs {
  const ends = strings.filter((s) => HAS_SEGMENT_END.test(s));
  return {
    exact: strings,
    sets: [],
    crosses: ends.length > 0,
    dot: ends.length > 0 && ends.every((s) => s === "."),
    digit: strings.length > 0 && strings.every((s) => s >= "0" && s < ":"),
  };
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return unique(out);
}

// How selective a factor is: a letter or digit counts 1, an Arabic or
// Devanagari letter 1½ (words are shorter), a Han, kana or Hangul character
// 2, a currency sign, `%` and the like 4, anything else ½.
const CJK_CHAR = new RegExp(`[${CJK}]`, "u");
const ABJAD_OR_ABUGIDA = /[\u0600-\u06FF\u0750-\u077F\u0900-\u097F]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const RARE_SYMBOL = /[\p{Sc}%@#★☆⭐]/u;

// Twice the weight of each UTF-16 code unit met so far (0: not yet).
let halfWeights: Uint8Array | null = null;

function charWeight(ch: string): number {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= 0) {
    halfWeights ??= new Uint8Array(0x10000);
    const known = halfWeights[code]!;
    if (known !== 0) return known / 2;
  }
  const found = CJK_CHAR.test(ch)
    ? 2
    : ABJAD_OR_ABUGIDA.test(ch)
    ? 1.5
    : LETTER_OR_DIGIT.test(ch)
    ? 1
    : RARE_SYMBOL.test(ch)
    ? 4
    : 0.5;
  if (code >= 0) halfWeights![code] = found * 2;
  return found;
}

// The weights of characters add up.
function weight(factor: string): number {
  let total = 0;
  for (const ch of factor) total += charWeight(ch);
  return total;
}

// A set of factors is worth looking for when each member weighs at least
// this much (a four-letter word, a three-letter Arabic one)...
const MIN_WEIGHT = 4;
// ... or, for a pattern with no such set, this much (a three-letter word,
// a Han character).
const FALLBACK_WEIGHT = 2;
// ... and selective enough when each weighs this much: longer runs of
// literal text are cut there, as more would only multiply the variants.
const ENOUGH_WEIGHT = 5;
// The most selective sets a pattern needs, at most.
const MAX_SETS = 3;

// The weight of a set's lightest member.
function lightest(set: readonly string[]): number {
  let min = Infinity;
  for (const factor of set) min = Math.min(min, weight(factor));
  return min;
}

const scores = new WeakMap<readonly string[], number>();

// How selective a set is: the weight of its lightest member, up to
// ENOUGH_WEIGHT; but a large set may have a few three-letter members ("usd"
// and "eur" among 30 words for a reward), rarely as common as a set of such
// words ("the", "his", "her"...): one in 8 members, two at most.
function score(set: readonly string[]): number {
  let found = scores.get(set);
  if (found === undefined) {
    // The three lightest weights, lightest first.
    let a = Infinity;
    let b = Infinity;
    let c = Infinity;
    for (const factor of set) {
      const w = weight(factor);
      if (w < a) [a, b, c] = [w, a, b];
      else if (w < b) [b, c] = [w, b];
      else if (w < c) c = w;
    }
    const light = Math.min(2, Math.floor(set.length / 8));
    found = set.length === 0
      ? 0
      : Math.min(ENOUGH_WEIGHT, a < 3 || light === 0 ? a : light === 1 ? b : c);
    scores.set(set, found);
  }
  return found;
}

// Better sets first: heavier, then with fewer members.
function compareSets(a: readonly string[], b: readonly string[]): number {
  return score(b) - score(a) || a.length - b.length;
}

function concatenate(items: readonly Needs[]): Needs {
  const sets: (readonly string[])[] = [];
  let run: readonly string[] = [""];
  // The weight of the lightest string of the run (weights add up).
  let runWeight = 0;
  let exact = true;
  let crosses = false;
  for (const [i, item] of items.entries()) {
    // A `.` followed by a digit ends no sentence.
    crosses ||= item.crosses && !(item.dot && items[i + 1]?.digit);
    if (item.exact !== null) {
      const joined = runWeight >= ENOUGH_WEIGHT ? null : cross(run, item.exact);
      if (joined !== null) {
        run = joined;
        runWeight += lightest(item.exact);
        continue;
      }
      sets.push(run);
      run = item.exact;
      runWeight = lightest(run);
    } else {
      sets.push(run, ...item.sets);
      run = [""];
      runWeight = 0;
    }
    exact = false;
  }
  const digit = items[0]?.digit;
  if (exact) return { exact: run, sets: [], crosses, digit };
  sets.push(run);
  return { exact: null, sets, crosses, digit };
}

function best(needs: Needs): readonly string[] | null {
  let found: readonly string[] | null = null;
  for (const set of needs.exact !== null ? [needs.exact] : needs.sets) {
    if (score(set) > 0 && (found === null || compareSets(set, found) < 0)) {
      found = set;
    }
  }
  return found;
}

function alternate(branches: readonly Needs[]): Needs {
  const crosses = branches.some((branch) => branch.crosses);
  const digit = branches.every((branch) => branch.digit);
  if (branches.every((branch) => branch.exact !== null)) {
    const union = unique(branches.flatMap((branch) => branch.exact!));
    return union.length <= MAX_EXACT
      ? { ...exactly(union), crosses }
      : { exact: null, sets: [union], crosses, digit };
  }
  const union: string[] = [];
  for (const branch of branches) {
    const set = best(branch);
    if (set === null) return { exact: null, sets: [], crosses, digit };
    union.push(...set);
  }
  return { exact: null, sets: [unique(union)], crosses, digit };
}

function repeat(atom: Needs, min: number, max: number): Needs {
  const { crosses } = atom;
  // An optional `.` is still followed by what follows it.
  const dot = atom.dot && max === 1;
  const digit = atom.digit && min >= 1;
  if (max === 0) return EMPTY;
  if (min === 0) {
    return max === 1 && atom.exact !== null
      ? { exact: unique(["", ...atom.exact]), sets: [], crosses, dot }
      : { exact: null, sets: [], crosses, dot };
  }
  if (atom.exact === null) {
    return { exact: null, sets: atom.sets, crosses, dot, digit };
  }
  if (min === max) {
    let power: readonly string[] | null = [""];
    for (let i = 0; i < min && power !== null; i++) {
      power = cross(power, atom.exact);
    }
    if (power !== null) return { exact: power, sets: [], crosses, dot, digit };
  }
  return { exact: null, sets: [atom.exact], crosses, dot, digit };
}

const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/;
const GROUP_HEAD = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/;
const DIGITS = [..."0123456789"];

/**
 * A character of a class: a code point, or the characters of an escape
 * (`null` for an escape such as `\s` that is not enumerated), and whether it
 * may be a sentence end.
 */
type ClassAtom =
  | { readonly code: number }
  | { readonly chars: readonly string[] | null; readonly crosses: boolean };

// The offset just past the group or class that starts at `start`.
function closing(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      // A class: to its unescaped `]`.
      for (i++; i < s.length && s[i] !== "]"; i++) if (s[i] === "\\") i++;
      if (depth === 0) return i + 1;
    } else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i + 1;
  }
  throw new SyntaxError("unbalanced group");
}

/**
 * Reads what a regular expression (in `u` syntax) needs. What it does not
 * know it reads as "matches anything, may cross a sentence end", which only
 * costs speed.
 */
class NeedsReader {
  #i = 0;
  readonly #s: string;
  // What groups and classes need, by their source (shared by readers).
  readonly #groups: Map<string, Needs>;

  constructor(source: string, groups: Map<string, Needs>) {
    this.#s = source;
    this.#groups = groups;
  }

  read(): Needs {
    const needs = this.#alternation();
    if (this.#i !== this.#s.length) throw new SyntaxError("unbalanced )");
    return needs;
  }

  #alternation(): Needs {
    const branches = [this.#sequence()];
    while (this.#s[this.#i] === "|") {
      this.#i++;
      branches.push(this.#sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  #sequence(): Needs {
    const items: Needs[] = [];
    while (
      this.#i < this.#s.length && this.#s[this.#i] !== "|" &&
      this.#s[this.#i] !== ")"
    ) {
      items.push(this.#quantified());
    }
    return concatenate(items);
  }

  #quantified(): Needs {
    const atom = this.#atom();
    const next = this.#s[this.#i];
    if (next !== "?" && next !== "*" && next !== "+" && next !== "{") {
      return atom;
    }
    const q = QUANTIFIER.exec(this.#s.slice(this.#i, this.#i + 24));
    if (q === null) return atom;
    this.#i += q[0].length;
    if (q[1] !== undefined) {
      return repeat(atom, q[1] === "+" ? 1 : 0, q[1] === "?" ? 1 : Infinity);
    }
    const min = Number(q[2]);
    const max = q[3] === undefined
      ? min
      : q[4] === ""
      ? Infinity
      : Number(q[4]);
    return repeat(atom, min, max);
  }

  #atom(): Needs {
    const s = this.#s;
    const ch = s[this.#i]!;
    if (ch === "(" || ch === "[") {
      // Patterns share groups and classes (a word list, the letters of
      // \p{L}): each is read once.
      const end = closing(s, this.#i);
      const key = s.slice(this.#i, end);
      let needs = this.#groups.get(key);
      if (needs === undefined) {
        needs = ch === "(" ? this.#group() : this.#class();
        if (this.#i !== end) throw new SyntaxError("unbalanced group");
        this.#groups.set(key, needs);
      }
      this.#i = end;
      return needs;
    }
    if (ch === "\\") {
      const escaped = this.#escape();
      if ("code" in escaped) {
        return exactly([String.fromCodePoint(escaped.code)]);
      }
      return escaped.chars === null
        ? escaped.crosses ? CROSSING : ANYTHING
        : exactly(escaped.chars);
    }
    this.#i++;
    if (ch === ".") return CROSSING;
    if (ch === "^") return EMPTY;
    if (ch === "$") return { ...EMPTY, crosses: true };
    if ("])}{*+?".includes(ch)) throw new SyntaxError(`unexpected ${ch}`);
    this.#i--;
    const literal = String.fromCodePoint(s.codePointAt(this.#i)!);
    this.#i += literal.length;
    return exactly([literal]);
  }

  #group(): Needs {
    const s = this.#s;
    const head = GROUP_HEAD.exec(s.slice(this.#i, this.#i + 40))!;
    this.#i += head[0].length;
    const inner = this.#alternation();
    if (s[this.#i] !== ")") throw new SyntaxError("unbalanced (");
    this.#i++;
    const kind = head[1];
    if (kind === "?=" || kind === "?!") {
      // Consumes nothing, but reads ahead.
      return { ...EMPTY, crosses: inner.crosses };
    }
    // A lookbehind reads only what precedes, never cut off.
    return kind === "?<=" || kind === "?<!" ? EMPTY : inner;
  }

  // An escape, in a class or not (`\b` is read as an assertion, never used
  // in a class here).
  #escape(): ClassAtom {
    const s = this.#s;
    const c = s[this.#i + 1];
    if (c === undefined) throw new SyntaxError("trailing \\");
    this.#i += 2;
    if (c === "d") return { chars: DIGITS, crosses: false };
    if (c === "s" || c === "w") return { chars: null, crosses: false };
    if (c === "b" || c === "B") return { chars: [""], crosses: false };
    if ("DSWpPk".includes(c) || (c >= "1" && c <= "9")) {
      if (c === "p" || c === "P") {
        const end = s.indexOf("}", this.#i);
        if (end < 0) throw new SyntaxError("unclosed \\p{");
        this.#i = end + 1;
      }
      return { chars: null, crosses: true };
    }
    if (c === "u" || c === "x") {
      // \u{...}, \uXXXX, \xXX.
      const braced = c === "u" && s[this.#i] === "{";
      const from = braced ? this.#i + 1 : this.#i;
      const to = braced ? s.indexOf("}", from) : from + (c === "u" ? 4 : 2);
      const digits = s.slice(from, to);
      if (to > from && /^[0-9A-Fa-f]+$/.test(digits)) {
        this.#i = braced ? to + 1 : to;
        return { code: parseInt(digits, 16) };
      }
    }
    if (c === "c") {
      const letter = s[this.#i];
      if (letter === undefined) throw new SyntaxError("trailing \\c");
      this.#i++;
      return { code: letter.charCodeAt(0) % 32 };
    }
    const controls: Readonly<Record<string, number>> = {
      t: 9,
      n: 10,
      v: 11,
      f: 12,
      r: 13,
      "0": 0,
    };
    return { code: controls[c] ?? c.codePointAt(0)! };
  }

  #classAtom(): ClassAtom {
    if (this.#s[this.#i] === "\\") return this.#escape();
    const code = this.#s.codePointAt(this.#i)!;
    this.#i += code > 0xFFFF ? 2 : 1;
    return { code };
  }

  #class(): Needs {
    const s = this.#s;
    this.#i++;
    const negated = s[this.#i] === "^";
    if (negated) this.#i++;
    const ranges: [number, number][] = [];
    let chars: string[] | null = [];
    let crosses = false;
    while (s[this.#i] !== "]") {
      if (this.#i >= s.length) throw new SyntaxError("unclosed [");
      const from = this.#classAtom();
      if (s[this.#i] === "-" && s[this.#i + 1] !== "]") {
        this.#i++;
        const to = this.#classAtom();
        if (!("code" in from) || !("code" in to)) {
          throw new SyntaxError("class escape in a range");
        }
        ranges.push([from.code, to.code]);
      } else if ("code" in from) {
        ranges.push([from.code, from.code]);
      } else {
        crosses ||= from.crosses;
        if (from.chars === null) chars = null;
        else {
          for (const ch of from.chars) {
            if (ch !== "") {
              ranges.push([ch.codePointAt(0)!, ch.codePointAt(0)!]);
            }
          }
        }
      }
    }
    this.#i++;
    const within = (code: number) =>
      ranges.some(([from, to]) => code >= from && code <= to);
    const dot = !crosses && !negated &&
      SEGMENT_END_CODES.every((code) => code === 0x2E || !within(code));
    crosses ||= negated
      ? !SEGMENT_END_CODES.every(within)
      : SEGMENT_END_CODES.some(within);
    const digit = !negated && chars !== null && ranges.length > 0 &&
      ranges.every(([from, to]) => from >= 0x30 && to <= 0x39);
    let size = 0;
    for (const [from, to] of ranges) size += to - from + 1;
    if (negated || chars === null || size === 0 || size > MAX_CLASS) {
      return { exact: null, sets: [], crosses, dot, digit };
    }
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        chars.push(String.fromCodePoint(code));
      }
    }
    return { exact: unique(chars), sets: [], crosses, dot, digit };
  }
}

const SYNTAX_CHARACTER = /[$()*+./?[\\\]^{|}]/g;

function escapeLiteral(literal: string): string {
  return literal.replace(SYNTAX_CHARACTER, "\\$&");
}

/** What a pattern needs, as read from its source. */
interface PatternNeeds {
  /** Sets of factors, the most selective first. */
  readonly sets: readonly (readonly string[])[];
  /** Whether a match may cross a sentence end. */
  readonly crosses: boolean;
}

// A member of a set that contains another is redundant.
function shortest(set: readonly string[]): string[] {
  const sorted = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const factor of sorted) {
    const lower = factor.toLowerCase();
    const redundant = kept.some((shorter) =>
      lower.includes(shorter.toLowerCase()) &&
      new RegExp(escapeLiteral(shorter), "iu").test(factor)
    );
    if (!redundant) kept.push(factor);
  }
  return kept;
}

const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

export function readNeeds(
  expanded: string,
  groups: Map<string, Needs>,
): PatternNeeds {
  let needs: Needs;
  try {
    needs = new NeedsReader(expanded, groups).read();
  } catch {
    return { sets: [], crosses: true };
  }
  const seen = new Set<string>();
  const all = needs.exact !== null ? [needs.exact] : needs.sets;
  const heaviest = Math.max(0, ...all.map(score));
  const min = heaviest >= MIN_WEIGHT ? MIN_WEIGHT : FALLBACK_WEIGHT;
  const sets = all
    // The scan reads UTF-16 code units: no factor beyond the BMP.
    .filter((set) => score(set) >= min && !set.some((f) => ASTRAL.test(f)))
    .map(shortest)
    .filter((set) => {
      const key = [...set].sort().join("\u0000");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareSets)
    .slice(0, MAX_SETS);
  return { sets, crosses: needs.crosses };
}
