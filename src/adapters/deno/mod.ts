/**
 * Helpers for running the library on Deno.
 *
 * - {@linkcode createDenoSendFetch}: the `fetch` that keeps Deno from
 *   re-sending a message by itself. The messaging client (and so the Hono
 *   app) already uses it when it is given no `fetch`; take it to wrap your
 *   own (logging, metrics, a proxy in front of Amazon).
 *
 * Why: Deno's `fetch` retries a request once, silently, when a reused
 * keep-alive connection closes before the answer. For a message POST that
 * Amazon may already have taken, that is a duplicate message the client
 * never hears about. This `fetch` sends POST, PUT and PATCH (every method but
 * GET and HEAD) on connections that are never reused, so such a drop reaches
 * the client as an error that it reports as an unknown outcome
 * (`UnknownOutcomeError`, a `502` with outcome `unknown` from the app). GET
 * and HEAD keep their pooled connections. Node's and Cloudflare Workers'
 * `fetch` do not re-send a POST on a dropped connection and need nothing.
 *
 * Where `Deno.createHttpClient` is missing or refuses to create a client
 * (some hosted Deno runtimes), it falls back to the global `fetch`.
 *
 * @example Wrapping the send fetch to count requests
 * ```ts
 * import { createDenoSendFetch, type FetchLike } from "@sellerkit/buyer-messages/deno";
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const send = createDenoSendFetch();
 * let requests = 0;
 * const counting: FetchLike = (input, init) => {
 *   requests++;
 *   return send(input, init);
 * };
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: counting });
 * assert.equal(typeof client.sendMessage, "function");
 * assert.equal(requests, 0);
 * ```
 *
 * @module
 */

import { defaultFetch } from "../../sp_api/default_fetch.ts";
import type { FetchLike } from "../../sp_api/fetch_like.ts";

export type { FetchLike };
export * from "./kv_stores.ts";

/**
 * Returns the `fetch` that sends POST, PUT and PATCH requests (every method
 * but GET and HEAD) on connections that are never reused
 * (`Deno.createHttpClient({ poolMaxIdlePerHost: 0 })`, created once per
 * process on the first such request), and GET and HEAD on the global
 * `fetch`'s pooled connections. Without a usable `Deno.createHttpClient` it
 * calls the global `fetch` as it is.
 *
 * This is the messaging client's default `fetch`; every call returns the
 * same function.
 *
 * @returns The `fetch` to hand to the messaging client, or to wrap.
 *
 * @example A message POST goes out on a fresh connection, a GET does not
 * ```ts
 * import { createDenoSendFetch } from "@sellerkit/buyer-messages/deno";
 * import assert from "node:assert/strict";
 *
 * const seen: RequestInit[] = [];
 * const original = globalThis.fetch;
 * globalThis.fetch = (_input, init) => {
 *   seen.push(init ?? {});
 *   return Promise.resolve(new Response("{}"));
 * };
 * try {
 *   const send = createDenoSendFetch();
 *   await send("https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/123-1234567-1234567/messages/unexpectedProblem", {
 *     method: "POST",
 *     body: "{}",
 *   });
 *   await send("https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/123-1234567-1234567");
 * } finally {
 *   globalThis.fetch = original;
 * }
 * assert.ok((seen[0] as { client?: unknown }).client instanceof Deno.HttpClient);
 * assert.equal((seen[1] as { client?: unknown }).client, undefined);
 * ```
 */
export function createDenoSendFetch(): FetchLike {
  return defaultFetch;
}
