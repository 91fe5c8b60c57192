// This module is browser compatible.

/**
 * The two reads a send needs (which types the order accepts, the buyer's
 * locale), shared between concurrent requests and kept for a short time: a
 * burst of requests for one order costs one lookup of each, not one per
 * request, and stays within the client's rate limits.
 *
 * @module
 */

import type { Clock } from "../sp_api/clock.ts";
import type {
  BuyerAttributes,
  MessagingActions,
  MessagingClient,
} from "../sp_api/messaging_client.ts";

/** Cached, coalesced order lookups. */
export interface OrderLookups {
  /** `getMessagingActionsForOrder`, shared and cached. */
  actions(
    amazonOrderId: string,
    marketplaceId: string,
  ): Promise<MessagingActions>;
  /** `getAttributes`, shared and cached. */
  attributes(
    amazonOrderId: string,
    marketplaceId: string,
  ): Promise<BuyerAttributes>;
  /**
   * The cached answer of `actions`, when there is one that has not expired
   * (no promise, no wait).
   */
  cachedActions(
    amazonOrderId: string,
    marketplaceId: string,
  ): MessagingActions | undefined;
  /** The cached answer of `attributes`, as {@linkcode cachedActions}. */
  cachedAttributes(
    amazonOrderId: string,
    marketplaceId: string,
  ): BuyerAttributes | undefined;
  /** Drops the cached actions of an order (after a send, or a refusal). */
  forgetActions(amazonOrderId: string, marketplaceId: string): void;
}

/** Options of {@linkcode createOrderLookups}. */
export interface OrderLookupsOptions {
  /** How long an answer is reused, in milliseconds; `0` only shares concurrent lookups. */
  readonly ttlMs: number;
  /** How many orders are remembered; the oldest are forgotten first. */
  readonly maxEntries: number;
  /** The time source. */
  readonly clock: Clock;
}

interface Entry<T> {
  readonly promise: Promise<T>;
  /** When the answer expires; `Infinity` while it is pending. */
  expires: number;
  /** The answer, once it came. */
  value?: T;
}

interface Cache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  peek(key: string): T | undefined;
  delete(key: string): void;
}

function createCache<T>(options: OrderLookupsOptions): Cache<T> {
  const entries = new Map<string, Entry<T>>();
  return {
    get(key, load) {
      const now = options.clock.now();
      const found = entries.get(key);
      if (found !== undefined && found.expires > now) return found.promise;
      if (found !== undefined) entries.delete(key);
      const promise = load();
      const entry: Entry<T> = { promise, expires: Infinity };
      entries.set(key, entry);
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      promise.then(
        (value) => {
          if (entries.get(key) !== entry) return;
          entry.value = value;
          if (options.ttlMs > 0) {
            entry.expires = options.clock.now() + options.ttlMs;
          } else entries.delete(key);
        },
        () => {
          // Failures are not remembered: the next request asks again.
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return promise;
    },
    peek(key) {
      const found = entries.get(key);
      return found !== undefined && found.expires > options.clock.now()
        ? found.value
        : undefined;
    },
    delete(key) {
      entries.delete(key);
    },
  };
}

/**
 * Creates the lookups over a client.
 *
 * @param client The SP-API client.
 * @param options TTL, size and clock.
 * @returns The lookups.
 */
export function createOrderLookups(
  client: MessagingClient,
  options: OrderLookupsOptions,
): OrderLookups {
  const actions = createCache<MessagingActions>(options);
  const attributes = createCache<BuyerAttributes>(options);
  const keyOf = (id: string, marketplaceId: string) => `${marketplaceId} ${id}`;
  return {
    actions: (id, marketplaceId) =>
      actions.get(
        keyOf(id, marketplaceId),
        () => client.getMessagingActionsForOrder(id, { marketplaceId }),
      ),
    attributes: (id, marketplaceId) =>
      attributes.get(
        keyOf(id, marketplaceId),
        () => client.getAttributes(id, { marketplaceId }),
      ),
    cachedActions: (id, marketplaceId) =>
      actions.peek(keyOf(id, marketplaceId)),
    cachedAttributes: (id, marketplaceId) =>
      attributes.peek(keyOf(id, marketplaceId)),
    forgetActions: (id, marketplaceId) =>
      actions.delete(keyOf(id, marketplaceId)),
  };
}
