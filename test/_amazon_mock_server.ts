/**
 * A loopback Amazon for tests with real processes: the sandbox
 * (`createSandbox`) served over HTTP on 127.0.0.1, with Amazon's Messaging
 * rate limit (1 request per second, burst 5, per seller and operation) on
 * the real clock. It answers any `Host`: Login with Amazon at
 * `/auth/o2/token`, the Messaging and Uploads APIs at their usual paths.
 * Point a client at it with `endpoint: url` and
 * `lwaEndpoint: url + "/auth/o2/token"` (or `SP_API_ENDPOINT` and
 * `LWA_ENDPOINT`).
 *
 * Run it as a program; the first line it prints is its URL:
 *
 * ```sh
 * deno run --allow-net=127.0.0.1 --unstable-no-legacy-abort test/_amazon_mock_server.ts [--port=0] [--rate=1] [--burst=5] [--sellers='{"Atzr|a":"A1SELLERA"}']
 * ```
 *
 * Control routes (not part of Amazon):
 * - `GET /__mock/sent`: {@linkcode AmazonMockState}, the messages received
 *   (seller, order, type, time), the POSTs, the 429s and the order-and-type
 *   pairs received more than once;
 * - `POST /__mock/faults`: queues a sandbox fault (JSON `SandboxFault`); a
 *   `drop` takes the message and answers 500, as Deno.serve cannot close a
 *   connection unanswered (`test/_dropping_server.ts` plays a real drop);
 * - `POST /__mock/reset`: forgets records, faults, tokens and buckets.
 *
 * From a test, {@linkcode startAmazonMock} runs it as a subprocess.
 */

import { parseArgs } from "node:util";
import {
  createSandbox,
  type Sandbox,
  type SandboxFault,
} from "../src/sp_api/sandbox/mod.ts";
import { startChildServer } from "./_child_server.ts";

/** A message the mock took. */
export interface MockMessage {
  /** The seller of the access token (see `SandboxOptions.sellers`). */
  readonly seller: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The message type. */
  readonly type: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** When it was taken, in milliseconds since the epoch. */
  readonly time: number;
  /** The `x-amzn-RequestId` it was answered with. */
  readonly requestId: string;
}

/** What `GET /__mock/sent` answers. */
export interface AmazonMockState {
  /** Messages taken, oldest first. */
  readonly sent: readonly MockMessage[];
  /** Every POST received (LWA, sends, upload destinations). */
  readonly posts: number;
  /** POSTs by operation (`lwaToken`, `createUnexpectedProblem`, ...). */
  readonly postsByOperation: Readonly<Record<string, number>>;
  /** Requests answered 429 `QuotaExceeded`. */
  readonly throttled: number;
  /** The 429s by seller. */
  readonly throttledBySeller: Readonly<Record<string, number>>;
  /** Each 429: whose, which operation, when (the mock's clock). */
  readonly throttledRequests: readonly {
    readonly seller: string;
    readonly operation: string;
    readonly time: number;
  }[];
  /** Access tokens LWA issued. */
  readonly tokensIssued: number;
  /** Order-and-type pairs taken more than once, with how often. */
  readonly duplicates: readonly {
    readonly amazonOrderId: string;
    readonly type: string;
    readonly count: number;
  }[];
}

/** Options of the mock (the program's flags). */
export interface AmazonMockOptions {
  /** The port; 0 picks a free one. Default 0. */
  readonly port?: number;
  /** Requests per second per seller and operation. Default 1. */
  readonly rate?: number;
  /** Burst per seller and operation. Default 5. */
  readonly burst?: number;
  /** Seller ids by refresh token (see `SandboxOptions.sellers`). */
  readonly sellers?: Readonly<Record<string, string>>;
}

function count(
  into: Record<string, number>,
  key: string,
): Record<string, number> {
  into[key] = (into[key] ?? 0) + 1;
  return into;
}

/**
 * The mock's state, from the sandbox's records.
 *
 * @param sandbox The sandbox behind the mock.
 * @returns Messages, POSTs, 429s and duplicates.
 */
export function mockState(sandbox: Sandbox): AmazonMockState {
  const posts = sandbox.requests.filter((r) => r.method === "POST");
  const throttled = sandbox.requests.filter((r) => r.status === 429);
  const pairs: Record<string, number> = {};
  for (const m of sandbox.sent) {
    count(pairs, JSON.stringify([m.amazonOrderId, m.type]));
  }
  return {
    sent: sandbox.sent.map((m) => ({
      seller: m.seller,
      amazonOrderId: m.amazonOrderId,
      type: m.type,
      marketplaceId: m.marketplaceId,
      time: m.time,
      requestId: m.requestId,
    })),
    posts: posts.length,
    postsByOperation: posts.reduce(
      (into, r) => count(into, r.operation),
      {} as Record<string, number>,
    ),
    throttled: throttled.length,
    throttledRequests: throttled.map((r) => ({
      seller: r.seller ?? "unknown",
      operation: r.operation,
      time: r.time,
    })),
    throttledBySeller: throttled.reduce(
      (into, r) => count(into, r.seller ?? "unknown"),
      {} as Record<string, number>,
    ),
    tokensIssued: sandbox.tokensIssued,
    duplicates: Object.entries(pairs).filter(([, n]) => n > 1).map((
      [pair, n],
    ) => {
      const [amazonOrderId, type] = JSON.parse(pair) as [string, string];
      return { amazonOrderId, type, count: n };
    }),
  };
}

/**
 * The mock's request handler: the control routes, else the sandbox.
 *
 * @param sandbox The sandbox to serve.
 * @returns A `Deno.serve` handler.
 */
export function amazonMockHandler(
  sandbox: Sandbox,
): (request: Request) => Promise<Response> {
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/__mock/sent" && request.method === "GET") {
      return Response.json(mockState(sandbox));
    }
    if (url.pathname === "/__mock/faults" && request.method === "POST") {
      try {
        sandbox.injectFault(await request.json() as SandboxFault);
      } catch (error) {
        return Response.json({ error: String(error) }, { status: 400 });
      }
      return new Response(null, { status: 204 });
    }
    if (url.pathname === "/__mock/reset" && request.method === "POST") {
      sandbox.reset();
      return new Response(null, { status: 204 });
    }
    if (url.pathname.startsWith("/__mock/")) {
      return Response.json({ error: "no such control route" }, {
        status: 404,
      });
    }
    try {
      return await sandbox.fetch(request);
    } catch {
      // A `drop` fault took the message. Deno.serve cannot close a
      // connection unanswered: answer 500, which leaves the client the same
      // unknown outcome.
      return Response.json({
        errors: [{
          code: "InternalFailure",
          message: "The connection was dropped after the request was taken.",
        }],
      }, { status: 500 });
    }
  };
}

/** A mock served in this process. */
export interface ServedAmazonMock {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The sandbox behind it. */
  readonly sandbox: Sandbox;
  /** Stops serving. */
  close(): Promise<void>;
}

/**
 * Serves the mock on 127.0.0.1 in this process.
 *
 * @param options Port, rate limit and sellers.
 * @returns Its URL, sandbox and `close`.
 */
export function serveAmazonMock(
  options: AmazonMockOptions = {},
): Promise<ServedAmazonMock> {
  const sandbox = createSandbox({
    rateLimit: { rate: options.rate ?? 1, burst: options.burst ?? 5 },
    ...(options.sellers === undefined ? {} : { sellers: options.sellers }),
  });
  return new Promise((resolve) => {
    const server = Deno.serve({
      hostname: "127.0.0.1",
      port: options.port ?? 0,
      onListen({ port }) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          sandbox,
          close: () => server.shutdown(),
        });
      },
    }, amazonMockHandler(sandbox));
  });
}

/** The mock running as a subprocess. */
export interface AmazonMockProcess {
  /** `http://127.0.0.1:<port>`: the `endpoint` (`SP_API_ENDPOINT`). */
  readonly url: string;
  /** `<url>/auth/o2/token`: the `lwaEndpoint` (`LWA_ENDPOINT`). */
  readonly lwaEndpoint: string;
  /** `GET /__mock/sent`. */
  state(): Promise<AmazonMockState>;
  /** `POST /__mock/faults`. */
  injectFault(fault: SandboxFault): Promise<void>;
  /** Stops it (SIGTERM, then SIGKILL) and answers its exit code. */
  stop(): Promise<number>;
}

const SELF = new URL(import.meta.url).pathname;

/**
 * Runs the mock as a subprocess (`deno run --allow-net=127.0.0.1`) and
 * waits for its URL. Bounded: killed after `deadlineMs`.
 *
 * @param options Port, rate limit and sellers.
 * @param deadlineMs When to kill it at the latest.
 * @returns The running mock.
 */
export async function startAmazonMock(
  options: AmazonMockOptions = {},
  deadlineMs = 120_000,
): Promise<AmazonMockProcess> {
  const args = [
    "run",
    "--allow-net=127.0.0.1",
    // A request's signal aborts when its client goes away, not after every
    // answer (the sandbox hands it to latency faults).
    "--unstable-no-legacy-abort",
    SELF,
    `--port=${options.port ?? 0}`,
    `--rate=${options.rate ?? 1}`,
    `--burst=${options.burst ?? 5}`,
    ...(options.sellers === undefined
      ? []
      : [`--sellers=${JSON.stringify(options.sellers)}`]),
  ];
  const server = await startChildServer("The Amazon mock", args, {
    env: {},
    stderr: "inherit",
    ready: /\n/,
    deadlineMs,
  });
  const url = server.printed.slice(0, server.printed.indexOf("\n")).trim();
  return {
    url,
    lwaEndpoint: `${url}/auth/o2/token`,
    async state() {
      const response = await fetch(`${url}/__mock/sent`);
      return await response.json() as AmazonMockState;
    },
    async injectFault(fault) {
      const response = await fetch(`${url}/__mock/faults`, {
        method: "POST",
        body: JSON.stringify(fault),
      });
      await response.body?.cancel();
      if (response.status !== 204) {
        throw new Error(
          `The Amazon mock refused the fault: ${response.status}`,
        );
      }
    },
    stop: server.stop,
  };
}

function positive(value: string | undefined, name: string, fallback: number) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(Number.isFinite(number) && number >= 0)) {
    throw new TypeError(`--${name} must be a number, got "${value}"`);
  }
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      port: { type: "string" },
      rate: { type: "string" },
      burst: { type: "string" },
      sellers: { type: "string" },
    },
    strict: true,
  });
  let sellers: Record<string, string> | undefined;
  if (values.sellers !== undefined) {
    try {
      sellers = JSON.parse(values.sellers);
    } catch {
      throw new TypeError(
        '--sellers must be JSON such as {"Atzr|seller-a": "A1SELLERA"}',
      );
    }
  }
  const served = await serveAmazonMock({
    port: positive(values.port, "port", 0),
    rate: positive(values.rate, "rate", 1),
    burst: positive(values.burst, "burst", 5),
    ...(sellers === undefined ? {} : { sellers }),
  });
  // The first line is the URL; a parent reads it.
  console.log(served.url);
}

if (import.meta.main) await main();
