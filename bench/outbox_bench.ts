/**
 * The outbox's own cost per message on each store: `enqueue`, and one
 * `drainOnce()` over 100 queued messages with a stub client whose
 * `sendMessage` resolves at once (no network, no rate limiter), against
 * the same loop calling the stub directly. `deno bench` prints the ratios
 * against the baseline of each group. Deno KV runs on an in-memory
 * database here (`Deno.openKv(":memory:")`); `deno task bench:report`
 * measures it on a database file, with growth and the drain time against
 * Amazon's rate (bench/sections/outbox.ts).
 *
 * Run: deno bench --unstable-kv bench/outbox_bench.ts
 */
import { DatabaseSync } from "node:sqlite";
import { createDenoKvStores } from "../src/adapters/deno/kv_stores.ts";
import { createSqlOutboxStore } from "../src/adapters/cloudflare/sql_outbox_store.ts";
import type { SqlValue } from "../src/adapters/cloudflare/types.ts";
import { createOutbox } from "../src/outbox/create_outbox.ts";
import { createMemoryOutboxStore } from "../src/outbox/memory_store.ts";
import type { OutboxRequest, OutboxStore } from "../src/outbox/types.ts";
import type { MessagingClient } from "../src/sp_api/messaging_client.ts";

const BACKLOG = 100;
const HAS_KV = typeof Deno.openKv === "function";

function requestOf(n: number): OutboxRequest {
  return {
    kind: "message",
    type: "unexpectedProblem",
    amazonOrderId: `902-${1_000_000 + (n % 9_000_000)}-0000001`,
    marketplaceId: "ATVPDKIKX0DER",
    body: { text: `Your parcel ${n} is delayed by two days.` },
  };
}

/** A client that answers every send at once. */
function stubClient(): MessagingClient {
  let sent = 0;
  return {
    sendMessage() {
      sent += 1;
      return Promise.resolve({ requestId: `stub-${sent}` });
    },
  } as unknown as MessagingClient;
}

/** Node's SQLite in memory, shaped like a Durable Object's `ctx.storage.sql`. */
function sqlStore(): { store: OutboxStore; close(): void } {
  const db = new DatabaseSync(":memory:");
  const store = createSqlOutboxStore({
    exec(query: string, ...bindings: SqlValue[]) {
      const rows = db.prepare(query).all(
        ...(bindings as (string | number | null)[]),
      );
      return { toArray: () => rows as Record<string, SqlValue>[] };
    },
  });
  return { store, close: () => db.close() };
}

async function kvStore(): Promise<{ store: OutboxStore; close(): void }> {
  const kv = await Deno.openKv(":memory:");
  return { store: createDenoKvStores(kv).outbox, close: () => kv.close() };
}

const STORES: readonly {
  readonly name: string;
  readonly ignore?: boolean;
  readonly open: () => Promise<{ store: OutboxStore; close(): void }>;
}[] = [
  {
    name: "memory",
    open: () =>
      Promise.resolve({ store: createMemoryOutboxStore(), close() {} }),
  },
  { name: "Deno KV (:memory:)", ignore: !HAS_KV, open: kvStore },
  { name: "SQL (node:sqlite)", open: () => Promise.resolve(sqlStore()) },
];

// Enqueue: one message per iteration, into a fresh store every 2000
// messages (opened outside the timed window).
const ENQUEUE_PER_STORE = 2000;
for (const { name, ignore, open } of STORES) {
  let outbox: ReturnType<typeof createOutbox> | undefined;
  let close = () => {};
  let n = 0;
  Deno.bench(`enqueue, ${name}`, {
    group: "enqueue",
    baseline: name === "memory",
    ignore,
  }, async (b) => {
    if (outbox === undefined || n % ENQUEUE_PER_STORE === 0) {
      close();
      const opened = await open();
      close = opened.close;
      outbox = createOutbox({ store: opened.store, client: stubClient() });
    }
    const input = { request: requestOf(n++) };
    b.start();
    await outbox.enqueue(input);
    b.end();
  });
}

// Drain: 100 queued messages (queued outside the timed window), one drainOnce().
Deno.bench(`stub client called directly, ${BACKLOG} messages`, {
  group: "drain",
  baseline: true,
}, async () => {
  const client = stubClient();
  for (let n = 0; n < BACKLOG; n++) {
    const request = requestOf(n);
    await client.sendMessage("unexpectedProblem", request.amazonOrderId, {
      marketplaceId: request.marketplaceId,
      body: request.body as never,
      checkEligibility: false,
    });
  }
});

for (const { name, ignore, open } of STORES) {
  Deno.bench(`drainOnce, ${BACKLOG} queued, ${name}`, {
    group: "drain",
    ignore,
  }, async (b) => {
    const { store, close } = await open();
    let sent = 0;
    const client = {
      sendMessage() {
        sent += 1;
        return Promise.resolve({ requestId: `stub-${sent}` });
      },
    } as unknown as MessagingClient;
    const outbox = createOutbox({ store, client });
    for (let n = 0; n < BACKLOG; n++) {
      await outbox.enqueue({ request: requestOf(n) });
    }
    b.start();
    await outbox.drainOnce();
    b.end();
    close();
    if (sent !== BACKLOG) throw new Error(`sent ${sent} of ${BACKLOG}`);
  });
}
