/**
 * The outbox survives `kill -9`, with real processes: the local server on
 * a Deno KV file, against a loopback mock of Amazon (Login with Amazon and
 * SP-API, 1 request per second with a burst of 5 per seller and operation,
 * counting every POST). 200 messages for 3 sellers are queued, the server
 * is killed mid-drain and started again on the same file. Every message
 * ends `sent`, `unknown` or `unavailable`; none is lost, none reaches the
 * mock twice, and the mock never answers 429.
 */
import assert from "node:assert/strict";
import { startAmazonMock } from "../_amazon_mock_server.ts";
import { type LocalServer, startLocalServer } from "../http/_local_server.ts";

const SELLERS = ["seller-a", "seller-b", "seller-c"];
const TYPES = [
  "unexpectedProblem",
  "confirmOrderDetails",
  "confirmDeliveryDetails",
  "confirmServiceDetails",
];
const MESSAGES = 200;
const LEASE_MS = 2_000;
const FINAL = new Set(["sent", "unknown", "unavailable"]);

const operationOf = (type: string) =>
  `create${type[0].toUpperCase()}${type.slice(1)}`;
const keyOf = (seller: string) => `crash-test-key-${seller}-0123456789abcdef`;

interface Queued {
  readonly id: string;
  readonly seller: string;
  readonly amazonOrderId: string;
  readonly type: string;
}

async function listAll(
  server: LocalServer,
  seller: string,
): Promise<{ id: string; status: string; amazonOrderId: string }[]> {
  const response = await fetch(`${server.base}/messages?limit=1000`, {
    headers: { authorization: `Bearer ${keyOf(seller)}` },
  });
  assert.equal(response.status, 200);
  return (await response.json()).messages;
}

Deno.test({
  name: "outbox: kill -9 mid-drain loses nothing and sends nothing twice",
  sanitizeResources: false,
  sanitizeOps: false,
}, async () => {
  const mock = await startAmazonMock({
    rate: 1,
    burst: 5,
    sellers: Object.fromEntries(SELLERS.map((s) => [`Atzr|${s}`, s])),
  });
  const dir = await Deno.makeTempDir({ prefix: "outbox-crash-" });
  const kvPath = `${dir}/outbox.sqlite`;
  const env = {
    SELLERS: JSON.stringify(SELLERS.map((seller) => ({
      id: seller,
      apiKeys: [keyOf(seller)],
      clientId: "amzn1.application-oa2-client.crash-test",
      clientSecret: `crash-test-secret-${seller}`,
      refreshToken: `Atzr|${seller}`,
    }))),
    SP_API_ENDPOINT: mock.url,
    LWA_ENDPOINT: mock.lwaEndpoint,
    OUTBOX_KV_PATH: kvPath,
    OUTBOX_LEASE_MS: String(LEASE_MS),
  };
  const options = {
    env,
    flags: ["--unstable-kv", `--allow-read=${dir}`, `--allow-write=${dir}`],
  };
  let server = await startLocalServer(120_000, options);
  const startedAt = Date.now();
  let restarted: LocalServer | undefined;
  try {
    // Queue: distinct orders, so "received twice" means a duplicate.
    const queued: Queued[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const seller = SELLERS[i % SELLERS.length];
      const type = TYPES[Math.floor(i / SELLERS.length) % TYPES.length];
      const amazonOrderId = `171-${String(1000000 + i)}-${String(2000000 + i)}`;
      const response = await fetch(`${server.base}/messages`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${keyOf(seller)}`,
          "content-type": "application/json",
          prefer: "respond-async",
        },
        body: JSON.stringify({
          amazonOrderId,
          marketplaceId: "ATVPDKIKX0DER",
          type,
          locale: "en-US",
          text:
            `Your order ${amazonOrderId} is packed and leaves our warehouse tomorrow morning.`,
        }),
      });
      const body = await response.json();
      assert.equal(response.status, 202, JSON.stringify(body));
      queued.push({ id: body.id, seller, amazonOrderId, type });
    }

    // Kill it mid-drain.
    for (;;) {
      const state = await mock.state();
      if (state.posts >= 30) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const killedAt = Date.now();
    server.child.kill("SIGKILL");
    await server.child.status;
    const atKill = (await mock.state()).posts;
    assert.ok(atKill < MESSAGES, "the drain was still going");

    restarted = await startLocalServer(120_000, options);
    server = restarted;
    const deadline = Date.now() + 180_000;
    let records: { id: string; status: string; amazonOrderId: string }[] = [];
    for (;;) {
      records = (await Promise.all(SELLERS.map((s) => listAll(server, s))))
        .flat();
      if (records.every((record) => FINAL.has(record.status))) break;
      assert.ok(Date.now() < deadline, "the outbox did not finish");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    // Nothing lost: every queued message is there, under its seller.
    assert.equal(records.length, MESSAGES);
    assert.deepEqual(
      new Set(records.map((r) => r.id)),
      new Set(queued.map((q) => q.id)),
    );
    const state = await mock.state();
    // Nothing twice, never throttled.
    assert.deepEqual(state.duplicates, []);
    assert.equal(
      state.throttled,
      0,
      JSON.stringify({
        killedAt: killedAt - startedAt,
        throttled: state.throttledRequests.map((r) => ({
          ...r,
          time: r.time - startedAt,
          lane: state.sent.filter((m) =>
            m.seller === r.seller && operationOf(m.type) === r.operation
          ).map((m) => m.time - startedAt),
        })),
      }),
    );
    // What the outbox calls sent, Amazon has; what Amazon has is sent or
    // unknown (sent when the process died).
    const received = new Set(
      state.sent.map((m) => `${m.seller} ${m.amazonOrderId} ${m.type}`),
    );
    const byId = new Map(queued.map((q) => [q.id, q]));
    let unknown = 0;
    for (const record of records) {
      const q = byId.get(record.id)!;
      const key = `${q.seller} ${q.amazonOrderId} ${q.type}`;
      if (record.status === "sent") assert.ok(received.has(key), key);
      if (record.status === "unknown") unknown += 1;
      if (received.has(key)) {
        assert.ok(
          record.status === "sent" || record.status === "unknown",
          `${key} reached Amazon but is ${record.status}`,
        );
      }
    }
    // At most one message per lane was in flight when the process died.
    assert.ok(
      unknown <= SELLERS.length * TYPES.length,
      `${unknown} unknown`,
    );
  } finally {
    await server.stop();
    await mock.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
