// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";
import {
  identifierShape,
  isMeasureOrMoney,
  labelBefore,
  offersContact,
} from "./_identifiers.ts";
import { foldForMatching } from "./_links/fold.ts";

/** Options of the `no-phone` rule. */
export interface NoPhoneOptions {
  /**
   * Words after which a phone number is allowed (within 40 characters), for
   * policies that permit warranty, carrier or manufacturer numbers.
   *
   * @default {[]}
   */
  readonly allowAfter: readonly string[];
}

// A run that starts and ends with a digit (or "+"), with the separators
// phone numbers use. Bounded, so the scan stays linear.
const CANDIDATE =
  /(?<![\p{L}\p{N}\-./,#])(?:\+|00)?\(?\d[\d ().\-/\u00a0]{5,24}\d(?![\p{L}\p{N}]|[.,]\d)/gu;
// North American 555-123-4567 and (555) 123-4567.
const NANP = /^\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}$/;

function digits(run: string): number {
  let count = 0;
  for (const ch of run) if (ch >= "0" && ch <= "9") count++;
  return count;
}

/**
 * Disallows phone numbers offered as a line to the seller ("WhatsApp us at
 * 06-41872295", "llámenos al 33 1845 2270", "unsere Nummer: 030 1234567")
 * and warns about other phone numbers (`+49 30 1234567`, `(555) 123-4567`,
 * `030 12345678`): Amazon's guidelines ask buyers and sellers to talk
 * through its messaging. A number is offered when its sentence holds a
 * messaging app, a plea to call or write the seller, or the seller's own
 * number or shop, in any of the 16 locales; a number the sentence does not
 * tie to the seller (a courier's hotline, a number of unclear purpose) is
 * a warning to check. Numbers that are something else are recognised
 * first and left alone: order ids, tracking numbers (grouped in fours, long
 * runs), postal codes (`01310-200`, `〒060-0042`), ISBNs, amounts, versions,
 * dates and times, prices and quantities, and any number after a label that
 * names it ("tracking", "Sendungsnummer", "追跡番号", "PLZ", "CEP",
 * "postcode", "invoice", "serial", "IBAN"...). A bare run of digits counts
 * only with a phone word nearby ("call", "Telefon", "電話"), an
 * international prefix, or a local grouping (`030 1234 5678`). Full-width
 * digits count as digits. Configure `allowAfter` for policies that allow
 * warranty or carrier numbers.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Call us on +49 30 1234 5678 for order 123-1234567-1234567." });
 * const found = report.diagnostics.filter((d) => d.ruleId === "no-phone");
 * assert.equal(found.length, 1);
 * assert.equal(found[0]?.severity, "error");
 * ```
 *
 * @example Incorrect: a number not tied to the seller (a warning)
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "confirmDeliveryDetails", text: "For order 123-1234567-1234567 the depot's line is 0161 496 0000." });
 * const found = report.diagnostics.filter((d) => d.ruleId === "no-phone");
 * assert.equal(found[0]?.severity, "warning");
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Order 123-1234567-1234567, tracking 0034 0434 1612 3456, PLZ 10115, ships 2026-12-04 at 10:30." });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "no-phone"), false);
 * ```
 */
export const noPhone: Rule<NoPhoneOptions> = defineRule<NoPhoneOptions>({
  id: "no-phone",
  meta: {
    type: "suggestion",
    description: "Disallow phone numbers",
    defaultSeverity: "error",
    defaultOptions: { allowAfter: [] },
    messages: {
      phone:
        'Remove the phone number "{{phone}}": ask the buyer to reply to this message instead',
      contact:
        'Remove the phone number "{{phone}}": it asks the buyer to reach you outside Amazon; ask them to reply to this message instead',
    },
    validateOptions(options) {
      return Array.isArray(options.allowAfter) &&
          options.allowAfter.every((word) => typeof word === "string")
        ? []
        : ['option "allowAfter" must be an array of strings'];
    },
  },
  check(context) {
    const view = foldForMatching(context.text);
    const text = view.text;
    const allow = context.options.allowAfter.map((word) => word.toLowerCase());
    for (const match of text.matchAll(CANDIDATE)) {
      let run = match[0];
      // A closing parenthesis is part of "(030) 123", not of "(... 123)".
      if (run.endsWith(")") && !run.includes("(")) run = run.slice(0, -1);
      const count = digits(run);
      if (count < 7 || count > 15) continue;
      const shape = identifierShape(run);
      if (shape === "certain") continue;
      const start = match.index;
      const end = start + run.length;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 6);
      if (isMeasureOrMoney(before, after)) continue;
      const label = labelBefore(before);
      if (label === "identifier") continue;
      const phoneWord = label === "phone";
      if (shape === "likely" && !phoneWord) continue;
      const international = run.startsWith("+") ||
        (run.startsWith("00") && count >= 10);
      const localGrouped = /[\s\-/().]/.test(run) && /^\(?0/.test(run) &&
        count >= 9;
      if (!international && !phoneWord && !localGrouped && !NANP.test(run)) {
        continue;
      }
      const lower = before.toLowerCase();
      if (allow.some((word) => lower.includes(word))) continue;
      const range = view.toOriginal(start, end);
      const offered = offersContact(
        text.slice(Math.max(0, start - 80), start),
        text.slice(end, end + 30),
      );
      context.report({
        messageId: offered ? "contact" : "phone",
        severity: offered ? undefined : "warning",
        data: { phone: context.text.slice(range.start, range.end) },
        start: range.start,
        end: range.end,
      });
    }
  },
});
