// This module is browser compatible.

/**
 * The parts of Cloudflare's Durable Object API that the adapter uses,
 * declared by their shape: a real `DurableObjectState`, its SQLite
 * `storage.sql` and a `DurableObjectNamespace` binding fit them, and so
 * does a small stand-in in tests (Node's `node:sqlite` behind `exec`).
 *
 * @module
 */

/**
 * A value SQLite stores and answers.
 *
 * @example A row's values
 * ```ts
 * import type { SqlValue } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const values: SqlValue[] = ["seller-1", 42, null];
 * assert.equal(values.length, 3);
 * ```
 */
export type SqlValue = string | number | null | ArrayBuffer;

/**
 * What `sql.exec` answers: the rows of the statement. The adapter always
 * reads them all with `toArray()`.
 *
 * @example An empty answer
 * ```ts
 * import type { SqlCursorLike } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const cursor: SqlCursorLike = { toArray: () => [] };
 * assert.deepEqual(cursor.toArray(), []);
 * ```
 */
export interface SqlCursorLike {
  /** Every row, as column name to value. */
  toArray(): Record<string, SqlValue>[];
}

/**
 * The SQL API of a SQLite-backed Durable Object (`ctx.storage.sql`): one
 * statement per call, `?` bindings, synchronous. Because it is synchronous
 * and an object runs one event at a time, a statement (or several with no
 * `await` between them) is atomic.
 *
 * @example Node's SQLite as a stand-in
 * ```ts
 * import type { SqlStorageLike, SqlValue } from "@sellerkit/buyer-messages/cloudflare";
 * import { DatabaseSync } from "node:sqlite";
 * import assert from "node:assert/strict";
 *
 * const db = new DatabaseSync(":memory:");
 * const sql: SqlStorageLike = {
 *   exec(query: string, ...bindings: SqlValue[]) {
 *     const rows = db.prepare(query).all(...(bindings as (string | number | null)[]));
 *     return { toArray: () => rows as Record<string, SqlValue>[] };
 *   },
 * };
 * assert.deepEqual(sql.exec("SELECT 1 + ? AS n", 1).toArray()[0].n, 2);
 * ```
 */
export interface SqlStorageLike {
  /** Runs one statement with its bindings. */
  exec(query: string, ...bindings: SqlValue[]): SqlCursorLike;
}

/**
 * The storage of a Durable Object (`ctx.storage`): the SQL API and the
 * alarm.
 *
 * @example A storage without an alarm scheduler
 * ```ts
 * import type { DurableObjectStorageLike } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * let alarm: number | null = null;
 * const storage: DurableObjectStorageLike = {
 *   sql: { exec: () => ({ toArray: () => [] }) },
 *   getAlarm: () => Promise.resolve(alarm),
 *   setAlarm: (time) => {
 *     alarm = time;
 *     return Promise.resolve();
 *   },
 *   deleteAlarm: () => {
 *     alarm = null;
 *     return Promise.resolve();
 *   },
 * };
 * await storage.setAlarm(1000);
 * assert.equal(await storage.getAlarm(), 1000);
 * ```
 */
export interface DurableObjectStorageLike {
  /** The SQL API (SQLite-backed objects only). */
  readonly sql: SqlStorageLike;
  /** When the alarm fires, in milliseconds since the Unix epoch, or `null`. */
  getAlarm(): Promise<number | null>;
  /** Sets the alarm (replacing the one set). */
  setAlarm(time: number): Promise<void>;
  /** Removes the alarm. */
  deleteAlarm(): Promise<void>;
}

/**
 * The state a Durable Object is constructed with (`ctx`).
 *
 * @example A stand-in state
 * ```ts
 * import type { DurableObjectStateLike } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const state: DurableObjectStateLike = {
 *   storage: {
 *     sql: { exec: () => ({ toArray: () => [] }) },
 *     getAlarm: () => Promise.resolve(null),
 *     setAlarm: () => Promise.resolve(),
 *     deleteAlarm: () => Promise.resolve(),
 *   },
 *   blockConcurrencyWhile: (fn) => fn(),
 * };
 * assert.equal(await state.blockConcurrencyWhile(() => Promise.resolve(1)), 1);
 * ```
 */
export interface DurableObjectStateLike {
  /** The object's storage. */
  readonly storage: DurableObjectStorageLike;
  /** Runs `fn` while no other event reaches the object. */
  blockConcurrencyWhile<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * A stub of one Durable Object: its `fetch`.
 *
 * @example A stub that answers every request
 * ```ts
 * import type { DurableObjectStubLike } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const stub: DurableObjectStubLike = { fetch: () => Promise.resolve(new Response("ok")) };
 * assert.equal(await (await stub.fetch("https://object/")).text(), "ok");
 * ```
 */
export interface DurableObjectStubLike {
  /** Sends a request to the object. */
  fetch(input: string, init?: RequestInit): Promise<Response>;
}

/**
 * A Durable Object namespace binding (`env.OUTBOX`): names to objects.
 *
 * @example A namespace of in-process objects
 * ```ts
 * import type { DurableObjectNamespaceLike, DurableObjectStubLike } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const stubs = new Map<string, DurableObjectStubLike>();
 * const namespace: DurableObjectNamespaceLike = {
 *   idFromName: (name) => name,
 *   get: (id) => {
 *     const name = String(id);
 *     if (!stubs.has(name)) stubs.set(name, { fetch: () => Promise.resolve(new Response(name)) });
 *     return stubs.get(name)!;
 *   },
 * };
 * const stub = namespace.get(namespace.idFromName("seller-1"));
 * assert.equal(await (await stub.fetch("https://object/")).text(), "seller-1");
 * ```
 */
export interface DurableObjectNamespaceLike {
  /** The id of the object with this name (always the same object). */
  idFromName(name: string): unknown;
  /** The stub of an object. */
  get(id: unknown): DurableObjectStubLike;
}
