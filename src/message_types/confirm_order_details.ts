// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `confirmOrderDetails` message type. Asks the buyer to confirm details of the order itself (size, variant, quantity) before it ships.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.confirmOrderDetails.operationId, "createConfirmOrderDetails");
 * ```
 */
export const confirmOrderDetails: MessageType = defineMessageType({
  id: "confirmOrderDetails",
  operationId: "createConfirmOrderDetails",
  text: { min: 1, max: 2000 },
  description:
    "Asks the buyer to confirm details of the order itself (size, variant, quantity) before it ships.",
});
