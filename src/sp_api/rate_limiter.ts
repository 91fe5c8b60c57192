// This module is browser compatible.

/**
 * Client-side token buckets, one per (seller credentials, operation), so the
 * client waits for a token instead of firing into a 429.
 *
 * @module
 */

import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import { createMemoryRateLimitStore } from "./memory_rate_limit_store.ts";
import { abortable } from "./_http.ts";
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
   * Milliseconds added to every wait, for clock and timer granularity.
   * Amazon counts a request when it arrives, the bucket here when the token
   * is taken, so a queued request could otherwise arrive a little before
   * Amazon's bucket has refilled. The margin delays the queue, never the
   * burst. (The first requests after a quiet spell arrive much later after
   * their tokens than queued ones, as they open connections: no fixed
   * margin covers that; `anchorOnAnswers` does.)
   *
   * @default {0}
   */
  readonly marginMs?: number;
  /**
   * Pace a queue from when Amazon counted the first requests, not from when
   * they took their tokens. A bucket that was full starts refilling on
   * Amazon's side when the first request arrives, and first requests arrive
   * late (they open connections); Amazon has certainly counted one once it
   * is answered. With this on, a queued caller also waits until the first
   * answer after a quiet spell and shifts its token by how long that took;
   * report every answer (or failure) with {@linkcode RateLimiter.answered}.
   *
   * @default {false}
   */
  readonly anchorOnAnswers?: boolean;
  /**
   * Never let a queued request follow the one before it by less than a
   * token interval, counted from that one's answer (by which it had reached
   * Amazon). A request that is slow on its way then cannot bring the next
   * one too close to it on Amazon's side. It costs each queued request the
   * round trip of the one before, so it suits sequential bulk sending (the
   * outbox) more than concurrent sends. Needs
   * {@linkcode RateLimiter.answered} reports.
   *
   * @default {false}
   */
  readonly spaceFromAnswers?: boolean;
}

/**
 * A token taken by {@linkcode RateLimiter.acquire}: pass it to
 * {@linkcode RateLimiter.answered} once the request is answered.
 *
 * @example The burst goes at once, the queue waits
 * ```ts
 * import { createRateLimiter, type RateLimitGrant } from "@sellerkit/buyer-messages";
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
 * const limiter = createRateLimiter({ rate: 10, burst: 1, clock });
 * const first: RateLimitGrant = await limiter.acquire("seller op");
 * const second: RateLimitGrant = await limiter.acquire("seller op");
 * assert.deepEqual([first.queued, first.at], [false, 0]);
 * assert.deepEqual([second.queued, second.at], [true, 100]);
 * ```
 */
export interface RateLimitGrant {
  /** The bucket. */
  readonly key: string;
  /** When the token was there, in clock milliseconds. */
  readonly at: number;
  /** Whether the caller waited for it (`false`: it was in the bucket). */
  readonly queued: boolean;
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
  acquire(key: string, options?: AcquireOptions): Promise<RateLimitGrant>;
  /**
   * Reports that the request holding `grant` was answered (or failed) now,
   * so Amazon has counted it by now. Only limiters created with
   * `anchorOnAnswers` use it; calling it more than once is harmless.
   */
  answered(grant: RateLimitGrant): void;
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

/** See `spells` in {@linkcode createRateLimiter}. */
interface Spell {
  /** When the first token of the spell was taken. */
  start: number;
  /** The latest token time of the bucket seen since. */
  last: number;
  /** How much later than its tokens Amazon's bucket may run. */
  offset: number;
  /** Whether a request of the spell was answered. */
  answered: boolean;
  /** Settles on the first answer. */
  first: Promise<void>;
  answer: () => void;
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

  const anchored = options.anchorOnAnswers === true;
  const spaced = options.spaceFromAnswers === true;
  /**
   * Per key, the spell that began when a token was taken from a bucket that
   * may have been full: Amazon's bucket refills from the first arrival,
   * which lies between `start` and the first answer.
   */
  const spells = new Map<string, Spell>();
  /**
   * Per key, the latest queued token answered (with `spaceFromAnswers`):
   * when its request was answered, it had reached Amazon.
   */
  const lastAnswered = new Map<string, { at: number; answer: number }>();

  function limits(key: string, fallback?: RateLimits): RateLimits {
    const base = fallback ?? defaults;
    const rate = adapted.get(key);
    return rate === undefined ? base : { rate, burst: base.burst };
  }

  /** Notes a token taken at once; starts a spell when the bucket may have been full. */
  function direct(key: string, plan: RateLimits, now: number): void {
    const spell = spells.get(key);
    // The bucket may be full again when it had time to refill since the
    // last token this limiter saw taken.
    if (
      spell === undefined || now - spell.last >= plan.burst * 1000 / plan.rate
    ) {
      if (spell !== undefined && !spell.answered) {
        // Its first request is still unanswered: let its queue go on what
        // has elapsed rather than wait for an answer that may never come.
        spell.offset = now - spell.start;
        spell.answered = true;
        spell.answer();
      }
      let answer!: () => void;
      const first = new Promise<void>((resolve) => answer = resolve);
      spells.set(key, {
        start: now,
        last: now,
        offset: 0,
        answered: false,
        first,
        answer,
      });
    } else spell.last = Math.max(spell.last, now);
  }

  /** Shifts a queued token by how late Amazon's bucket started refilling. */
  async function shifted(
    key: string,
    at: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const spell = spells.get(key);
    if (spell === undefined || spell.start > at) return;
    if (!spell.answered) await abortable(spell.first, signal);
    const wait = at + margin + spell.offset - clock.now();
    if (wait > 0) await clock.sleep(wait, signal);
  }

  return {
    async acquire(key, acquireOptions = {}) {
      const signal = acquireOptions.signal;
      signal?.throwIfAborted();
      const plan = limits(key, acquireOptions.limits);
      const now = clock.now();
      const wait = await store.reserve(key, plan, now);
      if (!(wait > 0)) {
        if (anchored) direct(key, plan, now);
        return { key, at: now, queued: false };
      }
      const at = now + wait;
      const spell = anchored ? spells.get(key) : undefined;
      if (spell !== undefined) spell.last = Math.max(spell.last, at);
      await clock.sleep(wait + margin, signal);
      if (anchored) await shifted(key, at, signal);
      const previous = spaced ? lastAnswered.get(key) : undefined;
      // Only the token right before this one bounds it.
      if (
        previous !== undefined && at > previous.at &&
        at - previous.at <= 1500 / plan.rate
      ) {
        // The previous token's request reached Amazon by its answer.
        const late = previous.answer + (at - previous.at) - clock.now();
        if (late > 0) await clock.sleep(late, signal);
      }
      return { key, at, queued: true };
    },
    answered(grant) {
      if (spaced && grant.queued) {
        const latest = lastAnswered.get(grant.key);
        if (latest === undefined || grant.at >= latest.at) {
          lastAnswered.set(grant.key, { at: grant.at, answer: clock.now() });
        }
      }
      const spell = spells.get(grant.key);
      if (spell === undefined || grant.queued || grant.at < spell.start) return;
      const now = clock.now();
      // Amazon's first arrival came no later than the first answer; later
      // answers only widen the shift by their own round trip.
      spell.offset = Math.max(
        spell.offset,
        spell.answered ? now - grant.at : now - spell.start,
      );
      if (!spell.answered) {
        spell.answered = true;
        spell.answer();
      }
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
