// This module is browser compatible.

/**
 * The Worker's side of the seller objects: stores whose every call goes to
 * the seller's Durable Object.
 *
 * @module
 */

import type {
  OutboxLane,
  OutboxStore,
  OutboxStoreEntry,
} from "../../outbox/types.ts";
import type { DuplicateGuardStore } from "../../sp_api/duplicate_guard_store.ts";
import type { IdempotencyStore } from "../../sp_api/idempotency_store.ts";
import type { RateLimitStore } from "../../sp_api/rate_limit_store.ts";
import { callObject } from "./_rpc.ts";
import type { DurableObjectNamespaceLike } from "./types.ts";

/**
 * Options of {@linkcode createDurableObjectStores}.
 *
 * @example A store set for one seller
 * ```ts
 * import type { DurableObjectStoresOptions } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const options: DurableObjectStoresOptions = { seller: "seller-42" };
 * assert.equal(options.seller, "seller-42");
 * ```
 */
export interface DurableObjectStoresOptions {
  /**
   * The seller whose object holds the rate buckets, idempotency keys and
   * duplicate guard (their keys are digests that do not name a seller).
   * The outbox store routes each record to its own seller's object.
   *
   * @default {"default"}
   */
  readonly seller?: string;
  /**
   * Put before every object name: several independent outboxes in one
   * namespace (staging and production, test runs).
   *
   * @default {""}
   */
  readonly prefix?: string;
}

/**
 * The stores of {@linkcode createDurableObjectStores}, for `createOutbox`
 * and `createMessagingApp` (and the Messaging client's `rateLimit`,
 * `idempotency` and `duplicateGuard` options).
 *
 * @example Handing them to a client
 * ```ts
 * import type { DurableObjectStores } from "@sellerkit/buyer-messages/cloudflare";
 * import type { MessagingClientOptions } from "@sellerkit/buyer-messages";
 *
 * function clientOptions(stores: DurableObjectStores): Partial<MessagingClientOptions> {
 *   return {
 *     rateLimit: { store: stores.rateLimit, identity: "default" },
 *     idempotency: { store: stores.idempotency },
 *     duplicateGuard: { store: stores.duplicateGuard },
 *   };
 * }
 * ```
 */
export interface DurableObjectStores {
  /** Outbox records, each in its seller's object. */
  readonly outbox: OutboxStore;
  /** The seller's rate buckets. */
  readonly rateLimit: RateLimitStore;
  /** The seller's idempotency keys. */
  readonly idempotency: IdempotencyStore;
  /** The seller's duplicate guard. */
  readonly duplicateGuard: DuplicateGuardStore;
}

/** The object that knows which seller holds each record id. */
const DIRECTORY = " outbox directory";

function sellerOfLane(lane: string): string {
  const space = lane.lastIndexOf(" ");
  return space < 0 ? lane : lane.slice(0, space);
}

/**
 * Creates the stores a Worker uses, over the namespace of
 * {@linkcode SellerOutboxObject}: each call goes to the seller's object
 * (`idFromName(seller)`), so that every isolate of every Worker shares one
 * rate bucket per seller and operation, one set of idempotency keys and
 * one duplicate guard per seller, and one outbox, strongly consistent.
 *
 * The outbox store routes each record, lane and query to its seller's
 * object; `get(id)` asks the configured seller's object first and then a
 * directory object that maps ids to sellers (written on `insert`), which
 * also answers `lanes()` and `expired()` without a seller by asking every
 * seller's object. Queuing a record sets the object's alarm, which drains
 * it: a Worker only queues and reads.
 *
 * Give the Worker's own client `rateLimit.identity` equal to the seller so
 * that its synchronous sends and the object's drain take tokens from the
 * same bucket.
 *
 * @param namespace The Durable Object namespace binding (`env.OUTBOX`).
 * @param options The seller of the rate buckets, idempotency keys and duplicate guard, and a name prefix.
 * @returns The stores.
 * @throws {TypeError} When `namespace` is not a Durable Object namespace.
 *
 * @example In a Worker
 * ```ts
 * import { createDurableObjectStores, type DurableObjectNamespaceLike } from "@sellerkit/buyer-messages/cloudflare";
 * import { createOutbox } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * function outboxOf(env: { OUTBOX: DurableObjectNamespaceLike }) {
 *   const stores = createDurableObjectStores(env.OUTBOX);
 *   const client = createMessagingClient({
 *     auth: { accessToken: "Atza|example" },
 *     fetch: createSandbox().fetch,
 *     rateLimit: { store: stores.rateLimit, identity: "default" },
 *   });
 *   return createOutbox({ store: stores.outbox, client });
 * }
 * assert.equal(typeof outboxOf, "function");
 * ```
 */
export function createDurableObjectStores(
  namespace: DurableObjectNamespaceLike,
  options: DurableObjectStoresOptions = {},
): DurableObjectStores {
  if (
    namespace === null || typeof namespace !== "object" ||
    typeof namespace.idFromName !== "function" ||
    typeof namespace.get !== "function"
  ) {
    throw new TypeError(
      "Cannot create the Durable Object stores: expected a Durable Object namespace binding (env.OUTBOX)",
    );
  }
  const bound = options.seller ?? "default";
  const prefix = options.prefix ?? "";
  const call = (seller: string | undefined, method: string, args: unknown[]) =>
    callObject(
      namespace.get(
        namespace.idFromName(prefix + (seller ?? DIRECTORY)),
      ),
      { ...(seller === undefined ? {} : { seller }), method, args },
    );
  const sellers = async () =>
    await call(undefined, "directory.sellers", []) as string[];

  const outbox: OutboxStore = {
    async insert(record) {
      const holder = await call(undefined, "directory.claim", [
        record.id,
        record.seller,
      ]);
      if (holder !== record.seller) return false;
      return await call(record.seller, "outbox.insert", [record]) as boolean;
    },
    async get(id) {
      const entry = await call(bound, "outbox.get", [id]) as
        | OutboxStoreEntry
        | undefined;
      if (entry !== undefined) return entry;
      const holder = await call(undefined, "directory.find", [id]) as
        | string
        | undefined;
      return holder === undefined || holder === bound
        ? undefined
        : await call(holder, "outbox.get", [id]) as
          | OutboxStoreEntry
          | undefined;
    },
    async replace(entry, next) {
      return await call(entry.record.seller, "outbox.replace", [
        entry,
        next,
      ]) as boolean;
    },
    async due(lane, now, limit) {
      return await call(sellerOfLane(lane), "outbox.due", [
        lane,
        now,
        limit,
      ]) as OutboxStoreEntry[];
    },
    async nextDue(lane) {
      return await call(sellerOfLane(lane), "outbox.nextDue", [lane]) as
        | number
        | undefined;
    },
    async lanes(seller) {
      const of = seller === undefined ? await sellers() : [seller];
      const found = await Promise.all(
        of.map((one) => call(one, "outbox.lanes", [one])),
      ) as OutboxLane[][];
      return found.flat();
    },
    async expired(now, limit) {
      const found = await Promise.all(
        (await sellers()).map((one) =>
          call(one, "outbox.expired", [now, limit])
        ),
      ) as OutboxStoreEntry[][];
      return found.flat()
        .sort((a, b) =>
          (a.record.leaseUntil ?? 0) - (b.record.leaseUntil ?? 0) ||
          (a.record.id < b.record.id ? -1 : 1)
        )
        .slice(0, limit);
    },
    async list(query) {
      return await call(query.seller, "outbox.list", [query]) as Awaited<
        ReturnType<OutboxStore["list"]>
      >;
    },
    async lock(lane, owner, until, now) {
      return await call(sellerOfLane(lane), "outbox.lock", [
        lane,
        owner,
        until,
        now,
      ]) as boolean;
    },
    async unlock(lane, owner) {
      await call(sellerOfLane(lane), "outbox.unlock", [lane, owner]);
    },
  };

  return {
    outbox,
    rateLimit: {
      async reserve(key, limits, now) {
        return await call(bound, "rateLimit.reserve", [
          key,
          limits,
          now,
        ]) as number;
      },
      async drain(key, limits, now) {
        await call(bound, "rateLimit.drain", [key, limits, now]);
      },
    },
    idempotency: {
      async claim(key, fingerprint, ttlMs) {
        return await call(bound, "idempotency.claim", [
          key,
          fingerprint,
          ttlMs,
        ]) as Awaited<ReturnType<IdempotencyStore["claim"]>>;
      },
      async complete(key, record, ttlMs) {
        await call(bound, "idempotency.complete", [key, record, ttlMs]);
      },
      async release(key) {
        await call(bound, "idempotency.release", [key]);
      },
    },
    duplicateGuard: {
      async claim(key, ttlMs) {
        return await call(bound, "duplicateGuard.claim", [
          key,
          ttlMs,
        ]) as boolean;
      },
      async release(key) {
        await call(bound, "duplicateGuard.release", [key]);
      },
    },
  };
}
