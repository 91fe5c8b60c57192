/**
 * The targets the report checks, in one place. Each says where it comes
 * from; change them here.
 *
 * @module
 */

export const TARGETS = {
  compose: {
    /** Precompiled must beat compiling on every request by at least this factor. */
    minSpeedupVsCompilePerRequest: 2,
    /** And cost at most this many times a cached `Handlebars.compile` function. */
    maxRatioVsCachedCompile: 1.5,
    source:
      "ours: precompiling exists so the edge needs no code generation; it must not cost speed against the usual ways to use Handlebars",
  },
  lint: {
    /** CPU µs for a 2000-character message, recommended policy, no language detection. */
    maxCpuUs2000: 500,
    budgetUs: 1000,
    source:
      'the lint performance issue: "a 2000-character message lints in well under 1 ms of CPU without language detection" (read as ≤ 0.5 ms)',
  },
  send: {
    /** 429s our client may receive in a bulk run. */
    maxThrottled: 0,
    /** Total time of a bulk run ÷ the theoretical minimum. */
    maxTimeRatio: 1.05,
    /** Messages accepted twice under faults. */
    maxDuplicates: 0,
    source:
      'README: "rate limits waited for rather than hit", "never a duplicate message"; DESIGN: "Sends are at-most-once"',
  },
  endpoint: {
    /** Worker bundle, `gzip -9`, kB of 1,000 bytes. */
    maxWorkerGzipKb: 120,
    /** Script evaluation plus the first answer, above a trivial Worker, ms. */
    maxStartupAboveTrivialMs: 100,
    /** HTTP dry runs per second at 32 connections. */
    minRequestsPerSecond: 5000,
    /** Their p99 latency, ms. */
    maxP99Ms: 20,
    /** An HTTP dry run ÷ compose + lintMessage on the same input. */
    maxDryRunOverDirect: 1.3,
    source:
      'the lean-core issue\'s targets: "Worker bundle: ≤ 120 kB with gzip -9, counted in bytes (1 kB = 1,000 bytes)", "Worker start-up: script evaluation plus first answer ≤ 100 ms above a trivial Worker in the same workerd, measured from before start-up", "HTTP dry run: server CPU ≤ 1.3× calling compose + lintMessage directly; ≥ 5,000 dry runs per second per core, p99 ≤ 20 ms at 32 connections"',
  },
} as const;
