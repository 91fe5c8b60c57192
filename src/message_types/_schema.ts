// This module is browser compatible.

/**
 * Valibot schemas of the request bodies, derived from the descriptors so the
 * catalog stays the one source of truth. Private: the public surface is
 * {@linkcode validateMessageBody}, which keeps Valibot's types out of the API.
 *
 * @module
 */

import * as v from "valibot";
import type { MessageType } from "./message_type.ts";

/** An attachment reference as Amazon's Uploads API returns it. */
export const attachmentSchema = v.strictObject({
  uploadDestinationId: v.pipe(v.string(), v.minLength(1)),
  fileName: v.pipe(v.string(), v.minLength(1)),
});

// deno-lint-ignore no-explicit-any
type AnySchema = v.GenericSchema<any, any>;

const cache = new WeakMap<MessageType, AnySchema>();

/**
 * Builds the body schema of a message type.
 *
 * @param type The descriptor.
 * @returns A strict object schema: unknown fields are rejected.
 */
export function bodySchema(type: MessageType): AnySchema {
  let schema = cache.get(type);
  if (schema !== undefined) return schema;
  const entries: Record<string, AnySchema> = {};
  if (type.text !== null) {
    entries.text = v.optional(
      v.pipe(
        v.string(),
        v.minLength(
          type.text.min,
          `Text must be at least ${type.text.min} character long`,
        ),
        v.maxLength(
          type.text.max,
          `Text must be at most ${type.text.max} characters (UTF-16 code units)`,
        ),
      ),
    );
  }
  if (type.attachments !== null) {
    const array = v.pipe(
      v.array(attachmentSchema),
      v.minLength(
        type.attachments.min,
        `At least ${type.attachments.min} attachment is required`,
      ),
      v.maxLength(
        type.attachments.max,
        `At most ${type.attachments.max} attachments are allowed`,
      ),
    );
    entries.attachments = type.attachments.min > 0 ? array : v.optional(array);
  }
  for (const field of type.extraFields) {
    const value = v.pipe(
      v.string(),
      v.isoTimestamp(
        "Expected an ISO 8601 date-time such as 2026-12-01T00:00:00Z",
      ),
    );
    entries[field.name] = field.required ? value : v.optional(value);
  }
  schema = v.strictObject(entries);
  cache.set(type, schema);
  return schema;
}
