// This module is browser compatible.

/**
 * The client's rate limiting: one limiter from the `rateLimit` option, with
 * buckets keyed by (seller, host, operation).
 *
 * @module
 */

import type { Clock } from "./clock.ts";
import type { RateLimitOptions } from "./client_types.ts";
import { createRateLimiter, type RateLimiter } from "./rate_limiter.ts";
import type { RateLimits } from "./rate_limit_store.ts";

/** The plan of `createUploadDestinationForResource`. */
export const UPLOAD_LIMITS: RateLimits = { rate: 10, burst: 10 };

/**
 * Creates the client's limiter from its `rateLimit` option.
 *
 * @param rateLimit The option (`{}` for the defaults: 1 per second, burst 5, 25 ms margin).
 *   Queued requests are paced from the first answer after a quiet spell.
 * @param clock The time source.
 * @returns The limiter.
 * @throws {RangeError} When a number is out of range.
 */
export function createClientRateLimiter(
  rateLimit: RateLimitOptions,
  clock: Clock,
): RateLimiter {
  return createRateLimiter({
    rate: rateLimit.rate ?? 1,
    burst: rateLimit.burst ?? 5,
    store: rateLimit.store,
    clock,
    marginMs: rateLimit.marginMs ?? 25,
    // Amazon's bucket starts refilling when the first request arrives, which
    // on new connections is tens of milliseconds (on a far region hundreds)
    // after its token was taken here: more than any fixed margin.
    anchorOnAnswers: true,
    spaceFromAnswers: rateLimit.spaceFromAnswers === true,
  });
}

/**
 * The bucket of a call: Amazon limits each seller per operation (and each
 * host is its own Amazon).
 *
 * @param identity The seller identity.
 * @param base The base URL.
 * @param operation The operation.
 * @returns The bucket key.
 */
export function bucketKey(
  identity: string,
  base: string,
  operation: string,
): string {
  return `${identity} ${base} ${operation}`;
}
