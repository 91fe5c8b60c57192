// This module is browser compatible.

/**
 * Idempotency keys for message sends: the store interface that the client
 * and the HTTP endpoint share, its bounded in-memory implementation, the
 * request fingerprint, and the errors a reused key raises.
 *
 * A caller that gives up on a send (a timeout, a dropped connection) cannot
 * tell whether the buyer got the message. Retrying with the same key is
 * safe: the first outcome is answered again and nothing is sent twice.
 *
 * @module
 */

import { BuyerMessagesError } from "../errors.ts";
import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import { checkMaxEntries, createExpiringMap } from "./_expiring_map.ts";
import { sha256 } from "@noble/hashes/sha2";

/**
 * What an idempotency key may be: 1 to 255 visible ASCII characters (no
 * spaces or control characters), such as a UUID.
 *
 * @example Checking a key
 * ```ts
 * import { IDEMPOTENCY_KEY_PATTERN } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.ok(IDEMPOTENCY_KEY_PATTERN.test(crypto.randomUUID()));
 * assert.ok(!IDEMPOTENCY_KEY_PATTERN.test("two words"));
 * assert.ok(!IDEMPOTENCY_KEY_PATTERN.test("x".repeat(256)));
 * ```
 */
export const IDEMPOTENCY_KEY_PATTERN: RegExp = /^[\x21-\x7e]{1,255}$/;

/**
 * How long an idempotency record is kept by default: 24 hours.
 *
 * @example The default lifetime
 * ```ts
 * import { DEFAULT_IDEMPOTENCY_TTL_MS } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(DEFAULT_IDEMPOTENCY_TTL_MS, 86_400_000);
 * ```
 */
export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * What {@linkcode IdempotencyStore.claim} found for a key:
 *
 * - `new`: nobody held the key; the caller holds it now (pending) and must
 *   `complete` or `release` it;
 * - `pending`: another request holds it and has not finished;
 * - `done`: a request finished and left its outcome in `value`.
 *
 * `fingerprint` is the one stored with the key; a caller whose request has
 * another fingerprint reused the key for a different request.
 *
 * @example Branching on a claim
 * ```ts
 * import type { IdempotencyClaim } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * function describe(claim: IdempotencyClaim, fingerprint: string): string {
 *   if (claim.status === "new") return "go ahead";
 *   if (claim.fingerprint !== fingerprint) return "key reused";
 *   return claim.status === "pending" ? "in flight" : "replay";
 * }
 * assert.equal(describe({ status: "done", fingerprint: "f1", value: 201 }, "f1"), "replay");
 * assert.equal(describe({ status: "pending", fingerprint: "f1" }, "f2"), "key reused");
 * ```
 */
export type IdempotencyClaim =
  | { readonly status: "new" }
  | { readonly status: "pending"; readonly fingerprint: string }
  | {
    readonly status: "done";
    readonly fingerprint: string;
    readonly value: unknown;
  };

/**
 * The final outcome of a request, stored under its key.
 *
 * @example A stored answer
 * ```ts
 * import { createMemoryIdempotencyStore, type IdempotencyRecord } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const store = createMemoryIdempotencyStore();
 * await store.claim("k", "f1", 60_000);
 * const record: IdempotencyRecord = { fingerprint: "f1", value: { status: 201 } };
 * await store.complete("k", record, 60_000);
 * assert.deepEqual(await store.claim("k", "f1", 60_000), { status: "done", fingerprint: "f1", value: { status: 201 } });
 * ```
 */
export interface IdempotencyRecord {
  /** The fingerprint the key was claimed with. */
  readonly fingerprint: string;
  /** The outcome: JSON-compatible data (stores may serialize it). */
  readonly value: unknown;
}

/**
 * Where idempotency records live. Each method must be atomic for its key:
 * over Deno KV, `claim` is an atomic check-that-the-key-is-absent plus set
 * (`expireIn: ttlMs`); over a Durable Object, one object per key or a
 * transaction. The in-memory default is
 * {@linkcode createMemoryIdempotencyStore}.
 *
 * A key that is claimed and never completed or released (the process died
 * mid-send) stays `pending` until its lifetime ends: its outcome is unknown,
 * so it must not be sent again before then.
 *
 * @example A store that logs its calls
 * ```ts
 * import { createMemoryIdempotencyStore, type IdempotencyStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const memory = createMemoryIdempotencyStore();
 * const calls: string[] = [];
 * const store: IdempotencyStore = {
 *   claim: (key, fingerprint, ttlMs) => (calls.push("claim"), memory.claim(key, fingerprint, ttlMs)),
 *   complete: (key, record, ttlMs) => (calls.push("complete"), memory.complete(key, record, ttlMs)),
 *   release: (key) => (calls.push("release"), memory.release(key)),
 * };
 * assert.equal((await store.claim("k", "f", 1000)).status, "new");
 * assert.equal((await store.claim("k", "f", 1000)).status, "pending");
 * await store.release("k");
 * assert.deepEqual(calls, ["claim", "claim", "release"]);
 * ```
 */
export interface IdempotencyStore {
  /**
   * Claims `key` for a request with `fingerprint` when nobody holds it (the
   * claim lives `ttlMs` milliseconds), and answers what was there before.
   */
  claim(
    key: string,
    fingerprint: string,
    ttlMs: number,
  ): Promise<IdempotencyClaim>;
  /** Stores the final outcome of the claimed key for `ttlMs` milliseconds. */
  complete(
    key: string,
    record: IdempotencyRecord,
    ttlMs: number,
  ): Promise<void>;
  /** Gives up a claimed key, so that the same request can run again. */
  release(key: string): Promise<void>;
}

/**
 * Idempotency settings of the client and the endpoint.
 *
 * @example A shorter lifetime
 * ```ts
 * import { createMemoryIdempotencyStore, type IdempotencyOptions } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const options: IdempotencyOptions = { store: createMemoryIdempotencyStore(), ttlMs: 60 * 60 * 1000 };
 * assert.equal(options.ttlMs, 3_600_000);
 * ```
 */
export interface IdempotencyOptions {
  /**
   * Where records live; share one store between processes to share keys.
   *
   * @default {createMemoryIdempotencyStore()}
   */
  readonly store?: IdempotencyStore;
  /**
   * How long a key is remembered, in milliseconds.
   *
   * @default {86400000}
   */
  readonly ttlMs?: number;
}

/**
 * Options of {@linkcode createMemoryIdempotencyStore}.
 *
 * @example A small store on a fake clock
 * ```ts
 * import { createMemoryIdempotencyStore, type MemoryIdempotencyStoreOptions } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * let now = 0;
 * const options: MemoryIdempotencyStoreOptions = {
 *   maxEntries: 100,
 *   clock: { now: () => now, sleep: () => Promise.resolve() },
 * };
 * const store = createMemoryIdempotencyStore(options);
 * await store.claim("k", "f", 1000);
 * now = 1000;
 * assert.equal((await store.claim("k", "f", 1000)).status, "new"); // expired
 * ```
 */
export interface MemoryIdempotencyStoreOptions {
  /**
   * The most keys held; the least recently used is forgotten first. Keep it
   * well above the number of sends in flight at once.
   *
   * @default {10000}
   */
  readonly maxEntries?: number;
  /**
   * The time source of the lifetimes.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
}

type MemoryEntry =
  | { readonly state: "pending"; readonly fingerprint: string }
  | {
    readonly state: "done";
    readonly fingerprint: string;
    readonly value: unknown;
  };

/**
 * Creates an in-memory idempotency store for one process: a bounded map
 * whose entries expire, the least recently used forgotten first when full.
 * Values are copied in and out (`structuredClone`). For several processes or
 * restarts, use a store on a shared engine.
 *
 * @param options The size bound and clock.
 * @returns The store.
 * @throws {RangeError} When `maxEntries` is not a positive integer.
 *
 * @example Claim, complete, replay
 * ```ts
 * import { createMemoryIdempotencyStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const store = createMemoryIdempotencyStore({ maxEntries: 1000 });
 * assert.deepEqual(await store.claim("order-1001-confirm", "f1", 86_400_000), { status: "new" });
 * assert.deepEqual(await store.claim("order-1001-confirm", "f1", 86_400_000), { status: "pending", fingerprint: "f1" });
 * await store.complete("order-1001-confirm", { fingerprint: "f1", value: { sent: true } }, 86_400_000);
 * const again = await store.claim("order-1001-confirm", "f1", 86_400_000);
 * assert.equal(again.status, "done");
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createMemoryIdempotencyStore(
  options: MemoryIdempotencyStoreOptions = {},
): IdempotencyStore {
  const maxEntries = checkMaxEntries(
    options.maxEntries,
    10_000,
    "idempotency store",
  );
  const entries = createExpiringMap<MemoryEntry>(
    maxEntries,
    options.clock ?? SYSTEM_CLOCK,
  );
  return {
    claim(key, fingerprint, ttlMs) {
      const found = entries.get(key);
      if (found === undefined) {
        entries.set(key, { state: "pending", fingerprint }, ttlMs);
        return Promise.resolve({ status: "new" });
      }
      return Promise.resolve(
        found.state === "pending"
          ? { status: "pending", fingerprint: found.fingerprint }
          : {
            status: "done",
            fingerprint: found.fingerprint,
            value: structuredClone(found.value),
          },
      );
    },
    complete(key, record, ttlMs) {
      entries.set(key, {
        state: "done",
        fingerprint: record.fingerprint,
        value: structuredClone(record.value),
      }, ttlMs);
      return Promise.resolve();
    },
    release(key) {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${
      value.map((item) =>
        item === undefined || typeof item === "function"
          ? "null"
          : canonicalJson(item)
      ).join(",")
    }]`;
  }
  if (value !== null && typeof value === "object") {
    const toJson = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJson === "function") {
      return canonicalJson(toJson.call(value));
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) =>
      record[key] !== undefined && typeof record[key] !== "function"
    ).sort();
    return `{${
      keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
        .join(",")
    }}`;
  }
  return JSON.stringify(value) ?? "null";
}

const encoder = new TextEncoder();

/**
 * The SHA-256 of the canonical JSON of a value (object keys sorted, no
 * spaces): equal for requests that differ only in key order or layout. The
 * client fingerprints a send's type, order, marketplace and body; the
 * endpoint its method, path and JSON body. Synchronous (a pure-JS SHA-256),
 * so that guarding a send adds no wait of its own.
 *
 * @param value JSON-compatible data.
 * @returns 64 lowercase hex digits.
 *
 * @example Key order does not matter
 * ```ts
 * import { fingerprintJson } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const a = fingerprintJson({ text: "Hello", type: "unexpectedProblem" });
 * const b = fingerprintJson({ type: "unexpectedProblem", text: "Hello" });
 * assert.equal(a, b);
 * assert.notEqual(a, fingerprintJson({ type: "unexpectedProblem", text: "Hello!" }));
 * ```
 */
export function fingerprintJson(value: unknown): string {
  return Array.from(
    sha256(encoder.encode(canonicalJson(value))),
    (byte) => byte.toString(16).padStart(2, "0"),
  ).join("");
}

/**
 * What an idempotency error carries.
 *
 * @example Building one in a test double
 * ```ts
 * import { IdempotencyKeyReusedError, type IdempotencyErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: IdempotencyErrorInit = { idempotencyKey: "k-1", type: "unexpectedProblem", amazonOrderId: "123-1234567-1234567" };
 * assert.equal(new IdempotencyKeyReusedError("Cannot send", init).idempotencyKey, "k-1");
 * ```
 */
export interface IdempotencyErrorInit {
  /** The key the caller gave. */
  readonly idempotencyKey: string;
  /** The message type of the refused send. */
  readonly type: string;
  /** The order of the refused send. */
  readonly amazonOrderId: string;
}

/**
 * A send reused an idempotency key that belongs to a different request (a
 * different type, order, marketplace or body). Nothing was sent: use a new
 * key for a new message.
 *
 * @example Reusing a key for another text
 * ```ts
 * import { createMessagingClient, IdempotencyKeyReusedError } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const send = (text: string) =>
 *   client.createUnexpectedProblem("123-1234567-1234567", {
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { text },
 *     idempotencyKey: "delay-notice-1",
 *   });
 * await send("Your parcel is delayed by two days.");
 * await assert.rejects(send("Your parcel is delayed by three days."), IdempotencyKeyReusedError);
 * assert.equal(sandbox.sent.length, 1);
 * ```
 */
export class IdempotencyKeyReusedError extends BuyerMessagesError {
  /** The key the caller gave. */
  readonly idempotencyKey: string;
  /** The message type of the refused send. */
  readonly type: string;
  /** The order of the refused send. */
  readonly amazonOrderId: string;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init The key, type and order.
   */
  constructor(message: string, init: IdempotencyErrorInit) {
    super(message);
    this.name = "IdempotencyKeyReusedError";
    this.idempotencyKey = init.idempotencyKey;
    this.type = init.type;
    this.amazonOrderId = init.amazonOrderId;
  }
}

/**
 * Another send with the same idempotency key has not finished yet. Nothing
 * was sent by this call: try again shortly, and the first outcome is
 * answered.
 *
 * @example Two sends with one key at once
 * ```ts
 * import { createMessagingClient, IdempotencyKeyInFlightError } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options = {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your parcel is delayed by two days." },
 *   idempotencyKey: "delay-notice-2",
 * };
 * const results = await Promise.allSettled([
 *   client.createUnexpectedProblem("123-1234567-1234567", options),
 *   client.createUnexpectedProblem("123-1234567-1234567", options),
 * ]);
 * const refused = results.filter((r) => r.status === "rejected" && r.reason instanceof IdempotencyKeyInFlightError);
 * assert.equal(refused.length, 1); // one of the two ran, the other was refused
 * assert.equal(sandbox.sent.length, 1);
 * ```
 */
export class IdempotencyKeyInFlightError extends BuyerMessagesError {
  /** The key the caller gave. */
  readonly idempotencyKey: string;
  /** The message type of the refused send. */
  readonly type: string;
  /** The order of the refused send. */
  readonly amazonOrderId: string;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init The key, type and order.
   */
  constructor(message: string, init: IdempotencyErrorInit) {
    super(message);
    this.name = "IdempotencyKeyInFlightError";
    this.idempotencyKey = init.idempotencyKey;
    this.type = init.type;
    this.amazonOrderId = init.amazonOrderId;
  }
}
