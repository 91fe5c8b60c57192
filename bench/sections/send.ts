/**
 * Send: a bulk send of M messages against the built-in sandbox served on
 * 127.0.0.1 with a rate limit (scaled up from Amazon's 1 request/s so the
 * run is short), through this library's client (under Deno) and the most
 * used peer clients (under Node, installed into a temporary folder): 429s
 * received, total time against the theoretical minimum, and duplicates under
 * injected faults (500 after the message was accepted, connection dropped
 * after it was accepted).
 *
 * Run alone: `deno run --allow-read=.,/tmp/sellerkit-bench-peers
 * --allow-write=/tmp/sellerkit-bench-peers --allow-run=deno,node,npm
 * --allow-net=127.0.0.1 bench/sections/send.ts` (prints JSON, progress on
 * standard error).
 *
 * @module
 */

import { startLoopbackSandbox } from "../send/loopback_sandbox.ts";
import type { PlannedFault, ServerStats } from "../send/loopback_sandbox.ts";
import type { JobMessage, SendJob, SendOutcome } from "../send/job.ts";

const ROOT = new URL("../../", import.meta.url);
const PEERS_SOURCE = new URL("../peers/", import.meta.url);
/** Where the peers are installed: outside the repository. */
export const PEER_DIR = "/tmp/sellerkit-bench-peers";

/** The scenario. */
export const PARAMS = {
  /** Amazon's plan for every Messaging operation is 1/s, burst 5; scaled up. */
  rate: 10,
  burst: 10,
  /** Bulk scenario. */
  messages: 60,
  concurrency: 5,
  /** Fault scenario: sequential, with two faults. */
  faultMessages: 20,
  faults: [
    { afterSent: 5, kind: "error-after-accept" },
    { afterSent: 12, kind: "drop" },
  ] as readonly PlannedFault[],
  rounds: 3,
  marketplaceId: "ATVPDKIKX0DER",
} as const;

const CREDENTIALS = {
  clientId: "amzn1.application-oa2-client.bench",
  clientSecret: "bench-secret",
  refreshToken: "Atzr|bench-refresh-token",
};

/** A client under test. */
export interface ClientInfo {
  readonly id: string;
  /** Package and version. */
  readonly label: string;
  readonly runtime: string;
}

/** One run of one client. */
export interface SendRun {
  readonly client: string;
  readonly scenario: "bulk" | "faults";
  readonly round: number;
  /** What the client reported, or why it could not run. */
  readonly outcome?: SendOutcome;
  readonly error?: string;
  /** What the sandbox saw. */
  readonly server: ServerStats;
  /** 429 answers to sends. */
  readonly throttled: number;
}

/** What the send section measured. */
export interface SendResult {
  readonly params: typeof PARAMS;
  /** (M − burst) / rate, in milliseconds. */
  readonly minimumMs: number;
  readonly clients: readonly ClientInfo[];
  readonly peers: {
    readonly installed: boolean;
    readonly error?: string;
    readonly node?: string;
    readonly seconds: number;
  };
  readonly runs: readonly SendRun[];
}

function log(message: string): void {
  console.error(`[send] ${message}`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

async function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; stdin?: string; timeoutMs: number },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = new Deno.Command(command, {
    args: [...args],
    cwd: options.cwd,
    stdin: options.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (options.stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(options.stdin));
    await writer.close();
  }
  const timer = setTimeout(() => {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }, options.timeoutMs);
  const output = await child.output();
  clearTimeout(timer);
  return {
    code: output.code,
    stdout: new TextDecoder().decode(output.stdout),
    stderr: new TextDecoder().decode(output.stderr),
  };
}

/** Installs the pinned peers into {@linkcode PEER_DIR} unless already there. */
async function installPeers(): Promise<SendResult["peers"]> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const node = (await run("node", ["--version"], { timeoutMs: 10_000 }))
      .stdout.trim();
    await Deno.mkdir(PEER_DIR, { recursive: true });
    for (
      const name of [
        "package.json",
        "package-lock.json",
        "run_peer.mjs",
        "loopback_only.cjs",
      ]
    ) {
      await Deno.copyFile(new URL(name, PEERS_SOURCE), `${PEER_DIR}/${name}`);
    }
    const lock = await Deno.readTextFile(`${PEER_DIR}/package-lock.json`);
    const marker = `${PEER_DIR}/node_modules/.bench-lock`;
    const installed = await exists(marker) &&
      (await Deno.readTextFile(marker)) === lock;
    if (!installed) {
      log(`installing peers into ${PEER_DIR} (npm ci)`);
      const result = await run("npm", [
        "ci",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
      ], { cwd: PEER_DIR, timeoutMs: 180_000 });
      if (result.code !== 0) {
        return {
          installed: false,
          error: `npm ci failed: ${result.stderr.trim().slice(-500)}`,
          node,
          seconds: seconds(),
        };
      }
      await Deno.writeTextFile(marker, lock);
    }
    return { installed: true, node, seconds: seconds() };
  } catch (error) {
    return {
      installed: false,
      error: error instanceof Error ? error.message : String(error),
      seconds: seconds(),
    };
  }
}

async function peerVersion(name: string): Promise<string> {
  try {
    const json = JSON.parse(
      await Deno.readTextFile(`${PEER_DIR}/node_modules/${name}/package.json`),
    );
    return `${name}@${json.version}`;
  } catch {
    return `${name} (not installed)`;
  }
}

function messages(count: number, tag: string): JobMessage[] {
  return Array.from({ length: count }, (_, i) => {
    const orderId = `902-${1_000_000 + i}-${2_000_000 + i}`;
    return {
      orderId,
      text:
        `Order ${orderId}: a problem at our warehouse delays your parcel by two days; it now ships on Thursday. We apologize. (${tag}, message ${
          i + 1
        } of ${count})`,
    };
  });
}

async function accessToken(origin: string): Promise<string> {
  const response = await fetch(`${origin}/auth/o2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: CREDENTIALS.refreshToken,
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
    }),
  });
  const json = await response.json();
  if (typeof json.access_token !== "string") {
    throw new Error(`the sandbox issued no token: ${JSON.stringify(json)}`);
  }
  return json.access_token;
}

async function runClient(
  client: string,
  job: SendJob,
): Promise<{ outcome?: SendOutcome; error?: string }> {
  const input = JSON.stringify(job);
  const result = client.startsWith("ours")
    ? await run("deno", [
      "run",
      "--allow-net=127.0.0.1",
      "bench/send/run_ours.ts",
    ], { cwd: ROOT.pathname, stdin: input, timeoutMs: 120_000 })
    : await run("node", [
      "--require",
      `${PEER_DIR}/loopback_only.cjs`,
      `${PEER_DIR}/run_peer.mjs`,
    ], { cwd: PEER_DIR, stdin: input, timeoutMs: 120_000 });
  const last = result.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return { outcome: JSON.parse(last) as SendOutcome };
  } catch {
    return {
      error: `exit ${result.code}: ${
        (result.stderr.trim() || result.stdout.trim()).slice(-600)
      }`,
    };
  }
}

/** Runs both scenarios for every client, interleaving clients within each round. */
export async function runSend(): Promise<SendResult> {
  const peers = await installPeers();
  const clients: ClientInfo[] = [
    {
      id: "ours",
      label: "@sellerkit/buyer-messages, default fetch",
      runtime: `Deno ${Deno.version.deno}`,
    },
    {
      id: "ours-nopool",
      label: "@sellerkit/buyer-messages, explicit no-reuse client",
      runtime: `Deno ${Deno.version.deno}`,
    },
  ];
  if (peers.installed) {
    clients.push(
      {
        id: "amazon-sp-api",
        label: await peerVersion("amazon-sp-api"),
        runtime: `Node ${peers.node}`,
      },
      {
        id: "sp-api-sdk",
        label: `${await peerVersion("@sp-api-sdk/common")} (${await peerVersion(
          "@sp-api-sdk/auth",
        )}); messaging-api-v1 not installable`,
        runtime: `Node ${peers.node}`,
      },
      {
        id: "amazon-sdk",
        label: await peerVersion("@amazon-sp-api-release/amazon-sp-api-sdk-js"),
        runtime: `Node ${peers.node}`,
      },
    );
  }
  const server = await startLoopbackSandbox({
    rate: PARAMS.rate,
    burst: PARAMS.burst,
    credentials: CREDENTIALS,
  });
  const runs: SendRun[] = [];
  try {
    for (let round = 1; round <= PARAMS.rounds; round++) {
      for (const scenario of ["bulk", "faults"] as const) {
        for (let k = 0; k < clients.length; k++) {
          const client = clients[(k + round - 1) % clients.length].id;
          server.reset(scenario === "faults" ? PARAMS.faults : []);
          const token = await accessToken(server.origin);
          const job: SendJob = {
            client,
            origin: server.origin,
            port: server.port,
            credentials: CREDENTIALS,
            accessToken: token,
            marketplaceId: PARAMS.marketplaceId,
            messages: messages(
              scenario === "bulk" ? PARAMS.messages : PARAMS.faultMessages,
              `${scenario} ${round}`,
            ),
            concurrency: scenario === "bulk" ? PARAMS.concurrency : 1,
            rate: PARAMS.rate,
            burst: PARAMS.burst,
          };
          const result = await runClient(client, job);
          const stats = server.stats();
          const throttled =
            stats.responses["createUnexpectedProblem"]?.["429"] ??
              0;
          runs.push({
            client,
            scenario,
            round,
            ...result,
            server: stats,
            throttled,
          });
          log(
            `round ${round} ${scenario} ${client}: ${
              result.outcome
                ? `${
                  (result.outcome.elapsedMs / 1000).toFixed(2)
                } s, ok ${result.outcome.ok}, 429s ${throttled}, accepted ${stats.accepted}, duplicates ${stats.duplicates}`
                : result.error
            }`,
          );
        }
      }
    }
  } finally {
    await server.close();
  }
  return {
    params: PARAMS,
    minimumMs: (PARAMS.messages - PARAMS.burst) / PARAMS.rate * 1000,
    clients,
    peers,
    runs,
  };
}

if (import.meta.main) console.log(JSON.stringify(await runSend()));
