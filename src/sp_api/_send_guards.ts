// This module is browser compatible.

/**
 * The guards around a message send: idempotency keys (the first outcome is
 * kept and replayed) and the duplicate guard (the same message to the same
 * order within a window is refused).
 *
 * @module
 */

import type { MessageTypeId } from "../message_types/mod.ts";
import type { Clock } from "./clock.ts";
import type { SendMessageResult } from "./client_types.ts";
import {
  createMemoryDuplicateGuardStore,
  DEFAULT_DUPLICATE_WINDOW_MS,
  type DuplicateGuardOptions,
  DuplicateMessageError,
} from "./duplicate_guard_store.ts";
import { UnknownOutcomeError } from "./errors.ts";
import {
  createMemoryIdempotencyStore,
  DEFAULT_IDEMPOTENCY_TTL_MS,
  fingerprintJson,
  IdempotencyKeyInFlightError,
  IdempotencyKeyReusedError,
  type IdempotencyOptions,
} from "./idempotency_store.ts";
import { isRecord } from "./_http.ts";

/** The `idempotency` option, checked. */
export interface ResolvedIdempotency {
  /** Where outcomes are kept. */
  readonly store: NonNullable<IdempotencyOptions["store"]>;
  /** How long. */
  readonly ttlMs: number;
}

/** The `duplicateGuard` option, checked. */
export interface ResolvedDuplicateGuard {
  /** Where claims are kept. */
  readonly store: NonNullable<DuplicateGuardOptions["store"]>;
  /** The window; `0` turns the guard off. */
  readonly windowMs: number;
}

/** A send, as the guards see it. */
export interface GuardedSend {
  /** The message type id. */
  readonly typeId: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** The body. */
  readonly body: unknown;
  /** Skip the duplicate guard. */
  readonly allowDuplicate: boolean;
}

/** What the client keeps under an idempotency key. */
type StoredSend =
  | { readonly outcome: "sent"; readonly result: SendMessageResult }
  | {
    readonly outcome: "unknown";
    readonly message: string;
    readonly operation: string;
    readonly type: string;
    readonly amazonOrderId: string;
    readonly status?: number;
    readonly requestId?: string;
  };

function checkDuration(value: unknown, name: string, min: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new RangeError(
      `Cannot create the messaging client: "${name}" must be a finite number of milliseconds of at least ${min}, got "${value}"`,
    );
  }
  return value;
}

function checkStore(value: unknown, name: string, methods: string[]): void {
  if (
    !isRecord(value) ||
    methods.some((method) => typeof value[method] !== "function")
  ) {
    throw new TypeError(
      `Cannot create the messaging client: "${name}" must be a store with ${
        methods.map((m) => `"${m}"`).join(", ")
      }`,
    );
  }
}

/**
 * Checks the `idempotency` option.
 *
 * @param value The option.
 * @param clock The clock of the default memory store.
 * @returns The store and lifetime.
 * @throws {TypeError} When it or its store has the wrong shape.
 * @throws {RangeError} When `ttlMs` is not a positive number.
 */
export function resolveIdempotency(
  value: IdempotencyOptions | undefined,
  clock: Clock,
): ResolvedIdempotency {
  const given: IdempotencyOptions = value ?? {};
  if (!isRecord(given as unknown)) {
    throw new TypeError(
      'Cannot create the messaging client: "idempotency" must be an object',
    );
  }
  if (given.store !== undefined) {
    checkStore(given.store, "idempotency.store", [
      "claim",
      "complete",
      "release",
    ]);
  }
  return {
    store: given.store ?? createMemoryIdempotencyStore({ clock }),
    ttlMs: checkDuration(
      given.ttlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS,
      "idempotency.ttlMs",
      1,
    ),
  };
}

/**
 * Checks the `duplicateGuard` option.
 *
 * @param value The option.
 * @param clock The clock of the default memory store.
 * @returns The store and window.
 * @throws {TypeError} When it or its store has the wrong shape.
 * @throws {RangeError} When `windowMs` is negative.
 */
export function resolveDuplicateGuard(
  value: DuplicateGuardOptions | undefined,
  clock: Clock,
): ResolvedDuplicateGuard {
  const given: DuplicateGuardOptions = value ?? {};
  if (!isRecord(given as unknown)) {
    throw new TypeError(
      'Cannot create the messaging client: "duplicateGuard" must be an object',
    );
  }
  if (given.store !== undefined) {
    checkStore(given.store, "duplicateGuard.store", ["claim", "release"]);
  }
  return {
    store: given.store ?? createMemoryDuplicateGuardStore({ clock }),
    windowMs: checkDuration(
      given.windowMs ?? DEFAULT_DUPLICATE_WINDOW_MS,
      "duplicateGuard.windowMs",
      0,
    ),
  };
}

/**
 * What makes two sends the same message for the duplicate guard: the text,
 * or for types without text the attachments' upload ids and the other
 * fields (file names left out).
 *
 * @param body The message body.
 * @returns The value to fingerprint.
 */
export function guardContent(body: unknown): unknown {
  if (!isRecord(body)) return null;
  if (typeof body.text === "string") return { text: body.text };
  const attachments = Array.isArray(body.attachments)
    ? body.attachments.map((attachment) =>
      isRecord(attachment) ? attachment.uploadDestinationId : attachment
    )
    : undefined;
  return { ...body, attachments };
}

/**
 * A window in words: `24 h`, `5 min` or `1500 ms`.
 *
 * @param ms The window.
 * @returns The words.
 */
export function formatWindow(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${ms} ms`;
}

/**
 * Runs `deliver` behind the duplicate guard: refuses the same message within
 * the window; only a send that may have reached Amazon keeps its claim.
 *
 * @param guard The duplicate guard.
 * @param identity Answers the seller identity.
 * @param send The send.
 * @param deliver Sends the message.
 * @returns The result of `deliver`.
 * @throws {DuplicateMessageError} When the same message was sent in the window.
 */
export async function withDuplicateGuard(
  guard: ResolvedDuplicateGuard,
  identity: () => Promise<string>,
  send: GuardedSend,
  deliver: () => Promise<SendMessageResult>,
): Promise<SendMessageResult> {
  const { typeId, amazonOrderId } = send;
  const windowMs = guard.windowMs;
  let guardKey: string | undefined;
  if (windowMs > 0 && !send.allowDuplicate) {
    guardKey = `duplicate ${
      fingerprintJson([
        await identity(),
        amazonOrderId,
        typeId,
        guardContent(send.body),
      ])
    }`;
    if (!(await guard.store.claim(guardKey, windowMs))) {
      throw new DuplicateMessageError(
        `Cannot send message "${typeId}" to order "${amazonOrderId}" again: the same message went to this order less than ${
          formatWindow(windowMs)
        } ago or is being sent now (Amazon counts repeated messages as unnecessary contact); pass "allowDuplicate: true" if it is intended`,
        { type: typeId, amazonOrderId, windowMs },
      );
    }
  }
  try {
    return await deliver();
  } catch (error) {
    // Only a send that may have reached Amazon keeps its claim.
    if (guardKey !== undefined && !(error instanceof UnknownOutcomeError)) {
      await guard.store.release(guardKey).catch(() => {});
    }
    throw error;
  }
}

/**
 * Replays what an idempotency key holds.
 *
 * @param value The stored value.
 * @param what The start of an error message.
 * @returns The first send's result.
 * @throws {UnknownOutcomeError} When the first send's outcome was unknown.
 * @throws {TypeError} When the record was not written by the client.
 */
export function replaySend(value: unknown, what: string): SendMessageResult {
  if (isRecord(value) && value.outcome === "sent" && isRecord(value.result)) {
    const result = value.result;
    return {
      type: result.type as MessageTypeId,
      amazonOrderId: String(result.amazonOrderId),
      requestId: typeof result.requestId === "string"
        ? result.requestId
        : undefined,
    };
  }
  if (isRecord(value) && value.outcome === "unknown") {
    throw new UnknownOutcomeError(String(value.message), {
      operation: String(value.operation),
      type: String(value.type),
      amazonOrderId: String(value.amazonOrderId),
      ...(typeof value.status === "number" ? { status: value.status } : {}),
      ...(typeof value.requestId === "string"
        ? { requestId: value.requestId }
        : {}),
    });
  }
  throw new TypeError(
    `${what}: the idempotency store holds a record this client did not write`,
  );
}

/**
 * Runs `run` under an idempotency key: the first outcome is kept and
 * replayed; a key reused for another message or still running is refused.
 * Outcomes that certainly did not reach Amazon are not kept.
 *
 * @param idempotency The store and lifetime.
 * @param identity Answers the seller identity.
 * @param idempotencyKey The key.
 * @param send The send.
 * @param run Sends the message (behind the duplicate guard).
 * @returns The first outcome's result.
 * @throws {IdempotencyKeyReusedError} When the key was used for another message.
 * @throws {IdempotencyKeyInFlightError} When a send with the key is running.
 */
export async function withIdempotencyKey(
  idempotency: ResolvedIdempotency,
  identity: () => Promise<string>,
  idempotencyKey: string,
  send: GuardedSend,
  run: () => Promise<SendMessageResult>,
): Promise<SendMessageResult> {
  const { typeId, amazonOrderId } = send;
  const key = `send ${fingerprintJson([await identity(), idempotencyKey])}`;
  const fingerprint = fingerprintJson({
    type: typeId,
    amazonOrderId,
    marketplaceId: send.marketplaceId,
    body: send.body ?? null,
  });
  const init = { idempotencyKey, type: typeId, amazonOrderId };
  const what =
    `Cannot send message "${typeId}" for order "${amazonOrderId}" with idempotency key "${idempotencyKey}"`;
  const claim = await idempotency.store.claim(
    key,
    fingerprint,
    idempotency.ttlMs,
  );
  if (claim.status !== "new") {
    if (claim.fingerprint !== fingerprint) {
      throw new IdempotencyKeyReusedError(
        `${what}: the key was used for a different message; use a new key for a new message`,
        init,
      );
    }
    if (claim.status === "pending") {
      throw new IdempotencyKeyInFlightError(
        `${what}: a send with this key is still running; try again shortly`,
        init,
      );
    }
    return replaySend(claim.value, what);
  }
  let stored: StoredSend | undefined;
  try {
    const result = await run();
    stored = {
      outcome: "sent",
      result: {
        type: result.type,
        amazonOrderId: result.amazonOrderId,
        requestId: result.requestId,
      },
    };
    return result;
  } catch (error) {
    if (error instanceof UnknownOutcomeError) {
      stored = {
        outcome: "unknown",
        message: error.message,
        operation: error.operation,
        type: error.type,
        amazonOrderId: error.amazonOrderId,
        ...(error.status === undefined ? {} : { status: error.status }),
        ...(error.requestId === undefined
          ? {}
          : { requestId: error.requestId }),
      };
    }
    throw error;
  } finally {
    // A store failure must not turn a known outcome into an error: the key
    // then stays pending until it expires, which still blocks a resend.
    try {
      if (stored === undefined) {
        await idempotency.store.release(key);
      } else {
        await idempotency.store.complete(
          key,
          { fingerprint, value: stored },
          idempotency.ttlMs,
        );
      }
    } catch {
      // See above.
    }
  }
}
