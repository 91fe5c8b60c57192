/**
 * Worker start-up, measured as a user's first request experiences it: from
 * before workerd starts (Miniflare constructed) to the first answer, so the
 * script's own evaluation is inside the window. Each start of the endpoint's
 * Worker is paired with a start of a trivial Worker (`new Response("ok")`)
 * in the same workerd, in alternating order, and the figure is the median of
 * the paired differences: what the endpoint adds above workerd's own boot.
 *
 * The endpoint's first request is a dry run (compose, lint, no send) for a
 * US buyer; a German buyer's first request is measured as well, since each
 * language's lexicons are built on first use.
 *
 * Run: `deno run --allow-read --allow-write=/tmp --allow-env --allow-run --allow-net=127.0.0.1,localhost --allow-sys bench/endpoint_worker_startup.ts`
 *
 * @module
 */
import { Miniflare } from "miniflare";
import { bundleWorker, stopEsbuild } from "../scripts/build_worker.ts";

const STARTS = 7;
const COMPATIBILITY_DATE = "2025-09-01";
const KEY = "bench-key-0123456789abcdef0123456789abcdef";
const DATA = {
  amazonOrderId: "113-0000001-0000001",
  sellerName: "Northwind Outfitters",
  productTitle: "Trail Runner 2 Hiking Boots",
  newShipDate: "2026-12-09",
};
/** Marketplaces of the first request: amazon.com (en-US) and amazon.de (de-DE). */
const MARKETPLACES = { us: "ATVPDKIKX0DER", de: "A1PA6795UKMFR9" } as const;

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Start {
  /** Miniflare constructed → `ready` (workerd up, script evaluated). */
  readonly ready: number;
  /** `ready` → the first answer. */
  readonly first: number;
  /** Miniflare constructed → the first answer. */
  readonly total: number;
  /** A second request on the same isolate. */
  readonly warm: number;
}

async function timeStart(
  script: { path: string; dir: string; code: string },
  request: Call,
  bindings: Record<string, string> = {},
): Promise<Start> {
  const started = performance.now();
  const mf = new Miniflare({
    // The module given with its contents: with only a `scriptPath`,
    // Miniflare parses the script in JavaScript to collect its imports,
    // which adds hundreds of milliseconds no Cloudflare isolate pays.
    modules: [{ type: "ESModule", path: script.path, contents: script.code }],
    modulesRoot: script.dir,
    compatibilityDate: COMPATIBILITY_DATE,
    bindings,
  });
  try {
    await mf.ready;
    const ready = performance.now();
    const response = await mf.dispatchFetch(request.url, request.init);
    const text = await response.text();
    if (response.status !== 200) {
      throw new Error(`first answer ${response.status}: ${text}`);
    }
    const answered = performance.now();
    await (await mf.dispatchFetch(request.url, request.init)).text();
    return {
      ready: ready - started,
      first: answered - ready,
      total: answered - started,
      warm: performance.now() - answered,
    };
  } finally {
    await mf.dispose();
  }
}

/** A request, as Miniflare's `dispatchFetch` takes it. */
interface Call {
  readonly url: string;
  readonly init?: {
    method: string;
    headers: Record<string, string>;
    body: string;
  };
}

const HELLO: Call = { url: "http://localhost/" };

/** Medians of a locale's starts and of its paired differences. */
function summarize(starts: readonly Start[], above: readonly number[]) {
  return {
    ready: median(starts.map((r) => r.ready)),
    first: median(starts.map((r) => r.first)),
    total: median(starts.map((r) => r.total)),
    warm: median(starts.map((r) => r.warm)),
    aboveTrivial: median(above),
  };
}

function dryRun(marketplaceId: string): Call {
  return {
    url: "http://localhost/messages",
    init: {
      method: "POST",
      headers: {
        authorization: `Bearer ${KEY}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        amazonOrderId: DATA.amazonOrderId,
        marketplaceId,
        type: "unexpectedProblem",
        data: DATA,
        dryRun: true,
      }),
    },
  };
}

if (import.meta.main) {
  const dir = await Deno.makeTempDir({ prefix: "buyer-messages-startup-" });
  try {
    const bundle = await bundleWorker().finally(stopEsbuild);
    const ours = { path: `${dir}/worker.js`, dir, code: bundle.code };
    const trivial = {
      path: `${dir}/trivial.js`,
      dir,
      code: 'export default { fetch() { return new Response("ok"); } };\n',
    };
    const bindings = { BUILTIN_SANDBOX: "true", API_KEYS: KEY };
    const rows: Record<"trivial" | "us" | "de", Start[]> = {
      trivial: [],
      us: [],
      de: [],
    };
    const above: Record<"us" | "de", number[]> = { us: [], de: [] };
    // One warm-up start of each, not counted: the first workerd launch of
    // a process pays for loading its binary from disk.
    await timeStart(trivial, HELLO);
    await timeStart(ours, dryRun(MARKETPLACES.us), bindings);
    for (let i = 0; i < STARTS; i++) {
      for (const locale of ["us", "de"] as const) {
        const pair = async () => {
          const base = await timeStart(
            trivial,
            HELLO,
          );
          const own = await timeStart(
            ours,
            dryRun(MARKETPLACES[locale]),
            bindings,
          );
          return [base, own] as const;
        };
        const reversed = async () => {
          const own = await timeStart(
            ours,
            dryRun(MARKETPLACES[locale]),
            bindings,
          );
          const base = await timeStart(
            trivial,
            HELLO,
          );
          return [base, own] as const;
        };
        const [base, own] = await ((i % 2 === 0) ? pair() : reversed());
        rows.trivial.push(base);
        rows[locale].push(own);
        above[locale].push(own.total - base.total);
      }
    }
    const summary = {
      starts: STARTS,
      bundleGzipBytes: bundle.gzipBytes,
      trivial: {
        ready: median(rows.trivial.map((r) => r.ready)),
        first: median(rows.trivial.map((r) => r.first)),
        total: median(rows.trivial.map((r) => r.total)),
      },
      us: summarize(rows.us, above.us),
      de: summarize(rows.de, above.de),
    };
    const { us, de } = summary;
    console.log(
      `worker start-up over ${STARTS} paired starts (median): trivial ${
        summary.trivial.total.toFixed(0)
      } ms; endpoint, en-US first request ${us.total.toFixed(0)} ms (${
        us.aboveTrivial.toFixed(0)
      } ms above trivial), de-DE ${de.total.toFixed(0)} ms (${
        de.aboveTrivial.toFixed(0)
      } ms above trivial); warm dry run ${us.warm.toFixed(1)} ms`,
    );
    console.log(JSON.stringify(summary));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
