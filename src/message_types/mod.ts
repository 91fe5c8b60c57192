// This module is browser compatible.

/**
 * The catalog of SP-API Messaging message types: one descriptor per type,
 * keyed by the action name Amazon uses in paths and in
 * `getMessagingActionsForOrder`.
 *
 * @module
 */

import type { MessageType } from "./message_type.ts";
import { confirmCustomizationDetails } from "./confirm_customization_details.ts";
import { confirmDeliveryDetails } from "./confirm_delivery_details.ts";
import { legalDisclosure } from "./legal_disclosure.ts";
import { negativeFeedbackRemoval } from "./negative_feedback_removal.ts";
import { confirmOrderDetails } from "./confirm_order_details.ts";
import { confirmServiceDetails } from "./confirm_service_details.ts";
import { amazonMotors } from "./amazon_motors.ts";
import { warranty } from "./warranty.ts";
import { digitalAccessKey } from "./digital_access_key.ts";
import { unexpectedProblem } from "./unexpected_problem.ts";
import { invoice } from "./invoice.ts";

export { ORDER_ID_PATTERN, ORDER_ID_SOURCE } from "./order_id.ts";
export {
  defineMessageType,
  type ExtraField,
  type Limits,
  type MessageType,
  ORDER_PATH,
} from "./message_type.ts";

/** The id of a message type: the SP-API action name. */
export type MessageTypeId =
  | "confirmCustomizationDetails"
  | "confirmDeliveryDetails"
  | "legalDisclosure"
  | "negativeFeedbackRemoval"
  | "confirmOrderDetails"
  | "confirmServiceDetails"
  | "amazonMotors"
  | "warranty"
  | "digitalAccessKey"
  | "unexpectedProblem"
  | "invoice";

/**
 * Every message type the library knows, keyed by id.
 *
 * @example Listing the types that take text
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const withText = Object.values(MESSAGE_TYPES).filter((t) => t.text !== null);
 * assert.equal(withText.length, 6);
 * ```
 */
export const MESSAGE_TYPES: Readonly<Record<MessageTypeId, MessageType>> =
  Object.freeze({
    confirmCustomizationDetails,
    confirmDeliveryDetails,
    legalDisclosure,
    negativeFeedbackRemoval,
    confirmOrderDetails,
    confirmServiceDetails,
    amazonMotors,
    warranty,
    digitalAccessKey,
    unexpectedProblem,
    invoice,
  });

/**
 * The ids of every message type, in catalog order.
 *
 * @example
 * ```ts
 * import { MESSAGE_TYPE_IDS } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.ok(MESSAGE_TYPE_IDS.includes("warranty"));
 * ```
 */
export const MESSAGE_TYPE_IDS: readonly MessageTypeId[] = Object.freeze(
  Object.keys(MESSAGE_TYPES) as MessageTypeId[],
);

/**
 * Tells whether a string is a known message type id.
 *
 * @param id The string to test.
 * @returns `true` when `id` names a message type.
 *
 * @example
 * ```ts
 * import { isMessageTypeId } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(isMessageTypeId("warranty"), true);
 * assert.equal(isMessageTypeId("CreateWarranty"), false);
 * ```
 */
export function isMessageTypeId(id: unknown): id is MessageTypeId {
  return typeof id === "string" && Object.hasOwn(MESSAGE_TYPES, id);
}

/**
 * Looks up a message type by id.
 *
 * @param id The message type id (the SP-API action name).
 * @returns The descriptor.
 * @throws {RangeError} When `id` is not a known message type.
 *
 * @example
 * ```ts
 * import { getMessageType } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(getMessageType("invoice").operationId, "sendInvoice");
 * assert.throws(() => getMessageType("nope"), RangeError);
 * ```
 */
export function getMessageType(id: string): MessageType {
  if (!isMessageTypeId(id)) {
    throw new RangeError(
      `Cannot find message type "${id}": known types are ${
        MESSAGE_TYPE_IDS.map((t) => `"${t}"`).join(", ")
      }`,
    );
  }
  return MESSAGE_TYPES[id];
}
