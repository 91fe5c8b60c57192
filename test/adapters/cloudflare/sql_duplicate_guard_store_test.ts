/**
 * The duplicate guard of the seller's Durable Object, on Node's SQLite.
 */
import assert from "node:assert/strict";
import { createSqlDuplicateGuardStore } from "../../../src/adapters/cloudflare/sql_duplicate_guard_store.ts";
import { openNodeSql } from "./_node_sqlite.ts";

Deno.test("createSqlDuplicateGuardStore() remembers a key for its window and forgets ended keys", async () => {
  const { sql, close } = openNodeSql();
  let now = 0;
  try {
    const store = createSqlDuplicateGuardStore(sql, {
      clock: { now: () => now, sleep: () => Promise.resolve() },
    });
    for (let i = 0; i < 100; i++) {
      assert.equal(await store.claim(`d${i}`, 1000), true);
    }
    assert.equal(await store.claim("d1", 1000), false);
    await store.release("d1");
    assert.equal(await store.claim("d1", 1000), true);
    now = 5000;
    assert.equal(await store.claim("fresh", 1000), true);
    // Ended keys are purged a batch at a time.
    const [{ n }] = sql.exec("SELECT COUNT(*) AS n FROM duplicate_guard")
      .toArray();
    assert.ok((n as number) < 100, `${n} rows left`);
    assert.equal(await store.claim("d2", 1000), true);
  } finally {
    close();
  }
});

Deno.test("createSqlDuplicateGuardStore() refuses an empty key or a window that is not positive, and keeps keys when opened again", async () => {
  const { sql, close } = openNodeSql();
  try {
    const store = createSqlDuplicateGuardStore(sql);
    await assert.rejects(async () => await store.claim("", 1000), {
      name: "TypeError",
      message:
        "Cannot claim a duplicate-guard key: the key must be a non-empty string",
    });
    await assert.rejects(async () => await store.claim("k", -5), {
      name: "RangeError",
    });
    assert.equal(await store.claim("k", 60_000), true);
    assert.equal(
      await createSqlDuplicateGuardStore(sql).claim("k", 60_000),
      false,
    );
  } finally {
    close();
  }
});
