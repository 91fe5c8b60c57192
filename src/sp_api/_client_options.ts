// This module is browser compatible.

/**
 * Checks of the client's options and of every call's arguments, and the
 * choice of host.
 *
 * @module
 */

import { getMarketplace, type Region } from "../message_types/marketplaces.ts";
import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import type {
  MessagingClientOptions,
  OperationOptions,
} from "./client_types.ts";
import { defaultFetch } from "./default_fetch.ts";
import type { FetchLike } from "./fetch_like.ts";
import { IDEMPOTENCY_KEY_PATTERN } from "./idempotency_store.ts";
import { DEFAULT_USER_AGENT } from "./lwa_auth.ts";
import { isRecord } from "./_http.ts";
import { type RetryPolicy, retryPolicy } from "./_retry.ts";

const REGIONS: readonly Region[] = ["na", "eu", "fe"];

/** The client's options, checked and with defaults. */
export interface ResolvedClientOptions {
  /** The time source. */
  readonly clock: Clock;
  /** The `fetch` to call. */
  readonly fetch: FetchLike;
  /** The `user-agent` header. */
  readonly userAgent: string;
  /** Milliseconds per attempt. */
  readonly timeoutMs: number;
  /** The fixed region, if any. */
  readonly region: Region | undefined;
  /** The base URL replacing the regional host, without trailing slashes. */
  readonly endpoint: string | undefined;
  /** The URL LWA token requests go to, when not Amazon's. */
  readonly lwaEndpoint: string | undefined;
  /** Amazon's static sandbox hosts. */
  readonly sandbox: boolean;
  /** The retry policy. */
  readonly policy: RetryPolicy;
}

/**
 * Checks the client options that need no other part of the client.
 *
 * @param options The options given to `createMessagingClient`.
 * @returns The resolved options.
 * @throws {TypeError} When `options`, `fetch`, `endpoint` or `lwaEndpoint` has the wrong shape.
 * @throws {RangeError} When `userAgent`, `timeoutMs`, `region` or `retry` is out of range.
 */
export function resolveClientOptions(
  options: MessagingClientOptions,
): ResolvedClientOptions {
  if (!isRecord(options)) {
    throw new TypeError(
      "Cannot create the messaging client: options must be an object",
    );
  }
  const clock = options.clock ?? SYSTEM_CLOCK;
  const fetch: FetchLike = options.fetch ?? defaultFetch;
  if (typeof fetch !== "function") {
    throw new TypeError(
      'Cannot create the messaging client: "fetch" must be a function',
    );
  }
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  if (typeof userAgent !== "string" || userAgent.length > 500) {
    throw new RangeError(
      'Cannot create the messaging client: "userAgent" must be a string of at most 500 characters',
    );
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!(typeof timeoutMs === "number" && timeoutMs > 0)) {
    throw new RangeError(
      `Cannot create the messaging client: "timeoutMs" must be a positive number, got "${timeoutMs}"`,
    );
  }
  const region = options.region;
  if (region !== undefined && !REGIONS.includes(region)) {
    throw new RangeError(
      `Cannot create the messaging client: "region" must be "na", "eu" or "fe", got "${region}"`,
    );
  }
  let endpoint: string | undefined;
  if (options.endpoint !== undefined) {
    try {
      endpoint = new URL(options.endpoint).href.replace(/\/+$/, "");
    } catch {
      throw new TypeError(
        `Cannot create the messaging client: "endpoint" must be an absolute URL, got "${options.endpoint}"`,
      );
    }
  }
  let lwaEndpoint: string | undefined;
  if (options.lwaEndpoint !== undefined) {
    // The value is not quoted: it receives the client secret, and a URL may
    // carry more than a host.
    const url = typeof options.lwaEndpoint === "string" &&
        URL.canParse(options.lwaEndpoint)
      ? new URL(options.lwaEndpoint)
      : undefined;
    if (url === undefined || !/^https?:$/.test(url.protocol)) {
      throw new TypeError(
        'Cannot create the messaging client: "lwaEndpoint" must be an absolute http(s) URL, such as "https://api.amazon.com/auth/o2/token"',
      );
    }
    lwaEndpoint = url.href;
  }
  return {
    clock,
    fetch,
    userAgent,
    timeoutMs,
    region,
    endpoint,
    lwaEndpoint,
    sandbox: options.sandbox === true,
    policy: retryPolicy(options.retry),
  };
}

/**
 * The base URL of a call: the endpoint, or the (sandbox) host of the fixed
 * region or of the marketplace's region.
 *
 * @param config The resolved options.
 * @param marketplaceId The call's marketplace.
 * @param operation The operation, for the error message.
 * @returns The base URL without a trailing slash.
 * @throws {RangeError} When no region is known for the marketplace.
 */
export function baseUrl(
  config: ResolvedClientOptions,
  marketplaceId: string,
  operation: string,
): string {
  if (config.endpoint !== undefined) return config.endpoint;
  const chosen = config.region ?? getMarketplace(marketplaceId)?.region;
  if (chosen === undefined) {
    throw new RangeError(
      `Cannot call "${operation}": marketplace "${marketplaceId}" has no known region, pass "region" or "endpoint"`,
    );
  }
  return config.sandbox
    ? `https://sandbox.sellingpartnerapi-${chosen}.amazon.com`
    : `https://sellingpartnerapi-${chosen}.amazon.com`;
}

/**
 * The URL of an order's Messaging resource.
 *
 * @param base The base URL.
 * @param amazonOrderId The order (encoded here).
 * @param suffix The path after the order, such as `/attributes`.
 * @param query The query parameters.
 * @returns The URL.
 */
export function orderUrl(
  base: string,
  amazonOrderId: string,
  suffix: string,
  query: Record<string, string>,
): string {
  return `${base}/messaging/v1/orders/${
    encodeURIComponent(amazonOrderId)
  }${suffix}?${new URLSearchParams(query)}`;
}

/**
 * Checks the options every operation takes.
 *
 * @param value The options.
 * @param operation The operation, for messages.
 * @returns The options.
 * @throws {TypeError} When `marketplaceId` or `signal` has the wrong shape.
 * @throws {RangeError} When `marketplaceId` is not one marketplace id.
 */
export function checkOperationOptions(
  value: unknown,
  operation: string,
): OperationOptions {
  if (!isRecord(value)) {
    throw new TypeError(
      `Cannot call "${operation}": options must be an object with "marketplaceId"`,
    );
  }
  const marketplaceId = value.marketplaceId;
  if (Array.isArray(marketplaceId)) {
    throw new TypeError(
      `Cannot call "${operation}": "marketplaceId" must be one marketplace id, not a list (Messaging takes exactly one)`,
    );
  }
  if (typeof marketplaceId !== "string" || marketplaceId === "") {
    throw new TypeError(
      `Cannot call "${operation}": "marketplaceId" must be a non-empty string`,
    );
  }
  if (!/^[A-Z0-9]+$/.test(marketplaceId)) {
    throw new RangeError(
      `Cannot call "${operation}": "marketplaceId" must be one marketplace id such as "ATVPDKIKX0DER", got "${marketplaceId}"`,
    );
  }
  if (value.signal !== undefined && !(value.signal instanceof AbortSignal)) {
    throw new TypeError(
      `Cannot call "${operation}": "signal" must be an AbortSignal`,
    );
  }
  return value as unknown as OperationOptions;
}

/**
 * Checks an order id.
 *
 * @param value The order id.
 * @param operation The operation, for messages.
 * @returns The order id.
 * @throws {TypeError} When it is empty, padded or holds control characters.
 */
export function checkOrderId(value: unknown, operation: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(
      `Cannot call "${operation}": "amazonOrderId" must be a non-empty string`,
    );
  }
  // deno-lint-ignore no-control-regex
  if (value !== value.trim() || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new TypeError(
      `Cannot call "${operation}": "amazonOrderId" must not contain spaces at its ends or control characters, got ${
        JSON.stringify(value)
      }`,
    );
  }
  return value;
}

/**
 * Checks the options of a send: `idempotencyKey` and `allowDuplicate`.
 *
 * @param value The options.
 * @param operation The operation, for messages.
 * @returns The key (if any) and whether duplicates are allowed.
 * @throws {TypeError} When either has the wrong shape.
 */
export function checkSendOptions(
  value: Record<string, unknown>,
  operation: string,
): { idempotencyKey: string | undefined; allowDuplicate: boolean } {
  const { idempotencyKey, allowDuplicate } = value;
  if (
    idempotencyKey !== undefined &&
    (typeof idempotencyKey !== "string" ||
      !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey))
  ) {
    throw new TypeError(
      `Cannot call "${operation}": "idempotencyKey" must be 1 to 255 visible ASCII characters without spaces`,
    );
  }
  if (allowDuplicate !== undefined && typeof allowDuplicate !== "boolean") {
    throw new TypeError(
      `Cannot call "${operation}": "allowDuplicate" must be true or false`,
    );
  }
  return { idempotencyKey, allowDuplicate: allowDuplicate === true };
}

/**
 * Checks the arguments of a send, in this order: the order id
 * ({@linkcode checkOrderId}), the options of every operation
 * ({@linkcode checkOperationOptions}) and those of a send
 * ({@linkcode checkSendOptions}).
 *
 * @param amazonOrderId The order id.
 * @param options The options.
 * @param operation The operation, for messages.
 * @returns The order id, marketplace, signal, key and duplicate choice.
 * @throws {TypeError} When one has the wrong shape.
 * @throws {RangeError} When `marketplaceId` is not one marketplace id.
 */
export function checkSendCall(
  amazonOrderId: unknown,
  options: unknown,
  operation: string,
): {
  id: string;
  marketplaceId: string;
  signal: AbortSignal | undefined;
  idempotencyKey: string | undefined;
  allowDuplicate: boolean;
} {
  const id = checkOrderId(amazonOrderId, operation);
  const { marketplaceId, signal } = checkOperationOptions(options, operation);
  return {
    id,
    marketplaceId,
    signal,
    ...checkSendOptions(options as Record<string, unknown>, operation),
  };
}
