// This module is browser compatible.

/**
 * The types a rate-limit store implements: a token-bucket plan and the
 * store interface, shared by the limiter and the stores.
 *
 * @module
 */

/**
 * A token-bucket usage plan.
 *
 * @example Amazon's default plan
 * ```ts
 * import { createRateLimiter, type RateLimits } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const plan: RateLimits = { rate: 1, burst: 5 };
 * assert.deepEqual(createRateLimiter(plan).limits("seller getAttributes"), plan);
 * ```
 */
export interface RateLimits {
  /** Tokens added per second. */
  readonly rate: number;
  /** Bucket size: how many requests may go at once after a quiet spell. */
  readonly burst: number;
}

/**
 * Where buckets live. Implement it over a shared database to share buckets
 * between processes; each call must be atomic for its key.
 *
 * @example A store that never makes anyone wait
 * ```ts
 * import { createRateLimiter, type RateLimitStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const unlimited: RateLimitStore = { reserve: () => 0, drain: () => {} };
 * const limiter = createRateLimiter({ store: unlimited });
 * for (let i = 0; i < 100; i++) await limiter.acquire("seller:getAttributes");
 * assert.ok(true);
 * ```
 */
export interface RateLimitStore {
  /**
   * Takes one token from bucket `key` (a bucket starts full at
   * `limits.burst`), and answers how many milliseconds the caller must wait
   * until that token exists: `0` when it was there already.
   */
  reserve(
    key: string,
    limits: RateLimits,
    now: number,
  ): number | Promise<number>;
  /** Empties bucket `key` (Amazon answered 429, so its bucket is empty too). */
  drain(key: string, limits: RateLimits, now: number): void | Promise<void>;
}
