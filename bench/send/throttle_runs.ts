/**
 * Does a bulk send stay inside Amazon's rate limit? Ten runs of 60 sends at
 * 10 requests/s with a burst of 10 (five in flight), each run in a fresh Deno
 * process (cold connections, cold code) through this library's client,
 * against an independent rate-limited mock in its own process
 * (`throttled_amazon.ts`: its own token bucket, 429 `QuotaExceeded` like
 * Amazon, the LWA token endpoint on another port).
 *
 * Reports, per run, the 429s the mock answered and the total time (from the
 * start of the run, LWA token included, to the last answer) ÷ the minimum
 * possible, (60 − 10) / 10 s = 5 s: the burst goes at once and then one
 * send per 100 ms. Target: no 429 in at least 9 of 10 runs, every run at
 * most 1.05 × the minimum.
 *
 * Run: `deno run --allow-run=deno --allow-net=127.0.0.1 --allow-read=.
 * bench/send/throttle_runs.ts [runs]` (a markdown table on standard output,
 * `--json` for JSON).
 *
 * @module
 */

import type { SendJob, SendOutcome } from "./job.ts";
import type { ThrottledStats } from "./throttled_amazon.ts";

/** The scenario. */
export const SCENARIO = {
  rate: 10,
  burst: 10,
  messages: 60,
  concurrency: 5,
  marketplaceId: "ATVPDKIKX0DER",
} as const;

/** (messages − burst) / rate, in milliseconds. */
export const MINIMUM_MS: number = (SCENARIO.messages - SCENARIO.burst) /
  SCENARIO.rate * 1000;

/** One run. */
export interface ThrottleRun {
  readonly run: number;
  /** 429 answers the mock gave to sends. */
  readonly throttled: number;
  /** Sends the client reported as successful. */
  readonly ok: number;
  /** Total time ÷ {@linkcode MINIMUM_MS}. */
  readonly ratio: number;
  readonly elapsedMs: number;
  /** Arrival (ms after the first) of the 429'd sends, and of send 11. */
  readonly throttledAtMs: readonly number[];
  readonly eleventhAtMs: number | undefined;
  /** Arrival (ms after the first) of the last send. */
  readonly lastAtMs: number | undefined;
  readonly failures: Readonly<Record<string, number>>;
}

const ROOT = new URL("../../", import.meta.url);

function credentials() {
  return {
    clientId: "amzn1.application-oa2-client.bench",
    clientSecret: "bench-secret",
    refreshToken: "Atzr|bench-refresh-token",
  };
}

async function runClient(job: SendJob): Promise<SendOutcome> {
  const child = new Deno.Command("deno", {
    args: ["run", "--allow-net=127.0.0.1", "bench/send/run_ours.ts"],
    cwd: ROOT.pathname,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(job)));
  await writer.close();
  const output = await child.output();
  const stdout = new TextDecoder().decode(output.stdout).trim();
  try {
    return JSON.parse(stdout.split("\n").at(-1) ?? "") as SendOutcome;
  } catch {
    throw new Error(
      `the client run failed (exit ${output.code}): ${
        new TextDecoder().decode(output.stderr).slice(-800)
      }`,
    );
  }
}

/**
 * Runs the scenario `runs` times.
 *
 * @param runs How many runs.
 * @returns One row per run.
 */
export async function throttleRuns(runs = 10): Promise<ThrottleRun[]> {
  const mock = new Deno.Command("deno", {
    args: [
      "run",
      "--allow-net=127.0.0.1",
      "bench/send/throttled_amazon.ts",
      String(SCENARIO.rate),
      String(SCENARIO.burst),
    ],
    cwd: ROOT.pathname,
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const lines = mock.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let first = "";
  while (!first.includes("\n")) {
    const { value, done } = await lines.read();
    if (done) throw new Error("the mock exited before listening");
    first += value;
  }
  const ports = JSON.parse(first.split("\n")[0]) as {
    api: number;
    lwa: number;
  };
  const origin = `http://127.0.0.1:${ports.api}`;
  const results: ThrottleRun[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      await (await fetch(`${origin}/__reset`, { method: "POST" })).body
        ?.cancel();
      const job: SendJob = {
        client: "ours",
        origin,
        port: ports.api,
        lwaOrigin: `http://127.0.0.1:${ports.lwa}`,
        credentials: credentials(),
        accessToken: "",
        marketplaceId: SCENARIO.marketplaceId,
        messages: Array.from({ length: SCENARIO.messages }, (_, i) => ({
          orderId: `902-${1_000_000 + i}-${2_000_000 + i}`,
          text:
            `Your order is delayed by two days and now ships on Thursday (run ${run}, message ${
              i + 1
            }).`,
        })),
        concurrency: SCENARIO.concurrency,
        rate: SCENARIO.rate,
        burst: SCENARIO.burst,
      };
      const outcome = await runClient(job);
      const stats = await (await fetch(`${origin}/__stats`))
        .json() as ThrottledStats;
      const throttled = stats.arrivals.filter((a) => a.status === 429);
      const row: ThrottleRun = {
        run,
        throttled: throttled.length,
        ok: outcome.ok,
        ratio: outcome.elapsedMs / MINIMUM_MS,
        elapsedMs: outcome.elapsedMs,
        throttledAtMs: throttled.map((a) => Math.round(a.atMs * 10) / 10),
        eleventhAtMs: stats.arrivals[SCENARIO.burst]?.atMs,
        lastAtMs: stats.arrivals.at(-1)?.atMs,
        failures: outcome.failures,
      };
      results.push(row);
      console.error(
        `[throttle] run ${run}: 429s ${row.throttled}, ok ${row.ok}, ${
          row.ratio.toFixed(3)
        } × minimum`,
      );
    }
  } finally {
    await lines.cancel();
    mock.kill("SIGTERM");
    await mock.status;
  }
  return results;
}

if (import.meta.main) {
  const runs = Number(Deno.args.find((a) => /^\d+$/.test(a)) ?? 10);
  const rows = await throttleRuns(runs);
  if (Deno.args.includes("--json")) {
    console.log(
      JSON.stringify({ scenario: SCENARIO, minimumMs: MINIMUM_MS, rows }),
    );
  } else {
    console.log(
      `${SCENARIO.messages} sends, ${SCENARIO.rate}/s burst ${SCENARIO.burst}, ${SCENARIO.concurrency} in flight; minimum ${MINIMUM_MS} ms\n`,
    );
    console.log(
      "| run | 429s | ok | time ÷ minimum | 429 arrivals (ms) | send 11 at (ms) | last send at (ms) |",
    );
    console.log("|---|---|---|---|---|---|---|");
    for (const row of rows) {
      console.log(
        `| ${row.run} | ${row.throttled} | ${row.ok} | ${
          row.ratio.toFixed(3)
        } | ${row.throttledAtMs.join(", ")} | ${
          row.eleventhAtMs?.toFixed(1) ?? ""
        } | ${row.lastAtMs?.toFixed(1) ?? ""} |`,
      );
    }
    const clean = rows.filter((row) => row.throttled === 0).length;
    const worst = Math.max(...rows.map((row) => row.ratio));
    console.log(
      `\nruns without a 429: ${clean} of ${rows.length}; worst time ÷ minimum: ${
        worst.toFixed(3)
      }`,
    );
  }
}
