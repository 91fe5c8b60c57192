// This module is browser compatible.

/**
 * Idempotency records over the SQLite storage of a Durable Object.
 *
 * @module
 */

import { SYSTEM_CLOCK } from "../../sp_api/clock.ts";
import type {
  IdempotencyClaim,
  IdempotencyStore,
} from "../../sp_api/idempotency_store.ts";
import { checkKey, checkTtl, ensure, rows } from "./_sql.ts";
import type { SqlStoreOptions } from "./sql_duplicate_guard_store.ts";
import type { SqlStorageLike } from "./types.ts";

const SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS idempotency_records (
    key TEXT PRIMARY KEY,
    done INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    value TEXT,
    expires INTEGER NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS idempotency_records_expires
    ON idempotency_records (expires)`,
];

/** How many ended records one claim forgets, at most. */
const PURGE_BATCH = 64;

function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Creates an idempotency store over the SQL API of a SQLite-backed Durable
 * Object: every Worker isolate that reaches the seller's object shares its
 * keys. `claim` is a check-that-the-key-is-absent plus insert with no
 * `await` in between, so it is atomic. Values are stored as JSON. Ended
 * records are forgotten a few at a time on each claim.
 *
 * @param sql The object's `ctx.storage.sql`.
 * @param options The clock.
 * @returns The store.
 * @throws {RangeError} From `claim` and `complete`, when `ttlMs` is not a positive number.
 *
 * @example Claim, complete, replay
 * ```ts
 * import { createSqlIdempotencyStore, type SqlValue } from "@sellerkit/buyer-messages/cloudflare";
 * import { DatabaseSync } from "node:sqlite";
 * import assert from "node:assert/strict";
 *
 * const db = new DatabaseSync(":memory:");
 * const store = createSqlIdempotencyStore({
 *   exec(query: string, ...bindings: SqlValue[]) {
 *     const rows = db.prepare(query).all(...(bindings as (string | number | null)[]));
 *     return { toArray: () => rows as Record<string, SqlValue>[] };
 *   },
 * });
 * assert.deepEqual(await store.claim("order-1001-confirm", "f1", 60_000), { status: "new" });
 * assert.deepEqual(await store.claim("order-1001-confirm", "f1", 60_000), { status: "pending", fingerprint: "f1" });
 * await store.complete("order-1001-confirm", { fingerprint: "f1", value: { sent: true } }, 60_000);
 * assert.deepEqual(await store.claim("order-1001-confirm", "f1", 60_000), {
 *   status: "done",
 *   fingerprint: "f1",
 *   value: { sent: true },
 * });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createSqlIdempotencyStore(
  sql: SqlStorageLike,
  options: SqlStoreOptions = {},
): IdempotencyStore {
  ensure(sql, SCHEMA);
  const clock = options.clock ?? SYSTEM_CLOCK;
  return {
    claim(key, fingerprint, ttlMs) {
      return settle((): IdempotencyClaim => {
        checkKey("claim an idempotency key", key);
        checkTtl("claim an idempotency key", ttlMs);
        const now = clock.now();
        rows(
          sql,
          `DELETE FROM idempotency_records WHERE key IN
            (SELECT key FROM idempotency_records WHERE expires <= ? LIMIT ?)`,
          now,
          PURGE_BATCH,
        );
        rows(
          sql,
          "DELETE FROM idempotency_records WHERE key = ? AND expires <= ?",
          key,
          now,
        );
        const inserted = rows(
          sql,
          `INSERT OR IGNORE INTO idempotency_records
            (key, done, fingerprint, value, expires) VALUES (?, 0, ?, NULL, ?)
            RETURNING key`,
          key,
          String(fingerprint),
          now + ttlMs,
        );
        if (inserted.length === 1) return { status: "new" };
        const [row] = rows(
          sql,
          "SELECT done, fingerprint, value FROM idempotency_records WHERE key = ?",
          key,
        );
        const found = row.fingerprint as string;
        return row.done === 1
          ? {
            status: "done",
            fingerprint: found,
            value: row.value === null
              ? undefined
              : JSON.parse(row.value as string),
          }
          : { status: "pending", fingerprint: found };
      });
    },
    complete(key, record, ttlMs) {
      return settle(() => {
        checkKey("complete an idempotency key", key);
        checkTtl("complete an idempotency key", ttlMs);
        const value = record.value === undefined
          ? null
          : JSON.stringify(record.value);
        rows(
          sql,
          `INSERT INTO idempotency_records (key, done, fingerprint, value, expires)
            VALUES (?, 1, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET done = 1,
              fingerprint = excluded.fingerprint, value = excluded.value,
              expires = excluded.expires`,
          key,
          String(record.fingerprint),
          value,
          clock.now() + ttlMs,
        );
      });
    },
    release(key) {
      return settle(() => {
        rows(sql, "DELETE FROM idempotency_records WHERE key = ?", String(key));
      });
    },
  };
}
