/**
 * Throughput of the endpoint on Deno: dry runs of `POST /messages` (compose
 * with the default templates, eligibility from the cache, lint with the
 * recommended policy, API key check) against a bare Hono JSON echo route
 * served by the same `Deno.serve`, in the same process and run. The load
 * generator is npm autocannon in a separate Node process on loopback, so it
 * does not share the server's event loop. Rounds alternate echo and app;
 * the figure is the ratio of their requests per second.
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

import { Hono } from "hono";
import { createSandbox } from "../src/sp_api/sandbox/mod.ts";
import { createMessagingApp } from "../src/hono/mod.ts";

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
const echo = new Hono();
echo.post("/echo", async (c) => c.json(await c.req.json()));

const server = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen() {} },
  (request) =>
    new URL(request.url).pathname === "/echo"
      ? echo.fetch(request)
      : messaging.fetch(request),
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
  // Warm up both routes (JIT, caches).
  await load("/echo", 2);
  await load("/messages", 2);
  const echoes: Result[] = [];
  const apps: Result[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    echoes.push(await load("/echo", DURATION));
    apps.push(await load("/messages", DURATION));
  }
  const mean = (results: Result[], key: keyof Result) =>
    results.reduce((sum, r) => sum + r[key], 0) / results.length;
  for (const [name, results] of [["echo", echoes], ["app", apps]] as const) {
    if (results.some((r) => r.non2xx > 0 || r.errors > 0)) {
      throw new Error(`${name}: non-2xx answers or errors under load`);
    }
  }
  const echoRps = mean(echoes, "requests");
  const appRps = mean(apps, "requests");
  console.log(
    JSON.stringify(
      {
        deno: Deno.version.deno,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        rounds: ROUNDS,
        echo: {
          requestsPerSecond: Math.round(echoRps),
          p50Ms: mean(echoes, "p50"),
          p99Ms: mean(echoes, "p99"),
        },
        dryRun: {
          requestsPerSecond: Math.round(appRps),
          p50Ms: mean(apps, "p50"),
          p99Ms: mean(apps, "p99"),
        },
        ratio: Number((appRps / echoRps).toFixed(3)),
      },
      null,
      2,
    ),
  );
  if (sandbox.sent.length !== 0) throw new Error("a dry run sent a message");
} finally {
  await server.shutdown();
}
