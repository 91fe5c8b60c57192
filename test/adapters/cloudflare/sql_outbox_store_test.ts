/**
 * The outbox store of the seller's Durable Object, on Node's SQLite standing
 * in for `ctx.storage.sql`: the outbox store contract, and what only the SQL
 * store does. The same store runs in a real Durable Object in
 * `durable_object_test.ts`.
 */
import assert from "node:assert/strict";
import { createSqlOutboxStore } from "../../../src/adapters/cloudflare/sql_outbox_store.ts";
import { queuedRecord, testOutboxStore } from "../../outbox/_store_contract.ts";
import { openNodeSql } from "./_node_sqlite.ts";

testOutboxStore("SQL (node:sqlite)", () => {
  const { sql, close } = openNodeSql();
  return Promise.resolve({
    store: createSqlOutboxStore(sql),
    close: () => Promise.resolve(close()),
  });
});

Deno.test("createSqlOutboxStore() keeps its records when opened again on the same database", async () => {
  const { sql, close } = openNodeSql();
  try {
    const first = createSqlOutboxStore(sql);
    await first.insert(queuedRecord("01", { notBefore: 7 }));
    const again = createSqlOutboxStore(sql);
    assert.equal((await again.get("01"))?.record.notBefore, 7);
    assert.equal(await again.nextDue("seller-a createUnexpectedProblem"), 7);
  } finally {
    close();
  }
});

Deno.test("createSqlOutboxStore() keeps the stored lane and refuses a record for another id", async () => {
  const { sql, close } = openNodeSql();
  try {
    const store = createSqlOutboxStore(sql);
    await store.insert(queuedRecord("01"));
    const entry = (await store.get("01"))!;
    assert.equal(
      await store.replace(entry, { ...entry.record, lane: "seller-a other" }),
      true,
    );
    assert.equal(
      (await store.get("01"))?.record.lane,
      "seller-a createUnexpectedProblem",
    );
    const now = (await store.get("01"))!;
    assert.equal(
      await store.replace(now, { ...now.record, id: "02" }),
      false,
    );
    assert.equal(
      await store.replace({ ...now, version: "x" }, now.record),
      false,
    );
    await assert.rejects(
      store.insert({ id: 1 } as never),
      TypeError,
    );
  } finally {
    close();
  }
});
