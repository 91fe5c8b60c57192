// This module is browser compatible.

/**
 * Validates a message body against its type before anything is sent.
 *
 * @module
 */

import * as v from "valibot";
import { bodySchema } from "./_schema.ts";
import type { MessageType } from "./message_type.ts";
import { getMessageType } from "./mod.ts";

/** One problem found in a body. */
export interface BodyIssue {
  /** Where: a dotted path such as `attachments.0.fileName`, or `""` for the body itself. */
  readonly path: string;
  /** What is wrong, in a sentence. */
  readonly message: string;
}

/** The outcome of {@linkcode validateMessageBody}. */
export type BodyValidation =
  | { readonly success: true; readonly issues: readonly [] }
  | { readonly success: false; readonly issues: readonly BodyIssue[] };

/**
 * Checks a request body against what the message type accepts: the fields it
 * allows, text length in UTF-16 code units, attachment counts, and ISO 8601
 * date-times. Unknown fields are issues too.
 *
 * @param type A message type id or descriptor.
 * @param body The body to check (`undefined` for types without a body).
 * @returns `success` and the issues found.
 * @throws {RangeError} When `type` is an unknown id.
 *
 * @example
 * ```ts
 * import { validateMessageBody } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(validateMessageBody("unexpectedProblem", { text: "Hi" }).success, true);
 * const result = validateMessageBody("warranty", { text: "Hi" });
 * assert.equal(result.success, false);
 * assert.deepEqual(result.issues.map((issue) => issue.path), ["attachments", "text"]);
 * ```
 */
export function validateMessageBody(
  type: string | MessageType,
  body: unknown,
): BodyValidation {
  const descriptor = typeof type === "string" ? getMessageType(type) : type;
  if (!descriptor.hasBody) {
    if (
      body === undefined || body === null ||
      (typeof body === "object" && Object.keys(body).length === 0)
    ) {
      return { success: true, issues: [] };
    }
    return {
      success: false,
      issues: [{
        path: "",
        message: `Message type "${descriptor.id}" takes no body`,
      }],
    };
  }
  const result = v.safeParse(bodySchema(descriptor), body ?? {});
  if (result.success) return { success: true, issues: [] };
  const issues = result.issues.map((issue) => {
    const path = issue.path?.map((item) => String(item.key)).join(".") ?? "";
    // An object schema reports both an unknown key (expected "never") and a
    // missing one (input undefined) under its own type.
    const objectIssue = issue.type === "strict_object" &&
      issue.path !== undefined;
    return {
      path,
      message: objectIssue && issue.expected === "never"
        ? `Field "${path}" is not allowed for message type "${descriptor.id}"`
        : objectIssue && issue.input === undefined
        ? `Field "${path}" is required for message type "${descriptor.id}"`
        : issue.message,
    };
  });
  issues.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { success: false, issues };
}
