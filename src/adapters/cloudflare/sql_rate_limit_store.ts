// This module is browser compatible.

/**
 * Rate-limit buckets over the SQLite storage of a Durable Object.
 *
 * @module
 */

import type {
  RateLimits,
  RateLimitStore,
} from "../../sp_api/rate_limit_store.ts";
import { checkKey, ensure, rows } from "./_sql.ts";
import type { SqlStorageLike } from "./types.ts";

const SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS rate_buckets (
    key TEXT PRIMARY KEY,
    tokens REAL NOT NULL,
    last INTEGER NOT NULL
  )`,
];

/**
 * Creates a rate-limit store over the SQL API of a SQLite-backed Durable
 * Object: the same token buckets as `createMemoryRateLimitStore()`, kept in
 * the object, so that every Worker isolate that reaches the object (through
 * {@linkcode createDurableObjectStores}) takes tokens from one bucket per
 * seller and operation. Each call reads and writes its bucket with no
 * `await` in between, so it is atomic.
 *
 * @param sql The object's `ctx.storage.sql`.
 * @returns The store.
 *
 * @example Five at once, then one a second
 * ```ts
 * import { createSqlRateLimitStore, type SqlValue } from "@sellerkit/buyer-messages/cloudflare";
 * import { DatabaseSync } from "node:sqlite";
 * import assert from "node:assert/strict";
 *
 * const db = new DatabaseSync(":memory:");
 * const store = createSqlRateLimitStore({
 *   exec(query: string, ...bindings: SqlValue[]) {
 *     const rows = db.prepare(query).all(...(bindings as (string | number | null)[]));
 *     return { toArray: () => rows as Record<string, SqlValue>[] };
 *   },
 * });
 * const plan = { rate: 1, burst: 5 };
 * const waits = [];
 * for (let i = 0; i < 7; i++) waits.push(await store.reserve("seller-1 createWarranty", plan, 0));
 * assert.deepEqual(waits, [0, 0, 0, 0, 0, 1000, 2000]);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createSqlRateLimitStore(sql: SqlStorageLike): RateLimitStore {
  ensure(sql, SCHEMA);

  function refill(key: string, limits: RateLimits, now: number) {
    checkKey("take a rate-limit token", key);
    const [row] = rows(
      sql,
      "SELECT tokens, last FROM rate_buckets WHERE key = ?",
      key,
    );
    if (row === undefined) return { tokens: limits.burst, last: now };
    const last = row.last as number;
    const elapsed = Math.max(0, now - last);
    return {
      tokens: Math.min(
        limits.burst,
        (row.tokens as number) + (elapsed * limits.rate) / 1000,
      ),
      last: Math.max(last, now),
    };
  }

  function save(key: string, bucket: { tokens: number; last: number }) {
    rows(
      sql,
      `INSERT INTO rate_buckets (key, tokens, last) VALUES (?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET tokens = excluded.tokens, last = excluded.last`,
      key,
      bucket.tokens,
      bucket.last,
    );
  }

  return {
    reserve(key, limits, now) {
      const bucket = refill(key, limits, now);
      bucket.tokens -= 1;
      save(key, bucket);
      // Round up: waking a millisecond late is harmless, early is a 429.
      return bucket.tokens >= -1e-9
        ? 0
        : Math.ceil((-bucket.tokens * 1000) / limits.rate - 1e-6);
    },
    drain(key, limits, now) {
      const bucket = refill(key, limits, now);
      bucket.tokens = Math.min(bucket.tokens, 0);
      save(key, bucket);
    },
  };
}
