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

/**
 * Compiles a phrase table into one regular expression per category.
 *
 * @typeParam Category The categories.
 * @param table Patterns by category, then by language.
 * @returns The matcher.
 * @throws {TypeError} When a pattern is not a valid regular expression,
 * matches the empty string, or has more than three gaps.
 */
export function compilePhrases<Category extends string>(
  table: PhraseTable<Category>,
): PhraseMatcher<Category> {
  const categories = Object.keys(table) as Category[];
  const compiled = categories.map((category) => {
    const spaced: string[] = [];
    const unspaced: string[] = [];
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
        (isSpaced ? spaced : unspaced).push(`(?:${expanded})`);
      }
    }
    const parts: string[] = [];
    if (spaced.length > 0) {
      // No spaced pattern starts with Han, kana or Hangul, or with a space:
      // skipping those positions keeps Japanese and Chinese text fast.
      parts.push(
        `(?![${CJK}\\s])(?<!${WORD_CHAR})(?:${
          spaced.join("|")
        })(?!${WORD_CHAR})`,
      );
    }
    if (unspaced.length > 0) parts.push(`(?:${unspaced.join("|")})`);
    return {
      category,
      regex: parts.length === 0 ? null : new RegExp(parts.join("|"), "giu"),
    };
  });

  return {
    categories,
    find(text: string): PhraseMatch<Category>[] {
      const folded = foldText(text);
      // Disjoint, sorted intervals kept so far.
      let kept: PhraseMatch<Category>[] = [];
      for (const { category, regex } of compiled) {
        if (regex === null) continue;
        const found: PhraseMatch<Category>[] = [];
        let k = 0;
        // exec on the one RegExp object (matchAll would clone it, and V8
        // would interpret each clone before compiling it to machine code).
        regex.lastIndex = 0;
        for (
          let match = regex.exec(folded);
          match !== null;
          match = regex.exec(folded)
        ) {
          const start = match.index;
          const end = start + match[0].length;
          if (end === start) {
            regex.lastIndex = next(folded, start);
            continue;
          }
          while (k < kept.length && kept[k]!.end <= start) k++;
          if (k < kept.length && kept[k]!.start < end) {
            // Overlaps a phrase of an earlier category: look again from the
            // next position, so a shorter phrase inside is not lost.
            regex.lastIndex = next(folded, start);
            continue;
          }
          found.push({ category, start, end, text: text.slice(start, end) });
        }
        if (found.length > 0) kept = merge(kept, found);
      }
      return kept;
    },
  };
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
