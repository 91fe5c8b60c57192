// This module is browser compatible.

/**
 * @module
 */

import type { Rule } from "./rule.ts";

/**
 * Defines a lint rule. The rule is frozen, and its id checked.
 *
 * @typeParam Options The shape of the rule's options.
 * @param rule The rule: id, meta, check.
 * @returns The same rule, frozen.
 * @throws {TypeError} When the id is not kebab-case or a message is missing.
 *
 * @example A rule that forbids the word "cheap"
 * ```ts
 * import { defineRule, lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const noCheap = defineRule({
 *   id: "no-cheap",
 *   meta: {
 *     type: "suggestion",
 *     description: "Disallow the word cheap",
 *     defaultSeverity: "warning",
 *     messages: { cheap: "Avoid \"{{word}}\": say what the buyer gets instead" },
 *   },
 *   check(context) {
 *     for (const match of context.text.matchAll(/\bcheap\b/gi)) {
 *       context.report({ messageId: "cheap", data: { word: match[0] }, start: match.index, end: match.index + match[0].length });
 *     }
 *   },
 * });
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "A cheap fix for order 123-1234567-1234567." },
 *   { policy: "spec-only", plugins: [noCheap], rules: { "no-cheap": "error" } },
 * );
 * assert.equal(report.diagnostics[0]?.ruleId, "no-cheap");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function defineRule<Options = Record<string, unknown>>(
  rule: Rule<Options>,
): Rule<Options> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(rule.id)) {
    throw new TypeError(
      `Cannot define rule "${rule.id}": ids are kebab-case, such as "no-email"`,
    );
  }
  if (Object.keys(rule.meta.messages).length === 0) {
    throw new TypeError(
      `Cannot define rule "${rule.id}": meta.messages is empty`,
    );
  }
  return Object.freeze({ ...rule, meta: Object.freeze({ ...rule.meta }) });
}
