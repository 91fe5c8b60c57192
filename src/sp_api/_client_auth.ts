// This module is browser compatible.

/**
 * The client's authentication: turns the `auth` option (LWA credentials, a
 * fixed access token or a token provider) into token resolution, refresh
 * (invalidate) and the seller identity used in bucket and store keys.
 *
 * @module
 */

import type { Redactor } from "../_redact.ts";
import type { Clock } from "./clock.ts";
import type { MessagingAuth, RateLimitOptions } from "./client_types.ts";
import type { FetchLike } from "./fetch_like.ts";
import {
  createLwaAuth,
  type LwaAuth,
  type LwaCredentials,
  type TokenProvider,
} from "./lwa_auth.ts";
import { isRecord, sha256Hex } from "./_http.ts";

/** The `auth` option, resolved. */
export interface ClientAuth {
  /** The current access token. */
  token(): Promise<string>;
  /** A stable, non-secret name of the seller. */
  identity(): Promise<string>;
  /** Drops a token Amazon called expired, when the source can refresh. */
  invalidate?: (token: string) => void;
}

/** What {@linkcode resolveClientAuth} needs besides the option. */
export interface ClientAuthContext {
  /** Learns every secret of the credentials. */
  readonly redactor: Redactor;
  /** For LWA token requests. */
  readonly fetch: FetchLike;
  /** For LWA token expiry. */
  readonly clock: Clock;
  /** The `user-agent` of LWA token requests. */
  readonly userAgent: string;
  /** The client's per-attempt timeout (LWA uses at most 30 s). */
  readonly timeoutMs: number;
  /** Where LWA token requests go, when not Amazon's token URL. */
  readonly lwaEndpoint?: string;
}

/**
 * Resolves the `auth` option.
 *
 * @param value The option.
 * @param context Redactor, fetch, clock, user agent, timeout and LWA endpoint.
 * @returns Token, identity and (when possible) invalidate.
 * @throws {TypeError} When the option has none of the three forms, or an LWA endpoint comes without LWA credentials.
 */
export function resolveClientAuth(
  value: MessagingAuth,
  context: ClientAuthContext,
): ClientAuth {
  if (
    context.lwaEndpoint !== undefined &&
    !(isRecord(value) && "refreshToken" in value)
  ) {
    throw new TypeError(
      'Cannot create the messaging client: "lwaEndpoint" needs LWA credentials in "auth" (for a token provider, pass "endpoint" to createLwaAuth)',
    );
  }
  if (typeof value === "function") {
    const provider = value as TokenProvider & Partial<LwaAuth>;
    const fallback = `provider-${crypto.randomUUID()}`;
    return {
      token: () => provider(),
      identity: typeof provider.identity === "function"
        ? () => provider.identity!()
        : () => Promise.resolve(fallback),
      ...(typeof provider.invalidate === "function"
        ? { invalidate: (token: string) => provider.invalidate!(token) }
        : {}),
    };
  }
  if (isRecord(value) && "accessToken" in value) {
    const token = value.accessToken;
    if (typeof token !== "string" || token === "") {
      throw new TypeError(
        'Cannot create the messaging client: "auth.accessToken" must be a non-empty string',
      );
    }
    context.redactor.addPermanent(token);
    return {
      token: () => Promise.resolve(token),
      identity: () =>
        sha256Hex(`token\n${token}`).then((hex) => `token-${hex.slice(0, 32)}`),
    };
  }
  if (isRecord(value) && "refreshToken" in value) {
    const credentials = value as LwaCredentials;
    context.redactor.addPermanent(credentials.clientSecret);
    context.redactor.addPermanent(credentials.refreshToken);
    const lwa = createLwaAuth({
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      refreshToken: credentials.refreshToken,
      fetch: context.fetch,
      clock: context.clock,
      userAgent: context.userAgent,
      timeoutMs: Math.min(context.timeoutMs, 30_000),
      ...(context.lwaEndpoint === undefined
        ? {}
        : { endpoint: context.lwaEndpoint }),
    });
    return {
      token: () => lwa(),
      identity: () => lwa.identity(),
      invalidate: (token) => lwa.invalidate(token),
    };
  }
  throw new TypeError(
    'Cannot create the messaging client: "auth" must be LWA credentials ({ clientId, clientSecret, refreshToken }), { accessToken } or a token provider function',
  );
}

/**
 * The seller identity of a client: `rateLimit.identity` when given, else the
 * auth's, asked once and remembered.
 *
 * @param auth The resolved auth.
 * @param rateLimit The `rateLimit` option.
 * @returns A function answering the identity.
 */
export function memoizeIdentity(
  auth: ClientAuth,
  rateLimit: RateLimitOptions,
): () => Promise<string> {
  let identityPromise: Promise<string> | undefined;
  return function identity(): Promise<string> {
    if (rateLimit.identity !== undefined) {
      return Promise.resolve(rateLimit.identity);
    }
    identityPromise ??= auth.identity();
    return identityPromise;
  };
}
