/**
 * The outbox store over Deno KV. Every write of a record rewrites its index
 * keys in the same atomic operation, checked against the record's
 * versionstamp, so the indexes never disagree with the records.
 *
 * Keys, under `[...prefix, "outbox"]`:
 *
 * - `["r", id]`: the record; its versionstamp is the entry's version;
 * - `["q", lane, notBefore, id]`: a copy of each `queued` record;
 * - `["l", leaseUntil, id]`: a copy of each `sending` record;
 * - `["s", seller, id]` and `["o", seller, amazonOrderId, id]`: markers for
 *   listing;
 * - `["lanes", seller, lane]`: the lanes that may have queued records,
 *   written with every queued record, dropped by `lanes` once empty;
 * - `["lock", lane]`: a lane's drain lock, `{ owner, until }`.
 *
 * The copies in `q` and `l` are written in the record's commit, so they carry
 * its versionstamp: `due` and `expired` answer entries from one range read.
 *
 * @module
 */

import type {
  OutboxLane,
  OutboxRecord,
  OutboxStore,
  OutboxStoreEntry,
} from "../../outbox/types.ts";
import { commitKv, expireInOf, updateKv } from "./_kv_update.ts";

/**
 * The most history events a stored record keeps: the first, and the latest
 * `OUTBOX_KV_HISTORY_LIMIT - 1`.
 */
export const OUTBOX_KV_HISTORY_LIMIT = 32;

/** How long a lock key outlives its end: a lock that ended is only garbage. */
const LOCK_GRACE_MS = 60 * 60 * 1000;

/** Deno KV's `getMany` reads at most this many keys. */
const MAX_GET_MANY = 10;

interface Lock {
  readonly owner: string;
  readonly until: number;
}

// -0 and 0 are different KV keys; one number, one key.
function keyNumber(value: number): number {
  return value + 0;
}

function checkTimes(record: OutboxRecord): void {
  if (!Number.isFinite(record.notBefore)) {
    throw new TypeError(
      `Cannot store outbox record "${record.id}": "notBefore" must be a finite number, got "${record.notBefore}"`,
    );
  }
  if (record.leaseUntil !== undefined && !Number.isFinite(record.leaseUntil)) {
    throw new TypeError(
      `Cannot store outbox record "${record.id}": "leaseUntil" must be a finite number, got "${record.leaseUntil}"`,
    );
  }
}

function capHistory(record: OutboxRecord): OutboxRecord {
  const { history } = record;
  if (history.length <= OUTBOX_KV_HISTORY_LIMIT) return record;
  return {
    ...record,
    history: [
      history[0],
      ...history.slice(history.length - (OUTBOX_KV_HISTORY_LIMIT - 1)),
    ],
  };
}

async function commit(
  build: () => Deno.AtomicOperation,
  id: string,
): Promise<boolean> {
  try {
    return (await commitKv(build)).ok;
  } catch (error) {
    if (error instanceof TypeError && /too large/i.test(error.message)) {
      throw new RangeError(
        `Cannot store outbox record "${id}" in Deno KV: ${error.message}`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * The outbox store over Deno KV.
 *
 * @param kv The database.
 * @param prefix The key prefix.
 * @returns The store.
 */
export function createKvOutboxStore(
  kv: Deno.Kv,
  prefix: Deno.KvKey,
): OutboxStore {
  const root: Deno.KvKey = [...prefix, "outbox"];
  const recordKey = (id: string): Deno.KvKey => [...root, "r", id];
  const laneKey = (seller: string, lane: string): Deno.KvKey => [
    ...root,
    "lanes",
    seller,
    lane,
  ];
  const lockKey = (lane: string): Deno.KvKey => [...root, "lock", lane];

  // The index keys of a record, and what each holds.
  function indexes(
    record: OutboxRecord,
  ): { key: Deno.KvKey; value: unknown }[] {
    const { id, seller, lane, status } = record;
    const keys: { key: Deno.KvKey; value: unknown }[] = [
      { key: [...root, "s", seller, id], value: true },
      {
        key: [...root, "o", seller, record.request.amazonOrderId, id],
        value: true,
      },
    ];
    if (status === "queued") {
      keys.push({
        key: [...root, "q", lane, keyNumber(record.notBefore), id],
        value: record,
      });
    } else if (status === "sending") {
      keys.push({
        key: [...root, "l", keyNumber(record.leaseUntil ?? 0), id],
        value: record,
      });
    }
    return keys;
  }

  // Adds the writes of `record` (and its indexes) to an operation.
  function write(operation: Deno.AtomicOperation, record: OutboxRecord): void {
    operation.set(recordKey(record.id), record);
    for (const index of indexes(record)) operation.set(index.key, index.value);
    // A lane key goes with every queued write, so that `lanes` never misses
    // a lane with queued records.
    if (record.status === "queued") {
      operation.set(laneKey(record.seller, record.lane), true);
    }
  }

  async function entries(
    selector: Deno.KvListSelector,
    limit: number,
  ): Promise<OutboxStoreEntry[]> {
    const found: OutboxStoreEntry[] = [];
    if (!(limit >= 1)) return found;
    const iterator = kv.list<OutboxRecord>(selector, {
      limit: Math.floor(limit),
    });
    for await (const entry of iterator) {
      found.push({ record: entry.value, version: entry.versionstamp });
    }
    return found;
  }

  async function hasQueued(lane: string): Promise<boolean> {
    const iterator = kv.list({ prefix: [...root, "q", lane] }, { limit: 1 });
    for await (const _ of iterator) return true;
    return false;
  }

  async function records(ids: string[]): Promise<OutboxRecord[]> {
    const found: OutboxRecord[] = [];
    for (let i = 0; i < ids.length; i += MAX_GET_MANY) {
      const batch = await kv.getMany<OutboxRecord[]>(
        ids.slice(i, i + MAX_GET_MANY).map(recordKey),
      );
      for (const entry of batch) {
        if (entry.versionstamp !== null) found.push(entry.value);
      }
    }
    return found;
  }

  return {
    async insert(record) {
      checkTimes(record);
      const stored = capHistory(record);
      return await commit(() => {
        const operation = kv.atomic().check({
          key: recordKey(record.id),
          versionstamp: null,
        });
        write(operation, stored);
        return operation;
      }, record.id);
    },
    async get(id) {
      const entry = await kv.get<OutboxRecord>(recordKey(id));
      return entry.versionstamp === null
        ? undefined
        : { record: entry.value, version: entry.versionstamp };
    },
    async replace(entry, next) {
      const id = entry.record.id;
      if (next.id !== id) return false;
      checkTimes(next);
      // The stored record, not the caller's copy, says which index keys to
      // drop; the check below makes sure it is still the stored one.
      const current = await kv.get<OutboxRecord>(recordKey(id));
      if (
        current.versionstamp === null || current.versionstamp !== entry.version
      ) {
        return false;
      }
      // The lane never changes, as in the memory store.
      const stored = capHistory({ ...next, lane: current.value.lane });
      return await commit(() => {
        const operation = kv.atomic().check(current);
        // Mutations apply in order: drop the old index keys, then write the
        // new ones (possibly the same keys).
        for (const index of indexes(current.value)) {
          operation.delete(index.key);
        }
        write(operation, stored);
        return operation;
      }, id);
    },
    due(lane, now, limit) {
      return entries({
        prefix: [...root, "q", lane],
        // Keys sort numbers before booleans: `[now, true]` comes after every
        // `[now, id]`.
        end: [...root, "q", lane, keyNumber(now), true],
      }, limit);
    },
    async nextDue(lane) {
      const iterator = kv.list({ prefix: [...root, "q", lane] }, { limit: 1 });
      for await (const entry of iterator) return entry.key.at(-2) as number;
      return undefined;
    },
    async lanes(seller) {
      const registered = await Array.fromAsync(kv.list({
        prefix: seller === undefined
          ? [...root, "lanes"]
          : [...root, "lanes", seller],
      }));
      const found: OutboxLane[] = [];
      for (const entry of registered) {
        const lane = entry.key.at(-1) as string;
        // A lane with no queued record is dropped, so that drains stop
        // visiting it. The lane key was read before the queue, and every
        // queued write rewrites it: if a record was queued since, the check
        // fails and the lane stays.
        if (
          !await hasQueued(lane) &&
          (await commitKv(() => kv.atomic().check(entry).delete(entry.key))).ok
        ) {
          continue;
        }
        found.push({ seller: entry.key.at(-2) as string, lane });
      }
      return found;
    },
    expired(now, limit) {
      return entries({
        prefix: [...root, "l"],
        end: [...root, "l", keyNumber(now), true],
      }, limit);
    },
    async list(query) {
      const limit = Math.floor(query.limit);
      if (!(limit >= 1)) return { records: [] };
      const prefix: Deno.KvKey = query.amazonOrderId === undefined
        ? [...root, "s", query.seller]
        : [...root, "o", query.seller, query.amazonOrderId];
      const ids: string[] = [];
      const iterator = kv.list(
        query.cursor === undefined
          ? { prefix }
          : { prefix, end: [...prefix, query.cursor] },
        { limit: limit + 1, reverse: true },
      );
      for await (const entry of iterator) ids.push(entry.key.at(-1) as string);
      const page = ids.slice(0, limit);
      return {
        records: await records(page),
        ...(ids.length > page.length ? { cursor: page[page.length - 1] } : {}),
      };
    },
    lock(lane, owner, until, now) {
      return updateKv<Lock, boolean>(kv, lockKey(lane), (held) => {
        if (held !== undefined && held.owner !== owner && held.until > now) {
          return { result: false };
        }
        return {
          result: true,
          set: { owner, until },
          expireIn: expireInOf(until - now + LOCK_GRACE_MS),
        };
      }, `lock outbox lane "${lane}"`);
    },
    async unlock(lane, owner) {
      await updateKv<Lock, void>(
        kv,
        lockKey(lane),
        (held) =>
          held?.owner === owner
            ? { result: undefined, delete: true }
            : { result: undefined },
        `unlock outbox lane "${lane}"`,
      );
    },
  };
}
