// This module is browser compatible.

/**
 * The SP-API Messaging client.
 *
 * - {@linkcode createMessagingClient}: every Messaging operation, with LWA
 *   auth, per-operation rate limiting, retries that never resend a message,
 *   eligibility checks and attachment uploads.
 *
 * The in-process sandbox (an Amazon behind one `fetch`, for tests and local
 * development without credentials) is the `./testing` entry point.
 *
 * @example Sending through the sandbox
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch });
 * await client.sendMessage("unexpectedProblem", "123-1234567-1234567", {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your parcel was damaged in transit; a replacement ships today." },
 * });
 * assert.equal(sandbox.sent.length, 1);
 * ```
 *
 * @module
 */

export * from "./messaging_client.ts";
export * from "./lwa_auth.ts";
export * from "./errors.ts";
export * from "./rate_limiter.ts";
export * from "./memory_rate_limit_store.ts";
export * from "./idempotency_store.ts";
export * from "./duplicate_guard_store.ts";
export * from "./clock.ts";
export * from "./content_md5.ts";
export type * from "./message_bodies.ts";
export type * from "./fetch_like.ts";
// Shared symbols that appear in this module's signatures (the same bindings
// the root module exports, so re-exporting both is not a conflict).
export { BuyerMessagesError } from "../errors.ts";
export type { MessageTypeId } from "../message_types/mod.ts";
export type { Region } from "../message_types/marketplaces.ts";
export type { BodyIssue } from "../message_types/validate_body.ts";
