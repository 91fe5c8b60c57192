// Runs under Node against the installed npm package, as a user's plain ESM
// script would: compose, lint, compile a template, send through the built-in
// sandbox (the `./testing` entry) and, when the package has the `./hono`
// entry, dry-run a message through the app's `fetch`. Prints a JSON summary for the Deno test.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import process from "node:process";
import {
  createComposer,
  createMessagingClient,
  lintMessage,
} from "@sellerkit/buyer-messages";
import {
  createSandbox,
  SANDBOX_ORDER_OK,
} from "@sellerkit/buyer-messages/testing";
import { compileTemplate } from "@sellerkit/buyer-messages/precompile";

const manifest = createRequire(import.meta.url)(
  "@sellerkit/buyer-messages/package.json",
);

const orderId = SANDBOX_ORDER_OK;
const data = {
  amazonOrderId: orderId,
  sellerName: "Northwind Outfitters",
  productTitle: "Trail Runner 2 Hiking Boots",
  newShipDate: "2026-12-09",
};

const message = createComposer().compose({
  type: "unexpectedProblem",
  locale: "de-AT",
  data,
});
assert.equal(message.locale, "de-DE");
assert.ok(message.text.includes(orderId));

const report = lintMessage({
  type: "unexpectedProblem",
  text: message.text,
  locale: message.locale,
  amazonOrderId: orderId,
});
assert.equal(report.ok, true, JSON.stringify(report.diagnostics));
const bad = lintMessage({
  type: "unexpectedProblem",
  text: `Order ${orderId} is late. Write to help@shop.example`,
  locale: "en-US",
  amazonOrderId: orderId,
});
assert.equal(bad.ok, false);

// The full Handlebars compiler loads under Node (authoring entry point).
const custom = createComposer({
  templates: [
    compileTemplate({
      path: "unexpectedProblem/en-US.hbs",
      source: "Order {{amazonOrderId}} ships late.",
    }),
  ],
});
assert.equal(
  custom.compose({ type: "unexpectedProblem", locale: "en-US", data }).text,
  `Order ${orderId} ships late.`,
);

const sandbox = createSandbox();
const client = createMessagingClient({
  auth: { accessToken: "Atza|example" },
  fetch: sandbox.fetch,
});
await client.sendMessage("unexpectedProblem", orderId, {
  marketplaceId: "A1PA6795UKMFR9",
  body: { text: message.text },
});
assert.equal(sandbox.sent.length, 1);
// The sandbox is the `./testing` entry's, not the root's.
const root = await import("@sellerkit/buyer-messages");
assert.equal("createSandbox" in root, false);
assert.equal("SANDBOX_ORDER_OK" in root, false);

let hono = null;
if (manifest.exports["./hono"] !== undefined) {
  const { createMessagingApp } = await import("@sellerkit/buyer-messages/hono");
  const app = createMessagingApp({
    client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
    apiKeys: ["key-0123456789abcdef0123456789abcdef"],
  });
  const response = await app.fetch(
    new Request("http://localhost/messages", {
      method: "POST",
      headers: {
        authorization: "Bearer key-0123456789abcdef0123456789abcdef",
        "content-type": "application/json",
      },
      body: JSON.stringify({
        amazonOrderId: orderId,
        marketplaceId: "A1PA6795UKMFR9",
        type: "unexpectedProblem",
        data,
        dryRun: true,
      }),
    }),
  );
  const answer = await response.json();
  assert.equal(response.status, 200, JSON.stringify(answer));
  assert.equal(answer.status, "valid");
  assert.equal(sandbox.sent.length, 1);
  hono = { status: response.status, answer: answer.status };
}

console.log(JSON.stringify({
  node: process.versions.node,
  version: manifest.version,
  locale: message.locale,
  lint: report.ok,
  badRules: bad.diagnostics.map((d) => d.ruleId),
  sent: sandbox.sent.length,
  hono,
}));
