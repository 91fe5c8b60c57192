// This module is browser compatible.

/**
 * Shared machinery of the content rules (`no-marketing`,
 * `no-review-manipulation`, `no-opt-out`): per-language phrase patterns,
 * compiled into one regular expression per category, matched with
 * Unicode-aware word boundaries, and reported with offsets into the original
 * text.
 *
 * ## Pattern notation
 *
 * A pattern is the source of a regular expression (flags `giu`: Unicode,
 * case-insensitive), plus:
 *
 * - a space matches one or more whitespace characters (`" ?"`: an optional
 *   one), in Japanese and Chinese zero or more;
 * - `‥` matches a few intervening words (up to 25 characters; 8 in Japanese
 *   and Chinese), `…` up to 45 characters (15), `……` up to 90 characters
 *   (30): always within one sentence (no `.`, `!`, `?`, `。`, `؟`, `।` or
 *   line break), and, outside Japanese and Chinese, only between whole
 *   words;
 * - `ı` (Turkish dotless i) also matches `I`, and a Devanagari letter with
 *   nukta written decomposed (`ड़`) also matches its precomposed form: never
 *   write either inside `[]`;
 * - `\p{L}` is a letter or combining mark of a spaced script (Latin, Greek,
 *   Cyrillic, Hebrew, Arabic, Devanagari), `\p{N}` an ASCII digit, and
 *   `\p{M}` may only appear inside a class (`[\p{L}\p{M}]`).
 *
 * The text is matched after {@linkcode foldText}, which never changes its
 * length, so offsets are offsets into the original text.
 *
 * Patterns of spaced languages are anchored at word boundaries on both ends:
 * not preceded or followed by a letter, combining mark or digit of a spaced
 * script (Han, kana and Hangul do not count, so `Instagramで` still ends a
 * word). Japanese and Chinese patterns have no boundaries.
 *
 * Quantifiers must stay bounded, alternatives inside a pattern must not
 * overlap in ways that backtrack, and a pattern has at most three gaps:
 * matching stays linear in the length of the text.
 *
 * ## Speed
 *
 * A text is not searched with every pattern: each pattern is read for the
 * literal words every match of it contains ("review" or "rating", and
 * "refund" or "gift card"...), one scan finds those words, and only the
 * patterns whose words are all there are searched, only in the sentences
 * that have them when no match of the pattern can cross a sentence end.
 * This never changes what is found (`compilePhrases(table, { prefilter:
 * false })` searches everything, and the tests compare the two), only how
 * fast: a pattern stays fast when it has a selective literal word (four
 * letters or more, two Han characters, a currency sign) outside optional
 * parts. One with only short, common words is searched wherever they occur;
 * one whose matches may cross a sentence end (a literal `.` not followed by
 * a digit, `?`, `!`) in the whole text whenever its words occur; one with
 * no literal word at all in every text.
 *
 * The search is linear in the text: quantifiers are bounded, gaps are
 * bounded and lazy, and the patterns a text selects are searched each with
 * its own expression, compiled once, so that no choice of words in a text
 * makes a new expression to compile.
 *
 * @module
 */

/** The languages every content rule covers. */
export const PHRASE_LANGUAGES = [
  "en",
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "sv",
  "pl",
  "tr",
  "ja",
  "pt",
  "ar",
  "hi",
  "zh",
] as const;

/** A language of {@linkcode PHRASE_LANGUAGES}. */
export type PhraseLanguage = typeof PHRASE_LANGUAGES[number];

/** Patterns by language, in the notation of this module. */
export type PhraseList = Readonly<
  Partial<Record<PhraseLanguage, readonly string[]>>
>;

/**
 * Patterns by category (the rule's `messageId`), then by language. The order
 * of the categories is their priority when matches overlap.
 */
export type PhraseTable<Category extends string> = Readonly<
  Record<Category, PhraseList>
>;

/** A phrase found in a text. */
export interface PhraseMatch<Category extends string = string> {
  /** The category whose pattern matched. */
  readonly category: Category;
  /** Offset of the first UTF-16 code unit in the original text. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
  /** The matched text, as it stands in the original. */
  readonly text: string;
}

/** Compiled phrase patterns. */
export interface PhraseMatcher<Category extends string = string> {
  /** The categories, in priority order. */
  readonly categories: readonly Category[];
  /**
   * Finds the phrases of a text: per category, leftmost and non-overlapping;
   * across categories, a match that overlaps one of a category listed
   * earlier is dropped.
   *
   * @param text The text.
   * @returns The matches, in text order.
   */
  find(text: string): PhraseMatch<Category>[];
}

const UNSPACED: ReadonlySet<PhraseLanguage> = new Set(["ja", "zh"]);

// Han, kana, Hangul and CJK punctuation, as ranges (faster than
// \p{Script_Extensions=...}).
const CJK = String
  .raw`\u1100-\u11FF\u2E80-\u2FDF\u3000-\u30FF\u3130-\u318F\u31C0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF5F-\uFFDC\u{16FE0}-\u{16FFF}\u{1AFF0}-\u{1B16F}\u{20000}-\u{3FFFF}`;

// Letters and combining marks of the spaced scripts the rules cover (Latin,
// Greek, Cyrillic, Hebrew, Arabic, Devanagari), without their punctuation
// (Arabic comma and question mark, Devanagari danda). Explicit ranges compile
// an order of magnitude faster than \p{L} under the `iu` flags.
const LETTER_RANGES = String
  .raw`a-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u037D\u037F-\u03FF\u0400-\u052F\u0591-\u05C7\u05D0-\u05EA\u0610-\u061A\u0620-\u065F\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\u08A0-\u08FF\u0900-\u0963\u0971-\u097F\u1E00-\u1FFF\uFB00-\uFB4F\uFB50-\uFDFF\uFE70-\uFEFF`;

/**
 * A letter, combining mark or digit of a spaced script: what must not stand
 * right before or after a phrase of a spaced language. Han, kana and Hangul
 * do not count, so `Instagramで` still ends a word.
 */
export const WORD_CHAR: string = `[0-9${LETTER_RANGES}]`;

// In patterns, \p{L} means a letter of a spaced script, \p{M} is included
// in it, and \p{N} is an ASCII digit (other digits are folded to ASCII).
function replaceProperties(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const property = /^\\p\{([LMN])\}/.exec(source.slice(i, i + 5));
      if (property !== null) {
        const ranges = property[1] === "L"
          ? LETTER_RANGES
          : property[1] === "N"
          ? "0-9"
          : "";
        if (ranges === "" && !inClass) {
          throw new TypeError(
            String
              .raw`Cannot compile phrase "${source}": write \p{M} inside a class, as [\p{L}\p{M}]`,
          );
        }
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    out += ch;
  }
  return out;
}

const SENTENCE_END = String.raw`.!?。！？؟।\n\r`;

// What may stand between two words of a spaced language. A gap starts and
// ends with one, so the words around it stay whole.
const SEPARATOR = String.raw`[\s,;:()"'«»“”„‚‘’\-–—/،]`;

function spacedGap(max: number): string {
  return `${SEPARATOR}(?:[^${SENTENCE_END}]{0,${max - 1}}?${SEPARATOR})??`;
}

function unspacedGap(max: number): string {
  return `[^${SENTENCE_END}]{0,${max}}?`;
}

// Each gap multiplies the work per starting position by its length, so a
// pattern has at most three.
const MAX_GAPS = 3;

const GAPS = {
  spaced: { few: spacedGap(25), short: spacedGap(45), long: spacedGap(90) },
  unspaced: {
    few: unspacedGap(8),
    short: unspacedGap(15),
    long: unspacedGap(30),
  },
};

// Devanagari letters with nukta come decomposed (NFC) or precomposed: a
// pattern written decomposed matches both.
const NUKTA_PRECOMPOSED: Readonly<Record<string, string>> = {
  "\u0915\u093C": "\u0958",
  "\u0916\u093C": "\u0959",
  "\u0917\u093C": "\u095A",
  "\u091C\u093C": "\u095B",
  "\u0921\u093C": "\u095C",
  "\u0922\u093C": "\u095D",
  "\u092B\u093C": "\u095E",
  "\u092F\u093C": "\u095F",
};

// The notation's tokens: a gap marker with the spaces around it, an
// optional space, a space, a Turkish dotless i, a Devanagari nukta letter.
const TOKEN =
  / ?(……|…|‥) ?| \?| |ı|[\u0915-\u0917\u091C\u0921\u0922\u092B\u092F]\u093C/g;

function expand(source: string, spaced: boolean): string {
  const gaps = spaced ? GAPS.spaced : GAPS.unspaced;
  return replaceProperties(source).replace(
    TOKEN,
    (token: string, mark: string | undefined) => {
      if (mark !== undefined) {
        return mark === "……" ? gaps.long : mark === "…" ? gaps.short : gaps.few;
      }
      if (token === " ?") return String.raw`\s?`;
      if (token === " ") return spaced ? String.raw`\s+` : String.raw`\s*`;
      if (token === "ı") return "[ıI]";
      return `(?:${token}|${NUKTA_PRECOMPOSED[token]})`;
    },
  );
}

// Length-preserving folds, so that offsets into the folded text are offsets
// into the original: Turkish İ, full-width ASCII, typographic apostrophes
// and hyphens, Arabic-Indic and Devanagari digits, the Arabic percent sign.
const FOLDABLE =
  /[\u0130\uFF01-\uFF5E\u2018\u2019\u02BC\u2032\u2010\u2011\u2012\u2013\u2212\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u066A]/g;

/**
 * Folds a text for matching without changing its length: `İ` → `i`,
 * full-width ASCII → ASCII, `’` → `'`, `‐` → `-`, `٣`/`३` → `3`, `٪` → `%`.
 *
 * @param text The text.
 * @returns The folded text, as long as `text` (in UTF-16 code units).
 */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x0130) return "i";
    if (code >= 0xFF01 && code <= 0xFF5E) {
      return String.fromCharCode(code - 0xFEE0);
    }
    if (code >= 0x0660 && code <= 0x0669) {
      return String.fromCharCode(code - 0x0660 + 48);
    }
    if (code >= 0x06F0 && code <= 0x06F9) {
      return String.fromCharCode(code - 0x06F0 + 48);
    }
    if (code >= 0x0966 && code <= 0x096F) {
      return String.fromCharCode(code - 0x0966 + 48);
    }
    if (code === 0x066A) return "%";
    if (
      code === 0x2018 || code === 0x2019 || code === 0x02BC || code === 0x2032
    ) {
      return "'";
    }
    return "-";
  });
}

// ## Prefilter
//
// Matching every pattern at every word of a text is what makes the rules
// slow, yet a pattern can only match where some words occur: "review",
// "Bewertung" or "レビュー", and "refund" or "Gutschein" near it. The source
// of each pattern is read for sets of literal strings ("factors") one member
// of each of which every match contains. One scan of the text finds the
// factors; the patterns whose factors are all there are then searched
// together, each with an expression of its own (compiled once), finding
// exactly what the category's full expression finds; none is run when there
// are none. Most patterns cannot match across a sentence end, so for them
// the factors must be in one sentence, and only that sentence is searched.

/** The ends of sentences a pattern may not cross to be searched per sentence. */
const SEGMENT_END = ".!?。！？؟।";
const SEGMENT_END_CODES: readonly number[] = [...SEGMENT_END].map((ch) =>
  ch.codePointAt(0)!
);

/** What a piece of a regular expression needs. */
interface Needs {
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

function readNeeds(
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
interface FactorHits {
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
interface FactorScanner {
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

function createFactorScanner(factors: readonly string[]): FactorScanner {
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

interface CompiledPattern {
  /** The pattern, expanded. */
  readonly expanded: string;
  /** The same, in a non-capturing group. */
  readonly source: string;
  readonly spaced: boolean;
}

/** What a pattern needs, as indices into the prefilter's factors. */
interface PatternFactors {
  /**
   * Sets of factors, one member of each of which it needs; the most
   * selective first.
   */
  readonly needs: readonly (readonly number[])[];
  /**
   * Whether it is searched per sentence: it needs some factors, and no
   * match crosses a sentence end.
   */
  readonly perSentence: boolean;
}

/**
 * What a matcher needs to tell which patterns to search where, and buffers
 * reused from text to text (a matcher finds in one text at a time).
 */
class Prefilter {
  readonly #scanner: FactorScanner;
  /** Per pattern. */
  readonly patterns: readonly PatternFactors[];
  // The patterns that need each factor; that need it most (in their first
  // set); that need nothing (always searched, in the whole text).
  readonly #needing: readonly (readonly number[])[];
  readonly #anchoring: readonly (readonly number[])[];
  readonly #unconditional: readonly number[];
  // Per pattern, the scan (its generation) that last looked at it; that
  // last wanted it searched per sentence.
  readonly #seen: Int32Array;
  readonly #wanted: Int32Array;
  // Per factor, the mark of the sentence it was last noted in.
  readonly #marks: Int32Array;
  #lastMark = 0;
  /** The sentences of the text being searched. */
  readonly sentenceBuffer: Sentences = new Sentences();

  constructor(patterns: readonly CompiledPattern[]) {
    const factors: string[] = [];
    const factorIndex = new Map<string, number>();
    const indexOf = (factor: string) => {
      let index = factorIndex.get(factor);
      if (index === undefined) {
        index = factors.length;
        factors.push(factor);
        factorIndex.set(factor, index);
      }
      return index;
    };
    const groups = new Map<string, Needs>();
    this.patterns = patterns.map((pattern): PatternFactors => {
      const { sets, crosses } = readNeeds(pattern.expanded, groups);
      return {
        needs: sets.map((set) => set.map(indexOf)),
        perSentence: !crosses && sets.length > 0,
      };
    });
    const needing: number[][] = factors.map(() => []);
    const anchoring: number[][] = factors.map(() => []);
    const unconditional: number[] = [];
    this.patterns.forEach(({ needs }, index) => {
      if (needs.length === 0) unconditional.push(index);
      for (const set of needs) {
        for (const factor of set) needing[factor]!.push(index);
      }
      for (const factor of needs[0] ?? []) anchoring[factor]!.push(index);
    });
    this.#needing = needing;
    this.#anchoring = anchoring;
    this.#unconditional = unconditional;
    this.#scanner = createFactorScanner(factors);
    this.#seen = new Int32Array(patterns.length);
    this.#wanted = new Int32Array(patterns.length);
    this.#marks = new Int32Array(factors.length);
  }

  /** Scans a text (as folded) for factors. */
  scan(text: string): FactorHits {
    return this.#scanner.scan(text);
  }

  /** The patterns whose needs the text meets, in order. */
  active(hits: FactorHits): number[] {
    const active = [...this.#unconditional];
    const seen = this.#seen;
    const stamp = hits.generation;
    // Generations start over (rarely): so do the stamps.
    if (stamp === 1) seen.fill(0);
    for (const factor of hits.found) {
      for (const pattern of this.#needing[factor]!) {
        if (seen[pattern] === stamp) continue;
        seen[pattern] = stamp;
        if (meets(this.patterns[pattern]!.needs, hits.stamps, stamp)) {
          active.push(pattern);
        }
      }
    }
    return active.sort((a, b) => a - b);
  }

  /**
   * The sentences to search, and with which patterns: for each active
   * pattern searched per sentence, the sentences with a member of its first
   * set where its other sets occur too.
   *
   * @param sentences The sentences of the text.
   * @param active The active patterns, in order.
   * @param categoryOf Per pattern, the index of its category.
   * @returns Per category index, sentence and patterns, sentences in order,
   * patterns in order.
   */
  sentences(
    sentences: Sentences,
    active: readonly number[],
    categoryOf: Int32Array,
  ): ([sentence: number, patterns: number[]][] | undefined)[] {
    const count = this.patterns.length;
    const wanted = this.#wanted;
    const stamp = sentences.hits.generation;
    if (stamp === 1) wanted.fill(0);
    for (const pattern of active) {
      if (this.patterns[pattern]!.perSentence) wanted[pattern] = stamp;
    }
    // (sentence, pattern) pairs, as sentence * count + pattern.
    const pairs: number[] = [];
    const { places } = sentences.hits;
    const { first, last } = sentences;
    for (let o = 0; o < places.length; o += 3) {
      for (const pattern of this.#anchoring[places[o]!]!) {
        if (wanted[pattern] !== stamp) continue;
        for (let s = first[o / 3]!; s <= last[o / 3]!; s++) {
          pairs.push(s * count + pattern);
        }
      }
    }
    pairs.sort((x, y) => x - y);
    const groups: ([number, number[]][] | undefined)[] = [];
    let sentence = -1;
    let mark = 0;
    for (let p = 0; p < pairs.length; p++) {
      const pair = pairs[p]!;
      if (p > 0 && pairs[p - 1] === pair) continue;
      const s = Math.floor(pair / count);
      const pattern = pair % count;
      if (s !== sentence) {
        mark = this.#mark(sentences, s);
        sentence = s;
      }
      if (!meets(this.patterns[pattern]!.needs, this.#marks, mark)) continue;
      const list = groups[categoryOf[pattern]!] ??= [];
      const group = list[list.length - 1];
      if (group !== undefined && group[0] === s) group[1].push(pattern);
      else list.push([s, [pattern]]);
    }
    return groups;
  }

  // Marks the factors that occur in a sentence; returns the mark.
  #mark(sentences: Sentences, sentence: number): number {
    if (this.#lastMark === 0x7FFFFFFF) {
      this.#marks.fill(0);
      this.#lastMark = 0;
    }
    const mark = ++this.#lastMark;
    const { places } = sentences.hits;
    for (
      let i = sentences.start[sentence]!;
      i < sentences.start[sentence + 1]!;
      i++
    ) {
      this.#marks[places[sentences.occurrences[i]!]!] = mark;
    }
    return mark;
  }
}

/**
 * Where the sentences of a text end, and the occurrences in each (reused
 * from text to text: call `read` first).
 */
class Sentences {
  /** Offsets of the sentence ends, then of the text's end. */
  readonly ends: number[] = [];
  /** Per occurrence (offset in `places` / 3), its first and last sentence. */
  readonly first: number[] = [];
  readonly last: number[] = [];
  /**
   * Per sentence, the occurrences in it (offsets into `places`): those of
   * sentence s from `start[s]` to `start[s + 1]`.
   */
  readonly start: number[] = [];
  readonly occurrences: number[] = [];
  hits!: FactorHits;

  /** Reads the sentences of a scanned text. */
  read(hits: FactorHits, folded: string): this {
    this.hits = hits;
    const { ends, first, last, start, occurrences } = this;
    ends.length = 0;
    for (const end of hits.sentenceEnds) {
      // A `.` followed by a digit (`12.5`) ends no sentence.
      if (folded.charCodeAt(end) === 0x2E) {
        const after = folded.charCodeAt(end + 1);
        if (after >= 0x30 && after <= 0x39) continue;
      }
      ends.push(end);
    }
    ends.push(folded.length);
    const { places } = hits;
    const count = places.length / 3;
    first.length = last.length = count;
    start.length = 0;
    for (let s = 0; s <= ends.length; s++) start.push(0);
    // An occurrence across sentence ends counts in each of them.
    for (let o = 0; o < count; o++) {
      const from = sentenceOf(ends, places[3 * o + 1]!);
      const to = sentenceOf(ends, places[3 * o + 2]! - 1);
      first[o] = from;
      last[o] = to;
      for (let s = from; s <= to; s++) start[s + 1]!++;
    }
    for (let s = 1; s <= ends.length; s++) start[s]! += start[s - 1]!;
    occurrences.length = start[ends.length]!;
    // Filled back to front, from where each sentence ends: start[s + 1] ends
    // up where sentence s starts, and is moved down to start[s].
    for (let o = 0; o < count; o++) {
      for (let s = first[o]!; s <= last[o]!; s++) {
        occurrences[--start[s + 1]!] = 3 * o;
      }
    }
    start.copyWithin(0, 1);
    start[ends.length] = occurrences.length;
    return this;
  }
}

// The sentence, of those ending at `ends` (sorted), an offset is in.
function sentenceOf(ends: readonly number[], offset: number): number {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Spaced patterns, as one alternation, anchored at word boundaries. No
// spaced pattern starts with Han, kana or Hangul, or with a space: skipping
// those positions keeps Japanese and Chinese text fast.
function spacedSource(alternation: string): string {
  return `(?![${CJK}\\s])(?<!${WORD_CHAR})(?:${alternation})(?!${WORD_CHAR})`;
}

function categoryRegex(patterns: readonly CompiledPattern[]): RegExp | null {
  const spaced = patterns.filter((p) => p.spaced).map((p) => p.source);
  const unspaced = patterns.filter((p) => !p.spaced).map((p) => p.source);
  const parts: string[] = [];
  if (spaced.length > 0) parts.push(spacedSource(spaced.join("|")));
  if (unspaced.length > 0) parts.push(`(?:${unspaced.join("|")})`);
  return parts.length === 0 ? null : new RegExp(parts.join("|"), "giu");
}

// One pattern, as its category's expression holds it.
function patternRegex(pattern: CompiledPattern): RegExp {
  return new RegExp(
    pattern.spaced ? spacedSource(pattern.source) : pattern.source,
    "giu",
  );
}

/**
 * Finds, in a subject from a position on, the match that a category
 * expression of some patterns would find: the leftmost, and of those that
 * start there the first pattern's (spaced patterns before unspaced ones, as
 * the expression orders them). Each pattern has an expression of its own,
 * compiled once: an expression of each subset of patterns that a text
 * selects would be compiled anew for every new subset, at a cost that a
 * caller choosing the words of a text could make every request pay.
 */
class PatternSearch {
  readonly #regexes: readonly RegExp[];
  // Per pattern, its next match (start, end), found from `#from[i]`; a start
  // of -1: none.
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #from: Int32Array;
  start = 0;
  end = 0;

  /** @param regexes The patterns' expressions, in priority order. */
  constructor(regexes: readonly RegExp[]) {
    this.#regexes = regexes;
    this.#starts = new Int32Array(regexes.length);
    this.#ends = new Int32Array(regexes.length);
    this.#from = new Int32Array(regexes.length).fill(-1);
  }

  /**
   * Finds the next match at or after `from`, and sets `start` and `end`.
   * Called with increasing `from`, on one subject.
   */
  find(subject: string, from: number): boolean {
    let best = -1;
    let bestStart = Infinity;
    for (let i = 0; i < this.#regexes.length; i++) {
      // A match found from an earlier position that starts at or after
      // `from` is still the first from `from`.
      if (
        this.#from[i] === -1 ||
        (this.#starts[i] !== -1 && this.#starts[i]! < from)
      ) {
        const regex = this.#regexes[i]!;
        regex.lastIndex = from;
        const match = regex.exec(subject);
        this.#from[i] = from;
        this.#starts[i] = match === null ? -1 : match.index;
        this.#ends[i] = match === null ? -1 : match.index + match[0].length;
      }
      const start = this.#starts[i]!;
      if (start !== -1 && start < bestStart) {
        best = i;
        bestStart = start;
      }
    }
    if (best === -1) return false;
    this.start = bestStart;
    this.end = this.#ends[best]!;
    return true;
  }
}

/** The same for one expression. */
class RegexSearch {
  readonly #regex: RegExp;
  start = 0;
  end = 0;

  constructor(regex: RegExp) {
    this.#regex = regex;
  }

  find(subject: string, from: number): boolean {
    // exec on the one RegExp object (matchAll would clone it, and V8 would
    // interpret each clone before compiling it to machine code).
    this.#regex.lastIndex = from;
    const match = this.#regex.exec(subject);
    if (match === null) return false;
    this.start = match.index;
    this.end = match.index + match[0].length;
    return true;
  }
}

type Search = PatternSearch | RegexSearch;

interface CompiledCategory<Category extends string> {
  readonly category: Category;
  /** Indices into the matcher's patterns, in order. */
  readonly patterns: readonly number[];
  /** Just past the last of them. */
  readonly end: number;
  readonly full: RegExp | null;
}

// Whether each set has a member with `stamps[member] === stamp`.
function meets(
  sets: readonly (readonly number[])[],
  stamps: Int32Array,
  stamp: number,
): boolean {
  for (const set of sets) {
    let found = false;
    for (const factor of set) {
      if (stamps[factor] === stamp) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Options of {@linkcode compilePhrases}. */
export interface CompilePhrasesOptions {
  /**
   * Whether to search only where a pattern's words occur (see "Speed" in
   * the module documentation). Turning it off searches every category's
   * full expression in the whole text: the same matches, slower; tests
   * compare the two.
   *
   * @default {true}
   */
  readonly prefilter?: boolean;
}

/**
 * Compiles a phrase table into one regular expression per category.
 *
 * @typeParam Category The categories.
 * @param table Patterns by category, then by language.
 * @param options Whether to prefilter.
 * @returns The matcher.
 * @throws {TypeError} When a pattern is not a valid regular expression,
 * matches the empty string, or has more than three gaps.
 */
export function compilePhrases<Category extends string>(
  table: PhraseTable<Category>,
  options: CompilePhrasesOptions = {},
): PhraseMatcher<Category> {
  const categories = Object.keys(table) as Category[];
  const patterns: CompiledPattern[] = [];
  const compiled: CompiledCategory<Category>[] = categories.map(
    (category) => {
      const first = patterns.length;
      const list = table[category];
      for (const language of PHRASE_LANGUAGES) {
        for (const source of list[language] ?? []) {
          const isSpaced = !UNSPACED.has(language);
          if ((source.match(/……|…|‥/g)?.length ?? 0) > MAX_GAPS) {
            throw new TypeError(
              `Cannot compile ${category}/${language} phrase "${source}": more than ${MAX_GAPS} gaps would make matching slow`,
            );
          }
          const expanded = expand(source, isSpaced);
          let single: RegExp;
          try {
            single = new RegExp(expanded, "iu");
          } catch (error) {
            throw new TypeError(
              `Cannot compile ${category}/${language} phrase "${source}": ${
                (error as Error).message
              }`,
            );
          }
          if (single.test("")) {
            throw new TypeError(
              `Cannot compile ${category}/${language} phrase "${source}": it matches the empty string`,
            );
          }
          patterns.push({
            expanded,
            source: `(?:${expanded})`,
            spaced: isSpaced,
          });
        }
      }
      const indices = patterns.map((_, i) => i).slice(first);
      return {
        category,
        patterns: indices,
        end: patterns.length,
        full: categoryRegex(indices.map((i) => patterns[i]!)),
      };
    },
  );

  // Built on first use: reading every pattern takes longer than compiling
  // it, and a policy may never run the rule.
  let prefilter: Prefilter | null = null;
  const categoryOf = new Int32Array(patterns.length);
  compiled.forEach((entry, index) => {
    for (const pattern of entry.patterns) categoryOf[pattern] = index;
  });

  // Each pattern's own expression, compiled on first use.
  const regexes: (RegExp | undefined)[] = [];
  const regexOf = (pattern: number) =>
    regexes[pattern] ??= patternRegex(patterns[pattern]!);

  // A search for some patterns of a category, in their order.
  function searchFor(
    entry: CompiledCategory<Category>,
    active: readonly number[],
  ): Search | null {
    if (active.length === entry.patterns.length) {
      return entry.full === null ? null : new RegexSearch(entry.full);
    }
    if (active.length === 1) return new RegexSearch(regexOf(active[0]!));
    // As the category's expression orders them: spaced patterns first.
    const ordered = [
      ...active.filter((pattern) => patterns[pattern]!.spaced),
      ...active.filter((pattern) => !patterns[pattern]!.spaced),
    ];
    return new PatternSearch(ordered.map(regexOf));
  }

  return {
    categories,
    find(text: string): PhraseMatch<Category>[] {
      if (options.prefilter === false) {
        const folded = foldText(text);
        let kept: PhraseMatch<Category>[] = [];
        for (const { category, full } of compiled) {
          if (full === null) continue;
          const search = new CategorySearch(category, text, kept);
          search.run(new RegexSearch(full), folded, 0);
          if (search.found.length > 0) kept = merge(kept, search.found);
        }
        return kept;
      }
      prefilter ??= new Prefilter(patterns);
      // Scanned as folded, the text is folded only to be searched.
      const hits = prefilter.scan(text);
      const active = prefilter.active(hits);
      if (active.length === 0) return [];
      const folded = hits.folds ? foldText(text) : text;
      // Per category, the sentences to search: found on demand.
      let sentences:
        | ([sentence: number, patterns: number[]][] | undefined)[]
        | null = null;

      // Disjoint, sorted intervals kept so far.
      let kept: PhraseMatch<Category>[] = [];
      let a = 0;
      for (const [index, entry] of compiled.entries()) {
        // The active patterns of this category.
        const first = a;
        while (a < active.length && active[a]! < entry.end) a++;
        if (a === first) continue;
        const mine = active.slice(first, a);
        const search = new CategorySearch(entry.category, text, kept);
        if (
          !mine.every((pattern) => prefilter!.patterns[pattern]!.perSentence)
        ) {
          const found = searchFor(entry, mine);
          if (found !== null) search.run(found, folded, 0);
        } else {
          // No match crosses a sentence end: search only the sentences that
          // have what a pattern needs, with those patterns only.
          sentences ??= prefilter.sentences(
            prefilter.sentenceBuffer.read(hits, folded),
            active,
            categoryOf,
          );
          const { ends } = prefilter.sentenceBuffer;
          for (const [s, searched] of sentences[index] ?? []) {
            const found = searchFor(entry, searched);
            if (found === null) continue;
            const end = ends[s]!;
            // Cut at the sentence end: no pattern here reads past it.
            search.run(
              found,
              end === folded.length ? folded : folded.slice(0, end),
              s === 0 ? 0 : ends[s - 1]! + 1,
            );
          }
        }
        if (search.found.length > 0) kept = merge(kept, search.found);
      }
      return kept;
    },
  };
}

/** The matches of one category that overlap no phrase of an earlier one. */
class CategorySearch<Category extends string> {
  /** The matches, in text order. */
  readonly found: PhraseMatch<Category>[] = [];
  readonly #category: Category;
  readonly #text: string;
  readonly #kept: readonly PhraseMatch<Category>[];
  // The first phrase of `kept` that may overlap what is found next.
  #k = 0;

  /**
   * @param category The category.
   * @param text The original text (matches quote it).
   * @param kept The phrases of earlier categories, disjoint and sorted.
   */
  constructor(
    category: Category,
    text: string,
    kept: readonly PhraseMatch<Category>[],
  ) {
    this.#category = category;
    this.#text = text;
    this.#kept = kept;
  }

  /**
   * Adds the matches of a category expression in `subject` from `from`
   * (called with increasing `from`).
   */
  run(search: Search, subject: string, from: number): void {
    const kept = this.#kept;
    let position = from;
    while (search.find(subject, position)) {
      const { start, end } = search;
      if (end === start) {
        position = next(subject, start);
        continue;
      }
      while (this.#k < kept.length && kept[this.#k]!.end <= start) this.#k++;
      if (this.#k < kept.length && kept[this.#k]!.start < end) {
        // Overlaps a phrase of an earlier category: look again from the
        // next position, so a shorter phrase inside is not lost.
        position = next(subject, start);
        continue;
      }
      this.found.push({
        category: this.#category,
        start,
        end,
        text: this.#text.slice(start, end),
      });
      position = end;
    }
  }
}

// The index after the code point at `index` (never inside a surrogate pair,
// where a `u` regular expression would step back and loop).
function next(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xD800 && code <= 0xDBFF ? index + 2 : index + 1;
}

function merge<T extends { readonly start: number }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Shortens a matched phrase for a message: whitespace runs become one
 * space, and phrases longer than 60 characters are cut with `…`.
 *
 * @param phrase The matched text.
 * @returns The phrase to quote.
 */
export function quotePhrase(phrase: string): string {
  const flat = phrase.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  return chars.length <= 60 ? flat : `${chars.slice(0, 59).join("")}…`;
}

/** The part of a rule's context that {@linkcode reportPhrases} uses. */
export interface PhraseReportContext {
  /** The text to search. */
  readonly text: string;
  /** Records a finding. */
  report(descriptor: {
    readonly messageId: string;
    readonly data?: Readonly<Record<string, string | number>>;
    readonly start?: number;
    readonly end?: number;
  }): void;
}

/**
 * Reports every phrase a matcher finds in the context's text, with the
 * category as `messageId` and the phrase as `{{phrase}}`.
 *
 * @param context The rule's context.
 * @param matcher The compiled phrases.
 */
export function reportPhrases(
  context: PhraseReportContext,
  matcher: PhraseMatcher,
): void {
  if (context.text === "") return;
  for (const match of matcher.find(context.text)) {
    context.report({
      messageId: match.category,
      data: { phrase: quotePhrase(match.text) },
      start: match.start,
      end: match.end,
    });
  }
}
