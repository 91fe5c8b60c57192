// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { foldForMatching } from "./_links/fold.ts";

// Bounded so that unclosed "<a" runs cannot make the scan quadratic.
const HTML =
  /<!--|-->|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;

const ENTITY =
  /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;

/**
 * Disallows HTML: tags, comments and character entities (`&nbsp;`, `&#60;`).
 * Amazon shows messages as plain text. A lone `&` or `<` (`A & B`, `x < 5`)
 * is fine. Full-width brackets (`＜ｂ＞`) and invisible characters inside a
 * tag do not hide it.
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
    const view = foldForMatching(context.text);
    // Tags and comments in the folded view (full-width "＜ｂ＞" too), as the
    // buyer would see them; entities as written (the view decodes them).
    const found: { start: number; end: number; folded: string }[] = [];
    for (const match of view.text.matchAll(HTML)) {
      if (match[0].startsWith("&")) continue;
      const range = view.toOriginal(match.index, match.index + match[0].length);
      if (context.text.slice(range.start, range.end).includes("&")) continue;
      found.push({ ...range, folded: match[0] });
    }
    for (const match of context.text.matchAll(ENTITY)) {
      const start = match.index;
      found.push({ start, end: start + match[0].length, folded: match[0] });
    }
    found.sort((a, b) => a.start - b.start);
    for (const { start, end, folded } of found) {
      const range = { start, end };
      const html = context.text.slice(range.start, range.end);
      const messageId = folded.startsWith("&")
        ? "entity"
        : folded === "<!--" || folded === "-->"
        ? "comment"
        : "tag";
      context.report({
        messageId,
        data: { html },
        start: range.start,
        end: range.end,
      });
    }
  },
});
