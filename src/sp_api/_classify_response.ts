// This module is browser compatible.

/**
 * The client's at-most-once policy as one pure decision: given what an
 * attempt produced (a status, or no response at all) and the retry budget,
 * say whether to answer, retry, refresh the token, report an unknown outcome
 * or fail.
 *
 * A message POST is retried only when Amazon certainly did not take it: a
 * 429, an expired token (401/403), or a connection that never opened. After
 * a timeout, a dropped connection or a 5xx its outcome is unknown and it is
 * never resent. Reads and uploads are retried on network failures, unread
 * 2xx bodies, 429 and 500/502/503/504 while the budget lasts.
 *
 * @module
 */

import type { SpApiErrorEntry } from "./errors.ts";
import { backoffDelay, type RetryPolicy } from "./_retry.ts";

/** 5xx statuses a read or an upload is retried on. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([
  500,
  502,
  503,
  504,
]);

/** Amazon's words for a send to an order that does not take the type. */
export const TEMPLATE_COMBINATION: RegExp =
  /invalid amazonorderid and template combination/i;

/** Amazon's words for an expired access token. */
export const EXPIRED_TOKEN: RegExp = /expired/i;

/** The retry budget left when an attempt ends. */
export interface RetryBudget {
  /** The normalized retry options. */
  readonly policy: RetryPolicy;
  /** Retries already made (not counting token refreshes). */
  readonly retries: number;
  /** Milliseconds from the start of the first attempt to now. */
  readonly elapsedMs: number;
}

/** What one attempt produced, and what the client knows around it. */
export interface AttemptFacts {
  /** The HTTP status, or `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** What `fetch` threw when no response arrived. */
  readonly failure?: unknown;
  /**
   * Without a response: whether the request may have left (a timeout, a
   * dropped connection). `false` only when the connection certainly never
   * opened.
   */
  readonly mayHaveReachedAmazon: boolean;
  /** A 2xx whose body could not be read. */
  readonly bodyFailed: boolean;
  /** The request sends a message (at most once). */
  readonly isSend: boolean;
  /** An SP-API call (not the upload PUT to S3). */
  readonly spApi: boolean;
  /** The caller's signal has aborted. */
  readonly aborted: boolean;
  /** Amazon's `errors`, already redacted. */
  readonly errors: readonly SpApiErrorEntry[];
  /** The error code: the first entry's, or S3's `<Code>`. */
  readonly code: string | undefined;
  /** The server's `Retry-After` in milliseconds, if any. */
  readonly retryAfterMs?: number;
  /** The per-attempt timeout, for the description of a failure. */
  readonly timeoutMs: number;
  /** A token was sent, can be invalidated and has not been refreshed yet. */
  readonly canRefreshToken: boolean;
  /** The retry budget. */
  readonly budget: RetryBudget;
}

/** The error class a final failure is reported with. */
export type ErrorClass =
  | "SpApiError"
  | "AuthError"
  | "QuotaExceededError"
  | "MessageTypeUnavailableError";

/** What to do after an attempt. */
export type AttemptDecision =
  /** Answer the response. */
  | { readonly kind: "ok" }
  /** Wait `delayMs`, then try again (counts against the budget). */
  | { readonly kind: "retry"; readonly delayMs: number }
  /** Invalidate the token and try again at once (Amazon refused the request). */
  | { readonly kind: "refresh-token" }
  /** A send whose fate is unknown: report it, never resend. */
  | { readonly kind: "unknown-outcome"; readonly reason: string }
  /** Fail with an SP-API error of this class. */
  | { readonly kind: "error"; readonly errorClass: ErrorClass }
  /** Throw the caller's abort reason. */
  | { readonly kind: "aborted" }
  /** Throw what failed: the fetch rejection or the body read error. */
  | { readonly kind: "rethrow"; readonly what: "failure" | "body-error" };

/**
 * Describes why no response arrived, for an unknown-outcome message.
 *
 * @param error What `fetch` threw.
 * @param timeoutMs The per-attempt timeout.
 * @returns A lower-case clause such as "the request timed out after 30000 ms".
 */
export function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `the request timed out after ${timeoutMs} ms`;
  }
  if (error instanceof Error && error.name === "AbortError") {
    return "the request was aborted after it was sent";
  }
  return `the connection failed (${
    error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  })`;
}

/**
 * The wait before the next retry, or `undefined` when the budget is spent
 * (no retries left, or the wait would end past `maxRetryTime`).
 *
 * @param budget The budget.
 * @param retryAfterMs The server's `Retry-After`, if any.
 * @returns Milliseconds to wait, or `undefined`.
 */
export function nextRetryDelay(
  budget: RetryBudget,
  retryAfterMs?: number,
): number | undefined {
  const { policy, retries, elapsedMs } = budget;
  if (retries >= policy.limit) return undefined;
  const delay = backoffDelay(policy, retries + 1, retryAfterMs);
  if (elapsedMs + delay > policy.maxRetryTime) return undefined;
  return delay;
}

function retryOr(
  budget: RetryBudget,
  otherwise: AttemptDecision,
  retryAfterMs?: number,
): AttemptDecision {
  const delayMs = nextRetryDelay(budget, retryAfterMs);
  return delayMs === undefined ? otherwise : { kind: "retry", delayMs };
}

/**
 * Classifies one attempt under the at-most-once policy.
 *
 * @param facts What the attempt produced and the budget left.
 * @returns The decision; the caller builds the errors and does the waiting.
 *
 * @example A 503 is retried for a read, never for a send
 * ```ts
 * import { classifyResponse, type AttemptFacts } from "./_classify_response.ts";
 * import { retryPolicy } from "./_retry.ts";
 * import assert from "node:assert/strict";
 *
 * const facts: AttemptFacts = {
 *   status: 503,
 *   mayHaveReachedAmazon: true,
 *   bodyFailed: false,
 *   isSend: false,
 *   spApi: true,
 *   aborted: false,
 *   errors: [],
 *   code: "ServiceUnavailable",
 *   timeoutMs: 30_000,
 *   canRefreshToken: false,
 *   budget: { policy: retryPolicy({ jitter: false }), retries: 0, elapsedMs: 0 },
 * };
 * assert.deepEqual(classifyResponse(facts), { kind: "retry", delayMs: 500 });
 * assert.deepEqual(classifyResponse({ ...facts, isSend: true }), {
 *   kind: "unknown-outcome",
 *   reason: 'Amazon answered 503 "ServiceUnavailable"',
 * });
 * ```
 */
export function classifyResponse(facts: AttemptFacts): AttemptDecision {
  const { status, isSend, budget } = facts;
  if (status === undefined) {
    if (isSend && facts.mayHaveReachedAmazon) {
      return {
        kind: "unknown-outcome",
        reason: describeFailure(facts.failure, facts.timeoutMs),
      };
    }
    if (facts.aborted) return { kind: "aborted" };
    return retryOr(budget, { kind: "rethrow", what: "failure" });
  }
  if (status >= 200 && status < 300) {
    // A send is accepted once Amazon answered 2xx, body or not.
    if (!facts.bodyFailed || isSend) return { kind: "ok" };
    if (facts.aborted) return { kind: "aborted" };
    return retryOr(budget, { kind: "rethrow", what: "body-error" });
  }
  if (status === 429) {
    return retryOr(
      budget,
      { kind: "error", errorClass: "QuotaExceededError" },
      facts.retryAfterMs,
    );
  }
  if (status >= 500) {
    if (isSend) {
      return {
        kind: "unknown-outcome",
        reason: `Amazon answered ${status}${
          facts.code === undefined ? "" : ` "${facts.code}"`
        }`,
      };
    }
    const fail: AttemptDecision = { kind: "error", errorClass: "SpApiError" };
    return RETRY_STATUSES.has(status) ? retryOr(budget, fail) : fail;
  }
  if (status === 401 || status === 403) {
    const said = facts.errors.map((e) => `${e.message} ${e.details ?? ""}`)
      .join(" ");
    if (facts.spApi && facts.canRefreshToken && EXPIRED_TOKEN.test(said)) {
      // Amazon refused the request, so sending it again is safe.
      return { kind: "refresh-token" };
    }
    if (isSend && TEMPLATE_COMBINATION.test(said)) {
      return { kind: "error", errorClass: "MessageTypeUnavailableError" };
    }
    if (facts.spApi) return { kind: "error", errorClass: "AuthError" };
  }
  return { kind: "error", errorClass: "SpApiError" };
}
