// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `legalDisclosure` message type. Sends a legally required disclosure as attachments; it reaches buyers who opted out of messages.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.legalDisclosure.operationId, "createLegalDisclosure");
 * ```
 */
export const legalDisclosure: MessageType = defineMessageType({
  id: "legalDisclosure",
  operationId: "createLegalDisclosure",
  attachments: { min: 0, max: 5 },
  critical: true,
  description:
    "Sends a legally required disclosure as attachments; it reaches buyers who opted out of messages.",
});
