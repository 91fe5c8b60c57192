// This module is browser compatible.

/**
 * Removes what says nothing about a message's language before detection.
 *
 * @module
 */

import type { TextSpan } from "../message_types/text_span.ts";
import { ORDER_ID_SOURCE } from "../message_types/order_id.ts";

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

// Every step below is linear in the text. A repetition that a match may
// start inside of is either anchored at the start of its run (a match found
// inside the run would also be found from its start, so nothing changes) or
// bounded (a URL scheme has at most 32 characters, a domain at most 10 labels
// of at most 63, the first not starting after a hyphen); and nothing
// searches lazily for a closer that may never come.

// HTML tags and character references.
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const REFERENCE = /&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g;
// An email address, found at its `@`: the lookbehind reads the local part
// backwards from there, so each run of characters is read once.
const EMAIL =
  /@(?<=([\p{L}\p{N}._%+-]+)@)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// URLs with a scheme or www., then bare domains with a known TLD.
const URL_WITH_SCHEME =
  /\b(?:[a-zA-Z][a-zA-Z0-9+.-]{0,31}:\/\/|www\.)[^\s<>"]*/g;
const BARE_DOMAIN = new RegExp(
  `\\b(?<!-)(?:[a-zA-Z0-9-]{1,63}\\.){1,10}(?:co\\.)?(?:${TLD})\\b(?:\\/[^\\s<>"]*)?`,
  "g",
);
// Amazon order ids, then any token with a digit in it (prices, sizes,
// ASINs, dates, tracking numbers). Letters of other scripts are not part of
// such a token, so "注文123" keeps its "注文".
const ORDER_ID = new RegExp(String.raw`\b${ORDER_ID_SOURCE}\b`, "g");
const DIGIT_TOKEN =
  /(?<![\p{Script=Latin}\p{N}_\-./:#+%€$£¥])[\p{Script=Latin}\p{N}_\-./:#+%€$£¥]*\p{N}[\p{Script=Latin}\p{N}_\-./:#+%€$£¥]*/gu;

/**
 * `text` with each HTML comment replaced by a space, in one pass: after an
 * opening `<!--` with no `-->` behind it, no later comment can close either.
 */
function removeComments(text: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("<!--", from);
    if (open < 0) break;
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    out += `${text.slice(from, open)} `;
    from = close + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** `text` with each email address replaced by a space. */
function removeEmails(text: string): string {
  let out = "";
  let from = 0;
  EMAIL.lastIndex = 0;
  for (let match; (match = EMAIL.exec(text)) !== null;) {
    // A local part inside the previous address is not one.
    const start = Math.max(from, match.index - match[1]!.length);
    if (start === match.index) continue;
    out += `${text.slice(from, start)} `;
    from = match.index + match[0].length;
  }
  return from === 0 ? text : out + text.slice(from);
}

function replacing(pattern: RegExp): (text: string) => string {
  return (text) => text.replace(pattern, " ");
}

// In this order: an email's domain looks like a URL, a tag may hold an
// email address.
const STEPS: readonly ((text: string) => string)[] = [
  removeComments,
  replacing(TAG),
  replacing(REFERENCE),
  removeEmails,
  replacing(URL_WITH_SCHEME),
  replacing(BARE_DOMAIN),
  replacing(ORDER_ID),
  replacing(DIGIT_TOKEN),
];

/** `text` with each span (merged where they overlap) replaced by a space. */
function removeSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  const clamped = spans
    .map((span): [number, number] => {
      const start = Math.max(0, Math.min(span.start, text.length));
      return [start, Math.max(start, Math.min(span.end, text.length))];
    })
    .sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < clamped.length) {
    const start = clamped[i]![0];
    let end = clamped[i]![1];
    for (i++; i < clamped.length && clamped[i]![0] < end; i++) {
      end = Math.max(end, clamped[i]![1]);
    }
    parts.push(text.slice(from, start), " ");
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

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
  let result = removeSpans(text, options.excludeSpans ?? []);
  for (const step of STEPS) result = step(result);
  return result
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
}
