// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

/**
 * Keeps the text within its type's length limit, counted in UTF-16 code
 * units as Amazon's validators count (an emoji counts 2), and not empty.
 * Past the limit the other rules check only the first `limit` code units
 * (see `RuleContext.checkedLength`), and the diagnostic says so; for a type
 * that takes no text, or an unknown type, a warning says how much of a text
 * longer than 2000 code units was checked.
 *
 * @example Incorrect: 401 characters for a digital access key
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "digitalAccessKey", text: "x".repeat(401) });
 * const found = report.diagnostics.find((d) => d.ruleId === "text-length");
 * assert.equal(found?.messageId, "tooLong");
 * assert.equal(found?.range?.start.offset, 400);
 * assert.match(found?.message ?? "", /checked only the first 400 characters/);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "digitalAccessKey", text: "x".repeat(400) });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "text-length"), false);
 * ```
 */
export const textLength: Rule = defineRule({
  id: "text-length",
  meta: {
    type: "problem",
    description: "Keep the text within the message type's length limit",
    defaultSeverity: "error",
    messages: {
      tooLong:
        'The text has {{length}} characters but "{{type}}" allows {{max}}: shorten it by {{over}} (Amazon counts UTF-16 code units, so an emoji counts 2); the other rules checked only the first {{checked}} characters',
      unchecked:
        "The text has {{length}} characters: the rules checked only the first {{checked}}",
      empty:
        'The text of "{{type}}" must not be empty: write at least {{min}} character or leave the text out',
      blank:
        "The text contains only white space: write the message or leave the text out",
    },
  },
  check(context) {
    const type = context.messageType;
    const text = context.message.text;
    if (typeof text !== "string") return;
    const checked = context.checkedLength;
    if (type?.text == null) {
      // message-shape reports the text itself.
      if (text.length > checked) {
        context.report({
          messageId: "unchecked",
          data: { length: text.length, checked },
          start: checked,
          end: text.length,
          severity: "warning",
        });
      }
      return;
    }
    if (text.length < type.text.min) {
      context.report({
        messageId: "empty",
        data: { type: type.id, min: type.text.min },
      });
    } else if (text.trim() === "") {
      context.report({ messageId: "blank", start: 0, end: text.length });
    }
    if (text.length > type.text.max) {
      context.report({
        messageId: "tooLong",
        data: {
          length: text.length,
          type: type.id,
          max: type.text.max,
          over: text.length - type.text.max,
          checked,
        },
        start: type.text.max,
        end: text.length,
      });
    }
  },
});
