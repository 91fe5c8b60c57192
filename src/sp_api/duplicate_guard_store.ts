// This module is browser compatible.

/**
 * The duplicate guard: the client refuses to send the same message (same
 * seller, order, type and text) twice within a window, because Amazon
 * counts repeated messages as unnecessary contact. This module holds the
 * guard's store interface, its bounded in-memory implementation and the
 * error the guard raises.
 *
 * @module
 */

import { BuyerMessagesError } from "../errors.ts";
import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import { checkMaxEntries, createExpiringMap } from "./_expiring_map.ts";

/**
 * How long the guard remembers a message by default: 24 hours.
 *
 * @example The default window
 * ```ts
 * import { DEFAULT_DUPLICATE_WINDOW_MS } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(DEFAULT_DUPLICATE_WINDOW_MS, 86_400_000);
 * ```
 */
export const DEFAULT_DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Where the guard remembers messages. Keys are SHA-256 digests (of the
 * seller identity, order, type and text, or the attachments' upload ids for
 * attachment-only types), never the text itself. Each method must be atomic
 * for its key: over Deno KV, `claim` is an atomic check-that-the-key-is-absent
 * plus set with `expireIn: ttlMs`.
 *
 * @example A guard that remembers nothing
 * ```ts
 * import { createMessagingClient, type DuplicateGuardStore } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const forgetful: DuplicateGuardStore = { claim: () => Promise.resolve(true), release: () => Promise.resolve() };
 * const sandbox = createSandbox();
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 *   duplicateGuard: { store: forgetful },
 * });
 * const options = { marketplaceId: "ATVPDKIKX0DER", body: { text: "Your parcel is delayed." } };
 * await client.createUnexpectedProblem("123-1234567-1234567", options);
 * await client.createUnexpectedProblem("123-1234567-1234567", options);
 * assert.equal(sandbox.sent.length, 2);
 * ```
 */
export interface DuplicateGuardStore {
  /**
   * Records `key` for `ttlMs` milliseconds when it is not recorded yet, and
   * answers whether it was new (`false`: a duplicate).
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Forgets `key` (the send certainly did not reach Amazon). */
  release(key: string): Promise<void>;
}

/**
 * Duplicate-guard settings of the client.
 *
 * @example A one-hour window
 * ```ts
 * import { createMessagingClient, type DuplicateGuardOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const duplicateGuard: DuplicateGuardOptions = { windowMs: 60 * 60 * 1000 };
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch, duplicateGuard });
 * assert.equal(typeof client.sendMessage, "function");
 * ```
 */
export interface DuplicateGuardOptions {
  /**
   * How long a sent message blocks the same message, in milliseconds; `0`
   * turns the guard off.
   *
   * @default {86400000}
   */
  readonly windowMs?: number;
  /**
   * Where sent messages are remembered; share one store between processes.
   *
   * @default {createMemoryDuplicateGuardStore({ clock })}
   */
  readonly store?: DuplicateGuardStore;
}

/**
 * Options of {@linkcode createMemoryDuplicateGuardStore}.
 *
 * @example A bounded store on a fake clock
 * ```ts
 * import { createMemoryDuplicateGuardStore, type MemoryDuplicateGuardStoreOptions } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * let now = 0;
 * const options: MemoryDuplicateGuardStoreOptions = {
 *   maxEntries: 2,
 *   clock: { now: () => now, sleep: () => Promise.resolve() },
 * };
 * const store = createMemoryDuplicateGuardStore(options);
 * assert.equal(await store.claim("a", 1000), true);
 * now = 1000;
 * assert.equal(await store.claim("a", 1000), true); // the window has passed
 * ```
 */
export interface MemoryDuplicateGuardStoreOptions {
  /**
   * The most messages remembered; the least recently used is forgotten
   * first (and could then be sent again).
   *
   * @default {10000}
   */
  readonly maxEntries?: number;
  /**
   * The time source of the window.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
}

/**
 * Creates an in-memory duplicate-guard store for one process: a bounded map
 * whose entries expire after the window, the least recently used forgotten
 * first when full.
 *
 * @param options The size bound and clock.
 * @returns The store.
 * @throws {RangeError} When `maxEntries` is not a positive integer.
 *
 * @example The second claim is a duplicate
 * ```ts
 * import { createMemoryDuplicateGuardStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const store = createMemoryDuplicateGuardStore();
 * assert.equal(await store.claim("digest-1", 86_400_000), true);
 * assert.equal(await store.claim("digest-1", 86_400_000), false);
 * await store.release("digest-1");
 * assert.equal(await store.claim("digest-1", 86_400_000), true);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createMemoryDuplicateGuardStore(
  options: MemoryDuplicateGuardStoreOptions = {},
): DuplicateGuardStore {
  const maxEntries = checkMaxEntries(
    options.maxEntries,
    10_000,
    "duplicate guard store",
  );
  const entries = createExpiringMap<true>(
    maxEntries,
    options.clock ?? SYSTEM_CLOCK,
  );
  return {
    claim(key, ttlMs) {
      if (entries.get(key) !== undefined) return Promise.resolve(false);
      entries.set(key, true, ttlMs);
      return Promise.resolve(true);
    },
    release(key) {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}

/**
 * What a {@linkcode DuplicateMessageError} carries. It never holds the text.
 *
 * @example Building one in a test double
 * ```ts
 * import { DuplicateMessageError, type DuplicateMessageErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: DuplicateMessageErrorInit = { type: "unexpectedProblem", amazonOrderId: "123-1234567-1234567", windowMs: 86_400_000 };
 * assert.equal(new DuplicateMessageError("Cannot send", init).windowMs, 86_400_000);
 * ```
 */
export interface DuplicateMessageErrorInit {
  /** The message type. */
  readonly type: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The guard's window in milliseconds. */
  readonly windowMs: number;
}

/**
 * The same message (same order, type and text, or the same attachments) was
 * sent, or is being sent, within the guard's window. Nothing was sent:
 * Amazon counts repeated messages as unnecessary contact. Pass
 * `allowDuplicate: true` when the repetition is intended.
 *
 * @example Sending the same text twice
 * ```ts
 * import { createMessagingClient, DuplicateMessageError } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options = { marketplaceId: "ATVPDKIKX0DER", body: { text: "Your parcel is delayed by two days." } };
 * await client.createUnexpectedProblem("123-1234567-1234567", options);
 * await assert.rejects(client.createUnexpectedProblem("123-1234567-1234567", options), DuplicateMessageError);
 * await client.createUnexpectedProblem("123-1234567-1234567", { ...options, allowDuplicate: true });
 * assert.equal(sandbox.sent.length, 2);
 * ```
 */
export class DuplicateMessageError extends BuyerMessagesError {
  /** The message type. */
  readonly type: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The guard's window in milliseconds. */
  readonly windowMs: number;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init Type, order and window.
   */
  constructor(message: string, init: DuplicateMessageErrorInit) {
    super(message);
    this.name = "DuplicateMessageError";
    this.type = init.type;
    this.amazonOrderId = init.amazonOrderId;
    this.windowMs = init.windowMs;
  }
}
