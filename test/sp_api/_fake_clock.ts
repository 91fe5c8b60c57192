/**
 * A fake clock for tests: `sleep` registers a timer, and whenever the
 * process is otherwise idle (all microtasks done) time jumps to the earliest
 * timer. Concurrent sleepers wake in time order, so the rate limiter, retry
 * backoff, timeouts and sandbox latency all run in fake time, instantly.
 */
import type { Clock } from "../../src/sp_api/clock.ts";

interface Timer {
  time: number;
  seq: number;
  resolve: () => void;
}

/** A {@linkcode Clock} whose time moves only when every task waits on it. */
export interface FakeClock extends Clock {
  /** How many timers are pending. */
  readonly pending: number;
  /** Moves time forward without waiting (timers still fire in order). */
  advance(ms: number): void;
}

/**
 * Creates a fake clock.
 *
 * @param start The initial time in milliseconds.
 * @returns The clock.
 */
export function createFakeClock(start = 0): FakeClock {
  let now = start;
  let seq = 0;
  let pumping = false;
  const timers: Timer[] = [];

  function schedule(): void {
    if (pumping || timers.length === 0) return;
    pumping = true;
    // A macrotask: runs after every pending microtask has settled.
    setTimeout(() => {
      pumping = false;
      const timer = timers.shift();
      if (timer !== undefined) {
        now = Math.max(now, timer.time);
        timer.resolve();
      }
      schedule();
    }, 0);
  }

  return {
    now: () => now,
    get pending() {
      return timers.length;
    },
    advance(ms) {
      now += ms;
    },
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          const index = timers.indexOf(timer);
          if (index !== -1) timers.splice(index, 1);
          reject(signal?.reason);
        };
        const timer: Timer = {
          time: now + Math.max(0, ms),
          seq: seq++,
          resolve: () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        timers.push(timer);
        timers.sort((a, b) => a.time - b.time || a.seq - b.seq);
        signal?.addEventListener("abort", onAbort, { once: true });
        schedule();
      });
    },
  };
}
