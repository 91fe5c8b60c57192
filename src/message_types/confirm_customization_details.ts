// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `confirmCustomizationDetails` message type. Asks the buyer to confirm or supply the details of a customized product, while the order is open.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.confirmCustomizationDetails.operationId, "confirmCustomizationDetails");
 * ```
 */
export const confirmCustomizationDetails: MessageType = defineMessageType({
  id: "confirmCustomizationDetails",
  operationId: "confirmCustomizationDetails",
  text: { min: 1, max: 800 },
  attachments: { min: 0, max: 5 },
  description:
    "Asks the buyer to confirm or supply the details of a customized product, while the order is open.",
});
