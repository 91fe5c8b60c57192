// This module is browser compatible.

/**
 * Lints a message against a policy with every built-in rule: the usual entry
 * point of the lint engine. {@linkcode createLinter} makes a linter over
 * fewer rules.
 *
 * @module
 */

import { ALL_RULES } from "../rules/mod.ts";
import {
  createLinter,
  type Linter,
  type LintOptions,
  type LintReport,
} from "./create_linter.ts";
import type { LintMessage } from "./rule.ts";

export type { LintOptions, LintReport } from "./create_linter.ts";

let linter: Linter | undefined;

/**
 * Lints a message: checks it against every rule the policy turns on and
 * reports what Amazon would not accept, where it is, and what to do instead.
 *
 * The work is linear in the text and bounded by its type: rules check at
 * most the first `limit` code units of a text (2000 for `unexpectedProblem`,
 * the largest limit for a type that takes no text), and a longer text is
 * reported by `text-length`, which says how much was checked. A 64 kB text
 * costs about what a text at its limit does.
 *
 * @param message The message: its type and text (or attachments), plus the
 * buyer's locale, the order id and, for composed messages, the template.
 * @param options The policy and per-rule overrides.
 * @returns The report: `ok`, counts and diagnostics.
 * @throws {TypeError} When `message` is not an object, a rule id is unknown,
 * or a rule's options are bad.
 *
 * @example Catching an email address and a missing order id
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({
 *   type: "unexpectedProblem",
 *   text: "Your parcel is delayed. Write to help@shop.example if you have questions.",
 *   locale: "en-US",
 * });
 * assert.equal(report.ok, false);
 * const email = report.diagnostics.find((d) => d.ruleId === "no-email");
 * assert.equal(email?.severity, "error");
 * assert.deepEqual(email?.range?.start, { offset: 33, line: 1, column: 34 });
 * assert.ok(report.diagnostics.some((d) => d.ruleId === "order-id"));
 * ```
 */
export function lintMessage(
  message: LintMessage,
  options?: LintOptions,
): LintReport {
  linter ??= createLinter({ rules: ALL_RULES });
  return linter.lint(message, options);
}
