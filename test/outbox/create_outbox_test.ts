import assert from "node:assert/strict";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import { createOutbox } from "../../src/outbox/create_outbox.ts";
import { OutboxStateError } from "../../src/outbox/errors.ts";
import type { OutboxRequest } from "../../src/outbox/types.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";

const ORDER = "123-1234567-1234567";
const MARKETPLACE = "ATVPDKIKX0DER";

function problem(text: string, order = ORDER): OutboxRequest {
  return {
    kind: "message",
    type: "unexpectedProblem",
    amazonOrderId: order,
    marketplaceId: MARKETPLACE,
    body: { text },
  };
}

// Amazon's plan for every Messaging operation.
const AMAZON_RATE = { rate: 1, burst: 5 };

function setup(options: { lwa?: boolean } = {}) {
  const clock = createFakeClock(Date.UTC(2026, 11, 4));
  const sandbox = createSandbox({ clock, rateLimit: AMAZON_RATE });
  const client = createMessagingClient({
    auth: options.lwa === true
      ? {
        clientId: "amzn1.application-oa2-client.outbox",
        clientSecret: "outbox-test-secret",
        refreshToken: "Atzr|outbox-test",
      }
      : { accessToken: "Atza|outbox-test" },
    fetch: sandbox.fetch,
    clock,
    // The sandbox reads bodies with real I/O, during which the fake clock
    // would run ahead to a timeout.
    timeoutMs: Infinity,
  });
  const store = createMemoryOutboxStore();
  const outbox = createOutbox({ store, client, clock });
  return { clock, sandbox, client, store, outbox };
}

Deno.test("outbox: a queued message is sent by drainOnce, with its history", async () => {
  const { sandbox, outbox } = setup();
  const queued = await outbox.enqueue({
    request: problem("Your parcel is delayed by two days."),
  });
  assert.equal(queued.status, "queued");
  assert.equal(queued.lane, "default createUnexpectedProblem");
  assert.equal(sandbox.sent.length, 0);
  const result = await outbox.drainOnce();
  assert.deepEqual(result, { sent: 1, next: undefined });
  const record = await outbox.get(queued.id);
  assert.equal(record?.status, "sent");
  assert.deepEqual(record?.history.map((e) => e.status), [
    "queued",
    "sending",
    "sent",
  ]);
  assert.equal(typeof record?.history[2].amazonRequestId, "string");
  assert.equal(sandbox.sent.length, 1);
  // Draining again sends nothing more.
  assert.deepEqual(await outbox.drainOnce(), { sent: 0, next: undefined });
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("outbox: ids sort by creation and list pages newest first", async () => {
  const { outbox } = setup();
  const ids = [];
  for (let i = 0; i < 5; i++) {
    ids.push((await outbox.enqueue({ request: problem(`Update ${i}.`) })).id);
  }
  assert.deepEqual([...ids].sort(), ids);
  const page = await outbox.list({ limit: 3 });
  assert.deepEqual(page.records.map((r) => r.id), ids.slice(2).reverse());
  const rest = await outbox.list({ limit: 3, cursor: page.cursor });
  assert.deepEqual(rest.records.map((r) => r.id), ids.slice(0, 2).reverse());
});

Deno.test("outbox: cancel only while queued; unknown ids and other sellers are not found", async () => {
  const { sandbox, outbox } = setup();
  const a = await outbox.enqueue({ request: problem("First.") });
  const b = await outbox.enqueue({ request: problem("Second.") });
  assert.equal((await outbox.cancel(a.id)).status, "cancelled");
  await outbox.drainOnce();
  assert.equal(sandbox.sent.length, 1);
  assert.equal((await outbox.get(a.id))?.status, "cancelled");
  const conflict = await outbox.cancel(b.id).catch((e) => e);
  assert.ok(conflict instanceof OutboxStateError);
  assert.equal(conflict.code, "conflict");
  assert.equal(conflict.status, "sent");
  const missing = await outbox.cancel("01NOSUCHID").catch((e) => e);
  assert.equal(missing.code, "not_found");
  // Another seller cannot see or cancel it.
  assert.equal(await outbox.get(b.id, "seller-b"), undefined);
  const foreign = await outbox.cancel(b.id, "seller-b").catch((e) => e);
  assert.equal(foreign.code, "not_found");
});

Deno.test("outbox: an ambiguous send is unknown, never resent by itself, and retry sends it past the guard", async () => {
  const { sandbox, outbox } = setup();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
    times: 1,
  });
  const { id } = await outbox.enqueue({ request: problem("Delayed.") });
  await outbox.drainOnce();
  const unknown = await outbox.get(id);
  assert.equal(unknown?.status, "unknown");
  assert.equal(unknown?.history.at(-1)?.error?.code, "unknown_outcome");
  assert.equal(sandbox.sent.length, 1);
  await outbox.drainOnce();
  assert.equal(sandbox.sent.length, 1, "never sent again by itself");
  const retried = await outbox.retry(id);
  assert.equal(retried.status, "queued");
  assert.equal(retried.history.at(-1)?.note, "retry requested");
  await outbox.drainOnce();
  assert.equal((await outbox.get(id))?.status, "sent");
  assert.equal(sandbox.sent.length, 2);
  const again = await outbox.retry(id).catch((e) => e);
  assert.equal(again.code, "conflict");
});

Deno.test("outbox: a type the order no longer accepts is unavailable; a duplicate fails", async () => {
  const { sandbox, outbox } = setup();
  const order = "123-7777777-7777777";
  sandbox.setOrder(order, { types: ["confirmOrderDetails"] });
  const { id } = await outbox.enqueue({ request: problem("Delayed.", order) });
  const first = await outbox.enqueue({ request: problem("Same text.") });
  const second = await outbox.enqueue({ request: problem("Same text.") });
  await outbox.drainOnce();
  assert.equal((await outbox.get(id))?.status, "unavailable");
  assert.equal((await outbox.get(first.id))?.status, "sent");
  const duplicate = await outbox.get(second.id);
  assert.equal(duplicate?.status, "failed");
  assert.equal(duplicate?.history.at(-1)?.error?.code, "duplicate");
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("outbox: a send Amazon did not take waits and is attempted again", async () => {
  const { clock, sandbox, outbox } = setup({ lwa: true });
  // Login with Amazon is down: nothing can reach the Messaging API.
  sandbox.injectFault({
    kind: "unavailable",
    operation: "lwaToken",
    times: 10,
  });
  const { id } = await outbox.enqueue({ request: problem("Delayed.") });
  const start = clock.now();
  const first = await outbox.drainOnce();
  const after = await outbox.get(id);
  // The client's own retries ran out; the outbox backs off.
  assert.equal(after?.status, "queued");
  assert.ok(after!.notBefore > clock.now());
  assert.equal(first.next, after!.notBefore);
  while ((await outbox.get(id))?.status === "queued") {
    await clock.sleep(
      Math.max(0, (await outbox.get(id))!.notBefore - clock.now()),
    );
    await outbox.drainOnce();
  }
  const record = await outbox.get(id);
  assert.ok(record?.status === "sent" || record?.status === "failed");
  assert.ok(record!.attempt >= 2);
  assert.ok(clock.now() > start);
  assert.equal(
    sandbox.sent.length,
    record?.status === "sent" ? 1 : 0,
  );
});

Deno.test("outbox: a send whose process died becomes unknown when its lease ends", async () => {
  const clock = createFakeClock(0);
  const sandbox = createSandbox({ clock });
  const store = createMemoryOutboxStore();
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: sandbox.fetch,
    clock,
    // The sandbox reads bodies with real I/O, during which the fake clock
    // would run ahead to a timeout.
    timeoutMs: Infinity,
  });
  const outbox = createOutbox({ store, client, clock, leaseMs: 60_000 });
  const { id } = await outbox.enqueue({ request: problem("Delayed.") });
  // A process claims it and dies before reporting.
  const entry = (await store.get(id))!;
  assert.ok(
    await store.replace(entry, {
      ...entry.record,
      status: "sending",
      attempt: 1,
      leaseUntil: clock.now() + 60_000,
    }),
  );
  assert.equal(await outbox.recover(), 0);
  await outbox.drainOnce();
  assert.equal((await outbox.get(id))?.status, "sending");
  clock.advance(60_000);
  assert.equal(await outbox.recover(), 1);
  const record = await outbox.get(id);
  assert.equal(record?.status, "unknown");
  assert.match(record?.history.at(-1)?.note ?? "", /may have been delivered/);
  await outbox.drainOnce();
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("outbox: a lane is paced at Amazon's rate with no 429", async () => {
  const { clock, sandbox, outbox } = setup();
  for (let i = 0; i < 20; i++) {
    await outbox.enqueue({ request: problem(`Update number ${i}.`) });
  }
  const start = clock.now();
  const result = await outbox.drainOnce();
  assert.equal(result.sent, 20);
  assert.equal(sandbox.sent.length, 20);
  const elapsed = clock.now() - start;
  // Burst 5, then 1 per second: 15 s at least, and not much more.
  assert.ok(elapsed >= 15_000, `${elapsed} ms`);
  assert.ok(elapsed <= 15_000 * 1.05 + 500, `${elapsed} ms`);
  const throttled = sandbox.requests.filter((r) => r.status === 429);
  assert.equal(throttled.length, 0);
});

Deno.test("outbox: one seller's backlog does not delay another seller", async () => {
  const clock = createFakeClock(0);
  const sandbox = createSandbox({
    clock,
    rateLimit: AMAZON_RATE,
    sellers: { "Atzr|seller-a": "seller-a", "Atzr|seller-b": "seller-b" },
  });
  const clients = new Map(
    ["seller-a", "seller-b"].map((seller) => [
      seller,
      createMessagingClient({
        auth: {
          clientId: "amzn1.application-oa2-client.outbox",
          clientSecret: `secret-${seller}`,
          refreshToken: `Atzr|${seller}`,
        },
        fetch: sandbox.fetch,
        clock,
        timeoutMs: Infinity,
      }),
    ]),
  );
  const outbox = createOutbox({
    store: createMemoryOutboxStore(),
    client: (seller) => clients.get(seller)!,
    clock,
  });
  for (let i = 0; i < 30; i++) {
    await outbox.enqueue({
      seller: "seller-a",
      request: problem(`Backlog ${i}.`),
    });
  }
  const b = await outbox.enqueue({
    seller: "seller-b",
    request: problem("Only one."),
  });
  const stop = new AbortController();
  const running = outbox.run({ signal: stop.signal });
  while ((await outbox.get(b.id, "seller-b"))?.status !== "sent") {
    await clock.sleep(100);
  }
  assert.ok(clock.now() <= 1_000, `seller-b waited ${clock.now()} ms`);
  stop.abort();
  await running;
  const sentA = (await outbox.list({ seller: "seller-a", limit: 100 }))
    .records.filter((r) => r.status === "sent").length;
  assert.ok(sentA < 30, "seller-a's backlog was still draining");
});

Deno.test("outbox: run picks up new messages and stops on abort", async () => {
  const { clock, sandbox, outbox } = setup();
  const stop = new AbortController();
  const running = outbox.run({ signal: stop.signal });
  await clock.sleep(5_000);
  await outbox.enqueue({ request: problem("Late arrival.") });
  while (sandbox.sent.length === 0) await clock.sleep(50);
  assert.ok(clock.now() - Date.UTC(2026, 11, 4) < 6_000);
  stop.abort();
  await running;
  await outbox.enqueue({ request: problem("After the stop.") });
  await clock.sleep(10_000);
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("outbox: bad input is a typed error", async () => {
  const { outbox } = setup();
  await assert.rejects(
    outbox.enqueue({ request: { ...problem("x"), type: "nope" } }),
    /unknown message type "nope"/,
  );
  await assert.rejects(
    outbox.enqueue({ seller: "two words", request: problem("x") }),
    TypeError,
  );
  await assert.rejects(
    outbox.enqueue({ request: problem("x"), notBefore: Number.NaN }),
    RangeError,
  );
  assert.throws(() => outbox.list({ limit: 0 }), RangeError);
  assert.throws(
    () =>
      createOutbox({
        store: createMemoryOutboxStore(),
        client: {} as never,
      }),
    /"client" must be/,
  );
});

Deno.test("outbox: a lane locked by another process is left to it, and retried after a poll", async () => {
  const { clock, sandbox, store, outbox } = setup();
  await outbox.enqueue({ request: problem("Delayed.") });
  const lane = "default createUnexpectedProblem";
  assert.ok(
    await store.lock(lane, "other-process", clock.now() + 60_000, clock.now()),
  );
  const held = await outbox.drainOnce();
  assert.deepEqual(held, { sent: 0, next: clock.now() + 1_000 });
  assert.equal(sandbox.sent.length, 0);
  clock.advance(60_000);
  assert.equal((await outbox.drainOnce()).sent, 1);
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("outbox: drainOnce counts the messages of every lane it drained", async () => {
  const { outbox } = setup();
  for (let i = 0; i < 3; i++) {
    await outbox.enqueue({ request: problem(`Problem ${i}.`) });
    await outbox.enqueue({
      request: {
        kind: "message",
        type: "confirmOrderDetails",
        amazonOrderId: ORDER,
        marketplaceId: MARKETPLACE,
        body: { text: `Order details ${i}.` },
      },
    });
  }
  assert.deepEqual(await outbox.drainOnce(), { sent: 6, next: undefined });
});
