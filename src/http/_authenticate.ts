// This module is browser compatible.

/**
 * The API key middleware of the protected routes: Hono's `bearerAuth`, with
 * this endpoint's constant-time check (`verifyToken`, synchronous SHA-256 of
 * every key) and its JSON 401 answer for a missing, malformed or wrong key.
 *
 * `bearerAuth` reads only RFC 6750 tokens (letters, digits and `-._~+/`,
 * then `=`); keys may be any visible ASCII. When a configured key falls
 * outside that alphabet, the header is read by the same rule as
 * {@linkcode createApiKeyCheck} instead, so every configured key works.
 *
 * @module
 */

import type { Context, MiddlewareHandler } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import type { AppEnv } from "./_app_context.ts";
import type { SellerDirectory } from "./sellers.ts";
import {
  createApiKeyCheck,
  createTokenCheck,
  isBearerToken,
} from "./api_keys.ts";

const CHALLENGE = 'Bearer realm="buyer-messages"';

/**
 * Creates the middleware.
 *
 * @param keys The accepted keys (at least one, checked by `assertApiKeys`).
 * @param unauthorized Answers 401 (with the `WWW-Authenticate` challenge).
 * @returns The middleware.
 */
export function authenticate(
  keys: readonly string[],
  unauthorized: (c: Context<AppEnv>) => Response,
): MiddlewareHandler<AppEnv> {
  if (keys.every(isBearerToken)) {
    const failed = { message: unauthorized, wwwAuthenticateHeader: CHALLENGE };
    return bearerAuth({
      verifyToken: createTokenCheck(keys),
      noAuthenticationHeader: failed,
      invalidAuthenticationHeader: failed,
      invalidToken: failed,
    });
  }
  const check = createApiKeyCheck(keys);
  return async function authenticate(c, next) {
    if (!check(c.req.raw.headers.get("authorization"))) return unauthorized(c);
    await next();
  };
}

/**
 * Checks `Authorization: Bearer <key>` against a seller directory and
 * records the seller the key acts for (`c.get("seller")`).
 *
 * @param sellers The directory.
 * @param unauthorized The 401 answer.
 * @returns The middleware.
 */
export function authenticateSeller(
  sellers: SellerDirectory,
  unauthorized: (c: Context<AppEnv>) => Response,
): MiddlewareHandler<AppEnv> {
  return async function authenticateSeller(c, next) {
    const header = c.req.raw.headers.get("authorization") ?? "";
    const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header);
    const seller = match === null
      ? undefined
      : await sellers.sellerOf(match[1]);
    if (typeof seller !== "string") return unauthorized(c);
    c.set("seller", seller);
    await next();
  };
}
