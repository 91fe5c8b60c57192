// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

const KNOWN_FIELDS = new Set([
  "type",
  "text",
  "attachments",
  "coverageStartDate",
  "coverageEndDate",
  "locale",
  "amazonOrderId",
  "marketplaceId",
  "template",
  "dataSpans",
]);
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function validDate(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE_TIME.test(value) &&
    !Number.isNaN(Date.parse(value));
}

/**
 * Checks that a message has the fields its type allows: no text on
 * attachment-only types, 1–5 attachments for `warranty` and `invoice`, at
 * most 5 anywhere, valid ISO 8601 coverage dates with start before end, and
 * no unknown fields.
 *
 * @example Incorrect: text on an attachment-only type
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "warranty", text: "Your warranty" });
 * assert.deepEqual(
 *   report.diagnostics.filter((d) => d.ruleId === "message-shape").map((d) => d.messageId),
 *   ["textNotAllowed", "tooFewAttachments"],
 * );
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "warranty",
 *   attachments: [{ uploadDestinationId: "d1", fileName: "warranty.pdf" }],
 *   coverageStartDate: "2026-12-01T00:00:00Z",
 *   coverageEndDate: "2028-12-01T00:00:00Z",
 * });
 * assert.equal(report.ok, true);
 * ```
 */
export const messageShape: Rule = defineRule({
  id: "message-shape",
  meta: {
    type: "problem",
    description: "Require the fields the message type allows, and only those",
    defaultSeverity: "error",
    messages: {
      unknownType:
        'Message type "{{type}}" does not exist: use one of the SP-API action names such as "unexpectedProblem"',
      deprecatedType:
        'Message type "{{type}}" was removed from Amazon\'s API model: send it only to an order whose getMessagingActionsForOrder still lists it (sends check this first)',
      unknownField:
        'Field "{{field}}" is not part of a message: remove it or check its spelling',
      textNotAllowed:
        'Message type "{{type}}" takes no text: send the content as attachments',
      attachmentsNotAllowed:
        'Message type "{{type}}" takes no attachments: put the content in the text',
      tooFewAttachments:
        'Message type "{{type}}" needs at least {{min}} attachment(s)',
      tooManyAttachments:
        "A message may carry at most {{max}} attachments, this one has {{count}}: send the rest in another message",
      badAttachment:
        "Attachment {{index}} needs a non-empty uploadDestinationId and fileName from the Uploads API",
      fieldNotAllowed:
        'Field "{{field}}" is only allowed for message type "warranty"',
      badDate:
        'Field "{{field}}" must be an ISO 8601 date-time such as "2026-12-01T00:00:00Z", got "{{value}}"',
      datesReversed:
        "The coverage ends ({{end}}) before it starts ({{start}}): swap or correct the dates",
    },
  },
  check(context) {
    const message = context.message as unknown as Record<string, unknown>;
    const type = context.messageType;
    for (const field of Object.keys(message)) {
      if (!KNOWN_FIELDS.has(field)) {
        context.report({ messageId: "unknownField", data: { field } });
      }
    }
    if (type === undefined) {
      context.report({
        messageId: "unknownType",
        data: { type: String(message.type) },
      });
      return;
    }
    if (type.deprecated) {
      // A warning, not an error: orders that still list the type accept it,
      // and every send checks the order's list before anything goes out.
      context.report({
        messageId: "deprecatedType",
        data: { type: type.id },
        severity: "warning",
      });
    }
    if (message.text !== undefined && type.text === null) {
      context.report({ messageId: "textNotAllowed", data: { type: type.id } });
    }
    const attachments = message.attachments;
    const count = Array.isArray(attachments) ? attachments.length : 0;
    if (attachments !== undefined && type.attachments === null) {
      context.report({
        messageId: "attachmentsNotAllowed",
        data: { type: type.id },
      });
    } else if (type.attachments !== null) {
      if (count < type.attachments.min) {
        context.report({
          messageId: "tooFewAttachments",
          data: { type: type.id, min: type.attachments.min },
        });
      }
      if (count > type.attachments.max) {
        context.report({
          messageId: "tooManyAttachments",
          data: { max: type.attachments.max, count },
        });
      }
    }
    if (attachments !== undefined && !Array.isArray(attachments)) {
      context.report({ messageId: "badAttachment", data: { index: 1 } });
    }
    if (Array.isArray(attachments)) {
      attachments.forEach((item, index) => {
        const ok = item !== null && typeof item === "object" &&
          typeof item.uploadDestinationId === "string" &&
          item.uploadDestinationId !== "" &&
          typeof item.fileName === "string" && item.fileName !== "";
        if (!ok) {
          context.report({
            messageId: "badAttachment",
            data: { index: index + 1 },
          });
        }
      });
    }
    const allowed = new Set(type.extraFields.map((field) => field.name));
    for (const field of ["coverageStartDate", "coverageEndDate"]) {
      const value = message[field];
      if (value === undefined) continue;
      if (!allowed.has(field)) {
        context.report({ messageId: "fieldNotAllowed", data: { field } });
      } else if (!validDate(value)) {
        context.report({
          messageId: "badDate",
          data: { field, value: String(value) },
        });
      }
    }
    const start = message.coverageStartDate;
    const end = message.coverageEndDate;
    if (
      allowed.has("coverageStartDate") && validDate(start) && validDate(end) &&
      Date.parse(start) > Date.parse(end)
    ) {
      context.report({ messageId: "datesReversed", data: { start, end } });
    }
  },
});
