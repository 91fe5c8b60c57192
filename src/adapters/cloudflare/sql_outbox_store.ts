// This module is browser compatible.

/**
 * The outbox store over the SQLite storage of a Durable Object.
 *
 * @module
 */

import type {
  OutboxLane,
  OutboxListQuery,
  OutboxPage,
  OutboxRecord,
  OutboxStore,
  OutboxStoreEntry,
} from "../../outbox/types.ts";
import { ensure, OUTBOX_SCHEMA, rows } from "./_sql.ts";
import type { SqlStorageLike, SqlValue } from "./types.ts";

const COLUMNS = "record, version";

function entryOf(row: Record<string, SqlValue>): OutboxStoreEntry {
  return {
    record: JSON.parse(row.record as string) as OutboxRecord,
    version: String(row.version),
  };
}

function leaseOf(record: OutboxRecord): number | null {
  return record.status === "sending" ? record.leaseUntil ?? 0 : null;
}

function checkRecord(record: OutboxRecord): OutboxRecord {
  if (
    record === null || typeof record !== "object" ||
    typeof record.id !== "string" || typeof record.seller !== "string" ||
    typeof record.lane !== "string" || typeof record.status !== "string" ||
    typeof record.notBefore !== "number" ||
    typeof record.request?.amazonOrderId !== "string"
  ) {
    throw new TypeError(
      "Cannot store the outbox record: it needs a string id, seller, lane, status and request.amazonOrderId, and a numeric notBefore",
    );
  }
  return record;
}

/**
 * Creates an outbox store over the SQL API of a SQLite-backed Durable
 * Object (`ctx.storage.sql`), creating its tables when they are missing.
 * Every method is one statement (or statements with no `await` between
 * them), so each is atomic; `replace` is an `UPDATE ... WHERE version = ?`,
 * a compare-and-set even when a caller awaits between reading and
 * replacing. Indexes answer `due`, `lanes`, `expired` and `list` without
 * reading every record.
 *
 * The seller's object keeps its records in it (see
 * {@linkcode SellerOutboxObject}); a Worker reaches them through
 * {@linkcode createDurableObjectStores}.
 *
 * @param sql The object's `ctx.storage.sql`.
 * @returns The store.
 *
 * @example Compare-and-set, with Node's SQLite standing in for the object's
 * ```ts
 * import { createSqlOutboxStore, type SqlValue } from "@sellerkit/buyer-messages/cloudflare";
 * import type { OutboxRecord } from "@sellerkit/buyer-messages";
 * import { DatabaseSync } from "node:sqlite";
 * import assert from "node:assert/strict";
 *
 * const db = new DatabaseSync(":memory:");
 * const store = createSqlOutboxStore({
 *   exec(query: string, ...bindings: SqlValue[]) {
 *     const rows = db.prepare(query).all(...(bindings as (string | number | null)[]));
 *     return { toArray: () => rows as Record<string, SqlValue>[] };
 *   },
 * });
 * const record: OutboxRecord = {
 *   id: "a1", seller: "s", lane: "s createWarranty", status: "queued", createdAt: 0, notBefore: 0, attempt: 0,
 *   request: { kind: "message", type: "warranty", amazonOrderId: "123-1234567-1234567", marketplaceId: "ATVPDKIKX0DER" },
 *   history: [{ at: 0, status: "queued" }],
 * };
 * assert.equal(await store.insert(record), true);
 * const entry = (await store.get("a1"))!;
 * assert.equal(await store.replace(entry, { ...record, status: "sending", leaseUntil: 60_000 }), true);
 * assert.equal(await store.replace(entry, { ...record, status: "cancelled" }), false); // stale version
 * assert.deepEqual((await store.expired(60_000, 10)).map((e) => e.record.id), ["a1"]);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createSqlOutboxStore(sql: SqlStorageLike): OutboxStore {
  ensure(sql, OUTBOX_SCHEMA);
  const call = <T>(fn: () => T): Promise<T> => {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    insert(record) {
      return call(() => {
        checkRecord(record);
        return rows(
          sql,
          `INSERT OR IGNORE INTO outbox_records
            (id, seller, lane, status, not_before, lease_until, order_id, version, record)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id`,
          record.id,
          record.seller,
          record.lane,
          record.status,
          record.notBefore,
          leaseOf(record),
          record.request.amazonOrderId,
          JSON.stringify(record),
        ).length === 1;
      });
    },
    get(id) {
      return call(() => {
        const [row] = rows(
          sql,
          `SELECT ${COLUMNS} FROM outbox_records WHERE id = ?`,
          String(id),
        );
        return row === undefined ? undefined : entryOf(row);
      });
    },
    replace(current, next) {
      return call(() => {
        checkRecord(next);
        const version = Number(current?.version);
        if (next.id !== current.record.id || !Number.isSafeInteger(version)) {
          return false;
        }
        // The lane never changes: the stored one is kept.
        return rows(
          sql,
          `UPDATE outbox_records SET
            status = ?, not_before = ?, lease_until = ?, order_id = ?,
            version = version + 1,
            record = json_set(?, '$.lane', lane)
            WHERE id = ? AND version = ? RETURNING id`,
          next.status,
          next.notBefore,
          leaseOf(next),
          next.request.amazonOrderId,
          JSON.stringify(next),
          next.id,
          version,
        ).length === 1;
      });
    },
    due(lane, now, limit) {
      return call(() =>
        rows(
          sql,
          `SELECT ${COLUMNS} FROM outbox_records
            WHERE status = 'queued' AND lane = ? AND not_before <= ?
            ORDER BY not_before, id LIMIT ?`,
          lane,
          now,
          limit,
        ).map(entryOf)
      );
    },
    nextDue(lane) {
      return call(() => {
        const [row] = rows(
          sql,
          `SELECT MIN(not_before) AS at FROM outbox_records
            WHERE status = 'queued' AND lane = ?`,
          lane,
        );
        return typeof row?.at === "number" ? row.at : undefined;
      });
    },
    lanes(seller) {
      return call(() =>
        rows(
          sql,
          `SELECT DISTINCT lane, seller FROM outbox_records
            WHERE status = 'queued'${
            seller === undefined ? "" : " AND seller = ?"
          }`,
          ...(seller === undefined ? [] : [seller]),
        ).map((row): OutboxLane => ({
          lane: row.lane as string,
          seller: row.seller as string,
        }))
      );
    },
    expired(now, limit) {
      return call(() =>
        rows(
          sql,
          `SELECT ${COLUMNS} FROM outbox_records
            WHERE status = 'sending' AND lease_until <= ?
            ORDER BY lease_until, id LIMIT ?`,
          now,
          limit,
        ).map(entryOf)
      );
    },
    list(query: OutboxListQuery): Promise<OutboxPage> {
      return call(() => {
        const bindings: SqlValue[] = [query.seller];
        let where = "seller = ?";
        if (query.amazonOrderId !== undefined) {
          where += " AND order_id = ?";
          bindings.push(query.amazonOrderId);
        }
        if (query.cursor !== undefined) {
          where += " AND id < ?";
          bindings.push(query.cursor);
        }
        const found = rows(
          sql,
          `SELECT record FROM outbox_records WHERE ${where}
            ORDER BY id DESC LIMIT ?`,
          ...bindings,
          query.limit + 1,
        ).map((row) => JSON.parse(row.record as string) as OutboxRecord);
        const page = found.slice(0, query.limit);
        return {
          records: page,
          ...(found.length > page.length
            ? { cursor: page[page.length - 1].id }
            : {}),
        };
      });
    },
    lock(lane, owner, until, now) {
      return call(() =>
        rows(
          sql,
          `INSERT INTO outbox_locks (lane, owner, until) VALUES (?, ?, ?)
            ON CONFLICT (lane) DO UPDATE
              SET owner = excluded.owner, until = excluded.until
              WHERE outbox_locks.owner = excluded.owner
                OR outbox_locks.until <= ?
            RETURNING owner`,
          lane,
          owner,
          until,
          now,
        ).length === 1
      );
    },
    unlock(lane, owner) {
      return call(() => {
        rows(
          sql,
          "DELETE FROM outbox_locks WHERE lane = ? AND owner = ?",
          lane,
          owner,
        );
      });
    },
  };
}
