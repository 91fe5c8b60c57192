// This module is browser compatible.

/**
 * The outbox's data and the store interface every engine implements: the
 * in-memory store, Deno KV and a Durable Object.
 *
 * A store keeps records and answers the queries the outbox needs; it makes
 * no decisions. Every change of a record goes through
 * {@linkcode OutboxStore.replace}, a compare-and-set on the record's
 * version, so two processes can never both claim one message.
 * Types, and the list of final statuses.
 *
 * @module
 */

/**
 * Where a queued message stands:
 *
 * - `queued`: waiting for its turn (or for `notBefore`);
 * - `sending`: claimed by a process that is sending it now;
 * - `sent`: Amazon took it;
 * - `unavailable`: the order no longer accepts this message type;
 * - `failed`: Amazon refused it, or it would have been a duplicate: nothing
 *   was delivered;
 * - `unknown`: it may or may not have reached the buyer (a timeout, a
 *   dropped connection, or a process that died while sending). It is never
 *   sent again by itself; only `retry` re-queues it;
 * - `cancelled`: cancelled while queued; never sent.
 *
 * @example Final or not
 * ```ts
 * import { OUTBOX_FINAL_STATUSES, type OutboxStatus } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const status: OutboxStatus = "sending";
 * assert.equal(OUTBOX_FINAL_STATUSES.includes(status), false);
 * ```
 */
export type OutboxStatus =
  | "queued"
  | "sending"
  | "sent"
  | "unavailable"
  | "failed"
  | "unknown"
  | "cancelled";

/**
 * What went wrong, in a form safe to store and show: an error code and a
 * message without secrets.
 *
 * @example A refused send
 * ```ts
 * import type { OutboxError } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const error: OutboxError = { code: "InvalidInput", message: "Amazon answered 400" };
 * assert.equal(error.code, "InvalidInput");
 * ```
 */
export interface OutboxError {
  /** A short code: Amazon's error code, or this library's. */
  readonly code: string;
  /** What happened. */
  readonly message: string;
}

/**
 * One step of a message's history.
 *
 * @example The first step
 * ```ts
 * import type { OutboxEvent } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const event: OutboxEvent = { at: Date.UTC(2026, 11, 4), status: "queued" };
 * assert.equal(event.status, "queued");
 * ```
 */
export interface OutboxEvent {
  /** When, in milliseconds since the Unix epoch. */
  readonly at: number;
  /** The status entered. */
  readonly status: OutboxStatus;
  /** Amazon's request id (`x-amzn-RequestId`), when Amazon answered. */
  readonly amazonRequestId?: string;
  /** What went wrong, when something did. */
  readonly error?: OutboxError;
  /** Why the status changed, when it is not plain (a retry, an ended lease). */
  readonly note?: string;
}

/**
 * What to send, as plain JSON: a Messaging operation, or Amazon's review
 * request (the Solicitations API).
 *
 * @example A delivery confirmation
 * ```ts
 * import type { OutboxRequest } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const request: OutboxRequest = {
 *   kind: "message",
 *   type: "confirmDeliveryDetails",
 *   amazonOrderId: "123-1234567-1234567",
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your sofa arrives on Friday between 8 and 12." },
 * };
 * assert.equal(request.kind, "message");
 * ```
 */
export interface OutboxRequest {
  /** `message`: a Messaging operation; `solicitation`: a review request. */
  readonly kind: "message" | "solicitation";
  /**
   * The message type, such as `confirmDeliveryDetails`, or
   * `productReviewAndSellerFeedback` for a solicitation.
   */
  readonly type: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace of the order. */
  readonly marketplaceId: string;
  /** Amazon's request body, when the type has one. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** Send even if the duplicate guard has seen this message. */
  readonly allowDuplicate?: boolean;
}

/**
 * A message in the outbox.
 *
 * @example A queued record
 * ```ts
 * import type { OutboxRecord } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const record: OutboxRecord = {
 *   id: "01KBQ7Z8X0ABCDEFGHJKMNPQRS",
 *   seller: "default",
 *   lane: "default createUnexpectedProblem",
 *   request: {
 *     kind: "message",
 *     type: "unexpectedProblem",
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { text: "Your parcel is delayed by two days." },
 *   },
 *   status: "queued",
 *   createdAt: 0,
 *   notBefore: 0,
 *   attempt: 0,
 *   history: [{ at: 0, status: "queued" }],
 * };
 * assert.equal(record.status, "queued");
 * ```
 */
export interface OutboxRecord {
  /** The id: sortable by creation time, unique. */
  readonly id: string;
  /** The seller it is sent for. */
  readonly seller: string;
  /**
   * The lane: the seller and Amazon's operation. Amazon's rate limit is per
   * seller and operation, and each lane is drained by one process at a time.
   */
  readonly lane: string;
  /** What to send. */
  readonly request: OutboxRequest;
  /** Where it stands. */
  readonly status: OutboxStatus;
  /** When it was queued, in milliseconds since the Unix epoch. */
  readonly createdAt: number;
  /** Not sent before this time (a scheduled send, or a back-off). */
  readonly notBefore: number;
  /** While `sending`: when the claim ends if the sender never reports. */
  readonly leaseUntil?: number;
  /** How many times a send was started. */
  readonly attempt: number;
  /** Every status it entered, oldest first. */
  readonly history: readonly OutboxEvent[];
  /** The caller's own data (composition details, a reference), as JSON. */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * A record and its version, as the store holds it. The version is the
 * store's own token (a KV versionstamp, a counter) and changes with every
 * write.
 *
 * @example Passing an entry back to `replace`
 * ```ts
 * import type { OutboxStoreEntry } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * function versionOf(entry: OutboxStoreEntry): string {
 *   return entry.version;
 * }
 * assert.equal(typeof versionOf, "function");
 * ```
 */
export interface OutboxStoreEntry {
  /** The record. */
  readonly record: OutboxRecord;
  /** The version the record was read at. */
  readonly version: string;
}

/**
 * A lane that has queued messages.
 *
 * @example Reading a lane
 * ```ts
 * import type { OutboxLane } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const lane: OutboxLane = { lane: "seller-1 createWarranty", seller: "seller-1" };
 * assert.equal(lane.seller, "seller-1");
 * ```
 */
export interface OutboxLane {
  /** The lane key. */
  readonly lane: string;
  /** Its seller. */
  readonly seller: string;
}

/**
 * A query of {@linkcode OutboxStore.list}.
 *
 * @example One order's messages
 * ```ts
 * import type { OutboxListQuery } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const query: OutboxListQuery = { seller: "default", amazonOrderId: "123-1234567-1234567", limit: 50 };
 * assert.equal(query.limit, 50);
 * ```
 */
export interface OutboxListQuery {
  /** The seller whose messages are listed. */
  readonly seller: string;
  /** Only this order's messages. */
  readonly amazonOrderId?: string;
  /** At most this many records. */
  readonly limit: number;
  /** Where the previous page ended (its `cursor`). */
  readonly cursor?: string;
}

/**
 * A page of {@linkcode OutboxStore.list}: newest first.
 *
 * @example The last page has no cursor
 * ```ts
 * import type { OutboxPage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const page: OutboxPage = { records: [] };
 * assert.equal(page.cursor, undefined);
 * ```
 */
export interface OutboxPage {
  /** The records, newest first. */
  readonly records: readonly OutboxRecord[];
  /** Pass it as `cursor` to get the next page; absent on the last. */
  readonly cursor?: string;
}

/**
 * Where the outbox keeps its records, on one engine. Implementations:
 * `createMemoryOutboxStore()` (one process), the Deno KV store and the
 * Durable Object store. Every method is atomic on its own; the outbox
 * builds its transitions from {@linkcode OutboxStore.replace}, a
 * compare-and-set, so a store needs no other locking.
 *
 * A store keeps these indexes in step with every write: the queued records
 * of each lane by `(notBefore, id)`, the `sending` records by `leaseUntil`,
 * each seller's records by id, and each seller's records per order.
 *
 * @example A store passed to the outbox
 * ```ts
 * import { createMemoryOutboxStore, type OutboxStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const store: OutboxStore = createMemoryOutboxStore();
 * assert.equal(await store.get("no-such-id"), undefined);
 * ```
 */
export interface OutboxStore {
  /**
   * Adds a record; answers `false` (and changes nothing) when its id
   * exists. A store may refuse a record too large for its engine with a
   * `RangeError` (Deno KV holds 64 KiB per value), and may keep only the
   * first and the latest events of a long history.
   */
  insert(record: OutboxRecord): Promise<boolean>;
  /** Reads a record and its version. */
  get(id: string): Promise<OutboxStoreEntry | undefined>;
  /**
   * Replaces `entry.record` with `next` (same id) if the stored version is
   * still `entry.version`, and answers whether it did. A record's seller
   * and lane never change.
   */
  replace(entry: OutboxStoreEntry, next: OutboxRecord): Promise<boolean>;
  /**
   * The `queued` records of `lane` whose `notBefore` is at or before `now`,
   * in `(notBefore, id)` order, at most `limit`.
   */
  due(lane: string, now: number, limit: number): Promise<OutboxStoreEntry[]>;
  /**
   * The earliest `notBefore` of a `queued` record of `lane`, or `undefined`
   * when it has none.
   */
  nextDue(lane: string): Promise<number | undefined>;
  /**
   * The lanes that may have `queued` records (of one seller, when given).
   * A store may answer lanes that turn out empty; it must not leave out a
   * lane that has queued records.
   */
  lanes(seller?: string): Promise<OutboxLane[]>;
  /** The `sending` records whose lease ended at or before `now`, at most `limit`. */
  expired(now: number, limit: number): Promise<OutboxStoreEntry[]>;
  /** A seller's records, newest first, one page at a time. */
  list(query: OutboxListQuery): Promise<OutboxPage>;
  /**
   * Takes the drain lock of `lane` for `owner` until `until` (or renews it
   * when `owner` holds it), unless another owner holds it past `now`.
   * Answers whether `owner` holds it now.
   */
  lock(
    lane: string,
    owner: string,
    until: number,
    now: number,
  ): Promise<boolean>;
  /** Gives up the drain lock of `lane` if `owner` holds it. */
  unlock(lane: string, owner: string): Promise<void>;
}

/**
 * The statuses a message never leaves by itself.
 *
 * @example `unknown` is final until someone retries it
 * ```ts
 * import { OUTBOX_FINAL_STATUSES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.ok(OUTBOX_FINAL_STATUSES.includes("unknown"));
 * assert.ok(!OUTBOX_FINAL_STATUSES.includes("queued"));
 * ```
 */
export const OUTBOX_FINAL_STATUSES: readonly OutboxStatus[] = Object.freeze([
  "sent",
  "unavailable",
  "failed",
  "unknown",
  "cancelled",
]);
