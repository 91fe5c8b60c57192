// This module is browser compatible.

/**
 * @module
 */

/**
 * A half-open range of a text by 0-based UTF-16 offsets, `end` exclusive:
 * how the composer marks the parts of a message that came from data, and how
 * the language check is told what to leave out.
 *
 * @example
 * ```ts
 * import type { TextSpan } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const text = "Order 123-1234567-1234567";
 * const span: TextSpan = { start: 6, end: 25 };
 * assert.equal(text.slice(span.start, span.end), "123-1234567-1234567");
 * ```
 */
export interface TextSpan {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
}
