// This module is browser compatible.

/**
 * The `Idempotency-Key` header of `POST /messages`: the same key (from the
 * same caller) answers the first answer again instead of sending again.
 *
 * - Keys are scoped per caller: the SHA-256 of the API key that
 *   authenticated (or one shared scope on an endpoint without keys), so one
 *   tenant never sees another's answers.
 * - A request is identified by the SHA-256 of its canonical form (method,
 *   path, JSON body with sorted keys): the same key with a different request
 *   is 422 `idempotency_key_reused`.
 * - While the first request with a key runs, others get 409
 *   `idempotency_in_flight` with `Retry-After: 1` (no waiting: it keeps the
 *   store interface to atomic operations that any engine has).
 * - Final answers are kept ({@linkcode STORED_OUTCOMES}): 201 `sent`, 202
 *   `queued` (the message is in the outbox: queueing it again would send
 *   it twice), 200 `valid`, 422 `rejected`, 409 `unavailable`, 400 `amazon_rejected`, 404
 *   `order_not_found`, and above all 502 `unknown` (retrying it could
 *   message the buyer twice). Answers after which the same request may
 *   succeed are not kept, so a retry runs again: 429, 502/504 upstream
 *   failures (nothing was sent), 500, a cancelled request, and 409
 *   `duplicate` (it depends on another request, whose claim is given back
 *   if that one fails). Requests that fail before the key is claimed (401,
 *   400 `invalid_request` of the header or JSON, 413, 415) never touch it.
 *
 * @module
 */

import {
  fingerprintJson,
  IDEMPOTENCY_KEY_PATTERN,
  type IdempotencyStore,
} from "../sp_api/idempotency_store.ts";
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Reply } from "./_app_context.ts";
import { type Answer, errorAnswer, invalidRequest } from "./_answer.ts";

/** The request header. */
export const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/** The response header that marks a replayed answer. */
export const REPLAYED_HEADER = "idempotency-replayed";

/** The outcomes that are kept under a key (see the module doc). */
export const STORED_OUTCOMES: ReadonlySet<string> = new Set([
  "sent",
  "queued",
  "valid",
  "rejected",
  "unavailable",
  "unknown",
  "amazon_rejected",
  "order_not_found",
]);

/** The header's value, or the 400 answer for a malformed one. */
export type IdempotencyKeyHeader =
  | { readonly ok: true; readonly key: string | undefined }
  | { readonly ok: false; readonly answer: Answer };

/**
 * Reads and checks the `Idempotency-Key` header.
 *
 * @param headers The request headers.
 * @returns The key (`undefined` without the header), or a 400 answer.
 */
export function readIdempotencyKey(headers: Headers): IdempotencyKeyHeader {
  const key = headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) return { ok: true, key: undefined };
  if (IDEMPOTENCY_KEY_PATTERN.test(key)) return { ok: true, key };
  return {
    ok: false,
    answer: invalidRequest([{
      path: `headers.${IDEMPOTENCY_KEY_HEADER}`,
      message:
        `Expected the "${IDEMPOTENCY_KEY_HEADER}" header to be 1 to 255 visible ASCII characters without spaces, such as a UUID`,
    }]),
  };
}

/**
 * The caller's scope: a digest of the bearer key it presented (the one that
 * authenticated), or `anonymous` without one.
 *
 * @param authorization The `Authorization` header.
 * @returns A string that holds no secret.
 */
export function callerScope(authorization: string | null): string {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? "");
  return match === null
    ? "anonymous"
    : `key-${fingerprintJson(["api-key", match[1]])}`;
}

/** The request an idempotent answer belongs to. */
export interface IdempotentRequest {
  /** The caller's key. */
  readonly key: string;
  /** The caller's scope, from {@linkcode callerScope}. */
  readonly scope: string;
  /** The HTTP method. */
  readonly method: string;
  /** The route path. */
  readonly path: string;
  /** The parsed JSON body. */
  readonly body: unknown;
}

/** Runs handlers at most once per key. */
export interface HttpIdempotency {
  /**
   * Answers the kept answer of `request.key`, or runs `handle` once and
   * keeps its answer when it is final.
   */
  run(
    request: IdempotentRequest,
    handle: () => Promise<Answer>,
  ): Promise<Answer>;
}

/** Options of {@linkcode createHttpIdempotency}. */
export interface HttpIdempotencyOptions {
  /** Where answers are kept. */
  readonly store: IdempotencyStore;
  /** How long, in milliseconds. */
  readonly ttlMs: number;
  /**
   * Applied to an answer before it is kept, so that no secret reaches the
   * store (which may be shared and durable).
   */
  readonly redact?: (answer: Answer) => Answer;
}

interface StoredAnswer {
  readonly status: number;
  readonly outcome: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly amazonRequestId?: string;
}

function isStoredAnswer(value: unknown): value is StoredAnswer {
  const record = value as Partial<StoredAnswer> | null;
  return typeof record === "object" && record !== null &&
    typeof record.status === "number" && typeof record.outcome === "string" &&
    typeof record.body === "object" && record.body !== null;
}

/**
 * Creates the idempotency layer of the endpoint.
 *
 * @param options The store and the lifetime of kept answers.
 * @returns The layer.
 */
export function createHttpIdempotency(
  options: HttpIdempotencyOptions,
): HttpIdempotency {
  const { store, ttlMs } = options;
  const redact = options.redact ?? ((answer: Answer) => answer);
  return {
    async run(request, handle) {
      const storeKey = `http ${fingerprintJson([request.scope, request.key])}`;
      const fingerprint = fingerprintJson({
        method: request.method,
        path: request.path,
        body: request.body ?? null,
      });
      const claim = await store.claim(storeKey, fingerprint, ttlMs);
      if (claim.status !== "new") {
        if (claim.fingerprint !== fingerprint) {
          return errorAnswer(
            422,
            "idempotency_key_reused",
            `The "${IDEMPOTENCY_KEY_HEADER}" was used for a different request: send a new key with a new request`,
          );
        }
        if (claim.status === "pending") {
          return errorAnswer(
            409,
            "idempotency_in_flight",
            `A request with this "${IDEMPOTENCY_KEY_HEADER}" is still being handled: try again shortly to get its answer`,
            { headers: { "retry-after": "1" } },
          );
        }
        if (isStoredAnswer(claim.value)) {
          const kept = claim.value;
          return {
            status: kept.status,
            // Not the first outcome again, so that metrics count sends once.
            outcome: "replayed",
            body: kept.body,
            headers: { ...kept.headers, [REPLAYED_HEADER]: "true" },
            ...(kept.amazonRequestId === undefined
              ? {}
              : { amazonRequestId: kept.amazonRequestId }),
          };
        }
        throw new TypeError(
          "Cannot replay an idempotent answer: the idempotency store holds a record this endpoint did not write",
        );
      }
      let answer: Answer | undefined;
      try {
        answer = await handle();
        return answer;
      } finally {
        // A store failure must not hide the answer: the key then stays
        // pending until it expires, which still prevents a second send.
        try {
          if (answer !== undefined && STORED_OUTCOMES.has(answer.outcome)) {
            const shown = redact(answer);
            const kept: StoredAnswer = {
              status: shown.status,
              outcome: shown.outcome,
              body: shown.body,
              ...(shown.headers === undefined
                ? {}
                : { headers: shown.headers }),
              ...(shown.amazonRequestId === undefined
                ? {}
                : { amazonRequestId: shown.amazonRequestId }),
            };
            await store.complete(
              storeKey,
              { fingerprint, value: kept },
              ttlMs,
            );
          } else {
            await store.release(storeKey);
          }
        } catch {
          // See above.
        }
      }
    },
  };
}

/**
 * The middleware that reads the `Idempotency-Key` header into
 * `c.var.idempotencyKey`, or answers 400 for a malformed one, before the
 * body is read.
 *
 * @param reply Turns the answer into the response.
 * @returns The middleware.
 */
export function idempotencyKey(reply: Reply): MiddlewareHandler<AppEnv> {
  return async function idempotencyKey(c, next) {
    const header = readIdempotencyKey(c.req.raw.headers);
    if (!header.ok) return reply(c, header.answer);
    c.set("idempotencyKey", header.key);
    await next();
  };
}

/**
 * The middleware that answers a request with an `Idempotency-Key` at most
 * once (see {@linkcode createHttpIdempotency}): it replays a kept answer,
 * or runs the rest of the chain and keeps its answer when it is final.
 * Without the header it only runs the rest.
 *
 * @param layer The idempotency layer.
 * @param reply Turns the answer into the response.
 * @returns The middleware.
 */
export function idempotency(
  layer: HttpIdempotency,
  reply: Reply,
): MiddlewareHandler<AppEnv> {
  return async function idempotency(c, next) {
    const key = c.get("idempotencyKey");
    if (key === undefined) return await next();
    let response: Response | undefined;
    const answer = await layer.run({
      key,
      scope: callerScope(c.req.raw.headers.get("authorization")),
      method: c.req.method,
      path: c.get("route"),
      body: c.get("body"),
    }, async () => {
      await next();
      response = c.res;
      return c.get("answer");
    });
    // The chain answered (its response is in place), or a replay or a
    // refusal answers here.
    if (response === undefined) return reply(c, answer);
  };
}
