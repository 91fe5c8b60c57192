// This module is browser compatible.

/**
 * The sandbox's Login with Amazon: the token endpoint (refresh-token grant,
 * form or JSON), the tokens it issued and their expiry.
 *
 * @module
 */

import type { Clock } from "../clock.ts";
import type { LwaCredentials } from "../lwa_auth.ts";
import type { Faults } from "./_faults.ts";
import type { Responder, Writable } from "./_records.ts";
import type { SandboxRequestRecord } from "./types.ts";

/** What the token endpoint runs with. */
export interface LwaContext {
  /** Token expiry. */
  readonly clock: Clock;
  /** The only accepted credentials, or `undefined` to accept any. */
  readonly credentials: LwaCredentials | undefined;
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
  /** Tokens issued so far. */
  readonly issued: number;
  /** Expires every issued token. */
  expireAll(): void;
  /** Forgets every token. */
  clear(): void;
}

/**
 * Creates the sandbox's LWA.
 *
 * @param context Clock, credentials, token lifetime, responder and faults.
 * @returns The token endpoint and its tokens.
 */
export function createSandboxLwa(context: LwaContext): SandboxLwa {
  const { clock, credentials, tokenLifetimeMs, faults } = context;
  const { respond } = context.responder;
  const tokens = new Map<string, number>();
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
      if (form.get("refresh_token") !== credentials.refreshToken) {
        return respond(record, 400, {
          error: "invalid_grant",
          error_description:
            "The request has an invalid grant parameter : refresh_token",
        });
      }
    }
    return await faults.accept(record, signal, () => {}, () => {
      const token = `Atza|sandbox-${crypto.randomUUID()}`;
      tokens.set(token, clock.now() + tokenLifetimeMs);
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
    expiry: (token) => tokens.get(token),
    get issued() {
      return tokensIssued;
    },
    expireAll() {
      for (const token of tokens.keys()) tokens.set(token, -Infinity);
    },
    clear() {
      tokens.clear();
      tokensIssued = 0;
    },
  };
}
