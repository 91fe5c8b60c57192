import assert from "node:assert/strict";
import { createMemoryRateLimitStore } from "../../src/sp_api/memory_rate_limit_store.ts";

Deno.test("createMemoryRateLimitStore() grants the burst at once, then queues at the rate", async () => {
  const store = createMemoryRateLimitStore();
  const limits = { rate: 10, burst: 5 };
  const waits: number[] = [];
  for (let i = 0; i < 30; i++) waits.push(await store.reserve("k", limits, 0));
  assert.deepEqual(waits.slice(0, 5), [0, 0, 0, 0, 0]);
  assert.deepEqual(waits.slice(5, 8), [100, 200, 300]);
  assert.equal(waits[29], 2500); // (M - B) / N = 25 / 10 s
});

Deno.test("createMemoryRateLimitStore() refills over time up to the burst", async () => {
  const store = createMemoryRateLimitStore();
  const limits = { rate: 1, burst: 5 };
  for (let i = 0; i < 5; i++) await store.reserve("k", limits, 0);
  assert.equal(await store.reserve("k", limits, 0), 1000);
  // The reservation above is spent; after 2 s one more token is free.
  assert.equal(await store.reserve("k", limits, 2000), 0);
  // A long pause refills to the burst, not beyond.
  for (let i = 0; i < 5; i++) {
    assert.equal(await store.reserve("k", limits, 1_000_000), 0);
  }
  assert.equal(await store.reserve("k", limits, 1_000_000), 1000);
});

Deno.test("createMemoryRateLimitStore() keeps keys apart", async () => {
  const store = createMemoryRateLimitStore();
  const limits = { rate: 1, burst: 1 };
  assert.equal(await store.reserve("a", limits, 0), 0);
  assert.equal(await store.reserve("b", limits, 0), 0);
  assert.equal(await store.reserve("a", limits, 0), 1000);
});

Deno.test("createMemoryRateLimitStore() drain() empties the bucket but keeps the queue", async () => {
  const store = createMemoryRateLimitStore();
  const limits = { rate: 2, burst: 5 };
  assert.equal(await store.reserve("k", limits, 0), 0);
  await store.drain("k", limits, 0);
  assert.equal(await store.reserve("k", limits, 0), 500);
  await store.drain("k", limits, 0);
  assert.equal(await store.reserve("k", limits, 0), 1000);
});

Deno.test("createMemoryRateLimitStore() never wakes a caller early through float noise", async () => {
  const store = createMemoryRateLimitStore();
  const limits = { rate: 3, burst: 1 };
  assert.equal(await store.reserve("k", limits, 0), 0);
  // 1/3 s rounds up to 334 ms, never down to 333.
  assert.equal(await store.reserve("k", limits, 0), 334);
  const rate10 = { rate: 10, burst: 1 };
  for (let t = 0; t <= 3000; t += 100) {
    assert.equal(await store.reserve("ten", rate10, t), 0, `t=${t}`);
  }
});
