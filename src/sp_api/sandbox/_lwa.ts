// This module is browser compatible.

/**
 * The sandbox's Login with Amazon: the token endpoint (refresh-token grant,
 * form or JSON), the tokens it issued, their expiry and their seller.
 *
 * @module
 */

import type { Clock } from "../clock.ts";
import type { LwaCredentials } from "../lwa_auth.ts";
import { sha256 } from "@noble/hashes/sha2";
import type { Faults } from "./_faults.ts";
import type { Responder, Writable } from "./_records.ts";
import type { SandboxRequestRecord } from "./types.ts";

/** What the token endpoint runs with. */
export interface LwaContext {
  /** Token expiry. */
  readonly clock: Clock;
  /** The only accepted credentials, or `undefined` to accept any. */
  readonly credentials: LwaCredentials | undefined;
  /**
   * Seller ids by refresh token: only these refresh tokens (and that of
   * `credentials`) get tokens. Without it, any refresh token does.
   */
  readonly sellers?: ReadonlyMap<string, string>;
  /** Milliseconds a token lives. */
  readonly tokenLifetimeMs: number;
  /** Answers. */
  readonly responder: Responder;
  /** Faults. */
  readonly faults: Faults;
}

/** The sandbox's LWA. */
export interface SandboxLwa {
  /** Answers a request to `/auth/o2/token`. */
  handle(
    request: Request,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response>;
  /** When an issued token expires, or `undefined` for a token never issued. */
  expiry(token: string): number | undefined;
  /** The seller an issued token belongs to, or `undefined` for a token never issued. */
  seller(token: string): string | undefined;
  /** Tokens issued so far. */
  readonly issued: number;
  /** Expires every issued token. */
  expireAll(): void;
  /** Forgets every token. */
  clear(): void;
}

/**
 * The seller of a refresh token the `sellers` option does not name: the
 * non-secret identity of the credentials, the same digest as
 * `LwaAuth.identity()`, so a client's bucket keys and the sandbox's sellers
 * match. Synchronous (a pure-JS SHA-256), so that a token request settles
 * within microtasks, as fake clocks in tests expect.
 *
 * @param clientId The LWA client id.
 * @param refreshToken The refresh token.
 * @returns `lwa-` and 32 hex digits.
 */
export function lwaSeller(clientId: string, refreshToken: string): string {
  const digest = sha256(
    new TextEncoder().encode(`lwa\n${clientId}\n${refreshToken}`),
  );
  return `lwa-${
    Array.from(
      digest.subarray(0, 16),
      (byte) => byte.toString(16).padStart(2, "0"),
    ).join("")
  }`;
}

/**
 * Creates the sandbox's LWA.
 *
 * @param context Clock, credentials, sellers, token lifetime, responder and faults.
 * @returns The token endpoint and its tokens.
 */
export function createSandboxLwa(context: LwaContext): SandboxLwa {
  const { clock, credentials, sellers, tokenLifetimeMs, faults } = context;
  const { respond } = context.responder;
  const tokens = new Map<string, { expires: number; seller: string }>();
  let tokensIssued = 0;

  async function lwaToken(
    request: Request,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    if (request.method !== "POST") {
      return respond(record, 405, {
        error: "invalid_request",
        error_description: "The token endpoint only accepts POST",
      });
    }
    // Amazon takes the form encoding and JSON alike; some clients send JSON.
    const raw = await request.text();
    const isJson = (request.headers.get("content-type") ?? "").includes(
      "json",
    );
    let form: URLSearchParams;
    if (isJson) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      if (
        parsed === null || typeof parsed !== "object" || Array.isArray(parsed)
      ) {
        return respond(record, 400, {
          error: "invalid_request",
          error_description: "The request body is not a JSON object",
        });
      }
      form = new URLSearchParams();
      for (const [name, value] of Object.entries(parsed)) {
        if (typeof value === "string") form.set(name, value);
      }
    } else {
      form = new URLSearchParams(raw);
    }
    if (form.get("grant_type") !== "refresh_token") {
      return respond(record, 400, {
        error: "unsupported_grant_type",
        error_description: "The authorization grant type is not supported",
      });
    }
    for (const name of ["refresh_token", "client_id", "client_secret"]) {
      if (!form.get(name)) {
        return respond(record, 400, {
          error: "invalid_request",
          error_description:
            `The request is missing a required parameter : ${name}`,
        });
      }
    }
    if (credentials !== undefined) {
      if (
        form.get("client_id") !== credentials.clientId ||
        form.get("client_secret") !== credentials.clientSecret
      ) {
        return respond(record, 401, {
          error: "invalid_client",
          error_description: "Client authentication failed",
        });
      }
    }
    const refreshToken = form.get("refresh_token")!;
    const known = credentials === undefined && sellers === undefined ||
      credentials?.refreshToken === refreshToken ||
      sellers?.has(refreshToken) === true;
    if (!known) {
      return respond(record, 400, {
        error: "invalid_grant",
        error_description:
          "The request has an invalid grant parameter : refresh_token",
      });
    }
    const seller = sellers?.get(refreshToken) ??
      lwaSeller(form.get("client_id")!, refreshToken);
    record.seller = seller;
    return await faults.accept(record, signal, () => {}, () => {
      const token = `Atza|sandbox-${crypto.randomUUID()}`;
      tokens.set(token, { expires: clock.now() + tokenLifetimeMs, seller });
      tokensIssued++;
      return respond(record, 200, {
        access_token: token,
        refresh_token: form.get("refresh_token"),
        token_type: "bearer",
        expires_in: tokenLifetimeMs / 1000,
      });
    });
  }

  return {
    handle: lwaToken,
    expiry: (token) => tokens.get(token)?.expires,
    seller: (token) => tokens.get(token)?.seller,
    get issued() {
      return tokensIssued;
    },
    expireAll() {
      for (const issued of tokens.values()) issued.expires = -Infinity;
    },
    clear() {
      tokens.clear();
      tokensIssued = 0;
    },
  };
}
