// This module is browser compatible.

import { defineMessageType, type MessageType } from "./message_type.ts";

/**
 * The `negativeFeedbackRemoval` message type. Asked the buyer to remove negative seller feedback after the issue was resolved; Amazon removed it in 2025-08.
 *
 * @deprecated Amazon no longer offers this type; it stays for orders and tools that still list it.
 *
 * @example Reading the descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(MESSAGE_TYPES.negativeFeedbackRemoval.operationId, "createNegativeFeedbackRemoval");
 * ```
 */
export const negativeFeedbackRemoval: MessageType = defineMessageType({
  id: "negativeFeedbackRemoval",
  operationId: "createNegativeFeedbackRemoval",
  hasBody: false,
  deprecated: true,
  description:
    "Asked the buyer to remove negative seller feedback after the issue was resolved; Amazon removed it in 2025-08.",
});
