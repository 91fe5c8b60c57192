// This module is browser compatible.

/**
 * A bounded map whose entries expire: the in-memory backing of the
 * idempotency and duplicate-guard stores. The least recently used entry is
 * dropped first when the map is full; expired entries are dropped when met.
 *
 * @module
 */

import type { Clock } from "./clock.ts";

/** A map with a size bound and per-entry lifetimes. */
export interface ExpiringMap<V> {
  /** The live value of `key` (and marks it recently used), or `undefined`. */
  get(key: string): V | undefined;
  /** Stores `value` for `ttlMs` milliseconds, evicting the least recently used entries beyond the bound. */
  set(key: string, value: V, ttlMs: number): void;
  /** Forgets `key`. */
  delete(key: string): void;
  /** How many entries are held (expired ones not yet met included). */
  readonly size: number;
}

interface Entry<V> {
  readonly value: V;
  readonly expires: number;
}

/**
 * Checks the size bound of a memory store.
 *
 * @param value The `maxEntries` option.
 * @param fallback The default.
 * @param what Names the store in the error.
 * @returns The bound.
 * @throws {RangeError} When it is not a positive integer.
 */
export function checkMaxEntries(
  value: number | undefined,
  fallback: number,
  what: string,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(
      `Cannot create the ${what}: "maxEntries" must be a positive integer, got "${value}"`,
    );
  }
  return value;
}

/**
 * Creates the map.
 *
 * @param maxEntries The most entries held at once.
 * @param clock The time source of the lifetimes.
 * @returns The map.
 */
export function createExpiringMap<V>(
  maxEntries: number,
  clock: Clock,
): ExpiringMap<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least
  // recently used entry first.
  const entries = new Map<string, Entry<V>>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (entry.expires <= clock.now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, ttlMs) {
      entries.delete(key);
      entries.set(key, { value, expires: clock.now() + ttlMs });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    delete(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
