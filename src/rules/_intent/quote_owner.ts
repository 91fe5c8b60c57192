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
import {
  deniesBeyondCourtesy,
  endMarkBefore,
  namesControl,
  SENTENCE_END,
} from "./quotes.ts";
import type { Segment } from "./segment.ts";

/** How far before a quotation its source is looked for. */
const SOURCE_BEFORE = 80;
/** How far after a quotation its source is looked for. */
const SOURCE_AFTER = 48;

/**
 * Per language: a source of quoted words, the seller's possessives, the
 * sources never the seller's, and words that ask the buyer to check a text.
 */
const SOURCES = new Map<string, readonly [RegExp, RegExp, RegExp, RegExp]>();

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

// The sources, the seller's possessives, the strong sources and the words
// of checking a text of `language` and of English (which every language's
// messages borrow); another language's stems are no source ("gra", a Polish
// game, in "grateful").
function sourcesOf(
  language: string | undefined,
): readonly [RegExp, RegExp, RegExp, RegExp] {
  const key = language !== undefined && Object.hasOwn(CONTEXT_WORDS, language)
    ? language
    : "en";
  let found = SOURCES.get(key);
  if (found !== undefined) return found;
  const sources: [string[], string[]] = [[], []];
  const owns: [string[], string[]] = [[], []];
  const strong: [string[], string[]] = [[], []];
  const proofing: [string[], string[]] = [[], []];
  for (const name of new Set([key, "en"])) {
    const lexicon = CONTEXT_WORDS[name]!;
    const at = lexicon.segmentation === "chars" ? 1 : 0;
    sources[at].push(...(lexicon.sources ?? []));
    owns[at].push(...(lexicon.sellersOwn ?? []));
    strong[at].push(...(lexicon.strongSources ?? []));
    proofing[at].push(...(lexicon.proofing ?? []));
  }
  found = [
    pattern(sources[0], sources[1], false),
    pattern(owns[0], owns[1], true),
    pattern(strong[0], strong[1], false),
    pattern(proofing[0], proofing[1], false),
  ];
  SOURCES.set(key, found);
  return found;
}

// Whether `window` names someone else as the source of a quotation: the
// buyer or an impostor ("your reply:", "a scammer using our name"), or
// another source with no word of the seller's own next to it ("a card
// saying", not "as our thank-you card says" or "…, says the whole team").
function namesSource(window: string, language: string | undefined): boolean {
  const [source, own, strong] = sourcesOf(language);
  return strong.test(window) || (source.test(window) && !own.test(window));
}

/** How far a quotation's neighbouring sentences are read, each way. */
const REACH = 400;

/** A sentence's end marks and the space after them. */
const BETWEEN = /[\s.!?\u3002\uFF01\uFF1F\u061F\u0964]/u;

// The start of the sentence `at` is in.
function sentenceStart(text: string, at: number): number {
  let i = at;
  const limit = Math.max(0, at - REACH);
  while (i > limit && !SENTENCE_END.test(text[i - 1]!)) i--;
  return i;
}

// The end of the sentence that starts at `at`, and of the one after it when
// `sentences` is 2.
function sentenceEnd(text: string, at: number, sentences: number): number {
  let i = at;
  const limit = Math.min(text.length, at + REACH);
  for (let n = 0; n < sentences; n++) {
    if (n > 0) { while (i < limit && BETWEEN.test(text[i]!)) i++; }
    i = endMarkBefore(text, i, limit);
  }
  return i;
}

/** The two words that may tag a quotation that ends its sentence. */
const TAG = /^[\s,\u2013\u2014-]*[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?/u;
/** An end mark right after a quotation ("«…!». Confirma…"). */
const MARK_NEXT = /^\s*[.!?\u3002\uFF01\uFF1F\u061F\u0964]/u;
/** A quotation that ends with an end mark inside its closing mark. */
const ENDS_INSIDE = /[.!?\u3002\uFF01\uFF1F\u061F\u0964]\s*.$/u;
/** The longest label that may stand before a quotation ("PS", "追伸"). */
const LABEL = 4;
/** What may stand before a quotation that stands alone: a colon, a dash. */
const INTRODUCED = /[:\uFF1A\u2013\u2014\u2015-]$/u;
/** What may follow it in its sentence: a comment set off by a mark. */
const COMMENTED = /^[,;:\u2013\u2014\u2015\uFF0C\u3001\uFF1B\uFF1A\u060C-]/u;

/** A colon that ends a line introducing the quotation below it. */
const INTRODUCING = /[:：]/u;

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
  const start = sentenceStart(text, quote.start);
  const end = sentenceEnd(text, quote.end, 1);
  const before = text.slice(start, quote.start).trim();
  // An end mark inside the closing quotation mark ends its sentence too
  // ("“Please leave a review!” Have a great day.").
  const endsInside = ENDS_INSIDE.test(text.slice(quote.start, quote.end));
  const after = endsInside ? "" : text.slice(quote.end, end).trim();
  if (before.length > LABEL && !INTRODUCED.test(before)) return false;
  if (after !== "" && !COMMENTED.test(after)) return false;
  // After a quotation that ends its sentence, only the words that tag it
  // ("…!” said the card"), not the next sentence's ("Einen schönen Tag").
  const tagEnd = after === ""
    ? quote.end + (TAG.exec(text.slice(quote.end, quote.end + 40))?.[0]
      .length ?? 0)
    : Math.min(end, quote.end + SOURCE_AFTER);
  // A quotation on its own line after a line that introduces it ("Sie
  // schrieben:\n\n„…“"): the introduction names its source.
  let sourceFrom = Math.max(start, quote.start - SOURCE_BEFORE);
  if (before === "") {
    let k = start;
    while (k > 0 && /\s/u.test(text[k - 1]!)) k--;
    if (k > 0 && INTRODUCING.test(text[k - 1]!)) {
      sourceFrom = Math.max(0, k - SOURCE_BEFORE);
    }
  }
  const windows = [
    text.slice(sourceFrom, quote.start),
    text.slice(quote.end, tagEnd),
  ];
  if (windows.some((window) => namesSource(window, language))) return false;
  // The next sentence: the buyer's text to check ("please confirm the
  // spelling") may be asked for there, and a denial there disowns it ("That
  // card is not from us"), unless it is a courtesy ("We can't thank you
  // enough!"); one before it is often a courtesy too ("No pressure at all.").
  let from = quote.end;
  while (from < quote.end + REACH && BETWEEN.test(text[from] ?? "x")) from++;
  const next = endsInside && !MARK_NEXT.test(text.slice(quote.end))
    ? text.slice(from, sentenceEnd(text, from, 1))
    : text.slice(end, sentenceEnd(text, end, 2));
  if (sourcesOf(language)[3].test(next)) return false;
  return !deniesBeyondCourtesy(next);
}
