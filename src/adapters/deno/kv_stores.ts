/**
 * The stores of the outbox and the messaging client on one Deno KV
 * database, so that every process on the database shares one outbox, one
 * set of rate buckets, one set of idempotency keys and one duplicate guard.
 *
 * @module
 */

import type { OutboxStore } from "../../outbox/types.ts";
import { type Clock, SYSTEM_CLOCK } from "../../sp_api/clock.ts";
import type { DuplicateGuardStore } from "../../sp_api/duplicate_guard_store.ts";
import type { IdempotencyStore } from "../../sp_api/idempotency_store.ts";
import type { RateLimitStore } from "../../sp_api/rate_limit_store.ts";
import {
  createKvDuplicateGuardStore,
  createKvIdempotencyStore,
  createKvRateLimitStore,
} from "./_kv_sp_api_stores.ts";
import { createKvOutboxStore } from "./_kv_outbox_store.ts";

// The types of the stores' signatures, so that this entry point documents
// them in full.
export type * from "../../outbox/types.ts";
export type { Clock, DuplicateGuardStore, IdempotencyStore, RateLimitStore };
export type {
  IdempotencyClaim,
  IdempotencyRecord,
} from "../../sp_api/idempotency_store.ts";
export type { RateLimits } from "../../sp_api/rate_limit_store.ts";

/**
 * Options of {@linkcode createDenoKvStores}.
 *
 * @example Keeping the stores under their own prefix
 * ```ts
 * import { createDenoKvStores, type DenoKvStoresOptions } from "@sellerkit/buyer-messages/deno";
 * import assert from "node:assert/strict";
 *
 * const kv = await Deno.openKv(":memory:");
 * const options: DenoKvStoresOptions = { prefix: ["buyer-messages"] };
 * const stores = createDenoKvStores(kv, options);
 * await stores.duplicateGuard.claim("digest-1", 60_000);
 * assert.equal((await kv.get(["buyer-messages", "duplicate", "digest-1"])).versionstamp !== null, true);
 * kv.close();
 * ```
 */
export interface DenoKvStoresOptions {
  /**
   * The key prefix of every key the stores write, to share a database with
   * other data or to keep several independent sets of stores apart.
   *
   * @default {[]}
   */
  readonly prefix?: Deno.KvKey;
  /**
   * The time source of the idempotency and duplicate-guard lifetimes (the
   * rate limiter and the outbox pass their own times in).
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
}

/**
 * The four stores on one Deno KV database.
 *
 * @example Handing the stores to their users
 * ```ts
 * import { createDenoKvStores, type DenoKvStores } from "@sellerkit/buyer-messages/deno";
 * import { createRateLimiter } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const kv = await Deno.openKv(":memory:");
 * const stores: DenoKvStores = createDenoKvStores(kv);
 * const limiter = createRateLimiter({ rate: 1, burst: 5, store: stores.rateLimit });
 * for (let i = 0; i < 5; i++) await limiter.acquire("seller-1 createWarranty");
 * assert.equal(await stores.rateLimit.reserve("seller-1 createWarranty", { rate: 1, burst: 5 }, Date.now()) > 0, true);
 * kv.close();
 * ```
 */
export interface DenoKvStores {
  /** The outbox's records, indexes and lane locks. */
  readonly outbox: OutboxStore;
  /** The rate limiter's token buckets. */
  readonly rateLimit: RateLimitStore;
  /** The idempotency keys of sends. */
  readonly idempotency: IdempotencyStore;
  /** The duplicate guard's record of sent messages. */
  readonly duplicateGuard: DuplicateGuardStore;
}

/**
 * Creates the outbox store, the rate-limit store, the idempotency store and
 * the duplicate-guard store on one Deno KV database (`Deno.openKv`, run with
 * `--unstable-kv`). Processes that open the same database file share them
 * all: one outbox, one token bucket per key, one claim per idempotency key,
 * one duplicate guard.
 *
 * How each store uses the database, under `prefix`:
 *
 * - `outbox`: each record under `["outbox", "r", id]`, with its versionstamp
 *   as the entry's version. A write is one atomic operation, checked against
 *   the versionstamp read, that writes the record and its index keys (the
 *   queued records per lane by `notBefore`, the `sending` records by
 *   `leaseUntil`, the records per seller and per order) and drops the old
 *   ones: the indexes never disagree with the records. A lane is listed
 *   under `["outbox", "lanes", seller, lane]`, written with each queued
 *   record; `lanes` drops a lane it finds empty (a checked delete that fails
 *   if a record was queued meanwhile), so drains stop visiting it. Lane
 *   locks are `["outbox", "lock", lane]`, taken by an atomic check-and-set.
 *   Deno KV takes values of at most 64 KiB, so a stored record keeps at most
 *   32 history events: the first and the latest 31. A record still too
 *   large (a huge `meta` or body) is refused with a `RangeError`, and nothing
 *   is written; so is a `notBefore` or `leaseUntil` that is not a finite
 *   number (a `TypeError`), as it would sort nowhere. Records are never
 *   deleted.
 * - `rateLimit`: one key per bucket, `["rate", key]`, updated by an atomic
 *   read-check-write that retries on conflict, with the arithmetic of
 *   `createMemoryRateLimitStore` (a deficit queue: callers are served in the
 *   order their reservations committed, whichever process they are in). An idle bucket's
 *   key expires an hour after the bucket is full again.
 * - `idempotency` and `duplicateGuard`: one key each, `["idempotency",
 *   key]` and `["duplicate", key]`, claimed by an atomic
 *   check-that-nobody-holds-it plus set with `expireIn: ttlMs`. Deno KV
 *   deletes expired keys some time after they expire, so the end time is
 *   stored in the value too and compared with `clock`. Values are copied by
 *   Deno KV's structured serialization: plain data, at most 64 KiB.
 *
 * Several processes on one local file: SQLite lets one write at a time, and
 * Deno KV then fails a checked commit with `TypeError: database is locked`;
 * such a commit wrote nothing, so the stores commit it again after a short
 * random pause (for up to 10 seconds). Updates of one key from one handle
 * (a shared rate bucket) run one after another instead of racing.
 *
 * @param kv The database, from `Deno.openKv(path)`.
 * @param options The key prefix and the clock.
 * @returns The four stores.
 *
 * @example An outbox record: insert, claim, and the claim nobody else gets
 * ```ts
 * import { createDenoKvStores } from "@sellerkit/buyer-messages/deno";
 * import assert from "node:assert/strict";
 *
 * const kv = await Deno.openKv(":memory:");
 * const { outbox } = createDenoKvStores(kv);
 * await outbox.insert({
 *   id: "01KBQ7Z8X0ABCDEFGHJKMNPQRS",
 *   seller: "seller-1",
 *   lane: "seller-1 createWarranty",
 *   request: { kind: "message", type: "warranty", amazonOrderId: "123-1234567-1234567", marketplaceId: "ATVPDKIKX0DER" },
 *   status: "queued",
 *   createdAt: 0,
 *   notBefore: 0,
 *   attempt: 0,
 *   history: [{ at: 0, status: "queued" }],
 * });
 * const [entry] = await outbox.due("seller-1 createWarranty", Date.now(), 10);
 * const claim = { ...entry.record, status: "sending" as const, leaseUntil: Date.now() + 300_000, attempt: 1 };
 * assert.equal(await outbox.replace(entry, claim), true);
 * assert.equal(await outbox.replace(entry, claim), false); // the version moved on
 * assert.deepEqual(await outbox.due("seller-1 createWarranty", Date.now(), 10), []);
 * kv.close();
 * ```
 *
 * @example Idempotency keys and the duplicate guard
 * ```ts
 * import { createDenoKvStores } from "@sellerkit/buyer-messages/deno";
 * import assert from "node:assert/strict";
 *
 * const kv = await Deno.openKv(":memory:");
 * const { idempotency, duplicateGuard } = createDenoKvStores(kv);
 * assert.deepEqual(await idempotency.claim("order-1001-confirm", "f1", 86_400_000), { status: "new" });
 * assert.equal((await idempotency.claim("order-1001-confirm", "f1", 86_400_000)).status, "pending");
 * await idempotency.complete("order-1001-confirm", { fingerprint: "f1", value: { sent: true } }, 86_400_000);
 * assert.deepEqual(await idempotency.claim("order-1001-confirm", "f1", 86_400_000), {
 *   status: "done",
 *   fingerprint: "f1",
 *   value: { sent: true },
 * });
 * assert.equal(await duplicateGuard.claim("digest-1", 86_400_000), true);
 * assert.equal(await duplicateGuard.claim("digest-1", 86_400_000), false);
 * kv.close();
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createDenoKvStores(
  kv: Deno.Kv,
  options: DenoKvStoresOptions = {},
): DenoKvStores {
  const prefix = [...(options.prefix ?? [])];
  const clock = options.clock ?? SYSTEM_CLOCK;
  return {
    outbox: createKvOutboxStore(kv, prefix),
    rateLimit: createKvRateLimitStore(kv, prefix),
    idempotency: createKvIdempotencyStore(kv, prefix, clock),
    duplicateGuard: createKvDuplicateGuardStore(kv, prefix, clock),
  };
}
