// This module is browser compatible.

/**
 * Whose words a quotation is. Quoted text is someone else's (the buyer's
 * question, a card found in the parcel, an impostor's message) when the
 * text next to it says where it comes from or the seller disowns it; a
 * quotation with neither is the seller's own words in quotation marks
 * ("“Please leave a review on the product page”, it helps us a lot").
 *
 * @module
 */

import { contextWords } from "./context_lists.ts";
import { namesControl } from "./quotes.ts";
import type { Segment } from "./segment.ts";

/** How far before a quotation its source is looked for. */
const SOURCE_BEFORE = 80;
/** How far after a quotation its source is looked for. */
const SOURCE_AFTER = 48;

const SOURCE_WORDS = contextWords(["sources"], "words").join("|");
const SOURCE_CHARS = contextWords(["sources"], "chars").join("|");
/** A source of quoted words: "a card saying", "the label reads", "写着". */
const SOURCE = new RegExp(
  String
    .raw`(?:^|[^\p{L}\p{M}])(?:${SOURCE_WORDS})|${SOURCE_CHARS}`,
  "u",
);

const DENIAL_WORDS = contextWords(["denial"], "words").join("|");
const DENIAL_CHARS = contextWords(["denial"], "chars").join("|");
/**
 * A denial: the `denial` context words of every language, or a word ending
 * in "n't" ("don't").
 */
const DENIAL = new RegExp(
  String
    .raw`\p{L}n['’]t(?![\p{L}\p{M}])|(?:^|[^\p{L}\p{M}])(?:${DENIAL_WORDS})(?![\p{L}\p{M}])|${DENIAL_CHARS}`,
  "u",
);

/** How far a quotation's neighbouring sentences are read, each way. */
const REACH = 400;
/** The marks that end a sentence (a colon introduces a quotation). */
const SENTENCE_END = /[.!?\n\u3002\uFF01\uFF1F\u061F\u0964]/u;

/** A sentence's end marks and the space after them. */
const BETWEEN = /[\s.!?\u3002\uFF01\uFF1F\u061F\u0964]/u;

// The start of the sentence `at` is in, and of the one before it when
// `sentences` is 2.
function sentenceStart(text: string, at: number, sentences: number): number {
  let i = at;
  const limit = Math.max(0, at - REACH);
  for (let n = 0; n < sentences; n++) {
    // Past the marks that end the previous sentence.
    if (n > 0) { while (i > limit && BETWEEN.test(text[i - 1]!)) i--; }
    while (i > limit && !SENTENCE_END.test(text[i - 1]!)) i--;
  }
  return i;
}

// The end of the sentence that starts at `at`, and of the one after it when
// `sentences` is 2.
function sentenceEnd(text: string, at: number, sentences: number): number {
  let i = at;
  const limit = Math.min(text.length, at + REACH);
  for (let n = 0; n < sentences; n++) {
    if (n > 0) { while (i < limit && BETWEEN.test(text[i]!)) i++; }
    while (i < limit && !SENTENCE_END.test(text[i]!)) i++;
  }
  return i;
}

/**
 * Whether a quotation is the seller's own words: no source is named right
 * before or after it in its sentence ("the card said", "…" written on the
 * flyer), it is no control's label, and no denial stands in its sentence or the sentences on either
 * side ("that card is not from us"). Reads at most a few hundred characters
 * around the quotation.
 *
 * @param text The normalized text.
 * @param quote The quotation, its marks included.
 * @returns Whether the seller says it.
 *
 * @example
 * ```ts
 * import { isSellersQuote } from "./quote_owner.ts";
 * import assert from "node:assert/strict";
 *
 * const own = "“please leave a review”, it helps us a lot.";
 * assert.ok(isSellersQuote(own, { start: 0, end: 23 }));
 * const card = "a card saying “please leave a review” was in the box. it is not ours.";
 * assert.ok(!isSellersQuote(card, { start: 14, end: 37 }));
 * ```
 */
export function isSellersQuote(text: string, quote: Segment): boolean {
  // A control's label only named ("the "Write a review" button is added by
  // Amazon") is the page's words.
  if (namesControl(text, quote.start, quote.end)) return false;
  const from = Math.max(
    sentenceStart(text, quote.start, 1),
    quote.start - SOURCE_BEFORE,
  );
  const to = Math.min(
    sentenceEnd(text, quote.end, 1),
    quote.end + SOURCE_AFTER,
  );
  if (
    SOURCE.test(text.slice(from, quote.start)) ||
    SOURCE.test(text.slice(quote.end, to))
  ) return false;
  // A denial in the quotation's own sentence may deny anything ("our motto
  // hasn't changed: "…"", "„…“ – mehr wünschen wir uns nicht"); one in the
  // sentence before or after disowns it ("That card is not from us").
  const start = sentenceStart(text, quote.start, 1);
  const end = sentenceEnd(text, quote.end, 1);
  const around = text.slice(sentenceStart(text, quote.start, 2), start) +
    " " + text.slice(end, sentenceEnd(text, quote.end, 2));
  return !DENIAL.test(around);
}
