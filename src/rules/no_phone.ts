// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule } from "../lint/rule.ts";

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
  /(?<![\p{L}\p{N}\-./,])(?:\+|00)?\(?\d[\d ().\-/\u00a0]{5,24}\d(?![\p{L}\p{N}]|[.,]\d)/gu;
const KEYWORD =
  /(?:phone|telephone|tel\.?|call|ring|mobile|cell|whatsapp|hotline|telefon|anruf|rufen|handy|téléphone|appel|portable|teléfono|llame|llámenos|móvil|celular|telefono|chiam|cellulare|telefoon|bel ons|bellen|mobiel|ring oss|mobil|zadzwo|komórk|telefonu|ara|cep|電話|携帯|电话|手机|هاتف|اتصل|جوال|फ़ोन|फोन|कॉल|मोबाइल)/iu;
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;
const DATE =
  /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const UNIT_AFTER =
  /^\s?(?:%|cm|mm|m\b|km|kg|g\b|lb|oz|ml|l\b|in\b|ft|€|\$|£|¥|eur|usd|gbp|x\b|×)/iu;
const MONEY_BEFORE = /(?:[€$£¥₹]|eur|usd|gbp|rs\.?|r\$)\s?$/iu;

function digits(run: string): number {
  let count = 0;
  for (const ch of run) if (ch >= "0" && ch <= "9") count++;
  return count;
}

/**
 * Warns about phone numbers (`+49 30 1234567`, `(555) 123-4567`,
 * `030 12345678`): Amazon's guidelines ask buyers and sellers to talk
 * through its messaging. Order ids, dates, times, prices and dimensions are
 * not phone numbers. A bare run of digits counts only with a phone word
 * nearby ("call", "Telefon", "電話"). Configure `allowAfter` for policies
 * that allow warranty or carrier numbers.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Call us on +49 30 1234 5678 for order 123-1234567-1234567." });
 * const found = report.diagnostics.filter((d) => d.ruleId === "no-phone");
 * assert.equal(found.length, 1);
 * assert.equal(found[0]?.severity, "warning");
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage({ type: "unexpectedProblem", text: "Order 123-1234567-1234567, 2 x 19.99 EUR, ships 2026-12-04 at 10:30, board 40 x 25 cm." });
 * assert.equal(report.diagnostics.some((d) => d.ruleId === "no-phone"), false);
 * ```
 */
export const noPhone: Rule<NoPhoneOptions> = defineRule<NoPhoneOptions>({
  id: "no-phone",
  meta: {
    type: "suggestion",
    description: "Disallow phone numbers",
    defaultSeverity: "warning",
    defaultOptions: { allowAfter: [] },
    messages: {
      phone:
        'Remove the phone number "{{phone}}": ask the buyer to reply to this message instead',
    },
    validateOptions(options) {
      return Array.isArray(options.allowAfter) &&
          options.allowAfter.every((word) => typeof word === "string")
        ? []
        : ['option "allowAfter" must be an array of strings'];
    },
  },
  check(context) {
    const text = context.text;
    const allow = context.options.allowAfter.map((word) => word.toLowerCase());
    for (const match of text.matchAll(CANDIDATE)) {
      let run = match[0];
      // A closing parenthesis is part of "(030) 123", not of "(... 123)".
      if (run.endsWith(")") && !run.includes("(")) run = run.slice(0, -1);
      const count = digits(run);
      if (count < 7 || count > 15) continue;
      const core = run.replace(/^[(+]+|[)]+$/g, "");
      if (ORDER_ID.test(core) || DATE.test(core)) continue;
      const start = match.index;
      const end = start + run.length;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 6);
      if (UNIT_AFTER.test(after) || MONEY_BEFORE.test(before)) continue;
      // Decimal numbers like 1.234.567,89 or 1,234,567.89 are amounts.
      if (/^\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?$/.test(core)) continue;
      const international = run.startsWith("+") || run.startsWith("00");
      const grouped = /[\s\-/().]/.test(run);
      const keyword = KEYWORD.test(before);
      if (
        !international && !keyword && !(grouped && /^\(?0/.test(run)) &&
        !/^\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4}$/.test(run)
      ) {
        continue;
      }
      const lower = before.toLowerCase();
      if (allow.some((word) => lower.includes(word))) continue;
      context.report({
        messageId: "phone",
        data: { phone: run },
        start,
        end,
      });
    }
  },
});
