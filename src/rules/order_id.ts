// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { ORDER_ID_SOURCE } from "../message_types/order_id.ts";

const ORDER_ID = new RegExp(String.raw`(?<!\d)${ORDER_ID_SOURCE}(?!\d)`, "g");

/**
 * Asks for the 17-digit order id (`123-1234567-1234567`) in the text, and
 * forbids naming another order than the one the message is sent for. A text
 * that names its own order too may mention a related one (a duplicate to
 * cancel, a replacement order): that is a warning to check, not an error.
 *
 * @example Incorrect: another order's id
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "unexpectedProblem",
 *   amazonOrderId: "123-1234567-1234567",
 *   text: "Order 999-7654321-7654321 is delayed.",
 * });
 * const found = report.diagnostics.find((d) => d.ruleId === "order-id");
 * assert.equal(found?.messageId, "otherOrder");
 * assert.equal(found?.severity, "error");
 * ```
 *
 * @example Incorrect, as a warning: another order named next to the message's own
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "confirmOrderDetails",
 *   amazonOrderId: "123-1234567-1234567",
 *   text:
 *     "Order 123-1234567-1234567 looks like a duplicate of 999-7654321-7654321. Shall we cancel it?",
 * });
 * const found = report.diagnostics.find((d) => d.ruleId === "order-id");
 * assert.equal(found?.messageId, "relatedOrder");
 * assert.equal(found?.severity, "warning");
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "unexpectedProblem",
 *   amazonOrderId: "123-1234567-1234567",
 *   text: "Order 123-1234567-1234567 is delayed.",
 * });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "order-id"), false);
 * ```
 */
export const orderId: Rule = defineRule({
  id: "order-id",
  meta: {
    type: "suggestion",
    description:
      "Require the order id, and only the id of the order the message is for",
    // Graded: a missing id is reported as a warning, another order's id as
    // an error. Setting the rule to "warning" makes both warnings.
    defaultSeverity: "error",
    messages: {
      missing:
        "Mention the order id (such as 123-1234567-1234567) so the buyer knows which order the message is about",
      otherOrder:
        'The text names order "{{found}}" but the message is for order "{{expected}}": a message may only concern its own order',
      relatedOrder:
        'The text also names order "{{found}}": check that the message concerns order "{{expected}}" (a duplicate or replacement of it may be mentioned, another order may not be its subject)',
    },
  },
  check(context) {
    const type = context.messageType;
    if (type?.text == null || typeof context.message.text !== "string") return;
    const expected = context.message.amazonOrderId;
    const found = [...context.text.matchAll(ORDER_ID)];
    // Where the text names its own order, another one is related to it.
    const related = found.some((match) => match[0] === expected);
    for (const match of found) {
      if (expected !== undefined && match[0] !== expected) {
        context.report({
          messageId: related ? "relatedOrder" : "otherOrder",
          data: { found: match[0], expected },
          start: match.index,
          end: match.index + match[0].length,
          severity: related ? "warning" : "error",
        });
      }
    }
    if (found.length === 0) {
      context.report({ messageId: "missing", severity: "warning" });
    }
  },
});
