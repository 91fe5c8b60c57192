/**
 * Node's SQLite (`node:sqlite`, in memory) behind the shape of a Durable
 * Object's `ctx.storage.sql`, for fast tests of the SQL stores.
 *
 * @module
 */

import { DatabaseSync } from "node:sqlite";
import type {
  SqlStorageLike,
  SqlValue,
} from "../../../src/adapters/cloudflare/types.ts";

/** A fresh in-memory database and its `sql`. */
export function openNodeSql(): { sql: SqlStorageLike; close(): void } {
  const db = new DatabaseSync(":memory:");
  return {
    sql: {
      exec(query: string, ...bindings: SqlValue[]) {
        const rows = db.prepare(query).all(
          ...(bindings as (string | number | null)[]),
        );
        return { toArray: () => rows as Record<string, SqlValue>[] };
      },
    },
    close: () => db.close(),
  };
}
