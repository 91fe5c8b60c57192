// This module is browser compatible.

/**
 * Client-side token buckets, one per (seller credentials, operation), so the
 * client waits for a token instead of firing into a 429.
 *
 * @module
 */

import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import { createMemoryRateLimitStore } from "./memory_rate_limit_store.ts";
import type { RateLimits, RateLimitStore } from "./rate_limit_store.ts";

export type { RateLimits, RateLimitStore } from "./rate_limit_store.ts";

/**
 * Options of {@linkcode createRateLimiter}.
 *
 * @example A faster plan
 * ```ts
 * import { createRateLimiter, type RateLimiterOptions } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const options: RateLimiterOptions = { rate: 10, burst: 10 };
 * const limiter = createRateLimiter(options);
 * for (let i = 0; i < 10; i++) await limiter.acquire("seller uploads"); // the burst: no wait
 * assert.deepEqual(limiter.limits("seller uploads"), { rate: 10, burst: 10 });
 * ```
 */
export interface RateLimiterOptions {
  /**
   * Tokens per second of each bucket.
   *
   * @default {1}
   */
  readonly rate?: number;
  /**
   * Bucket size.
   *
   * @default {5}
   */
  readonly burst?: number;
  /**
   * Where buckets live.
   *
   * @default {createMemoryRateLimitStore()}
   */
  readonly store?: RateLimitStore;
  /**
   * The time source.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
  /**
   * Milliseconds added to every wait. Amazon counts a request when it
   * arrives, the bucket here when the token is taken; the first requests
   * arrive later after their token than later ones (new connections), so a
   * queued request could otherwise arrive a little before Amazon's bucket has
   * refilled. The margin delays the queue, never the burst.
   *
   * @default {0}
   */
  readonly marginMs?: number;
}

/**
 * Options of {@linkcode RateLimiter.acquire}.
 *
 * @example Per-call limits
 * ```ts
 * import { createRateLimiter, type AcquireOptions } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const limiter = createRateLimiter(); // 1/s, burst 5 by default
 * const options: AcquireOptions = { limits: { rate: 10, burst: 10 } };
 * for (let i = 0; i < 10; i++) await limiter.acquire("seller uploads", options);
 * assert.deepEqual(limiter.limits("seller uploads", options.limits), { rate: 10, burst: 10 });
 * ```
 */
export interface AcquireOptions {
  /** Cancels the wait with `signal.reason` (the reserved token is spent). */
  readonly signal?: AbortSignal | undefined;
  /** Limits for this bucket instead of the limiter's defaults. */
  readonly limits?: RateLimits | undefined;
}

/**
 * Token buckets keyed by strings.
 *
 * @example Adapting to Amazon's header
 * ```ts
 * import { createRateLimiter, type RateLimiter } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const limiter: RateLimiter = createRateLimiter({ rate: 1, burst: 5 });
 * limiter.adapt("seller getAttributes", "0.5");
 * limiter.adapt("seller getAttributes", "not a number"); // ignored
 * assert.deepEqual(limiter.limits("seller getAttributes"), { rate: 0.5, burst: 5 });
 * ```
 */
export interface RateLimiter {
  /** Waits until bucket `key` grants a token. */
  acquire(key: string, options?: AcquireOptions): Promise<void>;
  /**
   * Sets the rate of bucket `key` from Amazon's `x-amzn-RateLimit-Limit`
   * header; values that are not positive numbers are ignored.
   */
  adapt(key: string, rate: string | number | null | undefined): void;
  /** Empties bucket `key` after a 429. */
  drain(key: string, options?: AcquireOptions): Promise<void>;
  /** The limits bucket `key` uses now. */
  limits(key: string, fallback?: RateLimits): RateLimits;
}

/**
 * Checks a usage plan.
 *
 * @param limits The plan.
 * @param what Names the plan in the error.
 * @returns The plan.
 * @throws {RangeError} When `rate` is not positive or `burst` is below 1.
 */
function checkLimits(limits: RateLimits, what: string): RateLimits {
  if (!(Number.isFinite(limits.rate) && limits.rate > 0)) {
    throw new RangeError(
      `Cannot use ${what}: "rate" must be a positive number, got "${limits.rate}"`,
    );
  }
  if (!(Number.isFinite(limits.burst) && limits.burst >= 1)) {
    throw new RangeError(
      `Cannot use ${what}: "burst" must be at least 1, got "${limits.burst}"`,
    );
  }
  return { rate: limits.rate, burst: limits.burst };
}

/**
 * Creates a rate limiter: one token bucket per key, the SP-API default plan
 * being 1 request per second with a burst of 5.
 *
 * @param options Rate, burst, store and clock.
 * @returns The limiter.
 * @throws {RangeError} When `rate` or `burst` is out of range.
 *
 * @example Pacing requests on a fake clock
 * ```ts
 * import { createRateLimiter } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * let now = 0;
 * const clock = {
 *   now: () => now,
 *   sleep: (ms: number) => {
 *     now += ms;
 *     return Promise.resolve();
 *   },
 * };
 * const limiter = createRateLimiter({ rate: 2, burst: 1, clock });
 * await limiter.acquire("seller:createWarranty");
 * await limiter.acquire("seller:createWarranty");
 * await limiter.acquire("seller:createWarranty");
 * assert.equal(now, 1000); // two waits of 500 ms
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createRateLimiter(
  options: RateLimiterOptions = {},
): RateLimiter {
  const defaults = checkLimits(
    { rate: options.rate ?? 1, burst: options.burst ?? 5 },
    "rate limit",
  );
  const store = options.store ?? createMemoryRateLimitStore();
  const clock = options.clock ?? SYSTEM_CLOCK;
  const adapted = new Map<string, number>();
  const margin = options.marginMs ?? 0;
  if (!Number.isFinite(margin) || margin < 0) {
    throw new RangeError(
      `Cannot create the rate limiter: "marginMs" must be a finite number of milliseconds >= 0, got ${margin}`,
    );
  }

  function limits(key: string, fallback?: RateLimits): RateLimits {
    const base = fallback ?? defaults;
    const rate = adapted.get(key);
    return rate === undefined ? base : { rate, burst: base.burst };
  }

  return {
    async acquire(key, acquireOptions = {}) {
      const signal = acquireOptions.signal;
      signal?.throwIfAborted();
      const wait = await store.reserve(
        key,
        limits(key, acquireOptions.limits),
        clock.now(),
      );
      if (wait > 0) await clock.sleep(wait + margin, signal);
    },
    adapt(key, rate) {
      const value = typeof rate === "number" ? rate : Number(rate ?? NaN);
      if (Number.isFinite(value) && value > 0) adapted.set(key, value);
    },
    async drain(key, acquireOptions = {}) {
      await store.drain(key, limits(key, acquireOptions.limits), clock.now());
    },
    limits,
  };
}
