// This module is browser compatible.

/**
 * Amounts off in a text, in every language: a percentage ("15%", "15 %",
 * "%15", "yüzde 15", "10٪", "15 procent"), a fraction of the price in
 * Japanese and Chinese ("1割", "九折") or a price ("R$ 15", "20 美元").
 * An amount is language-general evidence of a price cut where the words of
 * the cut vary without end ("abatemos R$ 15", "直接减20美元", "お支払い額の
 * 1割をご返金"): next to this order's number made a voucher for a later
 * purchase it makes a promotion. Linear: one scan with a regular
 * expression of bounded backtracking, plus the scan for prices.
 *
 * @module
 */

import type { SentenceConcepts } from "./analysis_types.ts";
import { inside } from "./hit_index.ts";
import { addToSentence, findPrices } from "./prices.ts";
import { type Segment, type Segmentation, segmentIndex } from "./segment.ts";

// A number, in ASCII or Arabic-Indic digits, with decimals.
const NUMBER = "[0-9٠-٩]{1,3}(?:[.,][0-9٠-٩]{1,2})?";
// Words for "percent" after a number, in the languages of the lexicons.
const PERCENT_WORDS =
  "percent|per cent|prozent|procent|por ?ciento|pour ?cent|per ?cento|por ?cento|प्रतिशत|फ़ीसदी|फीसदी|في المائة|في المئة|بالمائة|بالمئة|パーセント";
// Letters that glue to a number written in a word of a spaced script; Han
// and kana do not ("可享15%优惠").
const GLUE = String.raw`\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}`;
const PERCENT = new RegExp(
  String
    .raw`(?<![${GLUE}\p{N}])(?:${NUMBER}\s?(?:[%％٪]|(?:${PERCENT_WORDS})(?!\p{L}))|[%％٪]\s?${NUMBER}(?![\p{N}\p{L}])|yüzde\s?${NUMBER}(?!\p{N})|yüzde\s(?:on|yirmi|otuz|kirk|kırk|elli|beş|bes)(?:u|unu|una|i|si|sini|luk|lik)?(?!\p{L}))|(?:[0-9]|[一二三四五六七八九])(?:割|折(?![叠疊页頁]))`,
  "gu",
);

/**
 * The percentages and fractions of a price in a normalized (lower-case)
 * text, in text order.
 *
 * @param text The normalized text.
 * @returns Their spans.
 *
 * @example
 * ```ts
 * import { findPercentages } from "./amounts.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "15 % off, or %20 indirim, 打九折, お支払い額の1割";
 * assert.deepEqual(
 *   findPercentages(text).map(({ start, end }) => text.slice(start, end)),
 *   ["15 %", "%20", "九折", "1割"],
 * );
 * ```
 */
export function findPercentages(text: string): Segment[] {
  const spans: Segment[] = [];
  for (const match of text.matchAll(PERCENT)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * Adds the produced concept to each sentence that names an amount (a
 * percentage, a fraction of the price or a price) in the seller's own
 * words, to its concepts in every language it holds: text from order data
 * or a quotation does not count.
 *
 * @param result The concepts of each sentence; updated.
 * @param text The normalized text.
 * @param segmentation The text's sentences.
 * @param foreign Spans that are not the seller's words, sorted.
 * @param produced The concept an amount produces.
 * @param primary The buyer's language, whose concepts a sentence with no
 *   word of the lexicons gets.
 * @param prices The prices of the text, when the caller has them.
 */
export function markAmounts(
  result: readonly SentenceConcepts[],
  text: string,
  segmentation: Segmentation,
  foreign: readonly Segment[],
  produced: string,
  primary?: string,
  prices: readonly Segment[] = findPrices(text),
): void {
  markOwnSpans(
    result,
    [...findPercentages(text), ...prices],
    segmentation,
    foreign,
    produced,
    primary,
  );
}

/**
 * Adds the produced concept to each sentence that holds one of `spans` in
 * the seller's own words (not inside a `foreign` span), to its concepts in
 * every language it holds.
 *
 * @param result The concepts of each sentence; updated.
 * @param spans The spans found (amounts, handles).
 * @param segmentation The text's sentences.
 * @param foreign Spans that are not the seller's words, sorted.
 * @param produced The concept a span produces.
 * @param primary The buyer's language, whose concepts a sentence with no
 *   word of the lexicons gets.
 */
export function markOwnSpans(
  result: readonly SentenceConcepts[],
  spans: readonly Segment[],
  segmentation: Segmentation,
  foreign: readonly Segment[],
  produced: string,
  primary?: string,
): void {
  for (const span of spans) {
    if (inside(foreign, span.start, span.end)) continue;
    const sentence = result[segmentIndex(segmentation.sentences, span.start)];
    if (sentence !== undefined) {
      addToSentence(sentence, [produced], true, primary);
    }
  }
}
