// This module is browser compatible.

/**
 * For tests and local development: an in-process Amazon (Login with Amazon,
 * the Messaging API, the Uploads API and the pre-signed upload target)
 * behind one `fetch`, with the spec's sandbox orders, a rate limit answering
 * 429 like Amazon, injectable faults and a record of what was sent. No
 * credentials, no network. Production code imports the root entry point
 * only; this one is for tests, examples and local servers.
 *
 * For a suite of your own templates, {@linkcode testTemplates} registers one
 * test per template × locale of a folder under `deno test` or
 * `node --test`: it renders the sample data, lints the text (policy-clean,
 * within the type's length limit) and compares the variables with the
 * reference locale. It loads the Handlebars compiler, as authoring tools do.
 *
 * @example Testing a send without Amazon
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox, SANDBOX_ORDER_OK } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch });
 * await client.createUnexpectedProblem(SANDBOX_ORDER_OK, {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your parcel is delayed by two days." },
 * });
 * assert.equal(sandbox.sent.length, 1);
 * assert.equal(sandbox.sent[0].amazonOrderId, SANDBOX_ORDER_OK);
 * ```
 *
 * @module
 */

export * from "../sp_api/sandbox/mod.ts";
export * from "./test_templates.ts";
