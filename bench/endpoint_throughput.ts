/**
 * Throughput of the endpoint on Deno: dry runs of `POST /messages` (compose
 * with the default templates, eligibility from the cache, lint with the
 * recommended policy, API key check) served by `Deno.serve`, loaded by npm
 * autocannon in a separate Node process on loopback (so it does not share
 * the server's event loop) at 32 connections. It reports dry runs per
 * second per core (the server is one JavaScript thread) and the latency
 * percentiles, against the targets: at least 5,000 dry runs/s with a p99 of
 * at most 20 ms. (The per-request CPU cost against compose + lint alone is
 * `bench/endpoint_dry_run_bench.ts`.)
 *
 * Not a `deno bench` file (its name keeps `deno task bench` from picking it
 * up). Run:
 *
 * ```sh
 * deno run --allow-net=127.0.0.1 --allow-read --allow-run=node bench/endpoint_throughput.ts [--duration=10] [--connections=32] [--rounds=2]
 * ```
 *
 * @module
 */

import { createSandbox } from "../src/sp_api/sandbox/mod.ts";
import { createMessagingApp } from "../src/http/mod.ts";

function option(name: string, fallback: number): number {
  const arg = Deno.args.find((a) => a.startsWith(`--${name}=`));
  const value = arg === undefined ? fallback : Number(arg.split("=")[1]);
  if (!(value > 0)) throw new RangeError(`--${name} must be positive`);
  return value;
}

const DURATION = option("duration", 10);
const CONNECTIONS = option("connections", 32);
const ROUNDS = option("rounds", 2);
const KEY = "bench-key-0123456789abcdef0123456789abcdef";
const AUTOCANNON =
  new URL("../node_modules/autocannon/autocannon.js", import.meta.url)
    .pathname;

const BODY = JSON.stringify({
  amazonOrderId: "123-1234567-1234567",
  marketplaceId: "A1PA6795UKMFR9",
  type: "unexpectedProblem",
  data: {
    amazonOrderId: "123-1234567-1234567",
    sellerName: "Northwind Outfitters",
    productTitle: "Trail Runner 2 Waterproof Hiking Boots",
    newShipDate: "2026-12-09",
  },
  dryRun: true,
});

const sandbox = createSandbox({
  rateLimit: false,
  orders: { "123-1234567-1234567": { locale: "de-DE" } },
});
const messaging = createMessagingApp({
  client: {
    auth: { accessToken: "Atza|bench" },
    fetch: sandbox.fetch,
    rateLimit: { rate: 1_000_000, burst: 1_000_000 },
  },
  apiKeys: [KEY],
  cacheTtlMs: 60_000,
});
const TARGET_RPS = 5_000;
const TARGET_P99_MS = 20;

const server = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen() {} },
  messaging.fetch,
);
const base = `http://127.0.0.1:${server.addr.port}`;

interface Result {
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function load(path: string, seconds: number): Promise<Result> {
  const { code, stdout, stderr } = await new Deno.Command("node", {
    args: [
      AUTOCANNON,
      "--json",
      "-c",
      String(CONNECTIONS),
      "-d",
      String(seconds),
      "-m",
      "POST",
      "-H",
      "content-type=application/json",
      "-H",
      `authorization=Bearer ${KEY}`,
      "-b",
      BODY,
      `${base}${path}`,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(`autocannon failed: ${new TextDecoder().decode(stderr)}`);
  }
  const json = JSON.parse(new TextDecoder().decode(stdout));
  return {
    requests: json.requests.average,
    p50: json.latency.p50,
    p99: json.latency.p99,
    non2xx: json.non2xx,
    errors: json.errors,
  };
}

try {
  const check = await messaging.fetch(
    new Request(`${base}/messages`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${KEY}`,
      },
      body: BODY,
    }),
  );
  const answer = await check.json();
  if (check.status !== 200 || answer.status !== "valid") {
    throw new Error(`The dry run is not valid: ${JSON.stringify(answer)}`);
  }
  // Warm up (JIT, caches).
  await load("/messages", 2);
  const rounds: Result[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push(await load("/messages", DURATION));
  }
  if (rounds.some((r) => r.non2xx > 0 || r.errors > 0)) {
    throw new Error("non-2xx answers or errors under load");
  }
  const mean = (key: keyof Result) =>
    rounds.reduce((sum, r) => sum + r[key], 0) / rounds.length;
  const rps = Math.round(mean("requests"));
  const p99 = mean("p99");
  console.log(
    JSON.stringify(
      {
        deno: Deno.version.deno,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        rounds: ROUNDS,
        dryRun: {
          requestsPerSecond: rps,
          p50Ms: mean("p50"),
          p99Ms: p99,
          perRound: rounds.map((r) => ({
            requestsPerSecond: Math.round(r.requests),
            p99Ms: r.p99,
          })),
        },
        target: {
          requestsPerSecond: TARGET_RPS,
          p99Ms: TARGET_P99_MS,
          met: rps >= TARGET_RPS && p99 <= TARGET_P99_MS,
        },
      },
      null,
      2,
    ),
  );
  if (sandbox.sent.length !== 0) throw new Error("a dry run sent a message");
} finally {
  await server.shutdown();
}
