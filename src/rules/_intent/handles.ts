// This module is browser compatible.

/**
 * Account handles in a text ("@naehwerk.lotte", "@sportprint_hub"): an
 * "@" that opens a word, with no local part of an address before it. A
 * handle names the seller's account on a social network or a messenger,
 * however the network is named. Linear: one scan with a bounded regular
 * expression.
 *
 * @module
 */

import type { Segment } from "./segment.ts";

// An "@" after a space, an opening mark or the start, then a name of
// letters, digits, dots and underscores that ends in a letter, digit or
// underscore; a name of three characters at least.
const HANDLE =
  /(?<![\p{L}\p{N}._%+\-@])[@＠][\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?(?![\p{L}\p{N}_@])/gu;

/**
 * The handles of a normalized text, in text order: an "@" that opens a word
 * and a name of three characters at least (not "@ 5 €", not an address).
 *
 * @param text The normalized text.
 * @returns Their spans.
 *
 * @example
 * ```ts
 * import { findHandles } from "./handles.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "auf instagram unter @naehwerk.lotte oder info@shop.de";
 * assert.deepEqual(
 *   findHandles(text).map(({ start, end }) => text.slice(start, end)),
 *   ["@naehwerk.lotte"],
 * );
 * ```
 */
export function findHandles(text: string): Segment[] {
  const spans: Segment[] = [];
  for (const match of text.matchAll(HANDLE)) {
    if (match[0].length < 4) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
