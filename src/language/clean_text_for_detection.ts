// This module is browser compatible.

/**
 * Removes what says nothing about a message's language before detection.
 *
 * @module
 */

import type { TextSpan } from "../message_types/text_span.ts";

export type { TextSpan };

/** Options of {@linkcode cleanTextForDetection}. */
export interface CleanTextForDetectionOptions {
  /**
   * Ranges of the original text to leave out, such as the places where a
   * template inserted a product title or a buyer's name.
   *
   * @default {[]}
   */
  readonly excludeSpans?: readonly TextSpan[];
}

const TLD =
  "com|net|org|info|biz|io|eu|de|at|ch|fr|be|es|it|nl|se|dk|no|pl|pt|ie|uk|ca|mx|br|au|sg|in|jp|cn|tr|ae|sa|eg|za|us";
const PATTERNS: readonly RegExp[] = [
  // HTML comments, tags and character references.
  /<!--[\s\S]*?-->/g,
  /<\/?[a-zA-Z][^<>]*>/g,
  /&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g,
  // Email addresses (before URLs: their domain looks like one).
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // URLs with a scheme or www., then bare domains with a known TLD.
  /\b(?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|www\.)[^\s<>"]*/g,
  new RegExp(
    `\\b(?:[a-zA-Z0-9-]+\\.)+(?:co\\.)?(?:${TLD})\\b(?:\\/[^\\s<>"]*)?`,
    "g",
  ),
  // Amazon order ids, then any token with a digit in it (prices, sizes,
  // ASINs, dates, tracking numbers). Letters of other scripts are not part of
  // such a token, so "注文123" keeps its "注文".
  /\b\d{3}-\d{7}-\d{7}\b/g,
  /[\p{Script=Latin}\p{N}_\-./:#+%€$£¥]*\p{N}[\p{Script=Latin}\p{N}_\-./:#+%€$£¥]*/gu,
];

/**
 * Returns `text` without the parts that say nothing about its language, or
 * mislead a detector: URLs and bare domains, email addresses, HTML tags and
 * character references, Amazon order ids, tokens that contain a digit
 * (prices, sizes, ASINs, dates, tracking numbers) and the given data spans.
 * Each removed part becomes a space; runs of spaces collapse, line breaks
 * stay.
 *
 * @param text The message text.
 * @param options The spans to leave out.
 * @returns The text to detect the language of.
 *
 * @example Stripping an order id, a URL and an email address
 * ```ts
 * import { cleanTextForDetection } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "Ihre Bestellung 123-1234567-1234567 ist unterwegs: " +
 *   "https://www.amazon.de/gp/your-account, Fragen an help@example.com";
 * assert.equal(
 *   cleanTextForDetection(text),
 *   "Ihre Bestellung ist unterwegs: Fragen an",
 * );
 * ```
 *
 * @example Leaving out a product title inserted by a template
 * ```ts
 * import { cleanTextForDetection } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "Danke für Ihren Kauf von Trail Runner Boots.";
 * const start = text.indexOf("Trail");
 * assert.equal(
 *   cleanTextForDetection(text, {
 *     excludeSpans: [{ start, end: start + "Trail Runner Boots".length }],
 *   }),
 *   "Danke für Ihren Kauf von.",
 * );
 * ```
 */
export function cleanTextForDetection(
  text: string,
  options: CleanTextForDetectionOptions = {},
): string {
  let result = text;
  const spans = [...(options.excludeSpans ?? [])].sort((a, b) =>
    b.start - a.start
  );
  for (const span of spans) {
    const start = Math.max(0, Math.min(span.start, result.length));
    const end = Math.max(start, Math.min(span.end, result.length));
    result = `${result.slice(0, start)} ${result.slice(end)}`;
  }
  for (const pattern of PATTERNS) result = result.replace(pattern, " ");
  return result
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
}
