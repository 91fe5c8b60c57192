// This module is browser compatible.

/**
 * An in-process Amazon for the Messaging client: Login with Amazon, the
 * Messaging API, the Uploads API and the pre-signed upload target, all
 * behind one `fetch`. It follows the spec's static sandbox behaviours and
 * works as a realistic local Amazon for any order id, without credentials
 * or network.
 *
 * @example A send the sandbox records
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch });
 * await client.createUnexpectedProblem("123-1234567-1234567", {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your parcel is delayed by two days." },
 * });
 * assert.equal(sandbox.sent.length, 1);
 * ```
 *
 * @module
 */

export * from "./create_sandbox.ts";
export * from "./orders.ts";
export type * from "./types.ts";
