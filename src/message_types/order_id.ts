// This module is browser compatible.

/**
 * The shape of an Amazon order id, `3-7-7` digits
 * (`123-1234567-1234567`): the one definition the schemas, the `order-id`
 * rule, identifier recognition and language detection share.
 *
 * @module
 */

/**
 * The order-id shape as regular-expression source, without anchors or
 * flags, for patterns that find ids inside text.
 *
 * @example
 * ```ts
 * import { ORDER_ID_SOURCE } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const inText = new RegExp(`(?<!\\d)${ORDER_ID_SOURCE}(?!\\d)`, "g");
 * assert.deepEqual(
 *   "Orders 123-1234567-1234567 and 111-2223334-4445556.".match(inText),
 *   ["123-1234567-1234567", "111-2223334-4445556"],
 * );
 * ```
 */
export const ORDER_ID_SOURCE: string = String.raw`\d{3}-\d{7}-\d{7}`;

/**
 * A whole Amazon order id, anchored: `123-1234567-1234567` and nothing
 * else.
 *
 * @example
 * ```ts
 * import { ORDER_ID_PATTERN } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.ok(ORDER_ID_PATTERN.test("123-1234567-1234567"));
 * assert.ok(!ORDER_ID_PATTERN.test("123-1234567-12345678"));
 * ```
 */
export const ORDER_ID_PATTERN: RegExp = new RegExp(`^${ORDER_ID_SOURCE}$`);
