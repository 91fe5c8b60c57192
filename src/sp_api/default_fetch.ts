// This module is browser compatible.

/**
 * The `fetch` the messaging client calls when it is given none.
 *
 * Deno's `fetch` re-sends a request by itself when a reused keep-alive
 * connection closes before the answer (it takes the connection for stale).
 * For a message POST that Amazon may already have taken, that is a duplicate
 * the client never hears about. So on Deno this `fetch` sends POST, PUT,
 * PATCH (and any method but GET and HEAD) on connections that are never
 * reused: a drop then reaches the client as an error, which it reports as an
 * unknown outcome. GET and HEAD keep the pooled connections.
 *
 * The runtime is detected when the first such request goes out: where
 * `Deno.createHttpClient` is a function and creating the client works, one
 * client (`{ poolMaxIdlePerHost: 0 }`) serves the whole process. Elsewhere,
 * or where creating it fails (runtimes that list the API but refuse it), the
 * global `fetch` is called as it is. Node's and Cloudflare Workers' `fetch`
 * do not re-send a POST on a dropped connection.
 *
 * The module names no `Deno` type and imports nothing of a runtime: it
 * reaches Deno through `globalThis` only.
 *
 * @module
 */

/** What this module needs of the `Deno` namespace. */
interface DenoHttpClients {
  readonly createHttpClient?: (
    options: { readonly poolMaxIdlePerHost: number },
  ) => unknown;
}

// `undefined` until the first send, then the client or `null` (none).
let sendClient: unknown;

function freshConnectionClient(): unknown {
  if (sendClient !== undefined) return sendClient;
  sendClient = null;
  const deno = (globalThis as { readonly Deno?: DenoHttpClients }).Deno;
  if (typeof deno?.createHttpClient === "function") {
    try {
      sendClient = deno.createHttpClient({ poolMaxIdlePerHost: 0 }) ?? null;
    } catch {
      // Listed but refused: the global fetch it is.
    }
  }
  return sendClient;
}

function methodOf(input: Request | URL | string, init?: RequestInit): string {
  return (init?.method ?? (input instanceof Request ? input.method : "GET"))
    .toUpperCase();
}

/**
 * Calls the global `fetch`; on Deno, requests other than GET and HEAD go out
 * on connections that are never reused, so that Deno cannot re-send a
 * message by itself.
 *
 * @param input The URL or request.
 * @param init The request options.
 * @returns The response of the global `fetch`.
 *
 * @example A POST carries the fresh-connection client on Deno, a GET does not
 * ```ts
 * import { defaultFetch } from "./default_fetch.ts";
 * import assert from "node:assert/strict";
 *
 * const seen: RequestInit[] = [];
 * const original = globalThis.fetch;
 * globalThis.fetch = (_input, init) => {
 *   seen.push(init ?? {});
 *   return Promise.resolve(new Response("{}"));
 * };
 * try {
 *   await defaultFetch("https://example.com/messages", { method: "POST", body: "{}" });
 *   await defaultFetch("https://example.com/actions");
 * } finally {
 *   globalThis.fetch = original;
 * }
 * assert.ok("client" in seen[0]);
 * assert.ok(!("client" in seen[1]));
 * ```
 */
export function defaultFetch(
  input: Request | URL | string,
  init?: RequestInit,
): Promise<Response> {
  const method = methodOf(input, init);
  if (method === "GET" || method === "HEAD") {
    return globalThis.fetch(input, init);
  }
  const client = freshConnectionClient();
  if (client === null) return globalThis.fetch(input, init);
  return globalThis.fetch(input, { ...init, client } as RequestInit);
}
