/**
 * The contract every outbox store keeps, as tests any store can run:
 * `testOutboxStore("Deno KV", open)`.
 *
 * @module
 */

import assert from "node:assert/strict";
import type { OutboxRecord, OutboxStore } from "../../src/outbox/types.ts";

/** A store under test and how to close it. */
export interface OpenedStore {
  readonly store: OutboxStore;
  close(): Promise<void>;
}

/** A queued record for tests. */
export function queuedRecord(
  id: string,
  overrides: Partial<OutboxRecord> = {},
): OutboxRecord {
  const seller = overrides.seller ?? "seller-a";
  return {
    id,
    seller,
    lane: `${seller} createUnexpectedProblem`,
    request: {
      kind: "message",
      type: "unexpectedProblem",
      amazonOrderId: "123-1234567-1234567",
      marketplaceId: "ATVPDKIKX0DER",
      body: { text: `Message ${id}` },
    },
    status: "queued",
    createdAt: 0,
    notBefore: 0,
    attempt: 0,
    history: [{ at: 0, status: "queued" }],
    ...overrides,
  };
}

/**
 * Registers the contract's tests for one store.
 *
 * @param name The store's name, in the test names.
 * @param open Opens an empty store.
 */
export function testOutboxStore(
  name: string,
  open: () => Promise<OpenedStore>,
): void {
  const test = (title: string, fn: (store: OutboxStore) => Promise<void>) =>
    Deno.test(`${name} outbox store: ${title}`, async () => {
      const opened = await open();
      try {
        await fn(opened.store);
      } finally {
        await opened.close();
      }
    });

  test("insert refuses an existing id and get copies", async (store) => {
    assert.equal(await store.insert(queuedRecord("01")), true);
    assert.equal(
      await store.insert(queuedRecord("01", { notBefore: 5 })),
      false,
    );
    const entry = await store.get("01");
    assert.deepEqual(entry?.record, queuedRecord("01"));
    assert.equal(typeof entry?.version, "string");
    assert.equal(await store.get("02"), undefined);
  });

  test("replace is a compare-and-set on the version", async (store) => {
    await store.insert(queuedRecord("01"));
    const first = (await store.get("01"))!;
    const sending = { ...first.record, status: "sending" as const };
    assert.equal(await store.replace(first, sending), true);
    // The same old version again: refused, nothing changes.
    assert.equal(
      await store.replace(first, { ...first.record, status: "cancelled" }),
      false,
    );
    const second = (await store.get("01"))!;
    assert.equal(second.record.status, "sending");
    assert.notEqual(second.version, first.version);
  });

  test("only one of many concurrent claims wins", async (store) => {
    await store.insert(queuedRecord("01"));
    const entry = (await store.get("01"))!;
    const results = await Promise.all(
      Array.from(
        { length: 8 },
        (_, i) =>
          store.replace(entry, {
            ...entry.record,
            status: "sending",
            attempt: i + 1,
          }),
      ),
    );
    assert.equal(results.filter(Boolean).length, 1);
  });

  test("due answers a lane's queued records in (notBefore, id) order", async (store) => {
    await store.insert(queuedRecord("03", { notBefore: 10 }));
    await store.insert(queuedRecord("02", { notBefore: 10 }));
    await store.insert(queuedRecord("01", { notBefore: 20 }));
    await store.insert(
      queuedRecord("04", { notBefore: 0, seller: "seller-b" }),
    );
    const lane = "seller-a createUnexpectedProblem";
    assert.deepEqual(
      (await store.due(lane, 15, 10)).map((e) => e.record.id),
      ["02", "03"],
    );
    assert.deepEqual(
      (await store.due(lane, 20, 2)).map((e) => e.record.id),
      ["02", "03"],
    );
    assert.equal(await store.nextDue(lane), 10);
    // A record that leaves `queued` leaves the index.
    const entry = (await store.get("02"))!;
    await store.replace(entry, { ...entry.record, status: "cancelled" });
    assert.deepEqual(
      (await store.due(lane, 100, 10)).map((e) => e.record.id),
      ["03", "01"],
    );
    // And comes back when re-queued later.
    const cancelled = (await store.get("02"))!;
    await store.replace(cancelled, {
      ...cancelled.record,
      status: "queued",
      notBefore: 30,
    });
    assert.deepEqual(
      (await store.due(lane, 100, 10)).map((e) => e.record.id),
      ["03", "01", "02"],
    );
    assert.equal(await store.nextDue("seller-c createWarranty"), undefined);
  });

  test("lanes include every lane with queued records", async (store) => {
    await store.insert(queuedRecord("01"));
    await store.insert(queuedRecord("02", { seller: "seller-b" }));
    const lanes = (await store.lanes()).map((l) => l.lane).sort();
    assert.ok(lanes.includes("seller-a createUnexpectedProblem"));
    assert.ok(lanes.includes("seller-b createUnexpectedProblem"));
    const ofB = await store.lanes("seller-b");
    assert.ok(ofB.every((lane) => lane.seller === "seller-b"));
    assert.ok(
      ofB.some((lane) => lane.lane === "seller-b createUnexpectedProblem"),
    );
  });

  test("expired answers sending records whose lease ended", async (store) => {
    await store.insert(queuedRecord("01"));
    await store.insert(queuedRecord("02"));
    for (const [id, leaseUntil] of [["01", 100], ["02", 300]] as const) {
      const entry = (await store.get(id))!;
      await store.replace(entry, {
        ...entry.record,
        status: "sending",
        leaseUntil,
      });
    }
    assert.deepEqual(
      (await store.expired(200, 10)).map((e) => e.record.id),
      ["01"],
    );
    assert.equal((await store.expired(300, 10)).length, 2);
    const entry = (await store.get("01"))!;
    await store.replace(entry, { ...entry.record, status: "unknown" });
    assert.deepEqual(
      (await store.expired(300, 10)).map((e) => e.record.id),
      ["02"],
    );
  });

  test("list pages a seller's records newest first, per order", async (store) => {
    for (let i = 1; i <= 5; i++) {
      const order = i % 2 === 0 ? "123-0000000-0000002" : "123-0000000-0000001";
      const base = queuedRecord(`0${i}`);
      await store.insert({
        ...base,
        request: { ...base.request, amazonOrderId: order },
      });
    }
    await store.insert(queuedRecord("06", { seller: "seller-b" }));
    const first = await store.list({ seller: "seller-a", limit: 2 });
    assert.deepEqual(first.records.map((r) => r.id), ["05", "04"]);
    assert.equal(typeof first.cursor, "string");
    const second = await store.list({
      seller: "seller-a",
      limit: 10,
      cursor: first.cursor,
    });
    assert.deepEqual(second.records.map((r) => r.id), ["03", "02", "01"]);
    assert.equal(second.cursor, undefined);
    const order = await store.list({
      seller: "seller-a",
      amazonOrderId: "123-0000000-0000002",
      limit: 10,
    });
    assert.deepEqual(order.records.map((r) => r.id), ["04", "02"]);
  });

  test("a lane lock has one owner until it ends", async (store) => {
    const lane = "seller-a createUnexpectedProblem";
    assert.equal(await store.lock(lane, "p1", 100, 0), true);
    assert.equal(await store.lock(lane, "p2", 150, 50), false);
    assert.equal(await store.lock(lane, "p1", 200, 50), true); // renewed
    assert.equal(await store.lock(lane, "p2", 250, 150), false);
    assert.equal(await store.lock(lane, "p2", 300, 200), true); // ended
    await store.unlock(lane, "p1"); // not the owner: no effect
    assert.equal(await store.lock(lane, "p3", 300, 210), false);
    await store.unlock(lane, "p2");
    assert.equal(await store.lock(lane, "p3", 300, 210), true);
  });
}
