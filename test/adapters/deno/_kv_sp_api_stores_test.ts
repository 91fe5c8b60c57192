import assert from "node:assert/strict";
import { createDenoKvStores } from "../../../src/adapters/deno/kv_stores.ts";
import { createMemoryRateLimitStore } from "../../../src/sp_api/memory_rate_limit_store.ts";
import { createFakeClock } from "../../sp_api/_fake_clock.ts";
import { oneBucket, random, tempKvFile } from "./_kv_files.ts";

// The rate-limit, idempotency and duplicate-guard stores of
// createDenoKvStores.

Deno.test("createDenoKvStores() rateLimit answers the waits of the memory store", async () => {
  // The arithmetic alone: a database in memory is quicker.
  const kv = await Deno.openKv(":memory:");
  using _ = { [Symbol.dispose]: () => kv.close() };
  const { rateLimit } = createDenoKvStores(kv);
  const memory = createMemoryRateLimitStore();
  const next = random(7);
  const plans = [{ rate: 10, burst: 5 }, { rate: 3, burst: 1 }, {
    rate: 0.5,
    burst: 2,
  }];
  let now = 0;
  for (let i = 0; i < 400; i++) {
    now += Math.floor(next() * 300);
    const key = `k${i % 3}`;
    const limits = plans[i % 3];
    if (next() < 0.1) {
      await memory.drain(key, limits, now);
      await rateLimit.drain(key, limits, now);
    } else {
      assert.equal(
        await rateLimit.reserve(key, limits, now),
        await memory.reserve(key, limits, now),
        `reservation ${i}`,
      );
    }
  }
  // The exact figures of the memory store's own tests.
  const waits = [];
  for (let i = 0; i < 8; i++) {
    waits.push(await rateLimit.reserve("fresh", { rate: 10, burst: 5 }, 0));
  }
  assert.deepEqual(waits, [0, 0, 0, 0, 0, 100, 200, 300]);
  assert.equal(await rateLimit.reserve("third", { rate: 3, burst: 1 }, 0), 0);
  assert.equal(await rateLimit.reserve("third", { rate: 3, burst: 1 }, 0), 334);
});

Deno.test("createDenoKvStores() rateLimit: two handles on one file reserving at once share one bucket", async () => {
  await using file = await tempKvFile();
  const stores = [
    createDenoKvStores(await file.open()).rateLimit,
    createDenoKvStores(await file.open()).rateLimit,
  ];
  const limits = { rate: 10, burst: 5 };
  const waits = await Promise.all(
    Array.from(
      { length: 60 },
      (_, i) => stores[i % 2].reserve("seller-1 createWarranty", limits, 0),
    ),
  );
  // Every wait of one bucket, each handed out once, whichever handle asked.
  assert.deepEqual(waits.toSorted((a, b) => a - b), oneBucket(60));
});

Deno.test("createDenoKvStores() rateLimit: drain empties the bucket but keeps the queue", async () => {
  await using file = await tempKvFile();
  const { rateLimit } = createDenoKvStores(await file.open());
  const limits = { rate: 2, burst: 5 };
  assert.equal(await rateLimit.reserve("k", limits, 0), 0);
  await rateLimit.drain("k", limits, 0);
  assert.equal(await rateLimit.reserve("k", limits, 0), 500);
  await rateLimit.drain("k", limits, 0);
  assert.equal(await rateLimit.reserve("k", limits, 0), 1000);
  // A drained bucket that never existed is empty, not full.
  await rateLimit.drain("new", limits, 0);
  assert.equal(await rateLimit.reserve("new", limits, 0), 500);
});

Deno.test("createDenoKvStores() idempotency claims a key once, then answers pending, then done", async () => {
  await using file = await tempKvFile();
  const { idempotency } = createDenoKvStores(await file.open());
  assert.deepEqual(await idempotency.claim("k", "f1", 1000), { status: "new" });
  assert.deepEqual(await idempotency.claim("k", "f2", 1000), {
    status: "pending",
    fingerprint: "f1",
  });
  await idempotency.complete("k", { fingerprint: "f1", value: { n: 1 } }, 1000);
  assert.deepEqual(await idempotency.claim("k", "f1", 1000), {
    status: "done",
    fingerprint: "f1",
    value: { n: 1 },
  });
  assert.equal((await idempotency.claim("other", "f1", 1000)).status, "new");
  await idempotency.release("k");
  assert.deepEqual(await idempotency.claim("k", "f1", 1000), { status: "new" });
});

Deno.test("createDenoKvStores() idempotency forgets keys after their lifetime though Deno KV still holds them (fake clock)", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const clock = createFakeClock(Date.UTC(2026, 11, 4));
  const { idempotency } = createDenoKvStores(kv, { clock });
  const day = 86_400_000;
  await idempotency.claim("k", "f1", day);
  await idempotency.complete("k", { fingerprint: "f1", value: "first" }, day);
  clock.advance(day - 1);
  assert.equal((await idempotency.claim("k", "f1", 1000)).status, "done");
  clock.advance(1);
  // Deno KV has not deleted the key (its own clock moved milliseconds).
  assert.notEqual((await kv.get(["idempotency", "k"])).versionstamp, null);
  assert.deepEqual(await idempotency.claim("k", "f2", 1000), { status: "new" });
  assert.deepEqual(await idempotency.claim("k", "f3", 1000), {
    status: "pending",
    fingerprint: "f2",
  });
  // A pending claim expires too.
  clock.advance(1000);
  assert.deepEqual(await idempotency.claim("k", "f3", 1000), { status: "new" });
});

Deno.test("createDenoKvStores() idempotency copies structured-clone values in and out", async () => {
  await using file = await tempKvFile();
  const { idempotency } = createDenoKvStores(await file.open());
  const value = { body: { list: [1] }, at: new Date(0), tags: new Set(["a"]) };
  await idempotency.claim("k", "f", 1000);
  await idempotency.complete("k", { fingerprint: "f", value }, 1000);
  value.body.list.push(2);
  const first = await idempotency.claim("k", "f", 1000);
  assert.ok(first.status === "done");
  assert.deepEqual(first.value, {
    body: { list: [1] },
    at: new Date(0),
    tags: new Set(["a"]),
  });
  (first.value as typeof value).body.list.push(3);
  const second = await idempotency.claim("k", "f", 1000);
  assert.ok(second.status === "done");
  assert.deepEqual((second.value as typeof value).body, { list: [1] });
});

Deno.test("createDenoKvStores() idempotency: of many claims on two handles at once, one is new", async () => {
  await using file = await tempKvFile();
  const stores = [
    createDenoKvStores(await file.open()).idempotency,
    createDenoKvStores(await file.open()).idempotency,
  ];
  const claims = await Promise.all(
    Array.from(
      { length: 20 },
      (_, i) => stores[i % 2].claim("order-1001", `f${i}`, 60_000),
    ),
  );
  const fresh = claims.filter((c) => c.status === "new");
  assert.equal(fresh.length, 1);
  const winner = `f${claims.indexOf(fresh[0])}`;
  for (const claim of claims) {
    if (claim.status !== "new") {
      assert.deepEqual(claim, { status: "pending", fingerprint: winner });
    }
  }
});

Deno.test("createDenoKvStores() duplicateGuard grants a key once until it is released or its window ends", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const clock = createFakeClock(1_000_000);
  const { duplicateGuard } = createDenoKvStores(kv, { clock });
  assert.equal(await duplicateGuard.claim("k", 1000), true);
  assert.equal(await duplicateGuard.claim("k", 1000), false);
  assert.equal(await duplicateGuard.claim("other", 1000), true);
  await duplicateGuard.release("k");
  assert.equal(await duplicateGuard.claim("k", 1000), true);
  clock.advance(999);
  assert.equal(await duplicateGuard.claim("k", 1000), false);
  clock.advance(1);
  assert.equal(await duplicateGuard.claim("k", 1000), true);
  assert.equal(await duplicateGuard.claim("k", 1000), false);
});

Deno.test("createDenoKvStores() duplicateGuard: of many claims on two handles at once, one wins", async () => {
  await using file = await tempKvFile();
  const stores = [
    createDenoKvStores(await file.open()).duplicateGuard,
    createDenoKvStores(await file.open()).duplicateGuard,
  ];
  const claims = await Promise.all(
    Array.from({ length: 20 }, (_, i) => stores[i % 2].claim("digest", 60_000)),
  );
  assert.equal(claims.filter(Boolean).length, 1);
});
