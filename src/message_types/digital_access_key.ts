// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `digitalAccessKey` message type. Delivers the access key or instructions of a digital product the buyer ordered.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.digitalAccessKey.operationId, "createDigitalAccessKey");
 * ```
 */
export const digitalAccessKey: MessageType = defineMessageType({
  id: "digitalAccessKey",
  operationId: "createDigitalAccessKey",
  text: { min: 1, max: 400 },
  attachments: { min: 0, max: 5 },
  description:
    "Delivers the access key or instructions of a digital product the buyer ordered.",
});
