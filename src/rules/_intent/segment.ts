// This module is browser compatible.

/**
 * Splits a text into sentences and clauses, in one linear pass, for the
 * concept rules: a decision looks at the concepts of one sentence (or of a
 * sentence and the next), and cancellations (another sense of a word, a
 * negation) stay within a clause.
 *
 * @module
 */

/** A range of the text. */
export interface Segment {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}

/** Japanese topic particles は and も: a comma after one ends no clause. */
const TOPIC_PARTICLE: ReadonlySet<number> = new Set([0x306F, 0x3082]);

/** Sentences and clauses of a text. */
export interface Segmentation {
  /** The sentences, in order, covering the text without gaps. */
  readonly sentences: readonly Segment[];
  /** The clauses, in order, each inside one sentence. */
  readonly clauses: readonly Segment[];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xA0 || code === 0x3000 ||
    code === 0x2009 || code === 0x202F;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    code >= 0xC0 && code <= 0x24F;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// The word before a comma that German and Polish require before "whether"
// ("unabhängig davon, ob", "egal, ob", "niezależnie od tego, czy", "bez
// względu na to, czy"), and the "whether" after it: one clause, so that a
// negation reaches what the "whether" clause names.
const BEFORE_WHETHER = /(?:^|[^\p{L}\p{M}])(?:davon|dessen|egal|tego|to)$/iu;
const WHETHER_AFTER = /^\s{1,3}(?:ob|czy)(?![\p{L}\p{M}])/iu;

// Whether the comma at `at` joins a "whether" clause to its correlative.
function joinsWhether(text: string, at: number): boolean {
  return WHETHER_AFTER.test(text.slice(at + 1, at + 8)) &&
    BEFORE_WHETHER.test(text.slice(Math.max(0, at - 12), at));
}

/** Hiragana or katakana: the text is Japanese. */
const KANA = /[\u3041-\u30FF]/u;

// Marks that close a quotation: " ' ” ’ » 」 』 “ (German) ‘ and ›.
const CLOSING_QUOTES: ReadonlySet<number> = new Set(
  [..."\"'\u201D\u2019\u00BB\u300D\u300F\u201C\u2018\u203A"].map((c) =>
    c.charCodeAt(0)
  ),
);

// The end of the closing quotation marks from `at`: also a French one after
// a no-break space ("petit.\u202F»").
function closingEnd(text: string, at: number): number {
  for (;;) {
    const code = text.charCodeAt(at);
    if (CLOSING_QUOTES.has(code)) at++;
    else if (
      (code === 0xA0 || code === 0x202F) &&
      (text.charCodeAt(at + 1) === 0xBB || text.charCodeAt(at + 1) === 0x203A)
    ) at += 2;
    else return at;
  }
}

/**
 * The commas that may end a clause: Latin, full-width, the ideographic
 * enumeration comma and the Arabic comma.
 *
 * @example
 * ```ts
 * import { COMMA } from "./segment.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(COMMA.test("،") && COMMA.test("，") && !COMMA.test(";"));
 * ```
 */
export const COMMA = /[,\uFF0C\u3001\u060C]/u;

/** How {@linkcode segmentText} reads line breaks. */
export interface SegmentOptions {
  /**
   * Whether the sentence goes on past the line break at an offset (a line
   * wrapped inside a sentence); by default every line break ends one.
   */
  readonly goesOn?: (offset: number) => boolean;
}

/**
 * Splits `text` into sentences and clauses. A sentence ends at a line break
 * (unless `options.goesOn` says the sentence goes on past it),
 * at `!`, `?`, `。`, `！`, `？`, `؟`, `।`, and at `.`, `…` when followed by
 * white space or the end, also after closing quotation marks (so
 * "amazon.de", "3.5" and "z.B." stay inside one sentence); closing
 * quotation marks right after an end mark end with its sentence. A clause
 * also ends at `;`, `:`, `；`, `：`, `،`, `，` and at a comma; a sentence is
 * its own single clause when it has none. The
 * enumeration comma `、` ends a clause only in a text with kana (Japanese).
 *
 * @param text The text.
 * @param options How line breaks are read.
 * @returns Its sentences and clauses.
 *
 * @example Sentences and clauses
 * ```ts
 * import { segmentText } from "./segment.ts";
 * import assert from "node:assert/strict";
 *
 * const { sentences, clauses } = segmentText("Hi, see amazon.de. Thanks!");
 * assert.equal(sentences.length, 2);
 * assert.equal(clauses.length, 3);
 * ```
 */
export function segmentText(
  text: string,
  options: SegmentOptions = {},
): Segmentation {
  const { goesOn } = options;
  const sentences: Segment[] = [];
  const clauses: Segment[] = [];
  let sentenceStart = 0;
  let clauseStart = 0;
  const length = text.length;
  let hasKana: boolean | undefined;
  const marks =
    /[\n\r!?\u3002\uFF01\uFF1F\u061F\u0964\u0965.\u2026;:,\uFF1B\uFF1A\uFF0C\u3001\u060C\u061B\u2013\u2014]/g;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    let endsSentence = false;
    let endsClause = false;
    switch (code) {
      case 10: // \n
      case 13: // \r
        endsSentence = goesOn === undefined || !goesOn(i);
        break;
      case 33: // !
      case 63: // ?
      case 0x3002: // 。
      case 0xFF01: // ！
      case 0xFF1F: // ？
      case 0x061F: // ؟
      case 0x0964: // ।
      case 0x0965: // ॥
        endsSentence = true;
        break;
      case 46: // .
      case 0x2026: { // …
        // Closing quotation marks right after the mark belong to the
        // sentence it ends ("… the first storm." That buyer …).
        const k = closingEnd(text, i + 1);
        const after = k < length ? text.charCodeAt(k) : 32;
        if (isSpace(after) || after === 10 || after === 13) {
          // Not before a digit ("No. 5", "3. Mai"), nor after a one-letter
          // abbreviation ("z. B.", "e.g.").
          let j = k;
          while (j < length && isSpace(text.charCodeAt(j))) j++;
          const oneLetter = i >= 1 && i - sentenceStart >= 1 &&
            (i < 2 || !isWordChar(text.charCodeAt(i - 2))) &&
            isWordChar(text.charCodeAt(i - 1));
          endsSentence = j >= length ||
            !isDigit(text.charCodeAt(j)) && !oneLetter;
        }
        break;
      }
      case 0x3001: // 、
        // In Chinese (no kana in the text) the enumeration comma joins the
        // items of a list ("促销、优惠或其他商品"); in Japanese it is the
        // comma of clauses, but for one right after the topic ("必要は、
        // まったくございません", "レビューも、"): the clause goes on to its
        // predicate.
        hasKana ??= KANA.test(text);
        endsClause = hasKana && !TOPIC_PARTICLE.has(text.charCodeAt(i - 1));
        break;
      case 59: // ;
      case 58: // :
      case 44: // ,
      case 0xFF1B: // ；
      case 0xFF1A: // ：
      case 0xFF0C: // ，
      case 0x060C: // ،
      case 0x061B: // ؛
      case 0x2013: // –
      case 0x2014: // —
        endsClause = !(code === 44 || code === 58) ||
          !(i + 1 < length && isDigit(text.charCodeAt(i + 1)));
        if (code === 44 && endsClause) endsClause = !joinsWhether(text, i);
        break;
    }
    if (endsSentence) {
      // The closing quotation marks right after the mark end with it.
      const end = closingEnd(text, i + 1);
      clauses.push({ start: clauseStart, end });
      sentences.push({ start: sentenceStart, end });
      sentenceStart = clauseStart = end;
      marks.lastIndex = end;
    } else if (endsClause) {
      clauses.push({ start: clauseStart, end: i + 1 });
      clauseStart = i + 1;
    }
  }
  if (sentenceStart < length || sentences.length === 0) {
    clauses.push({ start: clauseStart, end: length });
    sentences.push({ start: sentenceStart, end: length });
  }
  return { sentences, clauses };
}

/**
 * The index of the segment holding `offset` in sorted, gap-free segments
 * (binary search).
 *
 * @param segments The segments, in order.
 * @param offset An offset in the text.
 * @returns The index, or the last index for an offset past the end.
 */
export function segmentIndex(
  segments: readonly Segment[],
  offset: number,
): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
