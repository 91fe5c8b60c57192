/**
 * A timing harness for noisy machines: candidates run in interleaved rounds
 * (one batch each per round, rotating the order), so every candidate sees the
 * same background load within a round; each figure is the median over rounds,
 * and each ratio is the median of the per-round ratios against the baseline
 * measured in that same round. Time is CPU time of this process (user +
 * system, from `process.cpuUsage()`), so being preempted by other processes
 * does not count; wall time is kept beside it.
 *
 * @module
 */

import process from "node:process";

/** Something to time: a synchronous operation. */
export interface Candidate {
  /** Shown in tables. */
  readonly name: string;
  /** One operation; its result is kept so it is not optimized away. */
  readonly run: () => unknown;
}

/** The timing of one candidate. */
export interface Measured {
  /** The candidate's name. */
  readonly name: string;
  /** Median CPU nanoseconds per operation. */
  readonly cpuNs: number;
  /** Median wall-clock nanoseconds per operation. */
  readonly wallNs: number;
  /** Median of the per-round CPU-time ratios to the baseline (the first candidate). */
  readonly ratio: number;
  /** 25th and 75th percentiles of those ratios. */
  readonly ratioIqr: readonly [number, number];
  /** Rounds measured. */
  readonly rounds: number;
  /** Operations per batch. */
  readonly batch: number;
}

/** How long and how often to measure. */
export interface CompareOptions {
  /**
   * Rounds (each candidate runs one batch per round).
   *
   * @default {11}
   */
  readonly rounds?: number;
  /**
   * Target CPU milliseconds per batch.
   *
   * @default {30}
   */
  readonly batchMs?: number;
  /**
   * Warm-up per candidate, in milliseconds, before calibration.
   *
   * @default {150}
   */
  readonly warmupMs?: number;
}

let sink = 0;

function keep(value: unknown): void {
  if (typeof value === "string") sink += value.length;
  else if (value !== null && typeof value === "object") sink++;
  else sink += Number(Boolean(value));
}

/** Reads this process's CPU time in nanoseconds. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/** The median of numbers (NaN for none). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** A quantile by linear interpolation (NaN for none). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function batchOf(
  candidate: Candidate,
  n: number,
): { cpu: number; wall: number } {
  const run = candidate.run;
  const wall0 = performance.now();
  const cpu0 = cpuNow();
  for (let i = 0; i < n; i++) keep(run());
  const cpu = cpuNow() - cpu0;
  const wall = (performance.now() - wall0) * 1e6;
  return { cpu: cpu / n, wall: wall / n };
}

/**
 * Times candidates against the first one (the baseline).
 *
 * @param candidates The baseline first, then the others.
 * @param options Rounds, batch length and warm-up.
 * @returns One timing per candidate, in the order given.
 */
export function compare(
  candidates: readonly Candidate[],
  options: CompareOptions = {},
): Measured[] {
  const rounds = options.rounds ?? 11;
  const batchNs = (options.batchMs ?? 30) * 1e6;
  const warmupNs = (options.warmupMs ?? 150) * 1e6;
  const sizes: number[] = [];
  for (const candidate of candidates) {
    // Warm up (JIT, caches), then size the batch from the warm speed.
    let n = 0;
    const start = cpuNow();
    while (cpuNow() - start < warmupNs || n < 3) {
      keep(candidate.run());
      n++;
    }
    const probe = Math.max(1, Math.ceil(n / 4));
    const { cpu } = batchOf(candidate, probe);
    sizes.push(Math.max(1, Math.round(batchNs / Math.max(cpu, 1))));
  }
  const cpu: number[][] = candidates.map(() => []);
  const wall: number[][] = candidates.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < candidates.length; k++) {
      const index = (k + round) % candidates.length;
      const timing = batchOf(candidates[index], sizes[index]);
      cpu[index].push(timing.cpu);
      wall[index].push(timing.wall);
    }
  }
  return candidates.map((candidate, index) => {
    const ratios = cpu[index].map((value, round) => value / cpu[0][round]);
    return {
      name: candidate.name,
      cpuNs: median(cpu[index]),
      wallNs: median(wall[index]),
      ratio: median(ratios),
      ratioIqr: [quantile(ratios, 0.25), quantile(ratios, 0.75)] as const,
      rounds,
      batch: sizes[index],
    };
  });
}

/** Keeps the optimizer honest: call once at the end of a run. */
export function sinkValue(): number {
  return sink;
}
