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
    /** workerd start to the first dry-run answer, ms. */
    maxColdStartMs: 5000,
    source:
      "the endpoint work's own bounds: the 150 kB gzip budget (test/hono/cloudflare_worker_test.ts BUDGET_BYTES, README) and the Worker test's 5 s bound on the first answer; no target is set for dry-run throughput",
  },
} as const;
