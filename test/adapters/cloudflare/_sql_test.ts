/**
 * The SQL helpers the Durable Object stores share, on Node's SQLite: the
 * checks of keys and lifetimes, the outbox schema and when an object's
 * outbox next needs its alarm.
 */
import assert from "node:assert/strict";
import {
  checkKey,
  checkTtl,
  ensure,
  nextOutboxWork,
  numberOrUndefined,
  OUTBOX_SCHEMA,
  rows,
} from "../../../src/adapters/cloudflare/_sql.ts";
import { createSqlOutboxStore } from "../../../src/adapters/cloudflare/sql_outbox_store.ts";
import { queuedRecord } from "../../outbox/_store_contract.ts";
import { openNodeSql } from "./_node_sqlite.ts";

Deno.test("rows() runs a statement with its bindings and answers every row", () => {
  const { sql, close } = openNodeSql();
  try {
    assert.deepEqual(rows(sql, "CREATE TABLE t (k TEXT, v INTEGER)"), []);
    rows(sql, "INSERT INTO t VALUES (?, ?), (?, ?)", "a", 1, "b", null);
    // node:sqlite's rows have no prototype: compare plain copies.
    const plain = (query: string, ...bindings: string[]) =>
      rows(sql, query, ...bindings).map((row) => ({ ...row }));
    assert.deepEqual(plain("SELECT k, v FROM t ORDER BY k"), [
      { k: "a", v: 1 },
      { k: "b", v: null },
    ]);
    assert.deepEqual(plain("SELECT v FROM t WHERE k = ?", "b"), [
      { v: null },
    ]);
  } finally {
    close();
  }
});

Deno.test("ensure() creates the outbox tables and indexes, and runs again without harm", () => {
  const { sql, close } = openNodeSql();
  try {
    ensure(sql, OUTBOX_SCHEMA);
    const store = createSqlOutboxStore(sql);
    ensure(sql, OUTBOX_SCHEMA);
    const names = rows(
      sql,
      "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name LIKE 'outbox%' ORDER BY name",
    ).map((row) => row.name);
    assert.deepEqual(names, [
      "outbox_by_order",
      "outbox_by_seller",
      "outbox_locks",
      "outbox_queued",
      "outbox_records",
      "outbox_sending",
    ]);
    assert.ok(store);
  } finally {
    close();
  }
});

Deno.test("numberOrUndefined() keeps numbers, zero included, and drops the rest", () => {
  assert.equal(numberOrUndefined(0), 0);
  assert.equal(numberOrUndefined(-3), -3);
  assert.equal(numberOrUndefined(null), undefined);
  assert.equal(numberOrUndefined(undefined), undefined);
  assert.equal(numberOrUndefined("1"), undefined);
});

Deno.test("checkTtl() accepts a positive finite lifetime and refuses the rest, saying what it was for", () => {
  assert.equal(checkTtl("claim a key", 1), 1);
  assert.equal(checkTtl("claim a key", 0.5), 0.5);
  for (const ttl of [0, -1, NaN, Infinity, "1000", null, undefined]) {
    assert.throws(() => checkTtl("claim a key", ttl as number), {
      name: "RangeError",
      message:
        `Cannot claim a key: "ttlMs" must be a positive number of milliseconds, got "${ttl}"`,
    });
  }
});

Deno.test("checkKey() accepts a non-empty string and refuses the rest, saying what it was for", () => {
  assert.equal(checkKey("take a token", "k"), "k");
  assert.equal(checkKey("take a token", " "), " ");
  for (const key of ["", 1, null, undefined, ["k"]]) {
    assert.throws(() => checkKey("take a token", key as string), {
      name: "TypeError",
      message: "Cannot take a token: the key must be a non-empty string",
    });
  }
});

Deno.test("nextOutboxWork() answers the earliest queued notBefore or sending lease end", async () => {
  const { sql, close } = openNodeSql();
  try {
    const store = createSqlOutboxStore(sql);
    assert.equal(nextOutboxWork(sql), undefined);
    await store.insert(queuedRecord("01", { notBefore: 500 }));
    await store.insert(queuedRecord("02", { notBefore: 300, seller: "b" }));
    assert.equal(nextOutboxWork(sql), 300);
    await store.insert(
      queuedRecord("03", { status: "sending", leaseUntil: 200 }),
    );
    assert.equal(nextOutboxWork(sql), 200);
    // Records that need nothing more do not count, however early.
    await store.insert(queuedRecord("04", { status: "sent", notBefore: 1 }));
    await store.insert(queuedRecord("05", { status: "unknown", notBefore: 1 }));
    assert.equal(nextOutboxWork(sql), 200);
    // Zero is a time, not "none".
    await store.insert(queuedRecord("06", { notBefore: 0 }));
    assert.equal(nextOutboxWork(sql), 0);
  } finally {
    close();
  }
});

Deno.test("nextOutboxWork() answers undefined when only finished records are left", async () => {
  const { sql, close } = openNodeSql();
  try {
    const store = createSqlOutboxStore(sql);
    await store.insert(queuedRecord("01", { notBefore: 5 }));
    const entry = (await store.get("01"))!;
    assert.equal(
      await store.replace(entry, { ...entry.record, status: "sent" }),
      true,
    );
    assert.equal(nextOutboxWork(sql), undefined);
  } finally {
    close();
  }
});
