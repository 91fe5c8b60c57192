/**
 * The client's shared-state stores over Deno KV: rate buckets, idempotency
 * keys and the duplicate guard. Each call is one read-check-write on one key,
 * so every process on the same database shares the same state.
 *
 * @module
 */

import type { Clock } from "../../sp_api/clock.ts";
import type { DuplicateGuardStore } from "../../sp_api/duplicate_guard_store.ts";
import type {
  IdempotencyClaim,
  IdempotencyStore,
} from "../../sp_api/idempotency_store.ts";
import type {
  RateLimits,
  RateLimitStore,
} from "../../sp_api/rate_limit_store.ts";
import { commitKv, expireInOf, updateKv } from "./_kv_update.ts";

interface Bucket {
  readonly tokens: number;
  readonly last: number;
}

/**
 * How long an idle bucket's key outlives the moment its bucket is full again
 * (by the caller's clock): a missing bucket starts full, so deleting a full
 * one changes nothing. The margin covers clocks that run behind the real one.
 */
const BUCKET_GRACE_MS = 60 * 60 * 1000;

// The arithmetic of createMemoryRateLimitStore, on a stored value.
function refill(
  bucket: Bucket | undefined,
  limits: RateLimits,
  now: number,
): Bucket {
  if (bucket === undefined) return { tokens: limits.burst, last: now };
  const elapsed = Math.max(0, now - bucket.last);
  return {
    tokens: Math.min(
      limits.burst,
      bucket.tokens + (elapsed * limits.rate) / 1000,
    ),
    last: Math.max(bucket.last, now),
  };
}

function keep(bucket: Bucket, limits: RateLimits) {
  const fullIn = ((limits.burst - bucket.tokens) * 1000) / limits.rate;
  return { set: bucket, expireIn: expireInOf(fullIn + BUCKET_GRACE_MS) };
}

/**
 * The token-bucket store over Deno KV: the arithmetic of
 * `createMemoryRateLimitStore` (the deficit queue, rounding up, the epsilon),
 * applied by a read-check-write on `[...prefix, "rate", key]`.
 *
 * @param kv The database.
 * @param prefix The key prefix.
 * @returns The store.
 */
export function createKvRateLimitStore(
  kv: Deno.Kv,
  prefix: Deno.KvKey,
): RateLimitStore {
  const keyOf = (key: string): Deno.KvKey => [...prefix, "rate", key];
  return {
    reserve(key, limits, now) {
      return updateKv<Bucket, number>(kv, keyOf(key), (current) => {
        const refilled = refill(current, limits, now);
        const bucket = { ...refilled, tokens: refilled.tokens - 1 };
        // Round up: waking a millisecond late is harmless, early is a 429.
        // The epsilon absorbs float noise such as 0.1 * 3 = 0.30000000000000004.
        const wait = bucket.tokens >= -1e-9
          ? 0
          : Math.ceil((-bucket.tokens * 1000) / limits.rate - 1e-6);
        return { result: wait, ...keep(bucket, limits) };
      }, `reserve a token of rate bucket "${key}"`);
    },
    drain(key, limits, now) {
      return updateKv<Bucket, void>(kv, keyOf(key), (current) => {
        const refilled = refill(current, limits, now);
        const bucket = { ...refilled, tokens: Math.min(refilled.tokens, 0) };
        return { result: undefined, ...keep(bucket, limits) };
      }, `drain rate bucket "${key}"`);
    },
  };
}

type IdempotencyValue =
  | {
    readonly state: "pending";
    readonly fingerprint: string;
    readonly expires: number;
  }
  | {
    readonly state: "done";
    readonly fingerprint: string;
    readonly value: unknown;
    readonly expires: number;
  };

/**
 * The idempotency store over Deno KV: `claim` sets `[...prefix,
 * "idempotency", key]` only where no live claim is (an atomic check on what
 * it read), with `expireIn: ttlMs`.
 *
 * @param kv The database.
 * @param prefix The key prefix.
 * @param clock The time source of the lifetimes.
 * @returns The store.
 */
export function createKvIdempotencyStore(
  kv: Deno.Kv,
  prefix: Deno.KvKey,
  clock: Clock,
): IdempotencyStore {
  const keyOf = (key: string): Deno.KvKey => [...prefix, "idempotency", key];
  return {
    claim(key, fingerprint, ttlMs) {
      return updateKv<IdempotencyValue, IdempotencyClaim>(
        kv,
        keyOf(key),
        (found) => {
          const now = clock.now();
          // Deno KV deletes an expired key some time after it expires, and
          // answers it until then: the stored end time decides.
          if (found !== undefined && found.expires > now) {
            return {
              result: found.state === "pending"
                ? { status: "pending", fingerprint: found.fingerprint }
                : {
                  status: "done",
                  fingerprint: found.fingerprint,
                  value: found.value,
                },
            };
          }
          return {
            result: { status: "new" },
            set: { state: "pending", fingerprint, expires: now + ttlMs },
            expireIn: expireInOf(ttlMs),
          };
        },
        `claim idempotency key "${key}"`,
      );
    },
    async complete(key, record, ttlMs) {
      const expireIn = expireInOf(ttlMs);
      const value: IdempotencyValue = {
        state: "done",
        fingerprint: record.fingerprint,
        value: record.value,
        expires: clock.now() + ttlMs,
      };
      await commitKv(() =>
        kv.atomic().set(
          keyOf(key),
          value,
          expireIn === undefined ? {} : { expireIn },
        )
      );
    },
    async release(key) {
      await commitKv(() => kv.atomic().delete(keyOf(key)));
    },
  };
}

/**
 * The duplicate guard's store over Deno KV: `claim` sets `[...prefix,
 * "duplicate", key]` only where no live entry is (an atomic check on what it
 * read), with `expireIn: ttlMs`.
 *
 * @param kv The database.
 * @param prefix The key prefix.
 * @param clock The time source of the window.
 * @returns The store.
 */
export function createKvDuplicateGuardStore(
  kv: Deno.Kv,
  prefix: Deno.KvKey,
  clock: Clock,
): DuplicateGuardStore {
  const keyOf = (key: string): Deno.KvKey => [...prefix, "duplicate", key];
  return {
    claim(key, ttlMs) {
      return updateKv<{ readonly expires: number }, boolean>(
        kv,
        keyOf(key),
        (found) => {
          const now = clock.now();
          if (found !== undefined && found.expires > now) {
            return { result: false };
          }
          return {
            result: true,
            set: { expires: now + ttlMs },
            expireIn: expireInOf(ttlMs),
          };
        },
        "claim a duplicate-guard key",
      );
    },
    async release(key) {
      await commitKv(() => kv.atomic().delete(keyOf(key)));
    },
  };
}
