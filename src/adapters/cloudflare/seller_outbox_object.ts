// This module is browser compatible.

/**
 * The Durable Object that holds one seller's outbox, rate buckets,
 * idempotency keys and duplicate guard, and drains the outbox from its
 * alarm.
 *
 * @module
 */

import { createOutbox, type Outbox } from "../../outbox/create_outbox.ts";
import type { OutboxRecord, OutboxStore } from "../../outbox/types.ts";
import type { DuplicateGuardStore } from "../../sp_api/duplicate_guard_store.ts";
import type { IdempotencyStore } from "../../sp_api/idempotency_store.ts";
import {
  createMessagingClient,
  type MessagingClient,
  type MessagingClientOptions,
} from "../../sp_api/messaging_client.ts";
import type { RateLimitStore } from "../../sp_api/rate_limit_store.ts";
import { configFromEnv } from "../env.ts";
import { answer, failure, readCall, type RpcCall } from "./_rpc.ts";
import { ensure, nextOutboxWork, rows } from "./_sql.ts";
import { createSqlDuplicateGuardStore } from "./sql_duplicate_guard_store.ts";
import { createSqlIdempotencyStore } from "./sql_idempotency_store.ts";
import { createSqlOutboxStore } from "./sql_outbox_store.ts";
import { createSqlRateLimitStore } from "./sql_rate_limit_store.ts";
import type { DurableObjectStateLike, SqlStorageLike } from "./types.ts";

/**
 * The stores a seller's object keeps, for the seller's client.
 *
 * @example Stores that keep nothing
 * ```ts
 * import type { SellerStores } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const stores: SellerStores = {
 *   rateLimit: { reserve: () => 0, drain: () => {} },
 *   idempotency: {
 *     claim: () => Promise.resolve({ status: "new" }),
 *     complete: () => Promise.resolve(),
 *     release: () => Promise.resolve(),
 *   },
 *   duplicateGuard: { claim: () => Promise.resolve(true), release: () => Promise.resolve() },
 * };
 * assert.equal(await stores.duplicateGuard.claim("k", 1000), true);
 * ```
 */
export interface SellerStores {
  /** The seller's rate buckets. */
  readonly rateLimit: RateLimitStore;
  /** The seller's idempotency keys. */
  readonly idempotency: IdempotencyStore;
  /** The seller's duplicate guard. */
  readonly duplicateGuard: DuplicateGuardStore;
}

/**
 * Makes the Messaging client of a seller inside its object.
 *
 * @example A client that ignores the seller
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import type { SellerClientFactory } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const factory: SellerClientFactory = (_seller, _env, stores) =>
 *   createMessagingClient({
 *     auth: { accessToken: "Atza|example" },
 *     fetch: sandbox.fetch,
 *     rateLimit: { store: stores.rateLimit },
 *   });
 * assert.equal(typeof factory, "function");
 * ```
 */
export type SellerClientFactory = (
  seller: string,
  env: Readonly<Record<string, unknown>>,
  stores: SellerStores,
) => MessagingClient | Promise<MessagingClient>;

/**
 * The Messaging client of a seller, made inside the seller's object from
 * the Worker's environment (the variables of `configFromEnv`: LWA
 * credentials, `SP_API_REGION`, `SP_API_ENDPOINT`, `LWA_ENDPOINT`,
 * `BUILTIN_SANDBOX`, ...), with the object's own stores for its rate
 * buckets, idempotency keys and duplicate guard. The seller is its
 * rate-limit identity, so a Worker's client with `rateLimit.identity` set to
 * the seller shares the object's buckets (see
 * {@linkcode createDurableObjectStores}).
 *
 * @param seller The seller the object holds.
 * @param env The Worker's environment.
 * @param stores The object's stores.
 * @returns The client.
 * @throws {TypeError} When the environment is not configured (no credentials and no `BUILTIN_SANDBOX=true`).
 *
 * @example The built-in sandbox
 * ```ts
 * import { clientFor, type SellerStores } from "@sellerkit/buyer-messages/cloudflare";
 * import { createMemoryDuplicateGuardStore, createMemoryIdempotencyStore, createMemoryRateLimitStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const stores: SellerStores = {
 *   rateLimit: createMemoryRateLimitStore(),
 *   idempotency: createMemoryIdempotencyStore(),
 *   duplicateGuard: createMemoryDuplicateGuardStore(),
 * };
 * const client = clientFor("default", { BUILTIN_SANDBOX: "true" }, stores);
 * const result = await client.createUnexpectedProblem("123-1234567-1234567", {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your parcel is delayed by two days." },
 * });
 * assert.equal(typeof result.requestId, "string");
 * ```
 */
export function clientFor(
  seller: string,
  env: Readonly<Record<string, unknown>>,
  stores: SellerStores,
): MessagingClient {
  const client = configFromEnv(env, { requireApiKeys: false }).options
    .client as MessagingClientOptions;
  return createMessagingClient({
    ...client,
    rateLimit: {
      ...client.rateLimit,
      identity: seller,
      store: stores.rateLimit,
    },
    idempotency: { ...client.idempotency, store: stores.idempotency },
    duplicateGuard: { ...client.duplicateGuard, store: stores.duplicateGuard },
  });
}

/**
 * Options of {@linkcode defineSellerOutboxObject}.
 *
 * @example Shorter leases
 * ```ts
 * import type { SellerOutboxObjectOptions } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const options: SellerOutboxObjectOptions = { leaseMs: 60_000, drainBudgetMs: 30_000 };
 * assert.equal(options.leaseMs, 60_000);
 * ```
 */
export interface SellerOutboxObjectOptions {
  /**
   * Makes the seller's client.
   *
   * @default {clientFor}
   */
  readonly clientFor?: SellerClientFactory;
  /**
   * How long a `sending` claim lasts: a message still `sending` this long
   * after its object stopped (evicted, redeployed, crashed) becomes
   * `unknown`.
   *
   * @default {300000}
   */
  readonly leaseMs?: number;
  /**
   * The outbox's first back-off after a 429 or a 503.
   *
   * @default {5000}
   */
  readonly retryDelayMs?: number;
  /**
   * The outbox's most send attempts of one message.
   *
   * @default {5}
   */
  readonly maxAttempts?: number;
  /**
   * How long one alarm sends before it hands over to the next alarm (an
   * alarm's run time is limited). The message being sent finishes first.
   *
   * @default {60000}
   */
  readonly drainBudgetMs?: number;
  /**
   * The wait before the next alarm when messages are due but none could be
   * sent (another drainer holds their lane).
   *
   * @default {1000}
   */
  readonly pollMs?: number;
  /**
   * Told about a drain that failed (the next alarm tries again).
   *
   * @default {console.error}
   */
  readonly onError?: (error: unknown) => void;
}

/**
 * An instance of the seller's object, as the Workers runtime uses it.
 *
 * @example The two handlers
 * ```ts
 * import type { SellerOutboxObjectInstance } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const instance: SellerOutboxObjectInstance = {
 *   fetch: () => Promise.resolve(new Response(null, { status: 404 })),
 *   alarm: () => Promise.resolve(),
 * };
 * assert.equal((await instance.fetch(new Request("https://object/"))).status, 404);
 * ```
 */
export interface SellerOutboxObjectInstance {
  /** Answers a store call from a Worker (see {@linkcode createDurableObjectStores}). */
  fetch(request: Request): Promise<Response>;
  /** Drains the seller's outbox and sets the next alarm. */
  alarm(): Promise<void>;
}

/**
 * The class of the seller's object: what a Worker exports under the
 * `class_name` of its Durable Object binding.
 *
 * @example Constructing one on a stand-in state
 * ```ts
 * import { SellerOutboxObject, type SellerOutboxObjectClass } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * const Class: SellerOutboxObjectClass = SellerOutboxObject;
 * assert.equal(typeof Class, "function");
 * ```
 */
export interface SellerOutboxObjectClass {
  /** Called by the Workers runtime with the object's state and the Worker's environment. */
  new (
    state: DurableObjectStateLike,
    env: Readonly<Record<string, unknown>>,
  ): SellerOutboxObjectInstance;
}

const OWNER = "seller-outbox-object";
const META_SCHEMA: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS outbox_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS outbox_directory (
    id TEXT PRIMARY KEY,
    seller TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS outbox_sellers (
    seller TEXT PRIMARY KEY
  )`,
];

function positive(name: string, value: number | undefined, fallback: number) {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(
      `Cannot define the seller outbox object: "${name}" must be a positive integer, got "${value}"`,
    );
  }
  return value;
}

function sellerOf(sql: SqlStorageLike): string | undefined {
  const [row] = rows(
    sql,
    "SELECT value FROM outbox_meta WHERE key = 'seller'",
  );
  return typeof row?.value === "string" ? row.value : undefined;
}

/**
 * Defines the class of the seller's Durable Object: one object per seller
 * (`namespace.idFromName(seller)`), on SQLite storage
 * (`new_sqlite_classes` in the migration), holding the seller's outbox
 * records, rate buckets, idempotency keys and duplicate guard, strongly
 * consistent for every Worker isolate.
 *
 * A Worker reaches these stores through
 * {@linkcode createDurableObjectStores}. When a record becomes `queued`
 * (queued, retried) the object sets its alarm for the record's `notBefore`;
 * `alarm()` runs `createOutbox(...).drainOnce({ seller })` with the
 * seller's client (see {@linkcode clientFor}) and sets the next alarm: the
 * earliest `notBefore` still queued, or the end of a `sending` lease (a
 * message whose sender stopped becomes `unknown` then, and is never sent
 * again by itself). Alarms outlive restarts; an object that finds work and
 * no alarm when it starts sets one.
 *
 * @param options The client factory and the outbox's timings.
 * @returns The class.
 * @throws {RangeError} When a timing is not a positive integer.
 *
 * @example Shorter leases, in a Worker's entry module
 * ```ts
 * import { defineSellerOutboxObject } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * // export const SellerOutboxObject = defineSellerOutboxObject({ leaseMs: 60_000 });
 * const SellerOutboxObject = defineSellerOutboxObject({ leaseMs: 60_000 });
 * assert.equal(typeof SellerOutboxObject, "function");
 * assert.throws(() => defineSellerOutboxObject({ leaseMs: 0 }), RangeError);
 * ```
 */
export function defineSellerOutboxObject(
  options: SellerOutboxObjectOptions = {},
): SellerOutboxObjectClass {
  const makeClient = options.clientFor ?? clientFor;
  const leaseMs = positive("leaseMs", options.leaseMs, 300_000);
  const retryDelayMs = positive("retryDelayMs", options.retryDelayMs, 5_000);
  const maxAttempts = positive("maxAttempts", options.maxAttempts, 5);
  const budgetMs = positive("drainBudgetMs", options.drainBudgetMs, 60_000);
  const pollMs = positive("pollMs", options.pollMs, 1_000);
  const onError = options.onError ??
    ((error: unknown) => console.error("seller outbox: drain failed", error));

  return class SellerOutboxObject implements SellerOutboxObjectInstance {
    readonly #state: DurableObjectStateLike;
    readonly #env: Readonly<Record<string, unknown>>;
    readonly #sql: SqlStorageLike;
    readonly #store: OutboxStore;
    readonly #stores: SellerStores;
    #seller: string | undefined;
    #client: Promise<MessagingClient> | undefined;
    #outbox: Outbox | undefined;
    #draining = false;
    #deadline = Infinity;

    constructor(
      state: DurableObjectStateLike,
      env: Readonly<Record<string, unknown>>,
    ) {
      this.#state = state;
      this.#env = env ?? {};
      this.#sql = state.storage.sql;
      ensure(this.#sql, META_SCHEMA);
      this.#store = createSqlOutboxStore(this.#sql);
      this.#stores = {
        rateLimit: createSqlRateLimitStore(this.#sql),
        idempotency: createSqlIdempotencyStore(this.#sql),
        duplicateGuard: createSqlDuplicateGuardStore(this.#sql),
      };
      this.#seller = sellerOf(this.#sql);
      // Work left by an earlier run and no alarm (one that was lost, or
      // storage written elsewhere): set one.
      state.blockConcurrencyWhile(() =>
        this.#schedule(nextOutboxWork(this.#sql))
      )
        .catch(onError);
    }

    async fetch(request: Request): Promise<Response> {
      const call = await readCall(request);
      if (typeof call === "string") return failure(400, call);
      try {
        if (call.seller !== undefined) this.#hold(call.seller);
        return answer(await this.#answer(call));
      } catch (error) {
        return failure(500, error);
      }
    }

    async alarm(): Promise<void> {
      const storage = this.#state.storage;
      // While a drain runs, an alarm stays set a little ahead: should the
      // object stop mid-drain (evicted, restarted), it goes on from there.
      // The drain sets the next alarm when it ends.
      const heartbeat = () => storage.setAlarm(Date.now() + 5 * pollMs);
      if (this.#draining) return await heartbeat();
      const seller = this.#seller;
      if (seller === undefined) return;
      this.#draining = true;
      this.#deadline = Date.now() + budgetMs;
      let sent = 0;
      let failed = false;
      try {
        await heartbeat();
        sent = (await this.#drainer().drainOnce({ seller })).sent;
      } catch (error) {
        failed = true;
        onError(error);
      } finally {
        this.#draining = false;
        this.#deadline = Infinity;
      }
      const next = nextOutboxWork(this.#sql);
      if (next === undefined) {
        await storage.deleteAlarm();
        return;
      }
      const now = Date.now();
      // Due now but nothing went (a lane locked elsewhere, a failure): wait
      // a little rather than spin.
      const floor = failed ? now + 5 * pollMs : sent === 0 ? now + pollMs : now;
      await storage.setAlarm(Math.max(next, floor));
    }

    /** Binds the object to its seller on the first call. */
    #hold(seller: string) {
      if (this.#seller === undefined) {
        rows(
          this.#sql,
          "INSERT OR IGNORE INTO outbox_meta (key, value) VALUES ('seller', ?)",
          seller,
        );
        this.#seller = sellerOf(this.#sql);
      }
      if (this.#seller !== seller) {
        throw new Error(
          `This object holds the outbox of seller "${this.#seller}", not "${seller}"`,
        );
      }
    }

    /** Sets the alarm to `at` unless it is set earlier (or a drain runs). */
    async #schedule(at: number | undefined): Promise<void> {
      if (at === undefined || this.#draining) return;
      // An alarm in the past fires at once; the runtime refuses times <= 0.
      at = Math.max(at, Date.now());
      const current = await this.#state.storage.getAlarm();
      if (current === null || at < current) {
        await this.#state.storage.setAlarm(at);
      }
    }

    #drainer(): Outbox {
      // The drain sees no due message after its budget, so it stops between
      // two sends and the next alarm goes on.
      const store: OutboxStore = {
        ...this.#store,
        due: (lane, now, limit) =>
          Date.now() >= this.#deadline
            ? Promise.resolve([])
            : this.#store.due(lane, now, limit),
      };
      this.#outbox ??= createOutbox({
        store,
        client: (seller) =>
          this.#client ??= Promise.resolve(
            makeClient(seller, this.#env, this.#stores),
          ).catch((error) => {
            this.#client = undefined;
            throw error;
          }),
        leaseMs,
        retryDelayMs,
        maxAttempts,
        pollMs,
        // One object drains its lanes: after a restart it takes its own
        // locks back at once instead of waiting for them to end.
        owner: OWNER,
      });
      return this.#outbox;
    }

    #checkSeller(record: OutboxRecord) {
      if (record?.seller !== this.#seller) {
        throw new Error(
          `This object holds the outbox of seller "${this.#seller}", not "${record?.seller}"`,
        );
      }
    }

    async #answer(call: RpcCall): Promise<unknown> {
      const a = call.args.map((arg) => arg ?? undefined) as never[];
      const store = this.#store;
      const { rateLimit, idempotency, duplicateGuard } = this.#stores;
      switch (call.method) {
        case "outbox.insert": {
          const record = a[0] as OutboxRecord;
          this.#checkSeller(record);
          const inserted = await store.insert(record);
          if (inserted && record.status === "queued") {
            await this.#schedule(record.notBefore);
          }
          return inserted;
        }
        case "outbox.replace": {
          const next = a[1] as OutboxRecord;
          this.#checkSeller(next);
          const replaced = await store.replace(a[0], next);
          if (replaced && next.status === "queued") {
            await this.#schedule(next.notBefore);
          }
          return replaced;
        }
        case "outbox.get":
          return await store.get(a[0]);
        case "outbox.due":
          return await store.due(a[0], a[1], a[2]);
        case "outbox.nextDue":
          return await store.nextDue(a[0]);
        case "outbox.lanes":
          return await store.lanes(a[0]);
        case "outbox.expired":
          return await store.expired(a[0], a[1]);
        case "outbox.list":
          return await store.list(a[0]);
        case "outbox.lock":
          return await store.lock(a[0], a[1], a[2], a[3]);
        case "outbox.unlock":
          return await store.unlock(a[0], a[1]);
        case "rateLimit.reserve":
          return await rateLimit.reserve(a[0], a[1], a[2]);
        case "rateLimit.drain":
          return await rateLimit.drain(a[0], a[1], a[2]);
        case "idempotency.claim":
          return await idempotency.claim(a[0], a[1], a[2]);
        case "idempotency.complete":
          return await idempotency.complete(a[0], a[1], a[2]);
        case "idempotency.release":
          return await idempotency.release(a[0]);
        case "duplicateGuard.claim":
          return await duplicateGuard.claim(a[0], a[1]);
        case "duplicateGuard.release":
          return await duplicateGuard.release(a[0]);
        case "directory.claim": {
          // Answers the seller that holds the id (the caller's when new).
          const [id, seller] = [String(a[0]), String(a[1])];
          rows(
            this.#sql,
            "INSERT OR IGNORE INTO outbox_sellers (seller) VALUES (?)",
            seller,
          );
          rows(
            this.#sql,
            "INSERT OR IGNORE INTO outbox_directory (id, seller) VALUES (?, ?)",
            id,
            seller,
          );
          return this.#find(id);
        }
        case "directory.find":
          return this.#find(String(a[0]));
        case "directory.sellers":
          return rows(this.#sql, "SELECT seller FROM outbox_sellers").map((
            row,
          ) => row.seller as string);
        default:
          throw new Error(`Unknown call "${call.method}"`);
      }
    }

    #find(id: string): string | undefined {
      const [row] = rows(
        this.#sql,
        "SELECT seller FROM outbox_directory WHERE id = ?",
        id,
      );
      return typeof row?.seller === "string" ? row.seller : undefined;
    }
  };
}

/**
 * The seller's Durable Object with the default options: export it from the
 * Worker's entry module under the binding's `class_name`.
 *
 * ```toml
 * [[durable_objects.bindings]]
 * name = "OUTBOX"
 * class_name = "SellerOutboxObject"
 *
 * [[migrations]]
 * tag = "v1"
 * new_sqlite_classes = ["SellerOutboxObject"]
 * ```
 *
 * @example Exporting it from a Worker
 * ```ts
 * import { SellerOutboxObject } from "@sellerkit/buyer-messages/cloudflare";
 * import assert from "node:assert/strict";
 *
 * // export { SellerOutboxObject } from "@sellerkit/buyer-messages/cloudflare";
 * assert.equal(typeof SellerOutboxObject, "function");
 * ```
 */
export const SellerOutboxObject: SellerOutboxObjectClass =
  defineSellerOutboxObject();
