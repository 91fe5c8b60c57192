// This module is browser compatible.

/**
 * The built-in lint rules, one per file; the file name is the rule id with
 * `-` → `_`.
 *
 * @module
 */

import type { AnyRule } from "../lint/rule.ts";
import { languageMatch } from "./language_match.ts";
import { lineBreaks } from "./line_breaks.ts";
import { linkPolicy } from "./link_policy.ts";
import { messageShape } from "./message_shape.ts";
import { noControlCharacters } from "./no_control_characters.ts";
import { noEmail } from "./no_email.ts";
import { noEmoji } from "./no_emoji.ts";
import { noHtml } from "./no_html.ts";
import { noMarketing } from "./no_marketing.ts";
import { noOptOut } from "./no_opt_out.ts";
import { noReviewManipulation } from "./no_review_manipulation.ts";
import { noPhone } from "./no_phone.ts";
import { orderId } from "./order_id.ts";
import { textLength } from "./text_length.ts";

export {
  languageMatch,
  lineBreaks,
  linkPolicy,
  messageShape,
  noControlCharacters,
  noEmail,
  noEmoji,
  noHtml,
  noMarketing,
  noOptOut,
  noPhone,
  noReviewManipulation,
  orderId,
  textLength,
};
export type { LanguageMatchOptions } from "./language_match.ts";
export type { LinkPolicyOptions } from "./link_policy.ts";
export type { NoMarketingOptions } from "./no_marketing.ts";
export type { NoPhoneOptions } from "./no_phone.ts";
export type { NoReviewManipulationOptions } from "./no_review_manipulation.ts";
export { AMAZON_DOMAINS } from "./link_policy.ts";

/**
 * Every built-in rule.
 *
 * @example
 * ```ts
 * import { ALL_RULES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.ok(ALL_RULES.some((rule) => rule.id === "no-email"));
 * ```
 */
export const ALL_RULES: readonly AnyRule[] = Object.freeze([
  messageShape,
  textLength,
  noControlCharacters,
  noHtml,
  noEmail,
  linkPolicy,
  languageMatch,
  noPhone,
  noEmoji,
  lineBreaks,
  noMarketing,
  noReviewManipulation,
  noOptOut,
  orderId,
]);
