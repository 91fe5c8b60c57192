// Runs under Node against the installed npm package, as a CommonJS user's
// script would: `require()` the package (require(esm), Node >= 20.19), lint
// a clean and a bad text, and load the `./hono` entry when the package has
// it. Prints a JSON summary for the Deno test.
"use strict";
const assert = require("node:assert/strict");
const { lintMessage } = require("@sellerkit/buyer-messages");
const manifest = require("@sellerkit/buyer-messages/package.json");

const clean = lintMessage({
  type: "unexpectedProblem",
  text:
    "Hello, your order 123-1234567-1234567 ships two days later than planned. We are sorry for the wait.",
  locale: "en-US",
  amazonOrderId: "123-1234567-1234567",
});
const bad = lintMessage({
  type: "unexpectedProblem",
  text:
    "Hello, your order 123-1234567-1234567 is late. Write to help@example.com.",
  locale: "en-US",
  amazonOrderId: "123-1234567-1234567",
});
assert.ok(Array.isArray(bad.diagnostics));
const hono = manifest.exports["./hono"] === undefined
  ? null
  : typeof require("@sellerkit/buyer-messages/hono").createMessagingApp;
console.log(JSON.stringify({
  clean: clean.diagnostics.length === 0,
  badRules: [
    ...new Set(
      bad.diagnostics.filter((d) => d.severity === "error").map((d) =>
        d.ruleId
      ),
    ),
  ],
  hono,
}));
