/**
 * A `fetch` for Deno entry points that keeps Deno from re-sending a message.
 *
 * Deno's `fetch` retries a request once, by itself, when a reused keep-alive
 * connection closes before the answer (it takes the connection for stale).
 * For a message POST that Amazon may already have taken, that is a duplicate
 * message the client never hears about. Sending POSTs on connections that
 * are never reused turns such a drop into an error the client reports as an
 * unknown outcome, as it should. GETs keep their pooled connections.
 *
 * Node's and Cloudflare's `fetch` do not retry like this; they need nothing.
 *
 * @module
 */

/** The subset of `fetch` the messaging client calls. */
export type FetchFn = (
  input: Request | URL | string,
  init?: RequestInit,
) => Promise<Response>;

/**
 * Returns a `fetch` that sends POST, PUT and PATCH requests on fresh
 * connections, or the global `fetch` where `Deno.createHttpClient` is not
 * available.
 *
 * @returns The `fetch` to hand to the messaging client.
 */
export function createDenoSendFetch(): FetchFn {
  const deno = (globalThis as { Deno?: { createHttpClient?: unknown } }).Deno;
  if (typeof deno?.createHttpClient !== "function") return fetch;
  const fresh = Deno.createHttpClient({ poolMaxIdlePerHost: 0 });
  return (input, init) => {
    const method = (init?.method ??
      (input instanceof Request ? input.method : "GET")).toUpperCase();
    if (method === "GET" || method === "HEAD") return fetch(input, init);
    return fetch(input, { ...init, client: fresh } as RequestInit);
  };
}
