import assert from "node:assert/strict";
import { createDenoKvStores } from "../../../src/adapters/deno/kv_stores.ts";
import { createMemoryOutboxStore } from "../../../src/outbox/memory_store.ts";
import type {
  OutboxLane,
  OutboxRecord,
  OutboxStatus,
  OutboxStore,
  OutboxStoreEntry,
} from "../../../src/outbox/types.ts";
import { queuedRecord } from "../../outbox/_store_contract.ts";
import { assertIndexesMatch, random, tempKvFile } from "./_kv_files.ts";

// The outbox store of createDenoKvStores beyond the store contract (which
// kv_stores_test.ts runs).

const LANE = "seller-a createUnexpectedProblem";

Deno.test("createDenoKvStores() outbox: due and expired answer the record's own version", async () => {
  await using file = await tempKvFile();
  const { outbox } = createDenoKvStores(await file.open());
  await outbox.insert(queuedRecord("01"));
  const [due] = await outbox.due(LANE, 0, 10);
  assert.equal(due.version, (await outbox.get("01"))!.version);
  const sending = {
    ...due.record,
    status: "sending" as const,
    leaseUntil: 50,
  };
  assert.equal(await outbox.replace(due, sending), true);
  const [expired] = await outbox.expired(50, 10);
  assert.deepEqual(expired.record, sending);
  assert.equal(expired.version, (await outbox.get("01"))!.version);
  assert.equal(
    await outbox.replace(expired, { ...sending, status: "unknown" }),
    true,
  );
  assert.deepEqual(await outbox.expired(1000, 10), []);
});

Deno.test("createDenoKvStores() outbox: a replace built from a changed copy cannot corrupt the indexes", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const { outbox } = createDenoKvStores(kv);
  await outbox.insert(queuedRecord("01", { notBefore: 10 }));
  const entry = (await outbox.get("01"))!;
  // The caller's copy says notBefore 99; the stored record's index key is at
  // 10, and that is the one dropped.
  const forged: OutboxStoreEntry = {
    record: { ...entry.record, notBefore: 99 },
    version: entry.version,
  };
  assert.equal(
    await outbox.replace(forged, { ...entry.record, status: "cancelled" }),
    true,
  );
  assert.deepEqual(await outbox.due(LANE, 1000, 10), []);
  assert.equal(await outbox.nextDue(LANE), undefined);
  await assertIndexesMatch(kv, []);
});

Deno.test("createDenoKvStores() outbox: history keeps the first and the latest 31 events", async () => {
  await using file = await tempKvFile();
  const { outbox } = createDenoKvStores(await file.open());
  const history = Array.from({ length: 500 }, (_, i) => ({
    at: i,
    status: (i % 2 === 0 ? "queued" : "sending") as OutboxStatus,
    note: `step ${i} `.repeat(20),
  }));
  assert.equal(
    await outbox.insert(queuedRecord("01", { history })),
    true,
  );
  const entry = (await outbox.get("01"))!;
  assert.equal(entry.record.history.length, 32);
  assert.deepEqual(entry.record.history[0], history[0]);
  assert.deepEqual(entry.record.history.slice(1), history.slice(-31));
  // A replace that adds events keeps the same shape.
  const longer = [...entry.record.history, { at: 1000, status: "sent" }];
  assert.equal(
    await outbox.replace(entry, {
      ...entry.record,
      status: "sent",
      history: longer as OutboxRecord["history"],
    }),
    true,
  );
  const after = (await outbox.get("01"))!.record.history;
  assert.equal(after.length, 32);
  assert.deepEqual(after[0], history[0]);
  assert.deepEqual(after.at(-1), { at: 1000, status: "sent" });
  assert.deepEqual(after.at(-2), history.at(-1));
});

Deno.test("createDenoKvStores() outbox: a record too large for Deno KV is refused and nothing is written", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const { outbox } = createDenoKvStores(kv);
  const huge = queuedRecord("01", { meta: { blob: "x".repeat(70_000) } });
  await assert.rejects(
    outbox.insert(huge),
    (error: unknown) =>
      error instanceof RangeError &&
      /Cannot store outbox record "01" in Deno KV: Value too large/.test(
        error.message,
      ),
  );
  assert.equal(await outbox.get("01"), undefined);
  assert.deepEqual(await outbox.lanes(), []);
  assert.deepEqual(await outbox.due(LANE, 0, 10), []);
  const keys = [];
  for await (const entry of kv.list({ prefix: [] })) keys.push(entry.key);
  assert.deepEqual(keys, []);
  // The same on replace: the record stays as it was.
  await outbox.insert(queuedRecord("02"));
  const entry = (await outbox.get("02"))!;
  await assert.rejects(
    outbox.replace(entry, { ...entry.record, meta: huge.meta }),
    RangeError,
  );
  assert.deepEqual((await outbox.get("02"))!, entry);
  await assert.rejects(
    outbox.insert(queuedRecord("03", { notBefore: NaN })),
    /"notBefore" must be a finite number, got "NaN"/,
  );
});

Deno.test("createDenoKvStores() outbox: two handles on one file share records, claims and locks", async () => {
  await using file = await tempKvFile();
  const a = createDenoKvStores(await file.open()).outbox;
  const b = createDenoKvStores(await file.open()).outbox;
  for (let i = 1; i <= 20; i++) {
    await a.insert(queuedRecord(String(i).padStart(2, "0")));
  }
  assert.equal(await b.insert(queuedRecord("01")), false);
  // Both handles claim every due record at once: each record goes to one.
  const [dueA, dueB] = await Promise.all([
    a.due(LANE, 0, 100),
    b.due(LANE, 0, 100),
  ]);
  assert.equal(dueA.length, 20);
  assert.equal(dueB.length, 20);
  const claim = (store: OutboxStore, entry: OutboxStoreEntry, who: string) =>
    store.replace(entry, {
      ...entry.record,
      status: "sending",
      leaseUntil: 100,
      meta: { who },
    });
  const won = await Promise.all([
    ...dueA.map((entry) => claim(a, entry, "a")),
    ...dueB.map((entry) => claim(b, entry, "b")),
  ]);
  for (let i = 0; i < 20; i++) {
    assert.equal(Number(won[i]) + Number(won[20 + i]), 1, `record ${i + 1}`);
    const stored = (await b.get(dueA[i].record.id))!.record;
    assert.equal(stored.meta?.who, won[i] ? "a" : "b");
  }
  assert.equal((await a.expired(100, 100)).length, 20);
  assert.equal(await a.lock(LANE, "p1", 100, 0), true);
  assert.equal(await b.lock(LANE, "p2", 100, 0), false);
  await b.unlock(LANE, "p2");
  assert.equal(await b.lock(LANE, "p2", 100, 0), false);
  await a.unlock(LANE, "p1");
  assert.equal(await b.lock(LANE, "p2", 100, 0), true);
});

Deno.test("createDenoKvStores() outbox: of many handles locking one lane at once, one wins", async () => {
  await using file = await tempKvFile();
  const stores = await Promise.all(
    Array.from(
      { length: 4 },
      async () => createDenoKvStores(await file.open()).outbox,
    ),
  );
  const taken = await Promise.all(
    stores.flatMap((store, i) =>
      Array.from(
        { length: 5 },
        (_, j) => store.lock(LANE, `p${i}-${j}`, 100, 0),
      )
    ),
  );
  assert.equal(taken.filter(Boolean).length, 1);
});

Deno.test("createDenoKvStores() outbox: records and locks outlive the process's handle", async () => {
  await using file = await tempKvFile();
  const first = await file.open();
  const before = createDenoKvStores(first).outbox;
  await before.insert(queuedRecord("01", { notBefore: 5 }));
  await before.lock(LANE, "p1", 100, 0);
  first.close();
  const after = createDenoKvStores(await file.open()).outbox;
  assert.deepEqual(
    (await after.due(LANE, 5, 10)).map((e) => e.record),
    [queuedRecord("01", { notBefore: 5 })],
  );
  assert.equal(await after.nextDue(LANE), 5);
  assert.equal(await after.lock(LANE, "p2", 200, 50), false);
});

Deno.test("createDenoKvStores() outbox: lanes drops a lane once it has no queued record", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const { outbox } = createDenoKvStores(kv);
  await outbox.insert(queuedRecord("01"));
  await outbox.insert(queuedRecord("02", { seller: "seller-b" }));
  assert.equal((await outbox.lanes()).length, 2);
  const entry = (await outbox.get("01"))!;
  await outbox.replace(entry, { ...entry.record, status: "cancelled" });
  assert.deepEqual(await outbox.lanes(), [
    { seller: "seller-b", lane: "seller-b createUnexpectedProblem" },
  ]);
  assert.equal(
    (await kv.get(["outbox", "lanes", "seller-a", LANE])).versionstamp,
    null,
  );
  // Queued again: listed again.
  const cancelled = (await outbox.get("01"))!;
  await outbox.replace(cancelled, { ...cancelled.record, status: "queued" });
  assert.deepEqual(await outbox.lanes("seller-a"), [
    { seller: "seller-a", lane: LANE },
  ]);
});

Deno.test("createDenoKvStores() outbox: lanes never drops a lane a record is queued in at the same moment", async () => {
  await using file = await tempKvFile();
  const a = createDenoKvStores(await file.open()).outbox;
  const b = createDenoKvStores(await file.open()).outbox;
  for (let i = 0; i < 30; i++) {
    const id = String(i).padStart(2, "0");
    // One handle prunes the (empty) lane while the other queues into it.
    await Promise.all([b.lanes(), a.insert(queuedRecord(id))]);
    assert.ok(
      (await b.lanes()).some((lane) => lane.lane === LANE),
      `round ${i}`,
    );
    const entry = (await a.get(id))!;
    assert.ok(await a.replace(entry, { ...entry.record, status: "sent" }));
  }
  assert.deepEqual(await a.lanes(), []);
});

Deno.test("createDenoKvStores() outbox answers like the memory store over a random run", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const prefix = ["model"];
  const kvStore = createDenoKvStores(kv, { prefix }).outbox;
  const memory = createMemoryOutboxStore();
  const next = random(20261204);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)];
  const sellers = ["s1", "s2"];
  const operations = ["createWarranty", "createUnexpectedProblem"];
  const orders = ["123-0000000-0000001", "123-0000000-0000002"];
  const statuses: OutboxStatus[] = [
    "queued",
    "queued",
    "sending",
    "sent",
    "unknown",
    "cancelled",
  ];
  const held = new Map<string, [OutboxStoreEntry, OutboxStoreEntry]>();
  let ids = 0;
  let now = 0;

  const check = async () => {
    for (const seller of sellers) {
      for (const operation of operations) {
        const lane = `${seller} ${operation}`;
        const [m, k] = [
          await memory.due(lane, now, 50),
          await kvStore.due(lane, now, 50),
        ];
        assert.deepEqual(k.map((e) => e.record), m.map((e) => e.record), lane);
        assert.equal(await kvStore.nextDue(lane), await memory.nextDue(lane));
      }
      // The memory store lists exactly the lanes with queued records; so
      // does this one, once it has dropped the lanes it finds empty.
      const byLane = (a: OutboxLane, b: OutboxLane) =>
        a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : 0;
      assert.deepEqual(
        (await kvStore.lanes(seller)).toSorted(byLane),
        (await memory.lanes(seller)).toSorted(byLane),
      );
      for (const amazonOrderId of [undefined, ...orders]) {
        let cursor: [string | undefined, string | undefined] = [
          undefined,
          undefined,
        ];
        do {
          const [m, k] = [
            await memory.list({
              seller,
              amazonOrderId,
              limit: 3,
              cursor: cursor[0],
            }),
            await kvStore.list({
              seller,
              amazonOrderId,
              limit: 3,
              cursor: cursor[1],
            }),
          ];
          assert.deepEqual(k.records, m.records);
          assert.equal(k.cursor === undefined, m.cursor === undefined);
          cursor = [m.cursor, k.cursor];
        } while (cursor[0] !== undefined);
      }
    }
    const sortIds = (entries: OutboxStoreEntry[]) =>
      entries.map((e) => e.record.id).sort();
    assert.deepEqual(
      sortIds(await kvStore.expired(now, 100)),
      sortIds(await memory.expired(now, 100)),
    );
    await assertIndexesMatch(kv, prefix);
  };

  for (let step = 0; step < 300; step++) {
    now += Math.floor(next() * 5);
    const roll = next();
    if (roll < 0.3 || held.size === 0) {
      const seller = pick(sellers);
      const id = `r${String(++ids).padStart(3, "0")}`;
      const base = queuedRecord(id, {
        seller,
        lane: `${seller} ${pick(operations)}`,
        notBefore: Math.floor(next() * 100),
      });
      const record = {
        ...base,
        request: { ...base.request, amazonOrderId: pick(orders) },
      };
      assert.equal(await kvStore.insert(record), await memory.insert(record));
      held.set(id, [(await memory.get(id))!, (await kvStore.get(id))!]);
    } else if (roll < 0.35) {
      const id = pick([...held.keys()]);
      assert.equal(await kvStore.insert(queuedRecord(id)), false);
      assert.equal(await memory.insert(queuedRecord(id)), false);
    } else if (roll < 0.9) {
      const id = pick([...held.keys()]);
      // Half the time from a fresh read, else from an entry that may be stale.
      const [m, k] = next() < 0.5
        ? [(await memory.get(id))!, (await kvStore.get(id))!]
        : held.get(id)!;
      const status = pick(statuses);
      const nextRecord: OutboxRecord = {
        ...m.record,
        status,
        notBefore: Math.floor(next() * 100),
        ...(status === "sending"
          ? { leaseUntil: now + Math.floor(next() * 50) }
          : {}),
        request: { ...m.record.request, amazonOrderId: pick(orders) },
        lane: next() < 0.1 ? "ignored lane" : m.record.lane,
        attempt: m.record.attempt + 1,
      };
      if (status !== "sending") {
        delete (nextRecord as { leaseUntil?: number }).leaseUntil;
      }
      const done = await memory.replace(m, nextRecord);
      assert.equal(await kvStore.replace(k, nextRecord), done, `step ${step}`);
      held.set(id, [(await memory.get(id))!, (await kvStore.get(id))!]);
      assert.deepEqual(held.get(id)![1].record, held.get(id)![0].record);
    } else {
      const lane = `${pick(sellers)} ${pick(operations)}`;
      const owner = pick(["p1", "p2", "p3"]);
      if (next() < 0.7) {
        const until = now + Math.floor(next() * 20);
        assert.equal(
          await kvStore.lock(lane, owner, until, now),
          await memory.lock(lane, owner, until, now),
        );
      } else {
        await kvStore.unlock(lane, owner);
        await memory.unlock(lane, owner);
      }
    }
    if (step % 50 === 49) await check();
  }
  await check();
});
