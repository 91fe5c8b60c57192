/**
 * Library use: compose a message in the buyer's language and lint it
 * before sending.
 *
 * Run: `deno run examples/compose_and_lint.ts`
 *
 * @module
 */

import { createComposer, lintMessage } from "../mod.ts";

const composer = createComposer();
const message = composer.compose({
  type: "confirmDeliveryDetails",
  locale: "fr-BE", // the buyer's locale from GetAttributes
  marketplaceId: "AMEN7PMS3EDWL", // amazon.com.be
  data: {
    amazonOrderId: "123-1234567-1234567",
    sellerName: "Northwind Outfitters",
    productTitle: "Aria 3-Seater Sofa, Grey",
    carrier: "DHL Freight",
    deliveryStart: "2026-12-04T08:00:00Z",
    deliveryEnd: "2026-12-04T12:00:00Z",
  },
});
console.log(
  `template ${message.template} in ${message.locale} (${message.localeMatch})\n`,
);
console.log(message.text);

const report = lintMessage({
  type: message.type,
  text: message.text,
  locale: "fr-BE",
  amazonOrderId: "123-1234567-1234567",
  template: { id: message.template, locale: message.locale },
  dataSpans: message.dataSpans,
});
console.log(
  `\nlint: ${
    report.ok ? "ok" : "rejected"
  }, ${report.errorCount} error(s), ${report.warningCount} warning(s)`,
);
if (!report.ok) Deno.exit(1);
