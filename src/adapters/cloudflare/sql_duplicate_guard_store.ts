// This module is browser compatible.

/**
 * The duplicate guard's memory over the SQLite storage of a Durable Object.
 *
 * @module
 */

import { type Clock, SYSTEM_CLOCK } from "../../sp_api/clock.ts";
import type { DuplicateGuardStore } from "../../sp_api/duplicate_guard_store.ts";
import { checkKey, checkTtl, ensure, rows } from "./_sql.ts";
import type { SqlStorageLike } from "./types.ts";

const SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS duplicate_guard (
    key TEXT PRIMARY KEY,
    expires INTEGER NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS duplicate_guard_expires
    ON duplicate_guard (expires)`,
];

/** How many ended entries one call forgets, at most. */
const PURGE_BATCH = 64;

/**
 * Options of the SQL stores that keep entries for a lifetime.
 *
 * @example A fixed clock
 * ```ts
 * import type { SqlStoreOptions } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const options: SqlStoreOptions = { clock: { now: () => 0, sleep: () => Promise.resolve() } };
 * assert.equal(options.clock?.now(), 0);
 * ```
 */
export interface SqlStoreOptions {
  /**
   * The time source of the lifetimes.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
}

/**
 * Creates a duplicate-guard store over the SQL API of a SQLite-backed
 * Durable Object: every Worker isolate that reaches the seller's object
 * shares one memory of sent messages. Ended entries are forgotten a few at
 * a time on each claim.
 *
 * @param sql The object's `ctx.storage.sql`.
 * @param options The clock.
 * @returns The store.
 * @throws {RangeError} From `claim`, when `ttlMs` is not a positive number.
 *
 * @example The second claim is a duplicate until the window ends
 * ```ts
 * import { createSqlDuplicateGuardStore, type SqlValue } from "@sellerkit/buyer-messages/cloudflare";
 * import { DatabaseSync } from "node:sqlite";
 * import assert from "node:assert/strict";
 *
 * const db = new DatabaseSync(":memory:");
 * let now = 0;
 * const store = createSqlDuplicateGuardStore({
 *   exec(query: string, ...bindings: SqlValue[]) {
 *     const rows = db.prepare(query).all(...(bindings as (string | number | null)[]));
 *     return { toArray: () => rows as Record<string, SqlValue>[] };
 *   },
 * }, { clock: { now: () => now, sleep: () => Promise.resolve() } });
 * assert.equal(await store.claim("digest-1", 1000), true);
 * assert.equal(await store.claim("digest-1", 1000), false);
 * now = 1000;
 * assert.equal(await store.claim("digest-1", 1000), true);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createSqlDuplicateGuardStore(
  sql: SqlStorageLike,
  options: SqlStoreOptions = {},
): DuplicateGuardStore {
  ensure(sql, SCHEMA);
  const clock = options.clock ?? SYSTEM_CLOCK;
  return {
    claim(key, ttlMs) {
      try {
        checkKey("claim a duplicate-guard key", key);
        checkTtl("claim a duplicate-guard key", ttlMs);
        const now = clock.now();
        rows(
          sql,
          `DELETE FROM duplicate_guard WHERE key IN
            (SELECT key FROM duplicate_guard WHERE expires <= ? LIMIT ?)`,
          now,
          PURGE_BATCH,
        );
        rows(
          sql,
          "DELETE FROM duplicate_guard WHERE key = ? AND expires <= ?",
          key,
          now,
        );
        return Promise.resolve(
          rows(
            sql,
            "INSERT OR IGNORE INTO duplicate_guard (key, expires) VALUES (?, ?) RETURNING key",
            key,
            now + ttlMs,
          ).length === 1,
        );
      } catch (error) {
        return Promise.reject(error);
      }
    },
    release(key) {
      try {
        rows(sql, "DELETE FROM duplicate_guard WHERE key = ?", String(key));
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
}
