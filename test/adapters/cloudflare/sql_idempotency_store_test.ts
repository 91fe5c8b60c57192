/**
 * The idempotency keys of the seller's Durable Object, on Node's SQLite.
 */
import assert from "node:assert/strict";
import { createSqlIdempotencyStore } from "../../../src/adapters/cloudflare/sql_idempotency_store.ts";
import { openNodeSql } from "./_node_sqlite.ts";

Deno.test("createSqlIdempotencyStore() claims, completes, replays, releases and expires keys", async () => {
  const { sql, close } = openNodeSql();
  let now = 0;
  try {
    const store = createSqlIdempotencyStore(sql, {
      clock: { now: () => now, sleep: () => Promise.resolve() },
    });
    assert.deepEqual(await store.claim("k", "f1", 1000), { status: "new" });
    assert.deepEqual(await store.claim("k", "f2", 1000), {
      status: "pending",
      fingerprint: "f1",
    });
    await store.complete("k", { fingerprint: "f1", value: { n: 1 } }, 1000);
    assert.deepEqual(await store.claim("k", "f1", 1000), {
      status: "done",
      fingerprint: "f1",
      value: { n: 1 },
    });
    await store.release("k");
    assert.deepEqual(await store.claim("k", "f3", 1000), { status: "new" });
    now = 1000; // its lifetime ended
    assert.deepEqual(await store.claim("k", "f4", 1000), { status: "new" });
    await assert.rejects(store.claim("j", "f", 0), RangeError);
  } finally {
    close();
  }
});

Deno.test("createSqlIdempotencyStore() refuses an empty key or a lifetime that is not positive", async () => {
  const { sql, close } = openNodeSql();
  try {
    const store = createSqlIdempotencyStore(sql);
    await assert.rejects(async () => await store.claim("", "f", 1000), {
      name: "TypeError",
      message:
        "Cannot claim an idempotency key: the key must be a non-empty string",
    });
    await assert.rejects(
      async () => await store.complete("k", { fingerprint: "f", value: 1 }, 0),
      {
        name: "RangeError",
        message:
          'Cannot complete an idempotency key: "ttlMs" must be a positive number of milliseconds, got "0"',
      },
    );
    // Nothing was written by the refused calls.
    assert.deepEqual(await store.claim("k", "f", 1000), { status: "new" });
  } finally {
    close();
  }
});
