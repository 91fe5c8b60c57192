/**
 * The Worker's stores over the seller objects, without workerd: a namespace
 * whose stubs hand each call to a `SellerOutboxObject` in this process, on
 * Node's SQLite. Proves the outbox store contract through the calls, and
 * which object each call goes to. The same stores run against real objects
 * in `durable_object_test.ts`.
 */
import assert from "node:assert/strict";
import {
  createDurableObjectStores,
  defineSellerOutboxObject,
  type DurableObjectNamespaceLike,
} from "../../../src/adapters/cloudflare/mod.ts";
import { callObject } from "../../../src/adapters/cloudflare/_rpc.ts";
import { queuedRecord, testOutboxStore } from "../../outbox/_store_contract.ts";
import { fakeNamespace } from "./_fake_namespace.ts";

/** Objects that never drain (their alarm is never run here anyway). */
const Class = defineSellerOutboxObject({
  clientFor: () => {
    throw new Error("no client in these tests");
  },
  onError: () => {},
});
const DIRECTORY = " outbox directory";

testOutboxStore("Durable Object stores (in-process objects)", () => {
  const namespace = fakeNamespace(Class);
  return Promise.resolve({
    store: createDurableObjectStores(namespace).outbox,
    close: () => Promise.resolve(namespace.close()),
  });
});

Deno.test("createDurableObjectStores() refuses what is not a namespace binding", () => {
  for (
    const value of [
      undefined,
      null,
      "OUTBOX",
      {},
      { idFromName: () => 1 },
      { get: () => ({}) },
      { idFromName: 1, get: () => ({}) },
    ]
  ) {
    assert.throws(
      () => createDurableObjectStores(value as never),
      {
        name: "TypeError",
        message:
          "Cannot create the Durable Object stores: expected a Durable Object namespace binding (env.OUTBOX)",
      },
      String(value),
    );
  }
});

Deno.test("the rate, idempotency and duplicate-guard stores live in the bound seller's object", async () => {
  const namespace = fakeNamespace(Class);
  try {
    const a = createDurableObjectStores(namespace, { seller: "seller-a" });
    const b = createDurableObjectStores(namespace, { seller: "seller-b" });
    const plan = { rate: 1, burst: 1 };
    assert.equal(await a.rateLimit.reserve("op", plan, 0), 0);
    assert.equal(await a.rateLimit.reserve("op", plan, 0), 1000);
    // Another seller's bucket is its own, under the same key.
    assert.equal(await b.rateLimit.reserve("op", plan, 0), 0);
    await a.rateLimit.drain("op", plan, 0);

    assert.deepEqual(await a.idempotency.claim("k", "f", 1000), {
      status: "new",
    });
    assert.deepEqual(await a.idempotency.claim("k", "g", 1000), {
      status: "pending",
      fingerprint: "f",
    });
    await a.idempotency.complete("k", { fingerprint: "f", value: 1 }, 1000);
    assert.deepEqual(await a.idempotency.claim("k", "f", 1000), {
      status: "done",
      fingerprint: "f",
      value: 1,
    });
    assert.deepEqual(await b.idempotency.claim("k", "g", 1000), {
      status: "new",
    });
    await a.idempotency.release("k");

    assert.equal(await a.duplicateGuard.claim("d", 1000), true);
    assert.equal(await a.duplicateGuard.claim("d", 1000), false);
    assert.equal(await b.duplicateGuard.claim("d", 1000), true);
    await a.duplicateGuard.release("d");
    assert.equal(await a.duplicateGuard.claim("d", 1000), true);

    assert.deepEqual([...namespace.objects.keys()].sort(), [
      "seller-a",
      "seller-b",
    ]);
    assert.deepEqual(
      namespace.calls.filter((call) => call.name === "seller-a").map((
        call,
      ) => call.method),
      [
        "rateLimit.reserve",
        "rateLimit.reserve",
        "rateLimit.drain",
        "idempotency.claim",
        "idempotency.claim",
        "idempotency.complete",
        "idempotency.claim",
        "idempotency.release",
        "duplicateGuard.claim",
        "duplicateGuard.claim",
        "duplicateGuard.release",
        "duplicateGuard.claim",
      ],
    );
  } finally {
    namespace.close();
  }
});

Deno.test('the seller defaults to "default", and a prefix goes before every object name', async () => {
  const namespace = fakeNamespace(Class);
  try {
    await createDurableObjectStores(namespace).duplicateGuard.claim("d", 1000);
    const staging = createDurableObjectStores(namespace, {
      prefix: "staging:",
    });
    // The same key in another prefix is another object's.
    assert.equal(await staging.duplicateGuard.claim("d", 1000), true);
    assert.equal(await staging.outbox.insert(queuedRecord("01")), true);
    assert.deepEqual([...namespace.objects.keys()].sort(), [
      "default",
      `staging:${DIRECTORY}`,
      "staging:default",
      "staging:seller-a",
    ]);
    // The directory of one prefix knows nothing of another's.
    assert.equal(
      await createDurableObjectStores(namespace).outbox.get("01"),
      undefined,
    );
    assert.equal((await staging.outbox.get("01"))?.record.id, "01");
  } finally {
    namespace.close();
  }
});

Deno.test("the outbox store keeps each record in its seller's object, and an id for one seller only", async () => {
  const namespace = fakeNamespace(Class);
  try {
    const { outbox } = createDurableObjectStores(namespace, {
      seller: "seller-a",
    });
    assert.equal(await outbox.insert(queuedRecord("01")), true);
    assert.equal(
      await outbox.insert(queuedRecord("02", { seller: "seller-b" })),
      true,
    );
    // The id is taken: another seller cannot have it, nor can the same
    // seller insert it twice.
    assert.equal(
      await outbox.insert(queuedRecord("01", { seller: "seller-b" })),
      false,
    );
    assert.equal(await outbox.insert(queuedRecord("01")), false);

    const count = (name: string) =>
      namespace.objects.get(name)!.sql.exec(
        "SELECT id FROM outbox_records ORDER BY id",
      ).toArray().map((row) => row.id);
    assert.deepEqual(count("seller-a"), ["01"]);
    assert.deepEqual(count("seller-b"), ["02"]);
    assert.deepEqual(count(DIRECTORY), []);

    // get() asks the bound seller's object, then the directory.
    namespace.calls.length = 0;
    assert.equal((await outbox.get("01"))?.record.seller, "seller-a");
    assert.deepEqual(namespace.calls, [{
      name: "seller-a",
      method: "outbox.get",
    }]);
    namespace.calls.length = 0;
    assert.equal((await outbox.get("02"))?.record.seller, "seller-b");
    assert.deepEqual(namespace.calls, [
      { name: "seller-a", method: "outbox.get" },
      { name: DIRECTORY, method: "directory.find" },
      { name: "seller-b", method: "outbox.get" },
    ]);
    namespace.calls.length = 0;
    assert.equal(await outbox.get("nope"), undefined);
    assert.deepEqual(namespace.calls.map((call) => call.method), [
      "outbox.get",
      "directory.find",
    ]);

    // An id the directory gives to the bound seller, whose object has no
    // record of it yet (an insert under way): not asked twice.
    await callObject(namespace.get(namespace.idFromName(DIRECTORY)), {
      method: "directory.claim",
      args: ["09", "seller-a"],
    });
    namespace.calls.length = 0;
    assert.equal(await outbox.get("09"), undefined);
    assert.deepEqual(namespace.calls, [
      { name: "seller-a", method: "outbox.get" },
      { name: DIRECTORY, method: "directory.find" },
    ]);

    // replace() goes to the record's seller.
    const entry = (await outbox.get("02"))!;
    namespace.calls.length = 0;
    assert.equal(
      await outbox.replace(entry, { ...entry.record, status: "cancelled" }),
      true,
    );
    assert.deepEqual(namespace.calls, [
      { name: "seller-b", method: "outbox.replace" },
    ]);
  } finally {
    namespace.close();
  }
});

Deno.test("lane calls go to the seller the lane names, a seller name with spaces included", async () => {
  const namespace = fakeNamespace(Class);
  try {
    const { outbox } = createDurableObjectStores(namespace);
    const seller = "Acme Trading Co";
    const lane = `${seller} createUnexpectedProblem`;
    assert.equal(
      await outbox.insert(queuedRecord("01", { seller, lane, notBefore: 5 })),
      true,
    );
    namespace.calls.length = 0;
    assert.equal(await outbox.nextDue(lane), 5);
    assert.deepEqual(
      (await outbox.due(lane, 10, 5)).map((entry) => entry.record.id),
      ["01"],
    );
    assert.equal(await outbox.lock(lane, "me", 100, 10), true);
    assert.equal(await outbox.lock(lane, "you", 100, 10), false);
    await outbox.unlock(lane, "me");
    assert.equal(await outbox.lock(lane, "you", 100, 10), true);
    assert.deepEqual(
      new Set(namespace.calls.map((call) => call.name)),
      new Set([seller]),
    );
  } finally {
    namespace.close();
  }
});

Deno.test("lanes() and expired() without a seller ask every seller's object; list() asks the query's", async () => {
  const namespace = fakeNamespace(Class);
  try {
    const { outbox } = createDurableObjectStores(namespace);
    for (
      const [id, seller, leaseUntil] of [
        ["01", "seller-a", 30],
        ["02", "seller-b", 10],
        ["03", "seller-c", 20],
        ["04", "seller-b", 20],
      ] as const
    ) {
      assert.equal(
        await outbox.insert(
          queuedRecord(id, { seller, status: "sending", leaseUntil }),
        ),
        true,
      );
    }
    await outbox.insert(queuedRecord("05", { seller: "seller-d" }));

    assert.deepEqual(
      (await outbox.expired(100, 10)).map((entry) => entry.record.id),
      ["02", "03", "04", "01"],
    );
    assert.deepEqual(
      (await outbox.expired(100, 2)).map((entry) => entry.record.id),
      ["02", "03"],
    );
    assert.deepEqual(
      (await outbox.expired(15, 10)).map((entry) => entry.record.id),
      ["02"],
    );

    const lanes = await outbox.lanes();
    assert.deepEqual(lanes.map((lane) => lane.lane), [
      "seller-d createUnexpectedProblem",
    ]);
    namespace.calls.length = 0;
    assert.deepEqual(await outbox.lanes("seller-a"), []);
    assert.deepEqual(namespace.calls, [
      { name: "seller-a", method: "outbox.lanes" },
    ]);

    namespace.calls.length = 0;
    const page = await outbox.list({ seller: "seller-b", limit: 10 });
    assert.deepEqual(page.records.map((record) => record.id).sort(), [
      "02",
      "04",
    ]);
    assert.deepEqual(namespace.calls, [
      { name: "seller-b", method: "outbox.list" },
    ]);
  } finally {
    namespace.close();
  }
});

Deno.test("a failing object's call rejects with its message, naming the method and the seller", async () => {
  const broken: DurableObjectNamespaceLike = {
    idFromName: (name) => name,
    get: () => ({
      fetch: () =>
        Promise.resolve(
          Response.json({ error: { message: "storage full" } }, {
            status: 500,
          }),
        ),
    }),
  };
  const stores = createDurableObjectStores(broken, { seller: "seller-a" });
  await assert.rejects(stores.duplicateGuard.claim("d", 1000), {
    message:
      'Durable Object call "duplicateGuard.claim" for seller "seller-a" failed: storage full',
  });
  await assert.rejects(stores.outbox.insert(queuedRecord("01")), {
    message: 'Durable Object call "directory.claim" failed: storage full',
  });
});
