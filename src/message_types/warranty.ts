// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `warranty` message type. Sends warranty documents as attachments, with optional coverage dates.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.warranty.operationId, "CreateWarranty");
 * ```
 */
export const warranty: MessageType = defineMessageType({
  id: "warranty",
  operationId: "CreateWarranty",
  attachments: { min: 1, max: 5 },
  extraFields: [
    { name: "coverageStartDate", format: "date-time", required: false },
    { name: "coverageEndDate", format: "date-time", required: false },
  ],
  description:
    "Sends warranty documents as attachments, with optional coverage dates.",
});
