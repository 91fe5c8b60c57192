// This module is browser compatible.

/**
 * Retry policy: capped exponential backoff with full jitter, bounded in
 * attempts and in total time. Which requests may be retried at all is the
 * client's business (a message POST only on 429).
 *
 * @module
 */

import type { RetryOptions } from "./client_types.ts";

/** The first backoff step, in milliseconds. */
export const BASE_DELAY_MS = 500;

/** A normalized {@linkcode RetryOptions}. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly limit: number;
  /** Cap of one backoff delay, in milliseconds. */
  readonly backoffLimit: number;
  /** Cap of the time from the first attempt to the start of the last, in milliseconds. */
  readonly maxRetryTime: number;
  /** Turns the capped exponential delay into the actual wait. */
  readonly jitter: (delay: number) => number;
}

function fullJitter(delay: number): number {
  return Math.random() * delay;
}

function nonNegative(value: number, name: string): number {
  if (!(typeof value === "number" && value >= 0 && !Number.isNaN(value))) {
    throw new RangeError(
      `Cannot use retry options: "${name}" must be a number of at least 0, got "${value}"`,
    );
  }
  return value;
}

/**
 * Normalizes the `retry` option.
 *
 * @param option A retry limit, options, or `undefined` for the defaults.
 * @returns The policy: by default 3 retries, at most 30 s per delay and 60 s in all.
 * @throws {RangeError} When a number is negative.
 */
export function retryPolicy(
  option: RetryOptions | number | undefined,
): RetryPolicy {
  const options: RetryOptions = typeof option === "number"
    ? { limit: option }
    : option ?? {};
  const jitter = options.jitter === false
    ? (delay: number) => delay
    : typeof options.jitter === "function"
    ? options.jitter
    : fullJitter;
  return {
    limit: Math.floor(nonNegative(options.limit ?? 3, "limit")),
    backoffLimit: nonNegative(options.backoffLimit ?? 30_000, "backoffLimit"),
    maxRetryTime: nonNegative(options.maxRetryTime ?? 60_000, "maxRetryTime"),
    jitter,
  };
}

/**
 * The wait before retry number `retry` (1-based): full jitter over
 * `min(backoffLimit, 500 ms × 2^(retry − 1))`, at least the server's
 * `Retry-After` when it sent one (capped too).
 *
 * @param policy The policy.
 * @param retry Which retry this is, from 1.
 * @param retryAfterMs The server's `Retry-After`, in milliseconds, if any.
 * @returns Milliseconds to wait.
 */
export function backoffDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfterMs?: number,
): number {
  const capped = Math.min(
    policy.backoffLimit,
    BASE_DELAY_MS * 2 ** Math.max(0, retry - 1),
  );
  const jittered = Math.min(
    capped,
    Math.max(0, policy.jitter(capped)),
  );
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, policy.backoffLimit));
}

/**
 * Reads a `Retry-After` header.
 *
 * @param value The header: seconds or an HTTP date.
 * @param now The current time in milliseconds since the epoch.
 * @returns Milliseconds, or `undefined` when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null,
  now: number,
): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
