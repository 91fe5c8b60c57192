/**
 * Timing helpers for tests that must hold on a busy two-core machine:
 * medians or the fastest of several runs, budgets relative to a baseline
 * measured in the same run, and a few attempts before a check fails (a real
 * quadratic fails every one).
 */

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function times(fn: () => void, runs: number, stopAfter: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    fn();
    const elapsed = performance.now() - start;
    if (elapsed > stopAfter) return [elapsed];
    if (i > 0) out.push(elapsed);
  }
  return out;
}

/**
 * The median time of `fn` in milliseconds, after one run to warm it up.
 * Stops early, returning the time of the run, when a run takes longer than
 * `stopAfter`: such a run has already failed any budget.
 *
 * @param fn What to time.
 * @param runs How many runs the median is over.
 * @param stopAfter A time past which one run is enough.
 * @returns The median, or the time of the run that took too long.
 */
export function medianTime(
  fn: () => void,
  runs = 5,
  stopAfter = Infinity,
): number {
  return median(times(fn, runs, stopAfter));
}

/**
 * The time of the fastest of `runs` runs of `fn`, after one to warm it up,
 * for comparing two costs: noise on a shared machine (other processes,
 * garbage collection) only ever adds time, while a quadratic scan is slow
 * in every run. Stops early as {@linkcode medianTime} does.
 *
 * @param fn What to time.
 * @param runs How many runs.
 * @param stopAfter A time past which one run is enough.
 * @returns The fastest time, or the time of the run that took too long.
 */
export function fastestTime(
  fn: () => void,
  runs = 5,
  stopAfter = Infinity,
): number {
  return Math.min(...times(fn, runs, stopAfter));
}

/**
 * The fastest time of each of `fns` in milliseconds, with their runs taken
 * in turn (a, b, a, b, …) after one warm-up run each, so that a busy spell
 * of the machine slows all of them alike and a ratio between them stays
 * meaningful.
 *
 * @param fns What to time.
 * @param runs How many runs of each.
 * @returns The fastest time of each, in the order of `fns`.
 */
export function fastestTimesInTurn(
  fns: readonly (() => void)[],
  runs = 5,
): number[] {
  const best = fns.map(() => Infinity);
  for (let i = 0; i <= runs; i++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      const elapsed = performance.now() - start;
      if (i > 0) best[k] = Math.min(best[k]!, elapsed);
    });
  }
  return best;
}

/**
 * Runs `check` up to `attempts` times and returns `undefined` as soon as it
 * returns `undefined` (it held), or the last problem it returned.
 *
 * @param check Measures and returns a problem, or `undefined`.
 * @param attempts How many tries.
 * @returns The last problem, or `undefined`.
 */
export function retried(
  check: () => string | undefined,
  attempts = 3,
): string | undefined {
  let problem: string | undefined;
  for (let i = 0; i < attempts; i++) {
    problem = check();
    if (problem === undefined) return undefined;
  }
  return problem;
}

/** Rejects with a message naming `what` when `promise` takes longer than `ms`. */
export function deadline<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} took longer than ${ms} ms`)),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}
