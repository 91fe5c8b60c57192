// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `confirmDeliveryDetails` message type. Confirms delivery arrangements the carrier or seller needs (an appointment, access to the address) before delivery.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.confirmDeliveryDetails.operationId, "createConfirmDeliveryDetails");
 * ```
 */
export const confirmDeliveryDetails: MessageType = defineMessageType({
  id: "confirmDeliveryDetails",
  operationId: "createConfirmDeliveryDetails",
  text: { min: 1, max: 2000 },
  description:
    "Confirms delivery arrangements the carrier or seller needs (an appointment, access to the address) before delivery.",
});
