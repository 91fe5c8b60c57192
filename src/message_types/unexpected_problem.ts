// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `unexpectedProblem` message type. Tells the buyer about an unexpected problem with fulfilling the order (a delay, a stock issue); it reaches buyers who opted out.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.unexpectedProblem.operationId, "createUnexpectedProblem");
 * ```
 */
export const unexpectedProblem: MessageType = defineMessageType({
  id: "unexpectedProblem",
  operationId: "createUnexpectedProblem",
  text: { min: 1, max: 2000 },
  critical: true,
  description:
    "Tells the buyer about an unexpected problem with fulfilling the order (a delay, a stock issue); it reaches buyers who opted out.",
});
