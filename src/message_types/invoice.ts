// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `invoice` message type. Sends the invoice of the order as attachments.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.invoice.operationId, "sendInvoice");
 * ```
 */
export const invoice: MessageType = defineMessageType({
  id: "invoice",
  operationId: "sendInvoice",
  attachments: { min: 1, max: 5 },
  description: "Sends the invoice of the order as attachments.",
});
