// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { ORDER_ID_SOURCE } from "../message_types/order_id.ts";

const ORDER_ID = new RegExp(String.raw`(?<!\d)${ORDER_ID_SOURCE}(?!\d)`, "g");

/**
 * Asks for the 17-digit order id (`123-1234567-1234567`) in the text, and
 * forbids naming another order than the one the message is sent for.
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
    },
  },
  check(context) {
    const type = context.messageType;
    if (type?.text == null || typeof context.message.text !== "string") return;
    const expected = context.message.amazonOrderId;
    let any = false;
    for (const match of context.text.matchAll(ORDER_ID)) {
      any = true;
      if (expected !== undefined && match[0] !== expected) {
        context.report({
          messageId: "otherOrder",
          data: { found: match[0], expected },
          start: match.index,
          end: match.index + match[0].length,
          severity: "error",
        });
      }
    }
    if (!any) {
      context.report({ messageId: "missing", severity: "warning" });
    }
  },
});
