// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

// One pictograph: shown as emoji by default, asked to be (U+FE0F), or a
// pictograph with the Emoji property. Extended_Pictographic alone would also
// take typographic symbols (★ in "hotel ★★★", ♪, ☛), and runtimes disagree on
// it; arrows and geometric shapes (→ ▶ ▪) stay text unless asked to be emoji.
// © ® ™ ‼ ⁉ are ordinary typography in product names, so they stay allowed.
const TYPOGRAPHY = String.raw`\u00A9\u00AE\u2122\u203C\u2049`;
const TEXT_SHAPES = String
  .raw`\u2190-\u21FF\u25A0-\u25FF\u2934\u2935\u2B00-\u2BFF`;
const PICTOGRAPH = String
  .raw`(?:\p{Emoji_Presentation}|(?![${TYPOGRAPHY}#*0-9])\p{Emoji}\uFE0F|(?![${TYPOGRAPHY}${TEXT_SHAPES}])(?=\p{Extended_Pictographic})\p{Emoji})`;

// Pictographs with their modifiers and joined sequences, flags and keycaps.
const EMOJI = new RegExp(
  String
    .raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|${PICTOGRAPH}(?:\uFE0F|\p{Emoji_Modifier}|\u200D${PICTOGRAPH}\uFE0F?)*`,
  "gu",
);

// Western emoticons stand alone: not inside words, URLs or times.
const EMOTICON =
  /(?<![\p{L}\p{N}:/])(?:[:;=][\-'^o]?[)(DPp\]\[|*\\/3]|<3|\^[_.\-]?\^|[xX]D)(?![\p{L}\p{N}/])|[(（]\s?[\^＾][_＿.\-ー]?[\^＾]\s?[)）]/gu;

/**
 * Disallows emoji and text emoticons such as `:-)` or `^_^`: Amazon's
 * guidelines ask for plain, professional text. `©`, `®` and `™` in product
 * names are fine.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Sorry for the delay 😔 :-(" });
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-emoji").length, 2);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "PhotoForge™ ships at 10:30 (see note 2:)." });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "no-emoji"), false);
 * ```
 */
export const noEmoji: Rule = defineRule({
  id: "no-emoji",
  meta: {
    type: "problem",
    description: "Disallow emoji and emoticons",
    defaultSeverity: "error",
    messages: {
      emoji:
        'Remove the emoji "{{emoji}}": Amazon expects plain, professional text',
      emoticon: 'Remove the emoticon "{{emoji}}": say it in words instead',
    },
  },
  check(context) {
    const text = context.text;
    for (const match of text.matchAll(EMOJI)) {
      context.report({
        messageId: "emoji",
        data: { emoji: match[0] },
        start: match.index,
        end: match.index + match[0].length,
      });
    }
    for (const match of text.matchAll(EMOTICON)) {
      context.report({
        messageId: "emoticon",
        data: { emoji: match[0] },
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  },
});
