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

import { CONTEXT_WORDS } from "../_lexicons/context/mod.ts";
import { contextWords } from "./context_lists.ts";
import { namesControl } from "./quotes.ts";
import type { Segment } from "./segment.ts";

/** How far before a quotation its source is looked for. */
const SOURCE_BEFORE = 80;
/** How far after a quotation its source is looked for. */
const SOURCE_AFTER = 48;

/** Per language: a source of quoted words, and the seller's possessives. */
const SOURCES = new Map<string, readonly [RegExp, RegExp]>();

// Words (matched at a word's start) and characters as one pattern.
function pattern(
  words: readonly string[],
  chars: readonly string[],
  wholeWords: boolean,
): RegExp {
  const alternatives = [];
  if (words.length > 0) {
    alternatives.push(
      String.raw`(?:^|[^\p{L}\p{M}])(?:${words.join("|")})${
        wholeWords ? String.raw`(?![\p{L}\p{M}])` : ""
      }`,
    );
  }
  if (chars.length > 0) alternatives.push(chars.join("|"));
  return new RegExp(alternatives.join("|") || "(?!)", "u");
}

// The sources and the seller's possessives of `language` and of English
// (which every language's messages borrow); another language's stems are
// no source ("gra", a Polish game, in "grateful").
function sourcesOf(language: string | undefined): readonly [RegExp, RegExp] {
  const key = language !== undefined && Object.hasOwn(CONTEXT_WORDS, language)
    ? language
    : "en";
  let found = SOURCES.get(key);
  if (found !== undefined) return found;
  const sources: [string[], string[]] = [[], []];
  const owns: [string[], string[]] = [[], []];
  for (const name of new Set([key, "en"])) {
    const lexicon = CONTEXT_WORDS[name]!;
    const at = lexicon.segmentation === "chars" ? 1 : 0;
    sources[at].push(...(lexicon.sources ?? []));
    owns[at].push(...(lexicon.sellersOwn ?? []));
  }
  found = [
    pattern(sources[0], sources[1], false),
    pattern(owns[0], owns[1], true),
  ];
  SOURCES.set(key, found);
  return found;
}

// Whether `window` names someone else as the source of a quotation: a
// source, and none of the seller's own ("as our thank-you card says").
function namesSource(window: string, language: string | undefined): boolean {
  const [source, own] = sourcesOf(language);
  return source.test(window) && !own.test(window);
}

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

/** The longest label that may stand before a quotation ("PS", "追伸"). */
const LABEL = 4;
/** What may stand before a quotation that stands alone: a colon, a dash. */
const INTRODUCED = /[:\uFF1A\u2013\u2014\u2015-]$/u;
/** What may follow it in its sentence: a comment set off by a mark. */
const COMMENTED = /^[,;:\u2013\u2014\u2015\uFF0C\u3001\uFF1B\uFF1A\u060C-]/u;

/**
 * Whether a quotation is the seller's own words: it stands alone, as its
 * own sentence, after a colon, a dash or a short label ("PS", "追伸"), or
 * with a comment set off after it
 * ("“A review would help us”, as we always say"), where a quotation inside
 * a sentence about something else is named, not said ("the error “…” comes
 * from Amazon", "the cushion “…” ships today"); no source is named right
 * before or after it in its sentence ("the card said: “…”"), in the
 * message's language or English, that is not the seller's own ("as our
 * thank-you card says: “…”"); it is no control's label; and the next
 * sentence denies nothing ("That card is not from us"). Reads at most a few
 * hundred characters around the quotation.
 *
 * @param text The normalized text.
 * @param quote The quotation, its marks included.
 * @param language The message's language, whose sources count.
 * @returns Whether the seller says it.
 *
 * @example
 * ```ts
 * import { isSellersQuote } from "./quote_owner.ts";
 * import assert from "node:assert/strict";
 *
 * const own = "“please leave a review”, it helps us a lot.";
 * assert.ok(isSellersQuote(own, { start: 0, end: 23 }, "en"));
 * const card = "a card saying “please leave a review” was in the box.";
 * assert.ok(!isSellersQuote(card, { start: 14, end: 37 }, "en"));
 * ```
 */
export function isSellersQuote(
  text: string,
  quote: Segment,
  language?: string,
): boolean {
  // A control's label only named ("the "Write a review" button is added by
  // Amazon") is the page's words.
  if (namesControl(text, quote.start, quote.end)) return false;
  const start = sentenceStart(text, quote.start, 1);
  const end = sentenceEnd(text, quote.end, 1);
  const before = text.slice(start, quote.start).trim();
  const after = text.slice(quote.end, end).trim();
  if (before.length > LABEL && !INTRODUCED.test(before)) return false;
  if (after !== "" && !COMMENTED.test(after)) return false;
  if (
    namesSource(
      text.slice(Math.max(start, quote.start - SOURCE_BEFORE), quote.start),
      language,
    ) ||
    namesSource(
      text.slice(quote.end, Math.min(end, quote.end + SOURCE_AFTER)),
      language,
    )
  ) return false;
  // A denial in the next sentence disowns it ("That card is not from us");
  // one before it is often a courtesy ("No pressure at all.").
  return !DENIAL.test(text.slice(end, sentenceEnd(text, end, 2)));
}
