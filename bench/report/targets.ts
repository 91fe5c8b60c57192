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
    /** Worker bundle, gzip kB. */
    maxWorkerGzipKb: 150,
    /** The first dry-run answer of a fresh worker, once workerd is up, ms. */
    maxFirstResponseMs: 100,
    source:
      'the endpoint issue\'s budgets: "Worker bundle: ≤ 150 kB gzip with the default templates", "Cold start in workerd: first response ≤ 100 ms" (read as the first answer once workerd is up: workerd\'s own boot is not ours); no target is set for dry-run throughput',
  },
} as const;
