/**
 * The loopback Amazon (`test/_amazon_mock_server.ts`) as a real process,
 * with real clients: tokens come from its LWA through `lwaEndpoint`, sends
 * go to its Messaging API through `endpoint`, it enforces Amazon's 1 per
 * second, burst 5, per seller and operation, and it reports what it took.
 */
import assert from "node:assert/strict";
import {
  createMessagingClient,
  type MessagingClient,
  type MessagingClientOptions,
} from "../../src/sp_api/messaging_client.ts";
import {
  QuotaExceededError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import { createLwaAuth } from "../../src/sp_api/lwa_auth.ts";
import {
  type AmazonMockProcess,
  startAmazonMock,
} from "../_amazon_mock_server.ts";

const US = "ATVPDKIKX0DER";
const CLIENT = {
  clientId: "amzn1.application-oa2-client.mock-test",
  clientSecret: "MOCK-TEST-CLIENT-SECRET",
};

function clientFor(
  mock: AmazonMockProcess,
  refreshToken: string,
  options: Partial<MessagingClientOptions> = {},
): MessagingClient {
  return createMessagingClient({
    endpoint: mock.url,
    lwaEndpoint: mock.lwaEndpoint,
    auth: { ...CLIENT, refreshToken },
    ...options,
  });
}

function order(seller: number, n: number): string {
  return `11${seller}-0000000-${String(n).padStart(7, "0")}`;
}

function send(client: MessagingClient, amazonOrderId: string) {
  return client.createUnexpectedProblem(amazonOrderId, {
    marketplaceId: US,
    body: { text: "Your parcel is delayed by two days; it ships Monday." },
  });
}

Deno.test("the Amazon mock process takes paced sends of two sellers without a 429, each once, naming the seller", async () => {
  const mock = await startAmazonMock();
  try {
    assert.match(mock.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const a = clientFor(mock, "Atzr|mock-seller-a");
    const b = clientFor(mock, "Atzr|mock-seller-b");
    const started = performance.now();
    // 7 each: a burst of 5, then 2 paced at 1 per second.
    const [doneA, doneB] = await Promise.all([a, b].map(async (client, s) => {
      for (let n = 0; n < 7; n++) await send(client, order(s, n));
      return performance.now() - started;
    }));
    const state = await mock.state();
    assert.equal(state.throttled, 0, JSON.stringify(state.throttledBySeller));
    assert.deepEqual(state.duplicates, []);
    assert.equal(state.sent.length, 14);
    assert.equal(state.tokensIssued, 2);
    assert.deepEqual(state.postsByOperation, {
      lwaToken: 2,
      createUnexpectedProblem: 14,
    });
    assert.equal(state.posts, 16);
    const sellerA = await createLwaAuth({
      ...CLIENT,
      refreshToken: "Atzr|mock-seller-a",
    }).identity();
    const bySeller = Object.groupBy(state.sent, (m) => m.seller);
    assert.deepEqual(Object.keys(bySeller).length, 2);
    assert.deepEqual(
      bySeller[sellerA]?.map((m) => m.amazonOrderId),
      Array.from({ length: 7 }, (_, n) => order(0, n)),
    );
    for (const messages of Object.values(bySeller)) {
      assert.equal(messages?.length, 7);
      assert.ok(messages!.every((m) => m.type === "unexpectedProblem"));
      // Each seller paced against its own bucket: the 7th needed 2 refills.
      const span = messages!.at(-1)!.time - messages![0].time;
      assert.ok(span >= 1800, `span ${span} ms`);
    }
    // The sellers ran side by side: through one shared bucket the 14 sends
    // would need 9 s or more.
    assert.ok(
      Math.max(doneA, doneB) < 7500,
      `A ${Math.round(doneA)} ms, B ${Math.round(doneB)} ms`,
    );
    for (const secret of [CLIENT.clientSecret, "Atzr|"]) {
      assert.ok(!JSON.stringify(state).includes(secret));
    }
  } finally {
    assert.equal(await mock.stop(), 0);
  }
});

Deno.test("the Amazon mock process throttles at 1 per second, burst 5, per seller and operation", async () => {
  const mock = await startAmazonMock();
  try {
    // No pacing and no retries: the mock's own buckets decide.
    const unpaced: Partial<MessagingClientOptions> = {
      retry: 0,
      rateLimit: { rate: 1000, burst: 1000 },
    };
    const a = clientFor(mock, "Atzr|burst-seller-a", unpaced);
    const b = clientFor(mock, "Atzr|burst-seller-b", unpaced);
    // Tokens first, so the bursts below are only Messaging calls.
    await Promise.all([
      a.getAttributes(order(0, 0), { marketplaceId: US }),
      b.getAttributes(order(1, 0), { marketplaceId: US }),
    ]);
    const started = performance.now();
    const outcomesA = await Promise.allSettled(
      Array.from({ length: 10 }, (_, n) => send(a, order(0, n))),
    );
    const elapsedA = performance.now() - started;
    // B right after A emptied its bucket of the same operation: B has its own.
    const outcomesB = await Promise.allSettled(
      Array.from({ length: 5 }, (_, n) => send(b, order(1, n))),
    );
    const acceptedA = outcomesA.filter((o) => o.status === "fulfilled").length;
    const refusedA = outcomesA.filter((o) =>
      o.status === "rejected" && o.reason instanceof QuotaExceededError
    ).length;
    assert.equal(acceptedA + refusedA, 10);
    assert.ok(acceptedA >= 5, `A: ${acceptedA} accepted`);
    assert.ok(
      acceptedA <= 5 + Math.ceil(elapsedA / 1000),
      `A: ${acceptedA} accepted in ${Math.round(elapsedA)} ms`,
    );
    assert.ok(refusedA >= 1);
    assert.deepEqual(
      outcomesB.map((o) =>
        o.status
      ),
      Array(5).fill("fulfilled"),
      "seller B was slowed by seller A",
    );
    const state = await mock.state();
    assert.equal(state.throttled, refusedA);
    assert.deepEqual(Object.values(state.throttledBySeller), [refusedA]);
    assert.equal(state.sent.length, acceptedA + 5);
    assert.deepEqual(state.duplicates, []);
    // getAttributes has buckets of its own, still nearly full.
    await a.getAttributes(order(0, 0), { marketplaceId: US });
  } finally {
    assert.equal(await mock.stop(), 0);
  }
});

Deno.test("the Amazon mock process reports a message taken twice, takes faults, and names sellers given by --sellers", async () => {
  const mock = await startAmazonMock({
    sellers: { "Atzr|named-a": "A1SELLERA" },
  });
  try {
    const a = clientFor(mock, "Atzr|named-a");
    await send(a, order(0, 1));
    await a.createUnexpectedProblem(order(0, 1), {
      marketplaceId: US,
      body: { text: "Your parcel is delayed by two days; it ships Monday." },
      allowDuplicate: true,
    });
    await mock.injectFault({
      kind: "drop",
      operation: "createUnexpectedProblem",
    });
    await assert.rejects(send(a, order(0, 3)), UnknownOutcomeError);
    await assert.rejects(mock.injectFault({ kind: "nope" } as never), /400/);
    const stranger = clientFor(mock, "Atzr|unknown", { retry: 0 });
    await assert.rejects(send(stranger, order(0, 2)), { name: "AuthError" });
    const state = await mock.state();
    assert.deepEqual(state.sent.map((m) => [m.seller, m.amazonOrderId]), [
      ["A1SELLERA", order(0, 1)],
      ["A1SELLERA", order(0, 1)],
      ["A1SELLERA", order(0, 3)], // taken before the connection dropped
    ]);
    assert.deepEqual(state.duplicates, [{
      amazonOrderId: order(0, 1),
      type: "unexpectedProblem",
      count: 2,
    }]);
  } finally {
    assert.equal(await mock.stop(), 0);
  }
});
