// This module is browser compatible.

/**
 * The default, in-process token-bucket store of the rate limiter.
 *
 * @module
 */

import type { RateLimits, RateLimitStore } from "./rate_limit_store.ts";

interface Bucket {
  tokens: number;
  last: number;
}

/**
 * Creates an in-memory token-bucket store. Each key is a bucket that holds up
 * to `burst` tokens and refills at `rate` per second. `reserve` always takes
 * a token, letting the count go negative: the deficit is a queue, and the
 * returned wait is when the caller's token will exist. Callers are served in
 * the order they reserved.
 *
 * @returns A store for one process. Share buckets between processes with a
 *   store of your own (a Redis script doing the same arithmetic, say).
 *
 * @example Five at once, then one every 100 ms
 * ```ts
 * import { createMemoryRateLimitStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const store = createMemoryRateLimitStore();
 * const limits = { rate: 10, burst: 5 };
 * const waits = [];
 * for (let i = 0; i < 7; i++) waits.push(await store.reserve("seller:op", limits, 0));
 * assert.deepEqual(waits, [0, 0, 0, 0, 0, 100, 200]);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createMemoryRateLimitStore(): RateLimitStore {
  const buckets = new Map<string, Bucket>();

  function refill(key: string, limits: RateLimits, now: number): Bucket {
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { tokens: limits.burst, last: now };
      buckets.set(key, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - bucket.last);
    bucket.tokens = Math.min(
      limits.burst,
      bucket.tokens + (elapsed * limits.rate) / 1000,
    );
    bucket.last = Math.max(bucket.last, now);
    return bucket;
  }

  return {
    reserve(key, limits, now) {
      const bucket = refill(key, limits, now);
      bucket.tokens -= 1;
      // Round up: waking a millisecond late is harmless, early is a 429.
      // The epsilon absorbs float noise such as 0.1 * 3 = 0.30000000000000004.
      return bucket.tokens >= -1e-9
        ? 0
        : Math.ceil((-bucket.tokens * 1000) / limits.rate - 1e-6);
    },
    drain(key, limits, now) {
      const bucket = refill(key, limits, now);
      bucket.tokens = Math.min(bucket.tokens, 0);
    },
  };
}
