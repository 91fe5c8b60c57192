// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

// A break, then two or more lines that hold only white space.
const RUN =
  /(?:\r\n|\r(?!\n)|\n)(?:[ \t\u00a0\u3000]{0,200}(?:\r\n|\r(?!\n)|\n)){2,}/g;

/**
 * Allows at most two line breaks in a row (one empty line between
 * paragraphs). Lines holding only spaces count as empty. The fix keeps one
 * empty line.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Hello,\n\n\nYour order is late." });
 * const found = report.diagnostics.find((d) => d.ruleId === "line-breaks");
 * assert.equal(found?.fix?.text, "\n\n");
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Hello,\n\nYour order is late." });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "line-breaks"), false);
 * ```
 */
export const lineBreaks: Rule = defineRule({
  id: "line-breaks",
  meta: {
    type: "layout",
    description: "Allow at most two consecutive line breaks",
    defaultSeverity: "error",
    fixable: true,
    messages: {
      tooMany:
        "{{count}} line breaks in a row: Amazon allows at most two, so keep one empty line between paragraphs",
    },
  },
  check(context) {
    for (const match of context.text.matchAll(RUN)) {
      const count = match[0].match(/\r\n|\r|\n/g)!.length;
      context.report({
        messageId: "tooMany",
        data: { count },
        start: match.index,
        end: match.index + match[0].length,
        fix: { text: "\n\n" },
      });
    }
  },
});
