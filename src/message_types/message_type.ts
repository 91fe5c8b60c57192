// This module is browser compatible.

/**
 * The shape of one SP-API Messaging message type: how it is sent and what
 * its body may hold. Descriptors are plain data: the request schemas, the
 * client and the lint rules are all derived from them.
 *
 * @module
 */

/** Inclusive bounds on a count or a length. */
export interface Limits {
  /** Smallest allowed value. */
  readonly min: number;
  /** Largest allowed value. */
  readonly max: number;
}

/** An extra field of a message body beside `text` and `attachments`. */
export interface ExtraField {
  /** The field name as it appears in the JSON body. */
  readonly name: string;
  /** The value format: only ISO 8601 date-times are used by the API. */
  readonly format: "date-time";
  /** Whether the body must carry the field. */
  readonly required: boolean;
}

/**
 * Everything the library knows about one message type.
 *
 * @example Reading a descriptor
 * ```ts
 * import { MESSAGE_TYPES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const type = MESSAGE_TYPES.unexpectedProblem;
 * assert.equal(type.operationId, "createUnexpectedProblem");
 * assert.deepEqual(type.text, { min: 1, max: 2000 });
 * ```
 */
export interface MessageType {
  /** The SP-API action name: the path segment and the `name` in `getMessagingActionsForOrder`. */
  readonly id: string;
  /** The operationId in Amazon's model. */
  readonly operationId: string;
  /** The HTTP method of the send operation. */
  readonly method: "POST";
  /** The path template, with `{amazonOrderId}`. */
  readonly path: string;
  /** Length limits of `text` in UTF-16 code units, or `null` when the type takes no text. */
  readonly text: Limits | null;
  /** Limits on the number of attachments, or `null` when the type takes none. */
  readonly attachments: Limits | null;
  /** Body fields other than `text` and `attachments`. */
  readonly extraFields: readonly ExtraField[];
  /** Whether the request has a body at all. */
  readonly hasBody: boolean;
  /** Whether Amazon delivers the message even to buyers who opted out of messages. */
  readonly critical: boolean;
  /** Whether Amazon has removed the type from its current model. */
  readonly deprecated: boolean;
  /** When Amazon allows the message, in one line. */
  readonly description: string;
}

/** The base path of every Messaging operation on an order. */
export const ORDER_PATH = "/messaging/v1/orders/{amazonOrderId}";

/**
 * Defines a message type descriptor, filling in the defaults.
 *
 * @param type The fields that differ from the defaults.
 * @returns A frozen descriptor.
 *
 * @example Defining a type
 * ```ts
 * import { defineMessageType } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const type = defineMessageType({
 *   id: "example",
 *   operationId: "createExample",
 *   text: { min: 1, max: 100 },
 *   description: "An example.",
 * });
 * assert.equal(type.path, "/messaging/v1/orders/{amazonOrderId}/messages/example");
 * assert.equal(type.attachments, null);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function defineMessageType(
  type:
    & Pick<MessageType, "id" | "operationId" | "description">
    & Partial<MessageType>,
): MessageType {
  return Object.freeze({
    method: "POST",
    path: `${ORDER_PATH}/messages/${type.id}`,
    text: null,
    attachments: null,
    extraFields: Object.freeze([]),
    hasBody: true,
    critical: false,
    deprecated: false,
    ...type,
  });
}
