/**
 * The seller's Durable Object in a real workerd, through Miniflare, on
 * SQLite storage: the outbox store contract through the Worker's stores
 * (each call a request to the seller's object), a queue drained by the
 * object's alarm against the sandbox playing Amazon (1 request a second,
 * burst 5, per seller and operation, with a 429 past that), and a restart
 * of the runtime on the same persistence folder mid-drain.
 *
 * `test/adapters/cloudflare/_worker.ts` is bundled with esbuild into a temp
 * folder. Amazon is `createSandbox()` in this process, reached through
 * Miniflare's `outboundService`: nothing leaves the machine. Bounded: every
 * wait has a deadline, and Miniflare is disposed.
 */
import assert from "node:assert/strict";
import { Miniflare, Response as MiniflareResponse } from "miniflare";
import {
  bundle,
  bundleWorker,
  stopEsbuild,
} from "../../../scripts/build_worker.ts";
import { DATA, KEY, US } from "../../http/_app.ts";
import {
  createSandbox,
  type Sandbox,
} from "../../../src/sp_api/sandbox/mod.ts";
import type { OutboxRecord, OutboxStore } from "../../../src/outbox/types.ts";
import { testOutboxStore } from "../../outbox/_store_contract.ts";
import { deadline } from "../../_timing.ts";

const COMPATIBILITY_DATE = "2025-09-01";
const SELLERS = ["seller-a", "seller-b", "seller-c", "seller-p"];

const dir = await Deno.makeTempDir({ prefix: "buyer-messages-do-" });
globalThis.addEventListener("unload", () => {
  try {
    Deno.removeSync(dir, { recursive: true });
  } catch {
    // Already gone.
  }
});
const scriptPath = `${dir}/worker.js`;
const examplePath = `${dir}/example.js`;
let exampleGzipBytes = 0;
try {
  const built = await deadline(
    bundle({
      entry: "test/adapters/cloudflare/_worker.ts",
      platform: "browser",
      minify: false,
    }),
    60_000,
    "bundling the test worker",
  );
  await Deno.writeTextFile(scriptPath, built.code);
  const example = await deadline(
    bundleWorker(),
    60_000,
    "bundling the example",
  );
  await Deno.writeTextFile(examplePath, example.code);
  exampleGzipBytes = example.gzipBytes;
} finally {
  await stopEsbuild();
}

/** Where Amazon's calls go: a handler in this process. */
type Outbound = (request: Request) => Promise<Response>;

function start(outbound: Outbound, persist?: string): Miniflare {
  return new Miniflare({
    modules: true,
    scriptPath,
    modulesRoot: dir,
    compatibilityDate: COMPATIBILITY_DATE,
    durableObjects: {
      OUTBOX: { className: "SellerOutboxObject", useSQLite: true },
      CONTRACT: { className: "ContractObject", useSQLite: true },
    },
    ...(persist === undefined ? {} : { durableObjectsPersist: persist }),
    bindings: {
      LWA_CLIENT_ID: "amzn1.application-oa2-client.test",
      LWA_CLIENT_SECRET: "do-test-secret",
      LWA_REFRESH_TOKEN: "Atzr|unused",
      LWA_ENDPOINT: "https://lwa.example/auth/o2/token",
      SP_API_ENDPOINT: "https://sellingpartnerapi.example",
    },
    // Miniflare hands over its own Request; Deno's is rebuilt from it.
    outboundService: async (request: unknown) => {
      const incoming = request as Request;
      const body = incoming.method === "GET" || incoming.method === "HEAD"
        ? undefined
        : await incoming.text();
      const response = await outbound(
        new Request(incoming.url, {
          method: incoming.method,
          headers: [...incoming.headers],
          body,
        }),
      );
      return new MiniflareResponse(await response.text(), {
        status: response.status,
        headers: [...response.headers],
      });
    },
  });
}

/** The sandbox as Amazon: 1 a second, burst 5, one seller per refresh token. */
function amazon(): Sandbox {
  return createSandbox({
    rateLimit: { rate: 1, burst: 5 },
    sellers: Object.fromEntries(SELLERS.map((s) => [`Atzr|${s}`, s])),
  });
}

async function call(
  base: URL,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await deadline(
    fetch(new URL(path, base), {
      method: body === undefined ? "GET" : "POST",
      ...(body === undefined ? {} : {
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    }),
    15_000,
    path,
  );
  const answer = await response.json() as { result?: unknown; error?: string };
  if (!response.ok) throw new Error(`${path}: ${answer.error}`);
  return answer.result;
}

function order(i: number): string {
  return `123-${String(i).padStart(7, "0")}-0000001`;
}

function enqueue(base: URL, prefix: string, seller: string, i: number) {
  return call(base, `/enqueue/${prefix}`, {
    seller,
    request: {
      kind: "message",
      type: "unexpectedProblem",
      amazonOrderId: order(i),
      marketplaceId: "ATVPDKIKX0DER",
      body: { text: `Your parcel ${i} is delayed by two days.` },
    },
  }) as Promise<OutboxRecord>;
}

async function records(
  base: URL,
  prefix: string,
  seller: string,
): Promise<OutboxRecord[]> {
  const page = await call(base, `/list/${prefix}/${seller}`) as {
    records: OutboxRecord[];
  };
  return page.records;
}

async function until<T>(
  what: string,
  ms: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${ms} ms${last ? ` (${last})` : ""}`);
}

function count<T>(items: readonly T[], key: (item: T) => string) {
  const counts = new Map<string, number>();
  for (const item of items) {
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  }
  return counts;
}

// The contract: one runtime for all its tests (started before them, so that
// no test sees it start), a fresh name prefix, so fresh objects, per test.
const contractAmazon = amazon();
const contract = start((request) => contractAmazon.fetch(request));
const contractBase = await deadline(contract.ready, 30_000, "Miniflare start");
let opened = 0;

testOutboxStore("Durable Object (workerd)", () => {
  const prefix = `contract-${++opened}:`;
  const proxy = (method: keyof OutboxStore) => (...args: unknown[]) =>
    call(contractBase, `/store/${prefix}/${method}`, args);
  const store = Object.fromEntries(
    (
      [
        "insert",
        "get",
        "replace",
        "due",
        "nextDue",
        "lanes",
        "expired",
        "list",
        "lock",
        "unlock",
      ] as const
    ).map((method) => [method, proxy(method)]),
  ) as unknown as OutboxStore;
  return Promise.resolve({ store, close: () => Promise.resolve() });
});

Deno.test({
  name:
    "SellerOutboxObject alarm drains each seller's queue at Amazon's pace, sharing the bucket with the Worker's own sends",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const sandbox = contractAmazon;
    const prefix = "drain:";
    const started = Date.now();
    const queued = [
      ...Array.from({ length: 8 }, (_, i) => ["seller-a", i] as const),
      ...Array.from({ length: 4 }, (_, i) => ["seller-b", 100 + i] as const),
    ];
    for (const [seller, i] of queued) {
      const record = await enqueue(contractBase, prefix, seller, i);
      assert.equal(record.status, "queued");
      assert.equal(record.seller, seller);
    }
    // While the object drains seller-a, the Worker sends 3 more for
    // seller-a itself, taking tokens from the object's bucket.
    for (let i = 0; i < 3; i++) {
      await call(contractBase, `/send/${prefix}/seller-a`, {
        amazonOrderId: order(200 + i),
        text: `A direct message ${i}.`,
      });
    }
    const done = await until("every message sent", 60_000, async () => {
      const all = [
        ...await records(contractBase, prefix, "seller-a"),
        ...await records(contractBase, prefix, "seller-b"),
      ];
      return all.length === 12 && all.every((r) => r.status === "sent")
        ? all
        : undefined;
    });
    const elapsed = Date.now() - started;
    assert.equal(done.length, 12);
    // Amazon saw every message once, never a 429.
    const posts = sandbox.sent;
    assert.equal(posts.length, 15);
    assert.deepEqual(
      [...count(posts, (m) => m.amazonOrderId).values()].filter((n) => n > 1),
      [],
    );
    const throttled = sandbox.requests.filter((r) => r.status === 429);
    const t0 = sandbox.requests[0]?.time ?? 0;
    assert.deepEqual(
      throttled.map((r) => `${r.seller} ${r.operation}`),
      [],
      sandbox.requests.map((r) =>
        `${r.time - t0} ms ${r.seller} ${r.operation} ${r.status}`
      ).join("\n"),
    );
    // seller-a: 11 messages at burst 5 and 1/s take at least 6 s; the
    // lanes of the two sellers went side by side.
    const timesA = posts.filter((m) => m.seller === "seller-a").map((m) =>
      m.time
    ).sort((a, b) => a - b);
    assert.equal(timesA.length, 11);
    assert.ok(
      timesA[10] - timesA[0] >= 5_000,
      `seller-a's 11 sends spread over ${timesA[10] - timesA[0]} ms`,
    );
    console.log(
      `12 queued + 3 direct: all sent in ${elapsed} ms; seller-a's sends spread over ${
        timesA[10] - timesA[0]
      } ms; 0 x 429`,
    );
  },
});

Deno.test({
  name: "Miniflare of the contract tests stops",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    await contract.dispose();
  },
});

Deno.test({
  name:
    "SellerOutboxObject keeps records and statuses across a runtime restart mid-drain, resumes by its alarm and never resends",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const persist = await Deno.makeTempDir({
      dir,
      prefix: "persist-",
    });
    const sandbox = amazon();
    const posts: string[] = [];
    let hold: (() => void) | undefined;
    const held = Promise.withResolvers<void>();
    // The 4th message POST hangs: the runtime stops while it is sent.
    const outbound: Outbound = async (request) => {
      const url = new URL(request.url);
      if (request.method === "POST" && url.pathname.includes("/messages/")) {
        posts.push(url.pathname);
        if (posts.length === 4) {
          held.resolve();
          await new Promise<void>((resolve) => hold = resolve);
          return new Response("{}", { status: 500 });
        }
      }
      return sandbox.fetch(request);
    };
    const first = start(outbound, persist);
    let before: OutboxRecord[];
    try {
      const base = await deadline(first.ready, 30_000, "Miniflare start");
      for (let i = 0; i < 10; i++) await enqueue(base, "p:", "seller-p", i);
      await deadline(held.promise, 30_000, "the 4th send");
      before = await records(base, "p:", "seller-p");
    } finally {
      const stopping = first.dispose();
      hold?.();
      await deadline(stopping, 30_000, "Miniflare stop");
    }
    const statuses = (list: OutboxRecord[]) =>
      Object.fromEntries(count(list, (r) => r.status));
    assert.deepEqual(statuses(before), { sent: 3, sending: 1, queued: 6 });
    const hung = before.find((r) => r.status === "sending")!;

    // A new runtime on the same folder. Nothing calls the object: its
    // alarm wakes it.
    const second = start(outbound, persist);
    try {
      const base = await deadline(second.ready, 30_000, "Miniflare restart");
      const restarted = Date.now();
      await until(
        "sends after the restart",
        30_000,
        () => Promise.resolve(posts.length > 4 ? true : undefined),
      );
      const resumedMs = Date.now() - restarted;
      const after = await until("every message final", 30_000, async () => {
        const list = await records(base, "p:", "seller-p");
        return list.every((r) => r.status === "sent" || r.status === "unknown")
          ? list
          : undefined;
      });
      assert.equal(after.length, 10);
      assert.deepEqual(statuses(after), { sent: 9, unknown: 1 });
      // The message that was being sent is unknown, and was never resent.
      const unknown = after.find((r) => r.status === "unknown")!;
      assert.equal(unknown.id, hung.id);
      assert.deepEqual(
        [...count(posts, (p) => p).values()].filter((n) => n > 1),
        [],
      );
      assert.equal(posts.length, 10);
      // The records kept their history across the restart.
      for (const record of after) {
        const was = before.find((r) => r.id === record.id)!;
        assert.deepEqual(
          record.history.slice(0, was.history.length),
          was.history,
        );
      }
      assert.equal(
        sandbox.requests.filter((r) => r.status === 429).length,
        0,
      );
      console.log(
        `before the restart: 3 sent, 1 sending, 6 queued; sends resumed ${resumedMs} ms after the restart; after: 9 sent, 1 unknown, 10 POSTs in all, 0 x 429`,
      );
    } finally {
      await deadline(second.dispose(), 30_000, "Miniflare stop");
    }
  },
});

Deno.test({
  name:
    "the Worker example with its OUTBOX binding queues with Prefer: respond-async and its object sends",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const mf = new Miniflare({
      modules: true,
      scriptPath: examplePath,
      modulesRoot: dir,
      compatibilityDate: COMPATIBILITY_DATE,
      durableObjects: {
        OUTBOX: { className: "SellerOutboxObject", useSQLite: true },
      },
      bindings: { BUILTIN_SANDBOX: "true", API_KEYS: KEY },
    });
    try {
      const base = await deadline(mf.ready, 30_000, "Miniflare start");
      const headers = { authorization: `Bearer ${KEY}` };
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await deadline(
          fetch(new URL("/messages", base), {
            method: "POST",
            headers: {
              ...headers,
              "content-type": "application/json",
              prefer: "respond-async",
            },
            body: JSON.stringify({
              amazonOrderId: order(300 + i),
              marketplaceId: US,
              type: "unexpectedProblem",
              data: { ...DATA, amazonOrderId: order(300 + i) },
            }),
          }),
          15_000,
          "POST /messages",
        );
        const body = await response.json();
        assert.equal(response.status, 202, JSON.stringify(body));
        assert.equal(body.status, "queued");
        ids.push(body.id);
      }
      const started = Date.now();
      const sent = await until(
        "every queued message sent",
        30_000,
        async () => {
          const views = await Promise.all(ids.map(async (id) => {
            const response = await fetch(new URL(`/messages/${id}`, base), {
              headers,
            });
            return await response.json() as {
              status: string;
              attempts: number;
            };
          }));
          return views.every((view) => view.status === "sent")
            ? views
            : undefined;
        },
      );
      assert.ok(sent.every((view) => view.attempts === 1));
      console.log(
        `example worker: 7 queued messages sent ${
          Date.now() - started
        } ms after queuing; bundle ${
          (exampleGzipBytes / 1000).toFixed(1)
        } kB gzip`,
      );
    } finally {
      await deadline(mf.dispose(), 30_000, "Miniflare stop");
    }
  },
});
