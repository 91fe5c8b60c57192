// This module is browser compatible.

/**
 * Which `Host` values a server answers for: the defence of a server on
 * loopback against DNS rebinding, where a web page on another site resolves
 * its own name to 127.0.0.1 and calls the server from the buyer's browser.
 *
 * @module
 */

import type { MiddlewareHandler } from "hono";
import type { AppEnv, Reply } from "./_app_context.ts";
import { errorAnswer } from "./_answer.ts";

/** Tells whether a request's `Host` is served. */
export type HostCheck = (host: string) => boolean;

// A host name, an IPv4 address or a bracketed IPv6 address, then a port.
const ENTRY = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;

/**
 * Creates the check for `allowedHosts`.
 *
 * @param allowed Host names, with or without a port (`localhost`,
 * `127.0.0.1:8000`, `[::1]`). Without a port any port matches.
 * @returns The check; case-insensitive.
 * @throws {TypeError} When the list is empty or an entry is not a host.
 */
export function createHostCheck(allowed: readonly string[]): HostCheck {
  if (!Array.isArray(allowed) || allowed.length === 0) {
    throw new TypeError(
      'Cannot create the messaging app: "allowedHosts" must be a non-empty array of host names',
    );
  }
  const entries = allowed.map((entry, index) => {
    const match = typeof entry === "string"
      ? ENTRY.exec(entry.trim().toLowerCase())
      : null;
    if (match === null) {
      throw new TypeError(
        `Cannot create the messaging app: "allowedHosts[${index}]" must be a host name with an optional port, such as "localhost:8000", got ${
          JSON.stringify(String(entry).slice(0, 100))
        }`,
      );
    }
    return { host: match[1], port: match[2] };
  });
  return (value) => {
    const match = ENTRY.exec(value.trim().toLowerCase());
    if (match === null) return false;
    const [, host, port] = match;
    return entries.some((entry) =>
      entry.host === host && (entry.port === undefined || entry.port === port)
    );
  };
}

/**
 * The middleware that answers 421 `misdirected_request` to a request for a
 * host that is not served.
 *
 * @param allowed The hosts, as for {@linkcode createHostCheck}.
 * @param reply Turns the answer into the response.
 * @returns The middleware.
 * @throws {TypeError} When the list is empty or an entry is not a host.
 */
export function hostCheck(
  allowed: readonly string[],
  reply: Reply,
): MiddlewareHandler<AppEnv> {
  const check = createHostCheck(allowed);
  const served = allowed.join(", ");
  return async function hostCheck(c, next) {
    const request = c.req.raw;
    const host = request.headers.get("host") ?? new URL(request.url).host;
    if (check(host)) return await next();
    return reply(
      c,
      errorAnswer(
        421,
        "misdirected_request",
        `This server does not answer for host ${
          JSON.stringify(host.slice(0, 100))
        }: it serves ${served}`,
      ),
    );
  };
}
