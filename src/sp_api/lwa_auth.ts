// This module is browser compatible.

/**
 * Login with Amazon (LWA): trades a refresh token for short-lived SP-API
 * access tokens and caches them.
 *
 * @module
 */

import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import { AuthError, type AuthErrorInit } from "./errors.ts";
import type { FetchLike } from "./fetch_like.ts";
import { fetchWithTimeout, isRecord, parseJson, sha256Hex } from "./_http.ts";
import { createRedactor } from "../_redact.ts";

/**
 * Where Login with Amazon issues tokens.
 *
 * @example The token host
 * ```ts
 * import { LWA_TOKEN_URL } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(new URL(LWA_TOKEN_URL).host, "api.amazon.com");
 * ```
 */
export const LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token";

/**
 * The default `user-agent` of every request.
 *
 * @example Within Amazon's limit
 * ```ts
 * import { DEFAULT_USER_AGENT } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.ok(DEFAULT_USER_AGENT.length <= 500);
 * assert.match(DEFAULT_USER_AGENT, /Language=TypeScript/);
 * ```
 */
export const DEFAULT_USER_AGENT =
  "sellerkit-buyer-messages/0.1.0 (Language=TypeScript)";

/**
 * A function that resolves to a current SP-API access token.
 *
 * @example Tokens from your own vault
 * ```ts
 * import { createMessagingClient, type TokenProvider } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const fromVault: TokenProvider = () => Promise.resolve("Atza|from-my-vault");
 * const client = createMessagingClient({ auth: fromVault, fetch: sandbox.fetch });
 * const { locale } = await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.equal(locale, "en-US");
 * ```
 */
export type TokenProvider = () => Promise<string>;

/**
 * The three LWA values of a seller authorization.
 *
 * @example Passing credentials to the client
 * ```ts
 * import { createMessagingClient, type LwaCredentials } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const credentials: LwaCredentials = {
 *   clientId: "amzn1.application-oa2-client.example",
 *   clientSecret: "example-secret",
 *   refreshToken: "Atzr|example",
 * };
 * const sandbox = createSandbox({ credentials });
 * const client = createMessagingClient({ auth: credentials, fetch: sandbox.fetch });
 * await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.equal(sandbox.tokensIssued, 1);
 * ```
 */
export interface LwaCredentials {
  /** The LWA client id of the app (`amzn1.application-oa2-client....`). */
  readonly clientId: string;
  /** The LWA client secret of the app. */
  readonly clientSecret: string;
  /** The seller's refresh token (`Atzr|...`). */
  readonly refreshToken: string;
}

/**
 * Options of {@linkcode createLwaAuth}.
 *
 * @example A shorter timeout
 * ```ts
 * import { createLwaAuth, type LwaAuthOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const options: LwaAuthOptions = {
 *   clientId: "amzn1.application-oa2-client.example",
 *   clientSecret: "example-secret",
 *   refreshToken: "Atzr|example",
 *   fetch: sandbox.fetch,
 *   timeoutMs: 5000,
 * };
 * assert.match(await createLwaAuth(options)(), /^Atza\|/);
 * ```
 */
export interface LwaAuthOptions extends LwaCredentials {
  /**
   * The `fetch` to call.
   *
   * @default {globalThis.fetch}
   */
  readonly fetch?: FetchLike;
  /**
   * The token endpoint.
   *
   * @default {"https://api.amazon.com/auth/o2/token"}
   */
  readonly endpoint?: string;
  /**
   * Milliseconds before a token request is abandoned with a `TimeoutError`.
   *
   * @default {10000}
   */
  readonly timeoutMs?: number;
  /**
   * The `user-agent` header.
   *
   * @default {"sellerkit-buyer-messages/0.1.0 (Language=TypeScript)"}
   */
  readonly userAgent?: string;
  /**
   * The time source for expiry and the timeout.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
}

/**
 * A {@linkcode TokenProvider} backed by LWA: calling it resolves to a cached
 * access token, refreshed 60 s before it expires. Concurrent callers share
 * one in-flight refresh.
 *
 * @example One token cache shared by two clients
 * ```ts
 * import { createLwaAuth, createMessagingClient, type LwaAuth } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const auth: LwaAuth = createLwaAuth({
 *   clientId: "amzn1.application-oa2-client.example",
 *   clientSecret: "example-secret",
 *   refreshToken: "Atzr|example",
 *   fetch: sandbox.fetch,
 * });
 * const na = createMessagingClient({ auth, fetch: sandbox.fetch });
 * const eu = createMessagingClient({ auth, fetch: sandbox.fetch });
 * await na.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * await eu.getAttributes("123-1234567-1234567", { marketplaceId: "A1PA6795UKMFR9" });
 * assert.equal(sandbox.tokensIssued, 1);
 * assert.match(await auth.identity(), /^lwa-[0-9a-f]{32}$/);
 * ```
 */
export interface LwaAuth {
  /** Resolves to a valid access token. */
  (): Promise<string>;
  /**
   * A stable, non-secret id of these credentials: a SHA-256 digest of the
   * client id and refresh token. Rate-limit buckets are keyed by it.
   */
  identity(): Promise<string>;
  /**
   * Forgets the cached token (only if it is still `token`, when given), so
   * the next call refreshes it. The client calls this when Amazon says the
   * token expired.
   */
  invalidate(token?: string): void;
}

const REFRESH_MARGIN_MS = 60_000;

function requireString(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(
      `Cannot create LWA auth: "${name}" must be a non-empty string`,
    );
  }
  return value;
}

/**
 * Creates an LWA token provider. Tokens are requested with
 * `grant_type=refresh_token` (form-encoded) and kept until 60 s before
 * `expires_in` runs out. A refused request throws {@linkcode AuthError} with
 * Amazon's `error` and `error_description`; neither the client secret nor the
 * refresh token ever appears in an error, in any form (raw, URL- or
 * form-encoded, JSON-escaped or base64), even when the answer echoes the
 * form body.
 *
 * @param options The credentials, and optionally `fetch`, endpoint, timeout and clock.
 * @returns A token provider with `identity()` and `invalidate()`.
 * @throws {TypeError} When a credential is missing or empty.
 *
 * @example Getting a token from the sandbox
 * ```ts
 * import { createLwaAuth } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const auth = createLwaAuth({
 *   clientId: "amzn1.application-oa2-client.example",
 *   clientSecret: "example-secret",
 *   refreshToken: "Atzr|example",
 *   fetch: sandbox.fetch,
 * });
 * const [a, b] = await Promise.all([auth(), auth()]);
 * assert.equal(a, b);
 * assert.equal(sandbox.tokensIssued, 1); // one shared refresh, then cached
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createLwaAuth(options: LwaAuthOptions): LwaAuth {
  const clientId = requireString(options?.clientId, "clientId");
  const clientSecret = requireString(options.clientSecret, "clientSecret");
  const refreshToken = requireString(options.refreshToken, "refreshToken");
  const fetchImpl: FetchLike = options.fetch ??
    ((input, init) => globalThis.fetch(input, init));
  const endpoint = options.endpoint ?? LWA_TOKEN_URL;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const clock = options.clock ?? SYSTEM_CLOCK;
  const redactor = createRedactor();
  redactor.addPermanent(clientSecret);
  redactor.addPermanent(refreshToken);

  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  let identityPromise: Promise<string> | undefined;

  async function refresh(): Promise<string> {
    const started = clock.now();
    const body = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: clientId,
      client_secret: clientSecret,
    });
    let fetched;
    try {
      fetched = await fetchWithTimeout(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
          "accept": "application/json",
          "user-agent": userAgent,
        },
        body: body.toString(),
      }, { fetch: fetchImpl, clock, timeoutMs });
    } catch (error) {
      throw redactor.error(error);
    }
    const { response, text } = fetched;
    const json = parseJson(text);
    const record = isRecord(json) ? json : {};
    const requestId = response.headers.get("x-amzn-RequestId") ?? undefined;
    /** The error, with the secrets in its fields and kept headers redacted. */
    function refused(message: string, init: AuthErrorInit): unknown {
      return redactor.error(new AuthError(message, init));
    }
    if (!response.ok) {
      const error = typeof record.error === "string"
        ? redactor.text(record.error)
        : undefined;
      const description = typeof record.error_description === "string"
        ? redactor.text(record.error_description)
        : undefined;
      throw refused(
        `Cannot get an LWA access token: Amazon answered ${response.status}${
          error === undefined ? "" : ` "${error}"`
        }${description === undefined ? "" : `: ${description}`}`,
        {
          status: response.status,
          operation: "lwaToken",
          code: error,
          details: description,
          requestId,
          response,
          error,
          errorDescription: description,
        },
      );
    }
    const token = record.access_token;
    if (typeof token !== "string" || token === "") {
      throw refused(
        'Cannot get an LWA access token: the answer has no "access_token"',
        { status: response.status, operation: "lwaToken", requestId, response },
      );
    }
    const lifetimeMs = typeof record.expires_in === "number" &&
        Number.isFinite(record.expires_in) && record.expires_in > 0
      ? record.expires_in * 1000
      : 3_600_000;
    const margin = Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2);
    cached = { token, refreshAt: started + lifetimeMs - margin };
    return token;
  }

  function getAccessToken(): Promise<string> {
    if (cached !== undefined && clock.now() < cached.refreshAt) {
      return Promise.resolve(cached.token);
    }
    if (inFlight === undefined) {
      const attempt = refresh();
      inFlight = attempt;
      attempt.then(
        () => {
          if (inFlight === attempt) inFlight = undefined;
        },
        () => {
          if (inFlight === attempt) inFlight = undefined;
        },
      );
    }
    return inFlight;
  }

  function identity(): Promise<string> {
    identityPromise ??= sha256Hex(`lwa\n${clientId}\n${refreshToken}`).then(
      (hex) => `lwa-${hex.slice(0, 32)}`,
    );
    return identityPromise;
  }

  function invalidate(token?: string): void {
    if (token === undefined || cached?.token === token) cached = undefined;
  }

  return Object.assign(getAccessToken, { identity, invalidate });
}
