// This module is browser compatible.

/**
 * The time source of the client, the rate limiter and the sandbox, so tests
 * can run on a fake clock instead of sleeping.
 *
 * @module
 */

/**
 * A source of time: what time it is, and a way to wait.
 *
 * @example A clock that starts at zero and never really waits
 * ```ts
 * import type { Clock } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * let now = 0;
 * const clock: Clock = {
 *   now: () => now,
 *   sleep: (ms) => {
 *     now += ms;
 *     return Promise.resolve();
 *   },
 * };
 * await clock.sleep(1500);
 * assert.equal(clock.now(), 1500);
 * ```
 */
export interface Clock {
  /** Milliseconds since the Unix epoch (or any fixed origin, if all parties share the clock). */
  now(): number;
  /**
   * Resolves after `ms` milliseconds. When `signal` aborts first, rejects with
   * `signal.reason` and forgets the timer.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * The real clock: `Date.now()` and `setTimeout`.
 *
 * @example Waiting and cancelling
 * ```ts
 * import { SYSTEM_CLOCK } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const before = SYSTEM_CLOCK.now();
 * await SYSTEM_CLOCK.sleep(5);
 * assert.ok(SYSTEM_CLOCK.now() >= before);
 *
 * const controller = new AbortController();
 * const waiting = SYSTEM_CLOCK.sleep(60_000, controller.signal);
 * controller.abort(new Error("stop"));
 * await assert.rejects(waiting, /stop/);
 * ```
 */
export const SYSTEM_CLOCK: Clock = Object.freeze({
  now(): number {
    return Date.now();
  },
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
});
