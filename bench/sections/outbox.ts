/**
 * Outbox: what queueing and draining cost on each store, and how the drain
 * grows with the backlog and the number of sellers.
 *
 * - **Enqueue**: messages per second through `outbox.enqueue` into a fresh
 *   store (the timed window holds validation, the record, its id and the
 *   store write with its indexes).
 * - **Drain overhead**: one `drainOnce()` over a backlog of queued messages
 *   with a stub client whose `sendMessage` resolves at once (no network, no
 *   rate limiter, no token), so the time is the outbox and the store: lane
 *   lock, `due`, the claim (a compare-and-set to `sending`), the stub send
 *   and the finish (a compare-and-set to `sent`). Per message, and as a
 *   ratio to the baseline measured in the same round: the same loop calling
 *   the stub client directly with the same arguments.
 * - **Growth**: the drain overhead per message at backlogs of 100 and 1000
 *   (and 5000 in memory), all in one seller's lane or spread over 20
 *   sellers' lanes: flat means the total grows linearly.
 * - **Amazon-bound**: on a fake clock, the built-in sandbox enforcing 1
 *   request per second with a burst of 5 per seller and operation, 100
 *   messages for each of 1, 5 and 20 sellers through real clients: the fake
 *   time of the drain against Amazon's minimum for one seller's backlog.
 *
 * Stores: `createMemoryOutboxStore()`, Deno KV on a database file in a
 * temporary folder (`createDenoKvStores`), and the Durable Object's SQL store
 * (`createSqlOutboxStore`) on Node's SQLite in memory (`node:sqlite`) standing
 * in for `ctx.storage.sql`: the store's own code and queries, without
 * workerd's storage layer, its output gates or its disk.
 *
 * Every figure is wall-clock time (the KV store waits for its database
 * thread and the disk), with CPU time of the process beside it; the stores
 * and sizes run in interleaved rounds, a fresh store per run, and each
 * figure is the median over rounds.
 *
 * Run alone: `deno run --unstable-kv --allow-read=.,/tmp/sellerkit-bench-outbox --allow-write=/tmp/sellerkit-bench-outbox bench/sections/outbox.ts`
 * (prints JSON; `--rounds=N` changes the rounds).
 *
 * @module
 */

import { parseArgs } from "node:util";
import { DatabaseSync } from "node:sqlite";
import { createDenoKvStores } from "../../src/adapters/deno/kv_stores.ts";
import { createSqlOutboxStore } from "../../src/adapters/cloudflare/sql_outbox_store.ts";
import type {
  SqlStorageLike,
  SqlValue,
} from "../../src/adapters/cloudflare/types.ts";
import { createOutbox } from "../../src/outbox/create_outbox.ts";
import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import type { OutboxRequest, OutboxStore } from "../../src/outbox/types.ts";
import {
  createMessagingClient,
  type MessagingClient,
} from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "../../test/sp_api/_fake_clock.ts";
import { cpuNow, median } from "../report/measure.ts";

/** The stores measured. */
export type OutboxStoreName = "memory" | "deno-kv" | "sql";

/** One size of drain, for one store: medians over rounds. */
export interface OutboxDrainRow {
  readonly store: OutboxStoreName;
  /** Messages queued before the drain. */
  readonly backlog: number;
  /** Sellers they are spread over (one lane each). */
  readonly sellers: number;
  /** Wall-clock µs per message of `enqueue` (the backlog, into a fresh store). */
  readonly enqueueUs: number;
  /** CPU µs per message of `enqueue`. */
  readonly enqueueCpuUs: number;
  /** Messages per second through `enqueue` (from the median time). */
  readonly enqueuePerSecond: number;
  /** Median of the per-round ratios of the enqueue time to the memory store's of the same size. */
  readonly enqueueToMemory: number;
  /** Wall-clock µs per message of `drainOnce()`. */
  readonly drainUs: number;
  /** CPU µs per message of `drainOnce()` (this process, every thread). */
  readonly drainCpuUs: number;
  /** Median of the per-round ratios of `drainUs` to the baseline. */
  readonly drainRatio: number;
  /** Wall-clock µs per message of the baseline in the same rounds. */
  readonly baselineUs: number;
  /** Median of the per-round ratios to the memory store's drain of the same size (NaN without one). */
  readonly drainToMemory: number;
  /** Rounds measured. */
  readonly rounds: number;
}

/** A drain against the rate-limited sandbox on a fake clock. */
export interface OutboxAmazonRow {
  readonly sellers: number;
  /** Messages per seller. */
  readonly perSeller: number;
  /** Fake seconds from the drain's start to the last message the sandbox accepted. */
  readonly fakeSeconds: number;
  /** Amazon's minimum for one seller's backlog: (perSeller − burst) / rate. */
  readonly minimumSeconds: number;
  /** fakeSeconds ÷ minimumSeconds. */
  readonly ratio: number;
  /** 429s the sandbox answered. */
  readonly throttled: number;
  /** Messages the sandbox accepted (should be sellers × perSeller). */
  readonly accepted: number;
  /** Wall-clock seconds the simulation took (median). */
  readonly wallSeconds: number;
  /** Runs: the row is the median run by ratio; 429s are the most, accepted the fewest of any run. */
  readonly runs: number;
}

/** What the outbox section measured. */
export interface OutboxResult {
  readonly params: {
    readonly rounds: number;
    /** Rounds asked for, the least taken, and the time budget of the rounds. */
    readonly roundsAsked: number;
    readonly minRounds: number;
    readonly budgetMs: number;
    /** Passes of the baseline loop per run. */
    readonly baselinePasses: number;
    readonly rate: number;
    readonly burst: number;
    /** Where the KV database files were. */
    readonly kvFolder: string;
  };
  readonly drains: readonly OutboxDrainRow[];
  readonly amazon: readonly OutboxAmazonRow[];
  readonly sink: number;
}

const KV_FOLDER = "/tmp/sellerkit-bench-outbox";
const RATE = { rate: 1, burst: 5 } as const;
/** Messages per seller in the fake-clock drains, and runs of each. */
const PER_SELLER = 100;
const AMAZON_ROUNDS = 3;
const MARKETPLACE = "ATVPDKIKX0DER";

/** The drains: [store, backlog, sellers]. */
const SIZES: readonly (readonly [OutboxStoreName, number, number])[] = [
  ["memory", 100, 1],
  ["memory", 1000, 1],
  ["memory", 1000, 20],
  ["memory", 5000, 1],
  ["deno-kv", 100, 1],
  ["deno-kv", 1000, 1],
  ["deno-kv", 1000, 20],
  ["sql", 100, 1],
  ["sql", 1000, 1],
  ["sql", 1000, 20],
];
const STORES: readonly OutboxStoreName[] = ["memory", "deno-kv", "sql"];
/** Passes of the baseline loop per run (it is short). */
const BASELINE_PASSES = 10;

let sink = 0;

function sellerName(index: number): string {
  return `seller-${String(index).padStart(2, "0")}`;
}

function requestOf(n: number, seller: number): OutboxRequest {
  return {
    kind: "message",
    type: "unexpectedProblem",
    amazonOrderId: `${100 + seller}-${1_000_000 + n}-0000001`,
    marketplaceId: MARKETPLACE,
    body: { text: `Your parcel ${n} is delayed by two days.` },
  };
}

/** A client that answers every send at once, and counts them. */
function stubClient(): { client: MessagingClient; sent: () => number } {
  let sent = 0;
  const client = {
    sendMessage(_type: string, _order: string, _options: unknown) {
      sent += 1;
      return Promise.resolve({ requestId: `stub-${sent}` });
    },
  };
  return {
    client: client as unknown as MessagingClient,
    sent: () => sent,
  };
}

/** Node's SQLite in memory, shaped like a Durable Object's `ctx.storage.sql`. */
function openNodeSql(): { sql: SqlStorageLike; close(): void } {
  const db = new DatabaseSync(":memory:");
  return {
    sql: {
      exec(query: string, ...bindings: SqlValue[]) {
        const rows = db.prepare(query).all(
          ...(bindings as (string | number | null)[]),
        );
        return { toArray: () => rows as Record<string, SqlValue>[] };
      },
    },
    close: () => db.close(),
  };
}

let kvFiles = 0;

async function openStore(
  name: OutboxStoreName,
): Promise<{ store: OutboxStore; close(): Promise<void> }> {
  if (name === "memory") {
    return { store: createMemoryOutboxStore(), close: () => Promise.resolve() };
  }
  if (name === "sql") {
    const { sql, close } = openNodeSql();
    return {
      store: createSqlOutboxStore(sql),
      close: () => Promise.resolve(close()),
    };
  }
  await Deno.mkdir(KV_FOLDER, { recursive: true });
  const path = `${KV_FOLDER}/outbox-${Deno.pid}-${kvFiles++}.sqlite3`;
  const kv = await Deno.openKv(path);
  return {
    store: createDenoKvStores(kv).outbox,
    async close() {
      kv.close();
      for (const suffix of ["", "-wal", "-shm"]) {
        await Deno.remove(path + suffix).catch(() => {});
      }
    },
  };
}

interface RunTiming {
  readonly enqueueMs: number;
  readonly enqueueCpuMs: number;
  readonly drainMs: number;
  readonly drainCpuMs: number;
  /** Per pass. */
  readonly baselineMs: number;
}

/**
 * One run: a fresh store, enqueue (timed), then unless `drain` is false
 * the drain (timed) and the baseline (timed).
 */
async function runOnce(
  name: OutboxStoreName,
  backlog: number,
  sellers: number,
  drain = true,
): Promise<RunTiming> {
  const { store, close } = await openStore(name);
  try {
    const stub = stubClient();
    const outbox = createOutbox({ store, client: stub.client });
    const requests = Array.from(
      { length: backlog },
      (_, n) => ({ seller: n % sellers, request: requestOf(n, n % sellers) }),
    );
    const enqueue0 = performance.now();
    const enqueueCpu0 = cpuNow();
    for (const { seller, request } of requests) {
      await outbox.enqueue({ seller: sellerName(seller), request });
    }
    const enqueueCpuMs = (cpuNow() - enqueueCpu0) / 1e6;
    const enqueueMs = performance.now() - enqueue0;
    if (!drain) {
      return {
        enqueueMs,
        enqueueCpuMs,
        drainMs: NaN,
        drainCpuMs: NaN,
        baselineMs: NaN,
      };
    }

    const drain0 = performance.now();
    const cpu0 = cpuNow();
    await outbox.drainOnce();
    const drainCpuMs = (cpuNow() - cpu0) / 1e6;
    const drainMs = performance.now() - drain0;
    if (stub.sent() !== backlog) {
      throw new Error(
        `${name}: drainOnce() sent ${stub.sent()} of ${backlog} messages`,
      );
    }

    // The baseline: the same loop calling the stub client directly, with
    // the arguments the outbox passes.
    const direct = stubClient();
    const baseline0 = performance.now();
    for (let pass = 0; pass < BASELINE_PASSES; pass++) {
      for (const { request } of requests) {
        const answer = await direct.client.sendMessage(
          "unexpectedProblem",
          request.amazonOrderId,
          {
            marketplaceId: request.marketplaceId,
            body: request.body as never,
            checkEligibility: false,
          },
        );
        sink += answer.requestId?.length ?? 0;
      }
    }
    const baselineMs = (performance.now() - baseline0) / BASELINE_PASSES;
    return { enqueueMs, enqueueCpuMs, drainMs, drainCpuMs, baselineMs };
  } finally {
    await close();
  }
}

/**
 * Enqueues and drains, in interleaved rounds (rotating order): at least
 * `minRounds`, and more up to `rounds` while another round fits in
 * `budgetMs`.
 */
async function measure(
  rounds: number,
  minRounds: number,
  budgetMs: number,
): Promise<OutboxDrainRow[]> {
  const started = performance.now();
  // Warm-up: one small run per store (JIT, the first KV open).
  for (const name of STORES) await runOnce(name, 200, 2);
  const timings: RunTiming[][] = SIZES.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const elapsed = performance.now() - started;
    if (round >= minRounds && elapsed + elapsed / round > budgetMs) break;
    for (let k = 0; k < SIZES.length; k++) {
      const index = (k + round) % SIZES.length;
      const [name, backlog, sellers] = SIZES[index];
      timings[index].push(await runOnce(name, backlog, sellers));
    }
  }
  return SIZES.map(([store, backlog, sellers], index): OutboxDrainRow => {
    const runs = timings[index];
    const perMessage = (ms: number) => (ms * 1000) / backlog;
    const memory = timings[
      SIZES.findIndex(([s, b, n]) =>
        s === "memory" && b === backlog && n === sellers
      )
    ];
    const toMemory = (pick: (r: RunTiming) => number) =>
      memory === undefined
        ? NaN
        : median(runs.map((r, i) => pick(r) / pick(memory[i])));
    const enqueueUs = median(runs.map((r) => perMessage(r.enqueueMs)));
    return {
      store,
      backlog,
      sellers,
      enqueueUs,
      enqueueCpuUs: median(runs.map((r) => perMessage(r.enqueueCpuMs))),
      enqueuePerSecond: 1e6 / enqueueUs,
      enqueueToMemory: toMemory((r) => r.enqueueMs),
      drainUs: median(runs.map((r) => perMessage(r.drainMs))),
      drainCpuUs: median(runs.map((r) => perMessage(r.drainCpuMs))),
      drainRatio: median(runs.map((r) => r.drainMs / r.baselineMs)),
      baselineUs: median(runs.map((r) => perMessage(r.baselineMs))),
      drainToMemory: toMemory((r) => r.drainMs),
      rounds: runs.length,
    };
  });
}

/** One drain against the rate-limited sandbox, on a fake clock. */
async function amazonBound(
  sellers: number,
  perSeller: number,
): Promise<Omit<OutboxAmazonRow, "runs">> {
  const wall0 = performance.now();
  const clock = createFakeClock(Date.UTC(2026, 11, 4));
  const names = Array.from({ length: sellers }, (_, i) => sellerName(i));
  const sandbox = createSandbox({
    clock,
    rateLimit: RATE,
    sellers: Object.fromEntries(names.map((s) => [`Atzr|${s}`, s])),
  });
  const clients = new Map<string, MessagingClient>();
  const outbox = createOutbox({
    store: createMemoryOutboxStore(),
    clock,
    client: (seller) => {
      let client = clients.get(seller);
      if (client === undefined) {
        client = createMessagingClient({
          auth: {
            clientId: "amzn1.application-oa2-client.bench",
            clientSecret: `bench-secret-${seller}`,
            refreshToken: `Atzr|${seller}`,
          },
          fetch: sandbox.fetch,
          clock,
          // Real work inside the sandbox must not let a timeout fire on
          // the fake clock.
          timeoutMs: Infinity,
          rateLimit: { ...RATE, spaceFromAnswers: true },
        });
        clients.set(seller, client);
      }
      return client;
    },
  });
  for (let n = 0; n < perSeller; n++) {
    for (let s = 0; s < sellers; s++) {
      await outbox.enqueue({ seller: names[s], request: requestOf(n, s) });
    }
  }
  const start = clock.now();
  await outbox.drainOnce();
  const total = sellers * perSeller;
  if (sandbox.sent.length !== total) {
    throw new Error(
      `The fake-clock drain delivered ${sandbox.sent.length} of ${total} messages`,
    );
  }
  const elapsed = Math.max(...sandbox.sent.map((m) => m.time)) - start;
  const minimum = ((perSeller - RATE.burst) / RATE.rate) * 1000;
  return {
    sellers,
    perSeller,
    fakeSeconds: elapsed / 1000,
    minimumSeconds: minimum / 1000,
    ratio: elapsed / minimum,
    throttled: sandbox.requests.filter((r) => r.status === 429).length,
    accepted: sandbox.sent.length,
    wallSeconds: (performance.now() - wall0) / 1000,
  };
}

/** Runs the outbox section. */
export async function runOutbox(
  rounds = 5,
  minRounds = 3,
  budgetMs = 30_000,
): Promise<OutboxResult> {
  const drains = await measure(rounds, minRounds, budgetMs);
  // The fake-clock drains are nearly deterministic (real I/O inside the
  // sandbox can reorder sends within a fake millisecond): medians of
  // AMAZON_ROUNDS runs.
  const amazon: OutboxAmazonRow[] = [];
  for (const sellers of [1, 5, 20]) {
    const runs: Omit<OutboxAmazonRow, "runs">[] = [];
    for (let i = 0; i < AMAZON_ROUNDS; i++) {
      runs.push(await amazonBound(sellers, PER_SELLER));
    }
    const byRatio = [...runs].sort((a, b) => a.ratio - b.ratio);
    amazon.push({
      ...byRatio[Math.floor(byRatio.length / 2)],
      throttled: Math.max(...runs.map((r) => r.throttled)),
      accepted: Math.min(...runs.map((r) => r.accepted)),
      wallSeconds: median(runs.map((r) => r.wallSeconds)),
      runs: runs.length,
    });
  }
  return {
    params: {
      rounds: Math.min(...drains.map((d) => d.rounds)),
      roundsAsked: rounds,
      minRounds,
      budgetMs,
      baselinePasses: BASELINE_PASSES,
      rate: RATE.rate,
      burst: RATE.burst,
      kvFolder: KV_FOLDER,
    },
    drains,
    amazon,
    sink,
  };
}

if (import.meta.main) {
  const args = parseArgs({
    args: Deno.args,
    options: { rounds: { type: "string", default: "5" } },
  });
  const rounds = Number(args.values.rounds);
  if (!Number.isSafeInteger(rounds) || rounds < 1) {
    throw new RangeError(`--rounds must be a positive integer, got ${rounds}`);
  }
  console.log(
    JSON.stringify(await runOutbox(rounds, Math.min(3, rounds))),
  );
}
