// This module is browser compatible.

/**
 * The shape of `fetch` that the client, the LWA auth and the sandbox share.
 *
 * @module
 */

/**
 * A `fetch`-compatible function: `globalThis.fetch`, a wrapper around it, or
 * the in-process {@linkcode Sandbox.fetch}. It must honour `init.signal`.
 *
 * @example Wrapping a fetch to log statuses
 * ```ts
 * import { createMessagingClient, type FetchLike } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const statuses: number[] = [];
 * const logging: FetchLike = async (input, init) => {
 *   const response = await sandbox.fetch(input, init);
 *   statuses.push(response.status);
 *   return response;
 * };
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: logging });
 * await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.deepEqual(statuses, [200]);
 * ```
 */
export type FetchLike = (
  input: Request | URL | string,
  init?: RequestInit,
) => Promise<Response>;
