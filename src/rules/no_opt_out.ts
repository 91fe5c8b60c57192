// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import { compilePhrases, type PhraseTable, reportPhrases } from "./_phrases.ts";
import { OPT_OUT_PHRASES } from "./_lexicons/opt_out/mod.ts";

// The phrases live in one file per language (src/rules/_lexicons/opt_out/).

const PHRASES: PhraseTable<"optOut"> = { optOut: OPT_OUT_PHRASES };

// Compiled on the first lint that runs the rule, not at start-up; the tests
// compile every pattern.
let matcher: ReturnType<typeof compilePhrases<"optOut">> | undefined;

/**
 * Disallows unsubscribe and opt-out instructions ("unsubscribe", "reply
 * STOP", "to stop receiving these messages", "abmelden", "désabonner",
 * "配信停止", "退订"), in every supported language: buyers manage which
 * messages they get in their Amazon account, and Amazon's guidelines forbid
 * opt-out links in buyer messages.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Your order 123-1234567-1234567 ships on Friday. Reply STOP to unsubscribe." },
 *   { policy: "spec-only", rules: { "no-opt-out": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-opt-out").length, 2);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Order 123-1234567-1234567: the carrier will stop by on Friday. Please reply to this message if that does not suit you." },
 *   { policy: "spec-only", rules: { "no-opt-out": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-opt-out").length, 0);
 * ```
 */
export const noOptOut: Rule = defineRule({
  id: "no-opt-out",
  meta: {
    type: "problem",
    description: "Disallow unsubscribe and opt-out instructions",
    defaultSeverity: "error",
    messages: {
      optOut:
        'Remove "{{phrase}}": buyer messages must not carry unsubscribe or opt-out instructions. Buyers choose which messages they receive in their Amazon account settings.',
    },
  },
  check(context) {
    reportPhrases(context, matcher ??= compilePhrases(PHRASES));
  },
});
