// This module is browser compatible.

/**
 * The outbox: messages queued now and sent later at Amazon's rate, one
 * lane per seller and operation, with a record of every step. It runs on
 * any {@linkcode OutboxStore} (memory, Deno KV, a Durable Object), and many
 * processes may share one store: a lane is drained by one process at a
 * time, and every transition is a compare-and-set.
 *
 * A message being sent holds a lease. When its process dies, the lease
 * ends and the message becomes `unknown`: it may have reached the buyer, so
 * it is never sent again by itself. Only {@linkcode Outbox.retry}, a
 * person's decision, queues it again.
 *
 * @module
 */

import { isMessageTypeId, MESSAGE_TYPES } from "../message_types/mod.ts";
import { type Clock, SYSTEM_CLOCK } from "../sp_api/clock.ts";
import type { MessagingClient } from "../sp_api/messaging_client.ts";
import { deliver, type Delivery } from "./_deliver.ts";
import { createIdGenerator } from "./_ids.ts";
import { OutboxStateError } from "./errors.ts";
import type {
  OutboxEvent,
  OutboxPage,
  OutboxRecord,
  OutboxRequest,
  OutboxStatus,
  OutboxStore,
  OutboxStoreEntry,
} from "./types.ts";

/** The operation of Amazon's review request. */
const SOLICITATION_OPERATION =
  "createProductReviewAndSellerFeedbackSolicitation";
/** The seller of an outbox that serves one seller. */
const DEFAULT_SELLER = "default";
const SELLER_PATTERN = /^[\x21-\x7e]{1,128}$/;
const MAX_HISTORY = 32;
const RECOVER_BATCH = 100;

/**
 * Options of {@linkcode createOutbox}.
 *
 * @example An outbox over the sandbox
 * ```ts
 * import { createMemoryOutboxStore, createMessagingClient, type OutboxOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const options: OutboxOptions = {
 *   store: createMemoryOutboxStore(),
 *   client: createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch }),
 *   leaseMs: 120_000,
 * };
 * assert.equal(options.leaseMs, 120_000);
 * ```
 */
export interface OutboxOptions {
  /** Where the records live. */
  readonly store: OutboxStore;
  /**
   * The client that sends, or a function answering each seller's client
   * (its credentials and region). Give the clients a shared rate-limit
   * store when several processes send for one seller.
   */
  readonly client:
    | MessagingClient
    | ((seller: string) => MessagingClient | Promise<MessagingClient>);
  /**
   * The time source.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
  /**
   * How long a send and a lane's drain lock are claimed, in milliseconds.
   * A message whose sender has not reported by then becomes `unknown`;
   * keep it well above the client's timeout and rate-limit waits.
   *
   * @default {300000}
   */
  readonly leaseMs?: number;
  /**
   * How often {@linkcode Outbox.run} looks for new work, in milliseconds.
   *
   * @default {1000}
   */
  readonly pollMs?: number;
  /**
   * How long a send that certainly did not reach Amazon (throttled, no
   * token, Amazon unavailable) waits before the next attempt, in
   * milliseconds; it doubles with each attempt.
   *
   * @default {5000}
   */
  readonly retryDelayMs?: number;
  /**
   * How many attempts a message gets before it is `failed`.
   *
   * @default {5}
   */
  readonly maxAttempts?: number;
  /**
   * How many lanes this process drains at once.
   *
   * @default {64}
   */
  readonly maxLanes?: number;
  /**
   * This process's name in the lane locks.
   *
   * @default {a random id}
   */
  readonly owner?: string;
}

/**
 * What {@linkcode Outbox.enqueue} takes.
 *
 * @example A delivery confirmation for one seller, sent no earlier than tomorrow
 * ```ts
 * import type { OutboxInput } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const input: OutboxInput = {
 *   seller: "seller-42",
 *   notBefore: Date.now() + 86_400_000,
 *   request: {
 *     kind: "message",
 *     type: "confirmDeliveryDetails",
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { text: "Your sofa arrives on Friday between 8 and 12." },
 *   },
 * };
 * assert.equal(input.seller, "seller-42");
 * ```
 */
export interface OutboxInput {
  /**
   * The seller it is sent for: 1 to 128 visible ASCII characters.
   *
   * @default {"default"}
   */
  readonly seller?: string;
  /** What to send. */
  readonly request: OutboxRequest;
  /**
   * Not sent before this time, in milliseconds since the Unix epoch.
   *
   * @default {now}
   */
  readonly notBefore?: number;
  /** Your own data, kept with the record (JSON). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * A query of {@linkcode Outbox.list}.
 *
 * @example One order
 * ```ts
 * import type { OutboxQuery } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const query: OutboxQuery = { amazonOrderId: "123-1234567-1234567" };
 * assert.equal(query.limit, undefined);
 * ```
 */
export interface OutboxQuery {
  /**
   * The seller.
   *
   * @default {"default"}
   */
  readonly seller?: string;
  /** Only this order's messages. */
  readonly amazonOrderId?: string;
  /**
   * At most this many, 1 to 1000.
   *
   * @default {100}
   */
  readonly limit?: number;
  /** The `cursor` of the previous page. */
  readonly cursor?: string;
}

/**
 * What {@linkcode Outbox.drainOnce} did.
 *
 * @example Nothing left
 * ```ts
 * import type { DrainResult } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const result: DrainResult = { sent: 3, next: undefined };
 * assert.equal(result.next, undefined);
 * ```
 */
export interface DrainResult {
  /** How many messages reached a final status (or a back-off) in this call. */
  readonly sent: number;
  /**
   * When to call again: the earliest time a queued message is due or a
   * lane locked elsewhere may be free, or `undefined` when nothing is
   * queued.
   */
  readonly next: number | undefined;
}

/**
 * The outbox. See {@linkcode createOutbox}.
 *
 * @example Queue, drain, read
 * ```ts
 * import { createMemoryOutboxStore, createMessagingClient, createOutbox } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const outbox = createOutbox({
 *   store: createMemoryOutboxStore(),
 *   client: createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch }),
 * });
 * const { id } = await outbox.enqueue({
 *   request: {
 *     kind: "message",
 *     type: "unexpectedProblem",
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { text: "Your parcel is delayed by two days." },
 *   },
 * });
 * await outbox.drainOnce();
 * assert.equal((await outbox.get(id))?.status, "sent");
 * assert.equal(sandbox.sent.length, 1);
 * ```
 */
export interface Outbox {
  /** Queues a message; answers its record (status `queued`). */
  enqueue(input: OutboxInput): Promise<OutboxRecord>;
  /** A message of `seller` (default `"default"`), or `undefined`. */
  get(id: string, seller?: string): Promise<OutboxRecord | undefined>;
  /** A seller's messages, newest first. */
  list(query?: OutboxQuery): Promise<OutboxPage>;
  /**
   * Cancels a queued message.
   *
   * @throws {OutboxStateError} When it does not exist or is not queued.
   */
  cancel(id: string, seller?: string): Promise<OutboxRecord>;
  /**
   * Queues an `unknown` message again, past the duplicate guard: only
   * after someone checked that the buyer did not get it.
   *
   * @throws {OutboxStateError} When it does not exist or is not `unknown`.
   */
  retry(id: string, seller?: string): Promise<OutboxRecord>;
  /** Turns messages whose send lease ended into `unknown`; answers how many. */
  recover(): Promise<number>;
  /**
   * Sends every message that is due now, lane by lane (lanes at once, one
   * message at a time within a lane, paced by the client's rate limiter),
   * and answers when to call again. For alarms, cron triggers and tests.
   */
  drainOnce(options?: DrainOptions): Promise<DrainResult>;
  /** Drains until `signal` aborts, picking up new lanes as they appear. */
  run(options: { readonly signal: AbortSignal }): Promise<void>;
}

/**
 * Options of {@linkcode Outbox.drainOnce}.
 *
 * @example One seller's lanes
 * ```ts
 * import type { DrainOptions } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const options: DrainOptions = { seller: "seller-42" };
 * assert.equal(options.seller, "seller-42");
 * ```
 */
export interface DrainOptions {
  /** Only this seller's lanes. */
  readonly seller?: string;
  /** Stops waiting for turns; sends already on their way complete. */
  readonly signal?: AbortSignal;
}

function positiveInteger(
  name: string,
  value: number | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(
      `Cannot create the outbox: "${name}" must be a positive integer, got "${value}"`,
    );
  }
  return value;
}

function checkSeller(seller: string): string {
  if (typeof seller !== "string" || !SELLER_PATTERN.test(seller)) {
    throw new TypeError(
      `Invalid seller "${
        String(seller).slice(0, 40)
      }": use 1 to 128 visible ASCII characters`,
    );
  }
  return seller;
}

/** Amazon's operation of a request, which names its rate-limit lane. */
function operationOf(request: OutboxRequest): string {
  if (request === null || typeof request !== "object") {
    throw new TypeError(
      'Cannot queue the message: "request" must be an object',
    );
  }
  for (const field of ["amazonOrderId", "marketplaceId", "type"] as const) {
    if (typeof request[field] !== "string" || request[field].length === 0) {
      throw new TypeError(
        `Cannot queue the message: "request.${field}" must be a non-empty string`,
      );
    }
  }
  if (request.kind === "solicitation") {
    if (request.type !== "productReviewAndSellerFeedback") {
      throw new TypeError(
        `Cannot queue the review request: "request.type" must be "productReviewAndSellerFeedback", got "${
          request.type.slice(0, 64)
        }"`,
      );
    }
    return SOLICITATION_OPERATION;
  }
  if (request.kind !== "message") {
    throw new TypeError(
      'Cannot queue the message: "request.kind" must be "message" or "solicitation"',
    );
  }
  if (!isMessageTypeId(request.type)) {
    throw new TypeError(
      `Cannot queue the message: unknown message type "${
        request.type.slice(0, 64)
      }"`,
    );
  }
  return MESSAGE_TYPES[request.type].operationId;
}

/** Appends an event, keeping the first and the latest when the history is long. */
function withEvent(
  history: readonly OutboxEvent[],
  event: OutboxEvent,
): OutboxEvent[] {
  const next = [...history, event];
  return next.length <= MAX_HISTORY
    ? next
    : [next[0], ...next.slice(next.length - MAX_HISTORY + 1)];
}

/**
 * Creates an outbox over a store and a client.
 *
 * @param options The store, the client (or one per seller), the clock and the leases.
 * @returns The outbox.
 * @throws {TypeError} When the store or client is missing.
 * @throws {RangeError} When a number is out of range.
 *
 * @example A bulk send drained in the background
 * ```ts
 * import { createMemoryOutboxStore, createMessagingClient, createOutbox } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const outbox = createOutbox({
 *   store: createMemoryOutboxStore(),
 *   client: createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch }),
 * });
 * for (const text of ["Your parcel is delayed.", "Your parcel left our warehouse."]) {
 *   await outbox.enqueue({
 *     request: { kind: "message", type: "unexpectedProblem", amazonOrderId: "123-1234567-1234567", marketplaceId: "ATVPDKIKX0DER", body: { text } },
 *   });
 * }
 * const stop = new AbortController();
 * const running = outbox.run({ signal: stop.signal });
 * while (sandbox.sent.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
 * stop.abort();
 * await running;
 * const { records } = await outbox.list();
 * assert.deepEqual(records.map((record) => record.status), ["sent", "sent"]);
 * ```
 */
export function createOutbox(options: OutboxOptions): Outbox {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      "Cannot create the outbox: options must be an object with a store and a client",
    );
  }
  const { store } = options;
  if (
    store === null || typeof store !== "object" ||
    typeof store.replace !== "function" || typeof store.due !== "function"
  ) {
    throw new TypeError(
      'Cannot create the outbox: "store" must be an OutboxStore (createMemoryOutboxStore(), the Deno KV or Durable Object store)',
    );
  }
  const clientOption = options.client;
  if (
    typeof clientOption !== "function" &&
    typeof clientOption?.sendMessage !== "function"
  ) {
    throw new TypeError(
      'Cannot create the outbox: "client" must be a MessagingClient or a function answering one per seller',
    );
  }
  const clientFor = typeof clientOption === "function"
    ? clientOption
    : () => clientOption;
  const clock = options.clock ?? SYSTEM_CLOCK;
  const leaseMs = positiveInteger("leaseMs", options.leaseMs, 300_000);
  const pollMs = positiveInteger("pollMs", options.pollMs, 1_000);
  const retryDelayMs = positiveInteger(
    "retryDelayMs",
    options.retryDelayMs,
    5_000,
  );
  const maxAttempts = positiveInteger("maxAttempts", options.maxAttempts, 5);
  const maxLanes = positiveInteger("maxLanes", options.maxLanes, 64);
  const owner = options.owner ?? crypto.randomUUID();
  const newId = createIdGenerator();

  async function entryOf(
    id: string,
    seller: string,
  ): Promise<OutboxStoreEntry | undefined> {
    if (typeof id !== "string" || id.length === 0 || id.length > 64) {
      return undefined;
    }
    const entry = await store.get(id);
    return entry?.record.seller === seller ? entry : undefined;
  }

  /**
   * Applies `change` to the record until the compare-and-set holds, or
   * `change` answers `undefined` (nothing to do).
   */
  async function transition(
    id: string,
    change: (record: OutboxRecord) => OutboxRecord | undefined,
  ): Promise<OutboxRecord | undefined> {
    for (;;) {
      const entry = await store.get(id);
      if (entry === undefined) return undefined;
      const next = change(entry.record);
      if (next === undefined) return undefined;
      if (await store.replace(entry, next)) return next;
    }
  }

  async function enqueue(input: OutboxInput): Promise<OutboxRecord> {
    if (input === null || typeof input !== "object") {
      throw new TypeError("Cannot queue the message: input must be an object");
    }
    const seller = checkSeller(input.seller ?? DEFAULT_SELLER);
    const operation = operationOf(input.request);
    const now = clock.now();
    const notBefore = input.notBefore ?? now;
    if (!Number.isFinite(notBefore)) {
      throw new RangeError(
        'Cannot queue the message: "notBefore" must be a time in milliseconds',
      );
    }
    const record: OutboxRecord = {
      id: newId(now),
      seller,
      lane: `${seller} ${operation}`,
      request: structuredClone(input.request),
      status: "queued",
      createdAt: now,
      notBefore,
      attempt: 0,
      history: [{ at: now, status: "queued" }],
      ...(input.meta === undefined
        ? {}
        : { meta: structuredClone(input.meta) }),
    };
    if (!await store.insert(record)) {
      throw new Error(`Outbox id collision on "${record.id}": this is a bug`);
    }
    wake(record.lane);
    return record;
  }

  /**
   * Moves a seller's message from status `from` by `change`, or says why
   * not: it does not exist, or it is in another status.
   */
  async function request(
    id: string,
    seller: string,
    from: OutboxStatus,
    refusal: string,
    change: (record: OutboxRecord, at: number) => OutboxRecord,
  ): Promise<OutboxRecord> {
    const entry = await entryOf(id, seller);
    if (entry === undefined) {
      throw new OutboxStateError("not_found", `No message "${id}"`);
    }
    let seen = entry.record.status;
    const done = await transition(id, (record) => {
      seen = record.status;
      return record.status === from ? change(record, clock.now()) : undefined;
    });
    if (done === undefined) {
      throw new OutboxStateError(
        "conflict",
        `Message "${id}" is ${seen}: ${refusal}`,
        seen,
      );
    }
    return done;
  }

  const cancel = (id: string, seller: string) =>
    request(
      id,
      seller,
      "queued",
      "only a queued message can be cancelled",
      (record, at) => ({
        ...record,
        status: "cancelled",
        history: withEvent(record.history, { at, status: "cancelled" }),
      }),
    );

  async function retry(id: string, seller: string) {
    const done = await request(
      id,
      seller,
      "unknown",
      "only a message whose outcome is unknown can be retried",
      (record, at) => ({
        ...record,
        status: "queued",
        notBefore: at,
        // The guard remembers the first attempt, which may have been
        // delivered: a person decided it was not.
        request: { ...record.request, allowDuplicate: true },
        history: withEvent(record.history, {
          at,
          status: "queued",
          note: "retry requested",
        }),
      }),
    );
    wake(done.lane);
    return done;
  }

  async function recover(): Promise<number> {
    let count = 0;
    for (;;) {
      const now = clock.now();
      const expired = await store.expired(now, RECOVER_BATCH);
      if (expired.length === 0) return count;
      let changed = 0;
      for (const entry of expired) {
        const record = entry.record;
        const next: OutboxRecord = {
          ...record,
          status: "unknown",
          leaseUntil: undefined,
          history: withEvent(record.history, {
            at: now,
            status: "unknown",
            note:
              "the sender stopped reporting while sending: it may have been delivered",
          }),
        };
        delete (next as { leaseUntil?: number }).leaseUntil;
        if (await store.replace(entry, next)) changed += 1;
      }
      count += changed;
      if (expired.length < RECOVER_BATCH) return count;
    }
  }

  /** Records what a send came to: the truth wins over an ended lease. */
  async function finish(
    claimed: OutboxRecord,
    delivery: Delivery,
  ): Promise<void> {
    await transition(claimed.id, (record) => {
      if (record.attempt !== claimed.attempt) return undefined;
      if (record.status !== "sending" && record.status !== "unknown") {
        return undefined;
      }
      const at = clock.now();
      const again = delivery.status === "queued" &&
        record.attempt < maxAttempts;
      const status = delivery.status === "queued"
        ? (again ? "queued" : "failed")
        : delivery.status;
      const next: OutboxRecord = {
        ...record,
        status,
        ...(again
          ? { notBefore: at + retryDelayMs * 2 ** (record.attempt - 1) }
          : {}),
        history: withEvent(record.history, {
          at,
          status,
          ...(delivery.amazonRequestId === undefined
            ? {}
            : { amazonRequestId: delivery.amazonRequestId }),
          ...(delivery.error === undefined ? {} : { error: delivery.error }),
        }),
      };
      delete (next as { leaseUntil?: number }).leaseUntil;
      return next;
    });
  }

  /** Drains one lane while it holds its lock; answers how many it sent. */
  async function drainLane(
    lane: string,
    seller: string,
    signal: AbortSignal | undefined,
    onNext: (time: number) => void,
  ): Promise<number> {
    let now = clock.now();
    // Nothing due: no lock taken (each lock is a write to the store). What
    // is due is claimed below by compare-and-set, so this read serves the
    // first claim too.
    let first: OutboxStoreEntry | undefined =
      (await store.due(lane, now, 1))[0];
    if (first === undefined) {
      const next = await store.nextDue(lane);
      if (next !== undefined) onNext(next);
      return 0;
    }
    if (!await store.lock(lane, owner, now + leaseMs, now)) {
      // Another process drains it; look again after its lock could end.
      onNext(now + pollMs);
      return 0;
    }
    let lockedUntil = now + leaseMs;
    let sent = 0;
    try {
      while (signal?.aborted !== true) {
        now = clock.now();
        const entry = first ?? (await store.due(lane, now, 1))[0];
        first = undefined;
        if (entry === undefined) {
          const next = await store.nextDue(lane);
          if (next !== undefined) onNext(next);
          break;
        }
        // The lock is renewed once half of it has passed, so that it always
        // outlasts the claim made under it by half a lease.
        if (now > lockedUntil - leaseMs / 2) {
          if (!await store.lock(lane, owner, now + leaseMs, now)) {
            onNext(now + pollMs);
            break;
          }
          lockedUntil = now + leaseMs;
        }
        const claimed: OutboxRecord = {
          ...entry.record,
          status: "sending",
          leaseUntil: now + leaseMs,
          attempt: entry.record.attempt + 1,
          history: withEvent(entry.record.history, {
            at: now,
            status: "sending",
          }),
        };
        if (!await store.replace(entry, claimed)) continue;
        let delivery: Delivery;
        try {
          const client = await clientFor(seller);
          delivery = await deliver(client, claimed.request, signal);
        } catch (error) {
          // The seller's client could not be made: nothing left.
          delivery = {
            status: "failed",
            error: {
              code: "no_client",
              message: error instanceof Error
                ? error.message.slice(0, 500)
                : "The seller's client could not be created",
            },
          };
        }
        await finish(claimed, delivery);
        sent += 1;
      }
    } finally {
      await store.unlock(lane, owner);
    }
    return sent;
  }

  async function drainOnce(
    drainOptions: DrainOptions = {},
  ): Promise<DrainResult> {
    const { seller, signal } = drainOptions;
    if (seller !== undefined) checkSeller(seller);
    await recover();
    const lanes = await store.lanes(seller);
    let next: number | undefined;
    const onNext = (time: number) => {
      next = next === undefined ? time : Math.min(next, time);
    };
    let sent = 0;
    let index = 0;
    const worker = async () => {
      while (index < lanes.length) {
        const lane = lanes[index++];
        const count = await drainLane(lane.lane, lane.seller, signal, onNext);
        sent += count;
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(maxLanes, lanes.length) }, worker),
    );
    return { sent, next };
  }

  // `run` sleeps until the next due time or a poll; queueing in this
  // process wakes it, and lets the queued lane be looked at at once.
  let wakeUp: (() => void) | undefined;
  const resumeAt = new Map<string, number>();
  function wake(lane?: string): void {
    if (lane !== undefined) resumeAt.delete(lane);
    wakeUp?.();
  }

  async function run(runOptions: { readonly signal: AbortSignal }) {
    const signal = runOptions?.signal;
    if (!(signal instanceof AbortSignal)) {
      throw new TypeError(
        'Cannot run the outbox: give it a "signal" to stop it',
      );
    }
    const active = new Map<string, Promise<unknown>>();
    while (!signal.aborted) {
      const now = clock.now();
      let next = now + pollMs;
      try {
        await recover();
        for (const { lane, seller } of await store.lanes()) {
          if (active.has(lane)) continue;
          const at = resumeAt.get(lane) ?? 0;
          if (at > now) {
            next = Math.min(next, at);
            continue;
          }
          if (active.size >= maxLanes) break;
          resumeAt.delete(lane);
          const task = drainLane(lane, seller, signal, (time) => {
            resumeAt.set(lane, Math.min(resumeAt.get(lane) ?? time, time));
          }).catch(() => {}).finally(() => {
            // Nothing queued, or the store failed: look again at a poll.
            if (!resumeAt.has(lane)) resumeAt.set(lane, clock.now() + pollMs);
            active.delete(lane);
            wake();
          });
          active.set(lane, task);
        }
      } catch {
        // The store failed (a network blip): try again after a poll.
      }
      const woken = new AbortController();
      const stop = () => woken.abort();
      signal.addEventListener("abort", stop, { once: true });
      wakeUp = stop;
      await clock.sleep(Math.max(0, next - clock.now()), woken.signal).catch(
        () => {},
      );
      signal.removeEventListener("abort", stop);
      wakeUp = undefined;
    }
    await Promise.all(active.values());
  }

  return {
    enqueue,
    async get(id, seller = DEFAULT_SELLER) {
      return (await entryOf(id, checkSeller(seller)))?.record;
    },
    list(query = {}) {
      const limit = query.limit ?? 100;
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) {
        throw new RangeError(
          `"limit" must be an integer from 1 to 1000, got "${limit}"`,
        );
      }
      return store.list({
        seller: checkSeller(query.seller ?? DEFAULT_SELLER),
        limit,
        ...(query.amazonOrderId === undefined
          ? {}
          : { amazonOrderId: query.amazonOrderId }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      });
    },
    cancel: (id, seller) => cancel(id, checkSeller(seller ?? DEFAULT_SELLER)),
    retry: (id, seller) => retry(id, checkSeller(seller ?? DEFAULT_SELLER)),
    recover,
    drainOnce,
    run,
  };
}
