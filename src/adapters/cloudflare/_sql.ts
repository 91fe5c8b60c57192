// This module is browser compatible.

/**
 * The SQL tables of the Durable Object stores, and the small helpers their
 * statements share. Every statement is run at once and read whole.
 *
 * @module
 */

import type { SqlStorageLike, SqlValue } from "./types.ts";

/** Runs one statement and answers its rows. */
export function rows(
  sql: SqlStorageLike,
  query: string,
  ...bindings: SqlValue[]
): Record<string, SqlValue>[] {
  return sql.exec(query, ...bindings).toArray();
}

/** Runs statements that create tables and indexes, if they are missing. */
export function ensure(sql: SqlStorageLike, statements: readonly string[]) {
  for (const statement of statements) rows(sql, statement);
}

/** A number column, or `undefined` when it is `NULL`. */
export function numberOrUndefined(value: SqlValue | undefined) {
  return typeof value === "number" ? value : undefined;
}

/** Checks a lifetime in milliseconds. */
export function checkTtl(what: string, ttlMs: number): number {
  if (typeof ttlMs !== "number" || !(ttlMs > 0) || !Number.isFinite(ttlMs)) {
    throw new RangeError(
      `Cannot ${what}: "ttlMs" must be a positive number of milliseconds, got "${ttlMs}"`,
    );
  }
  return ttlMs;
}

/** Checks a store key. */
export function checkKey(what: string, key: string): string {
  if (typeof key !== "string" || key.length === 0) {
    throw new TypeError(`Cannot ${what}: the key must be a non-empty string`);
  }
  return key;
}

/**
 * The outbox tables: each record with the columns its indexes need, and the
 * lane locks. The partial indexes answer `due`, `nextDue`, `lanes` (queued
 * records) and `expired` (sending records).
 */
export const OUTBOX_SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS outbox_records (
    id TEXT PRIMARY KEY,
    seller TEXT NOT NULL,
    lane TEXT NOT NULL,
    status TEXT NOT NULL,
    not_before INTEGER NOT NULL,
    lease_until INTEGER,
    order_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    record TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS outbox_queued
    ON outbox_records (lane, not_before, id) WHERE status = 'queued'`,
  `CREATE INDEX IF NOT EXISTS outbox_sending
    ON outbox_records (lease_until, id) WHERE status = 'sending'`,
  `CREATE INDEX IF NOT EXISTS outbox_by_seller
    ON outbox_records (seller, id)`,
  `CREATE INDEX IF NOT EXISTS outbox_by_order
    ON outbox_records (seller, order_id, id)`,
  `CREATE TABLE IF NOT EXISTS outbox_locks (
    lane TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    until INTEGER NOT NULL
  )`,
];

/**
 * When the outbox of an object next needs a look: the earliest `notBefore`
 * of a queued record or lease end of a sending one, or `undefined`.
 */
export function nextOutboxWork(sql: SqlStorageLike): number | undefined {
  const [queued] = rows(
    sql,
    "SELECT MIN(not_before) AS at FROM outbox_records WHERE status = 'queued'",
  );
  const [sending] = rows(
    sql,
    "SELECT MIN(lease_until) AS at FROM outbox_records WHERE status = 'sending'",
  );
  const times = [queued?.at, sending?.at].filter((at): at is number =>
    typeof at === "number"
  );
  return times.length === 0 ? undefined : Math.min(...times);
}
