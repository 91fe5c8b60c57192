/**
 * Sending through the built-in sandbox: eligibility, the buyer's locale,
 * compose, lint, send; then what happens when the order does not allow the
 * type. Swap the sandbox for real LWA credentials to talk to Amazon.
 *
 * Run: `deno run examples/send_with_sandbox.ts`
 *
 * @module
 */

import {
  createComposer,
  createMessagingClient,
  lintMessage,
  MessageTypeUnavailableError,
} from "../mod.ts";
import { createSandbox } from "../src/testing/mod.ts";

const orderId = "123-1234567-7654321";
const marketplaceId = "A1PA6795UKMFR9"; // amazon.de
const sandbox = createSandbox({
  orders: {
    [orderId]: { types: ["unexpectedProblem", "warranty"], locale: "de-DE" },
  },
});
const client = createMessagingClient({
  auth: {
    clientId: "example-client",
    clientSecret: "example-secret",
    refreshToken: "Atzr|example",
  },
  fetch: sandbox.fetch,
});

const { locale = "en-US" } = await client.getAttributes(orderId, {
  marketplaceId,
});
const message = createComposer().compose({
  type: "unexpectedProblem",
  locale,
  marketplaceId,
  data: {
    amazonOrderId: orderId,
    sellerName: "Northwind Outfitters",
    productTitle: "Trail Runner 2 Hiking Boots",
    newShipDate: "2026-12-09",
  },
});
const report = lintMessage({
  type: message.type,
  text: message.text,
  locale,
  amazonOrderId: orderId,
  template: { id: message.template, locale: message.locale },
  dataSpans: message.dataSpans,
});
if (!report.ok) throw new Error("the message would be rejected");

const sent = await client.sendMessage("unexpectedProblem", orderId, {
  marketplaceId,
  body: { text: message.text },
});
console.log(
  `sent ${sent.type} in ${message.locale}; the sandbox recorded ${sandbox.sent.length} message(s)`,
);

try {
  await client.sendMessage("confirmDeliveryDetails", orderId, {
    marketplaceId,
    body: { text: message.text },
  });
} catch (error) {
  if (!(error instanceof MessageTypeUnavailableError)) throw error;
  console.log(`not sent: ${error.message}`);
}
