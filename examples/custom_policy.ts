/**
 * A custom policy: a carrier's booking site allowed for delivery messages,
 * warranty hotlines allowed, the order-id check relaxed, and a rule of your
 * own.
 *
 * Run: `deno run examples/custom_policy.ts`
 *
 * @module
 */

import { defineRule, lintMessage, type LintOptions } from "../mod.ts";

// A house rule: no ALL-CAPS shouting.
const noShouting = defineRule({
  id: "no-shouting",
  meta: {
    type: "suggestion",
    description: "Disallow words in capitals",
    defaultSeverity: "warning",
    messages: {
      loud: 'Write "{{word}}" in normal case: capitals read as shouting',
    },
  },
  check(context) {
    for (
      const match of context.text.matchAll(
        /(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu,
      )
    ) {
      context.report({
        messageId: "loud",
        data: { word: match[0] },
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  },
});

const policy: LintOptions = {
  policy: "recommended",
  plugins: [noShouting],
  rules: {
    "link-policy": ["error", { allowedDomains: ["dhl.de"] }],
    "no-phone": ["warning", {
      allowAfter: ["warranty hotline", "Garantie-Hotline"],
    }],
    "order-id": "warning",
    "no-shouting": "warning",
  },
};

const report = lintMessage({
  type: "confirmDeliveryDetails",
  text:
    "Order 123-1234567-1234567: please book your delivery slot at https://www.dhl.de/booking. IMPORTANT: someone must be home.",
  locale: "en-GB",
  amazonOrderId: "123-1234567-1234567",
}, policy);

for (const d of report.diagnostics) {
  console.log(`${d.severity} ${d.ruleId}: ${d.message}`);
}
console.log(report.ok ? "ok to send" : "rejected");
if (!report.ok) Deno.exit(1);
