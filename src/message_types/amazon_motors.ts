// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `amazonMotors` message type. Sent Amazon Motors documents as attachments; Amazon removed it in 2026-01.
 *
 * @deprecated Amazon no longer offers this type; it stays for orders and tools that still list it.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.amazonMotors.operationId, "CreateAmazonMotors");
 * ```
 */
export const amazonMotors: MessageType = defineMessageType({
  id: "amazonMotors",
  operationId: "CreateAmazonMotors",
  attachments: { min: 0, max: 5 },
  deprecated: true,
  description:
    "Sent Amazon Motors documents as attachments; Amazon removed it in 2026-01.",
});
