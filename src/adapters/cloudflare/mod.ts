/**
 * Cloudflare Workers: one Durable Object per seller holds the seller's
 * outbox, rate buckets, idempotency keys and duplicate guard, and drains the
 * outbox from its alarm; a Worker reaches them through stores that call the
 * object.
 *
 * - {@linkcode SellerOutboxObject} (or {@linkcode defineSellerOutboxObject}
 *   for other timings or another client factory): the Durable Object class,
 *   on SQLite storage;
 * - {@linkcode createDurableObjectStores}: the Worker's stores
 *   (`outbox`, `rateLimit`, `idempotency`, `duplicateGuard`) over the
 *   object's namespace binding;
 * - {@linkcode createSqlOutboxStore}, {@linkcode createSqlRateLimitStore},
 *   {@linkcode createSqlIdempotencyStore},
 *   {@linkcode createSqlDuplicateGuardStore}: the stores inside the object,
 *   over `ctx.storage.sql`.
 *
 * The Cloudflare types are declared by their shape (`types.ts`): nothing
 * here imports `cloudflare:workers` or `@cloudflare/workers-types`.
 *
 * `wrangler.toml`:
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
 * @example The Worker's entry module
 * ```ts
 * import { createDurableObjectStores, SellerOutboxObject, type DurableObjectNamespaceLike } from "@sellerkit/buyer-messages/cloudflare";
 * import { createOutbox } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * // export { SellerOutboxObject };
 * const worker = {
 *   async fetch(request: Request, env: { OUTBOX: DurableObjectNamespaceLike }): Promise<Response> {
 *     const stores = createDurableObjectStores(env.OUTBOX);
 *     const outbox = createOutbox({ store: stores.outbox, client: () => Promise.reject(new Error("the object sends")) });
 *     const record = await outbox.enqueue({ request: await request.json() });
 *     return Response.json({ id: record.id, status: record.status }, { status: 202 });
 *   },
 * };
 * assert.equal(typeof worker.fetch, "function");
 * assert.equal(typeof SellerOutboxObject, "function");
 * ```
 *
 * @module
 */

export * from "./types.ts";
export * from "./sql_outbox_store.ts";
export * from "./sql_rate_limit_store.ts";
export * from "./sql_idempotency_store.ts";
export * from "./sql_duplicate_guard_store.ts";
export * from "./seller_outbox_object.ts";
export * from "./durable_object_stores.ts";
// The types the stores and the client factory reach, as the root module
// exports them (so importing both entry points is no conflict).
export type * from "../../outbox/types.ts";
export type * from "../../sp_api/mod.ts";
