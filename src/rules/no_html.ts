// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

// Bounded so that unclosed "<a" runs cannot make the scan quadratic.
const HTML =
  /<!--|-->|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;

/**
 * Disallows HTML: tags, comments and character entities (`&nbsp;`, `&#60;`).
 * Amazon shows messages as plain text. A lone `&` or `<` (`A & B`, `x < 5`)
 * is fine.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Your order is <b>late</b>&nbsp;." });
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-html").length, 3);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Salt & pepper set, size < 5 cm." });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "no-html"), false);
 * ```
 */
export const noHtml: Rule = defineRule({
  id: "no-html",
  meta: {
    type: "problem",
    description: "Disallow HTML tags, comments and entities",
    defaultSeverity: "error",
    messages: {
      tag:
        'Remove the HTML "{{html}}": Amazon shows messages as plain text, so use line breaks instead',
      entity:
        'Replace the HTML entity "{{html}}" with the character itself: messages are plain text',
      comment:
        'Remove the HTML comment marker "{{html}}": messages are plain text',
    },
  },
  check(context) {
    for (const match of context.text.matchAll(HTML)) {
      const html = match[0];
      const messageId = html.startsWith("&")
        ? "entity"
        : html === "<!--" || html === "-->"
        ? "comment"
        : "tag";
      context.report({
        messageId,
        data: { html },
        start: match.index,
        end: match.index + html.length,
      });
    }
  },
});
