// This module is browser compatible.

/**
 * The in-memory outbox store: for tests and single processes. Records are
 * copied in and out, so a caller can never change a stored record by hand.
 *
 * @module
 */

import type {
  OutboxLane,
  OutboxListQuery,
  OutboxPage,
  OutboxRecord,
  OutboxStore,
  OutboxStoreEntry,
} from "./types.ts";

interface Slot {
  record: OutboxRecord;
  version: number;
}

function byDue(a: OutboxRecord, b: OutboxRecord): number {
  return a.notBefore - b.notBefore || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Creates an outbox store in this process's memory. It is lost when the
 * process ends: use the Deno KV or Durable Object store to survive restarts
 * and to share one outbox between processes.
 *
 * @returns The store.
 *
 * @example Compare-and-set
 * ```ts
 * import { createMemoryOutboxStore, type OutboxRecord } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const store = createMemoryOutboxStore();
 * const record: OutboxRecord = {
 *   id: "a1", seller: "s", lane: "s createWarranty", status: "queued", createdAt: 0, notBefore: 0, attempt: 0,
 *   request: { kind: "message", type: "warranty", amazonOrderId: "123-1234567-1234567", marketplaceId: "ATVPDKIKX0DER" },
 *   history: [{ at: 0, status: "queued" }],
 * };
 * assert.equal(await store.insert(record), true);
 * const entry = (await store.get("a1"))!;
 * assert.equal(await store.replace(entry, { ...record, status: "cancelled" }), true);
 * assert.equal(await store.replace(entry, { ...record, status: "sending" }), false); // stale version
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createMemoryOutboxStore(): OutboxStore {
  const slots = new Map<string, Slot>();
  const locks = new Map<string, { owner: string; until: number }>();
  // The queued records of each lane, kept in step with every write.
  const queued = new Map<string, Map<string, Slot>>();
  const index = (slot: Slot) => {
    const { lane, id, status } = slot.record;
    let lanes = queued.get(lane);
    if (status === "queued") {
      if (lanes === undefined) queued.set(lane, lanes = new Map());
      lanes.set(id, slot);
    } else if (lanes !== undefined) {
      lanes.delete(id);
      if (lanes.size === 0) queued.delete(lane);
    }
  };

  const entry = (slot: Slot): OutboxStoreEntry => ({
    record: structuredClone(slot.record),
    version: String(slot.version),
  });
  const queuedOf = (lane: string) => [...(queued.get(lane)?.values() ?? [])];

  return {
    insert(record) {
      if (slots.has(record.id)) return Promise.resolve(false);
      const slot = { record: structuredClone(record), version: 1 };
      slots.set(record.id, slot);
      index(slot);
      return Promise.resolve(true);
    },
    get(id) {
      const slot = slots.get(id);
      return Promise.resolve(slot === undefined ? undefined : entry(slot));
    },
    replace(current, next) {
      const slot = slots.get(current.record.id);
      if (
        slot === undefined || String(slot.version) !== current.version ||
        next.id !== current.record.id
      ) {
        return Promise.resolve(false);
      }
      // The seller and lane are fixed at insert: the indexes rely on them.
      const { seller, lane } = slot.record;
      slot.record = { ...structuredClone(next), seller, lane };
      slot.version += 1;
      index(slot);
      return Promise.resolve(true);
    },
    due(lane, now, limit) {
      const ready = queuedOf(lane).filter((slot) =>
        slot.record.notBefore <= now
      );
      if (limit === 1) {
        // The drain's own question: one scan for the first, no sort.
        let first: Slot | undefined;
        for (const slot of ready) {
          if (first === undefined || byDue(slot.record, first.record) < 0) {
            first = slot;
          }
        }
        return Promise.resolve(first === undefined ? [] : [entry(first)]);
      }
      ready.sort((a, b) => byDue(a.record, b.record));
      return Promise.resolve(ready.slice(0, limit).map(entry));
    },
    nextDue(lane) {
      let next: number | undefined;
      for (const slot of queuedOf(lane)) {
        if (next === undefined || slot.record.notBefore < next) {
          next = slot.record.notBefore;
        }
      }
      return Promise.resolve(next);
    },
    lanes(seller) {
      const lanes: OutboxLane[] = [];
      for (const records of queued.values()) {
        const { lane, seller: owner } = records.values().next().value!.record;
        if (seller === undefined || owner === seller) {
          lanes.push({ lane, seller: owner });
        }
      }
      return Promise.resolve(lanes);
    },
    expired(now, limit) {
      const expired = [...slots.values()]
        .filter((slot) =>
          slot.record.status === "sending" &&
          (slot.record.leaseUntil ?? 0) <= now
        )
        .slice(0, limit);
      return Promise.resolve(expired.map(entry));
    },
    list(query: OutboxListQuery): Promise<OutboxPage> {
      const records = [...slots.values()]
        .map((slot) => slot.record)
        .filter((record) =>
          record.seller === query.seller &&
          (query.amazonOrderId === undefined ||
            record.request.amazonOrderId === query.amazonOrderId) &&
          (query.cursor === undefined || record.id < query.cursor)
        )
        .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
      const page = records.slice(0, query.limit);
      return Promise.resolve({
        records: page.map((record) => structuredClone(record)),
        ...(records.length > page.length
          ? { cursor: page[page.length - 1].id }
          : {}),
      });
    },
    lock(lane, owner, until, now) {
      const held = locks.get(lane);
      if (held !== undefined && held.owner !== owner && held.until > now) {
        return Promise.resolve(false);
      }
      locks.set(lane, { owner, until });
      return Promise.resolve(true);
    },
    unlock(lane, owner) {
      if (locks.get(lane)?.owner === owner) locks.delete(lane);
      return Promise.resolve();
    },
  };
}
