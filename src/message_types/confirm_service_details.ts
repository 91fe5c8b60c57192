// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `confirmServiceDetails` message type. Confirms the appointment or details of a service ordered with the product (installation, assembly).
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.confirmServiceDetails.operationId, "createConfirmServiceDetails");
 * ```
 */
export const confirmServiceDetails: MessageType = defineMessageType({
  id: "confirmServiceDetails",
  operationId: "createConfirmServiceDetails",
  text: { min: 1, max: 2000 },
  description:
    "Confirms the appointment or details of a service ordered with the product (installation, assembly).",
});
