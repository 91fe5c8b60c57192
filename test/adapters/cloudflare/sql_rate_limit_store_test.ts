/**
 * The token buckets of the seller's Durable Object, on Node's SQLite,
 * compared with the in-memory store.
 */
import assert from "node:assert/strict";
import { createSqlRateLimitStore } from "../../../src/adapters/cloudflare/sql_rate_limit_store.ts";
import { createMemoryRateLimitStore } from "../../../src/sp_api/memory_rate_limit_store.ts";
import { openNodeSql } from "./_node_sqlite.ts";

Deno.test("createSqlRateLimitStore() answers the same waits as the in-memory store", async () => {
  const { sql, close } = openNodeSql();
  try {
    const store = createSqlRateLimitStore(sql);
    const memory = createMemoryRateLimitStore();
    const plan = { rate: 1, burst: 5 };
    const steps: [string, number][] = [];
    for (let i = 0; i < 8; i++) steps.push(["reserve", 0]);
    steps.push(["reserve", 2500], ["drain", 2600], ["reserve", 2600]);
    steps.push(["reserve", 10_000], ["reserve", 9_000]); // a clock step back
    for (const [op, now] of steps) {
      if (op === "drain") {
        await store.drain("s op", plan, now);
        memory.drain("s op", plan, now);
        continue;
      }
      assert.equal(
        await store.reserve("s op", plan, now),
        memory.reserve("s op", plan, now),
        `${op} at ${now}`,
      );
    }
    // Buckets are per key.
    assert.equal(await store.reserve("s other", plan, 0), 0);
  } finally {
    close();
  }
});

Deno.test("createSqlRateLimitStore() refuses an empty key and keeps its buckets when opened again", async () => {
  const { sql, close } = openNodeSql();
  try {
    const plan = { rate: 1, burst: 1 };
    const store = createSqlRateLimitStore(sql);
    assert.throws(() => store.reserve("", plan, 0), {
      name: "TypeError",
      message:
        "Cannot take a rate-limit token: the key must be a non-empty string",
    });
    assert.equal(await store.reserve("k", plan, 0), 0);
    // The same database, opened again: the token is still taken.
    assert.equal(
      await createSqlRateLimitStore(sql).reserve("k", plan, 0),
      1000,
    );
  } finally {
    close();
  }
});
