// This module is browser compatible.

/**
 * An in-process Amazon for the Messaging client: Login with Amazon, the
 * Messaging API, the Uploads API and the pre-signed upload target, all
 * behind one `fetch`. It follows the spec's static sandbox behaviours and
 * works as a realistic local Amazon for any order id, without credentials
 * or network.
 *
 * @module
 */

import {
  isMessageTypeId,
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
  type MessageTypeId,
} from "../message_types/mod.ts";
import { getMarketplace } from "../message_types/marketplaces.ts";
import { validateMessageBody } from "../message_types/validate_body.ts";
import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import { contentMd5 } from "./content_md5.ts";
import type { FetchLike } from "./fetch_like.ts";
import type { LwaCredentials } from "./lwa_auth.ts";
import type { RateLimits } from "./rate_limiter.ts";
import { isRecord } from "./_http.ts";

/**
 * The spec's static sandbox order that always succeeds.
 *
 * @example The order that always works
 * ```ts
 * import { createMessagingClient, createSandbox, SANDBOX_ORDER_OK } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const { types } = await client.getMessagingActionsForOrder(SANDBOX_ORDER_OK, { marketplaceId: "ATVPDKIKX0DER" });
 * assert.equal(types.length, 11);
 * ```
 */
export const SANDBOX_ORDER_OK = "123-1234567-1234567";
/**
 * The spec's static sandbox order that always fails with 400 `InvalidInput`.
 *
 * @example The order that always fails
 * ```ts
 * import { createMessagingClient, createSandbox, SANDBOX_ORDER_INVALID, SpApiError } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * await assert.rejects(client.getAttributes(SANDBOX_ORDER_INVALID, { marketplaceId: "ATVPDKIKX0DER" }), SpApiError);
 * ```
 */
export const SANDBOX_ORDER_INVALID = "123-1234567-0000000";

/**
 * How one order behaves in the sandbox.
 *
 * @example An order in French that only takes invoices
 * ```ts
 * import { createMessagingClient, createSandbox, type SandboxOrder } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const order: SandboxOrder = { types: ["invoice"], locale: "fr-FR" };
 * const sandbox = createSandbox({ orders: { "111-2223334-4445556": order } });
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const { locale } = await client.getAttributes("111-2223334-4445556", { marketplaceId: "A13V1IB3VIYZZH" });
 * assert.equal(locale, "fr-FR");
 * ```
 */
export interface SandboxOrder {
  /**
   * The message types `getMessagingActionsForOrder` lists and sends accept.
   *
   * @default {the sandbox's defaultTypes}
   */
  readonly types?: readonly MessageTypeId[];
  /**
   * The buyer locale `GetAttributes` answers.
   *
   * @default {the sandbox's defaultLocale}
   */
  readonly locale?: string;
}

/**
 * What a fault does to a matching request.
 *
 * @example Every kind
 * ```ts
 * import { createSandbox, type SandboxFaultKind } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const kinds: SandboxFaultKind[] = ["latency", "error-after-accept", "unavailable", "drop"];
 * for (const kind of kinds) sandbox.injectFault({ kind, operation: "createWarranty" });
 * assert.equal(kinds.length, 4);
 * ```
 */
export type SandboxFaultKind =
  /** Answer normally, but only after `latencyMs` (a send is recorded first). */
  | "latency"
  /** Take the request (record a send), then answer 500 `InternalFailure`. */
  | "error-after-accept"
  /** Answer 503 `ServiceUnavailable` without taking the request. */
  | "unavailable"
  /** Take the request (record a send), then drop the connection: `fetch` rejects with a `TypeError`. */
  | "drop";

/**
 * A fault to inject into upcoming requests.
 *
 * @example A send that times out after Amazon took it
 * ```ts
 * import { createMessagingClient, createSandbox, type SandboxFault, UnknownOutcomeError } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const fault: SandboxFault = { kind: "latency", latencyMs: 1000, operation: "createUnexpectedProblem" };
 * sandbox.injectFault(fault);
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch, timeoutMs: 20 });
 * await assert.rejects(
 *   client.createUnexpectedProblem("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER", body: { text: "Your parcel is delayed." } }),
 *   UnknownOutcomeError,
 * );
 * assert.equal(sandbox.sent.length, 1); // delivered, and never resent
 * ```
 */
export interface SandboxFault {
  /** What goes wrong. */
  readonly kind: SandboxFaultKind;
  /**
   * Delay of a `latency` fault, in milliseconds of the sandbox clock.
   *
   * @default {1000}
   */
  readonly latencyMs?: number;
  /**
   * The operation to hit, such as `createUnexpectedProblem`,
   * `getMessagingActionsForOrder`, `createUploadDestinationForResource`,
   * `uploadContent` or `lwaToken`.
   *
   * @default {any Messaging or Uploads operation}
   */
  readonly operation?: string;
  /**
   * How many requests it hits.
   *
   * @default {1}
   */
  readonly times?: number;
}

/**
 * Options of {@linkcode createSandbox}.
 *
 * @example A stingy rate limit
 * ```ts
 * import { createMessagingClient, createSandbox, QuotaExceededError, type SandboxOptions } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const options: SandboxOptions = { rateLimit: { rate: 1, burst: 2 } };
 * const sandbox = createSandbox(options);
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch, retry: 0 });
 * await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * await assert.rejects(client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" }), QuotaExceededError);
 * ```
 */
export interface SandboxOptions {
  /**
   * Per-order behaviour, by order id.
   *
   * @default {{}}
   */
  readonly orders?: Readonly<Record<string, SandboxOrder>>;
  /**
   * The types orders accept unless configured.
   *
   * @default {every type that is not deprecated}
   */
  readonly defaultTypes?: readonly MessageTypeId[];
  /**
   * The buyer locale of orders unless configured.
   *
   * @default {"en-US"}
   */
  readonly defaultLocale?: string;
  /**
   * Whether order ids that are not configured exist (otherwise they get 404).
   *
   * @default {true}
   */
  readonly acceptUnknownOrders?: boolean;
  /**
   * Token bucket per operation, or `false` for none.
   *
   * @default {{ rate: 5, burst: 15 }}
   */
  readonly rateLimit?: RateLimits | false;
  /**
   * The time source for rate limits, latency and token expiry.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
  /**
   * When set, LWA only issues tokens for these credentials and SP-API only
   * accepts tokens it issued (and that have not expired). Otherwise any
   * credentials and any non-empty token are accepted.
   *
   * @default {undefined}
   */
  readonly credentials?: LwaCredentials;
  /**
   * Lifetime of issued tokens, in seconds.
   *
   * @default {3600}
   */
  readonly tokenLifetimeSeconds?: number;
  /**
   * Whether sends must reference uploads this sandbox received.
   *
   * @default {false}
   */
  readonly checkAttachments?: boolean;
  /**
   * Base of the pre-signed upload URLs the sandbox hands out and serves.
   *
   * @default {"https://sandbox-uploads.sellingpartnerapi.invalid/"}
   */
  readonly uploadBaseUrl?: string;
  /**
   * Keep only the latest records in `sent`, `uploads` and `requests`.
   *
   * @default {Infinity}
   */
  readonly maxRecords?: number;
}

/**
 * A message the sandbox accepted.
 *
 * @example Inspecting a sent message
 * ```ts
 * import { createMessagingClient, createSandbox, type SentMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * await client.createConfirmServiceDetails("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER", body: { text: "The installer arrives at 9:00." } });
 * const [message]: readonly SentMessage[] = sandbox.sent;
 * assert.equal(message.type, "confirmServiceDetails");
 * assert.deepEqual(message.body, { text: "The installer arrives at 9:00." });
 * ```
 */
export interface SentMessage {
  /** The order. */
  readonly amazonOrderId: string;
  /** The message type. */
  readonly type: MessageTypeId;
  /** The marketplace of the request. */
  readonly marketplaceId: string;
  /** The parsed JSON body (`undefined` for types without one). */
  readonly body: unknown;
  /** When it was accepted, by the sandbox clock. */
  readonly time: number;
  /** The `x-amzn-RequestId` of the answer. */
  readonly requestId: string;
}

/**
 * An upload destination the sandbox created.
 *
 * @example Inspecting an upload
 * ```ts
 * import { createMessagingClient, createSandbox, type SandboxUpload } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * await client.uploadAttachment("123-1234567-1234567", "invoice", {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   fileName: "invoice.pdf",
 *   bytes: new TextEncoder().encode("%PDF-1.7"),
 *   contentType: "application/pdf",
 * });
 * const [upload]: readonly SandboxUpload[] = sandbox.uploads;
 * assert.equal(upload.contentType, "application/pdf");
 * assert.equal(upload.bytes?.length, 8);
 * ```
 */
export interface SandboxUpload {
  /** The id to reference in `attachments`. */
  readonly uploadDestinationId: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The message type. */
  readonly type: MessageTypeId;
  /** The marketplace of the request. */
  readonly marketplaceId: string;
  /** The `contentMD5` it was created with. */
  readonly contentMD5: string;
  /** The `contentType` it was created with, if any. */
  readonly contentType: string | undefined;
  /** The bytes PUT to it, once uploaded. */
  readonly bytes: Uint8Array | undefined;
  /** When it was created, by the sandbox clock. */
  readonly time: number;
}

/**
 * One request the sandbox saw.
 *
 * @example Counting requests by status
 * ```ts
 * import { createMessagingClient, createSandbox, type SandboxRequestRecord } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * await client.sendMessage("unexpectedProblem", "123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER", body: { text: "Your parcel is delayed." } });
 * const records: readonly SandboxRequestRecord[] = sandbox.requests;
 * assert.deepEqual(records.map((r) => [r.operation, r.status]), [
 *   ["getMessagingActionsForOrder", 200],
 *   ["createUnexpectedProblem", 201],
 * ]);
 * ```
 */
export interface SandboxRequestRecord {
  /** The HTTP method. */
  readonly method: string;
  /** The URL. */
  readonly url: string;
  /** The operation it routed to (`unknown` when none). */
  readonly operation: string;
  /** The status answered; `undefined` when the connection was dropped or aborted. */
  readonly status: number | undefined;
  /** When it arrived, by the sandbox clock. */
  readonly time: number;
  /** The id of the request: Amazon's answers carry it as `x-amzn-RequestId` (the S3 upload target sends none). */
  readonly requestId: string;
}

/**
 * An in-process Amazon. Pass `sandbox.fetch` as the client's `fetch`.
 *
 * @example Checking what was sent
 * ```ts
 * import { createMessagingClient, createSandbox } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "111-2223334-4445556": { locale: "de-DE" } } });
 * const client = createMessagingClient({ auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch });
 * const { locale } = await client.getAttributes("111-2223334-4445556", { marketplaceId: "A1PA6795UKMFR9" });
 * assert.equal(locale, "de-DE");
 * await client.createConfirmOrderDetails("111-2223334-4445556", {
 *   marketplaceId: "A1PA6795UKMFR9",
 *   body: { text: "Bitte bestätigen Sie die Größe EU 42." },
 * });
 * assert.equal(sandbox.sent[0].type, "confirmOrderDetails");
 * assert.equal(sandbox.requests.length, 2);
 * ```
 */
export interface Sandbox {
  /** A `fetch` that answers as Amazon would; it never touches the network. */
  readonly fetch: FetchLike;
  /** Messages accepted, oldest first. */
  readonly sent: readonly SentMessage[];
  /** Upload destinations created, oldest first. */
  readonly uploads: readonly SandboxUpload[];
  /** Every request seen, oldest first. */
  readonly requests: readonly SandboxRequestRecord[];
  /** How many LWA tokens were issued. */
  readonly tokensIssued: number;
  /** Configures an order (replacing its previous configuration). */
  setOrder(amazonOrderId: string, order: SandboxOrder): void;
  /** Queues a fault for upcoming matching requests. */
  injectFault(fault: SandboxFault): void;
  /** Expires every issued token (only matters with `credentials`). */
  expireTokens(): void;
  /** Clears records, faults, tokens and rate-limit buckets. */
  reset(): void;
}

const STATIC_OK_TYPES: readonly MessageTypeId[] = [
  "confirmCustomizationDetails",
  "confirmDeliveryDetails",
  "legalDisclosure",
  "negativeFeedbackRemoval",
  "confirmOrderDetails",
  "confirmServiceDetails",
  "amazonMotors",
  "digitalAccessKey",
  "unexpectedProblem",
  "warranty",
  "invoice",
];

const ORDER_ROUTE =
  /^\/messaging\/v1\/orders\/([^/]+)(?:\/(attributes)|\/messages\/([^/]+))?\/?$/;
const UPLOAD_ROUTE =
  /^\/uploads\/2020-11-01\/uploadDestinations\/messaging\/v1\/orders\/([^/]+)\/messages\/([^/]+)\/?$/;

interface Route {
  readonly operation: string;
  readonly kind: "actions" | "attributes" | "send" | "upload";
  readonly amazonOrderId: string;
  readonly type?: string;
}

interface ErrorEntry {
  readonly code: string;
  readonly message: string;
  readonly details?: string;
}

/** The sandbox's own, writable view of its records. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

interface ActiveFault {
  readonly fault: SandboxFault;
  remaining: number;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function route(method: string, pathname: string): Route | undefined {
  const order = ORDER_ROUTE.exec(pathname);
  if (order !== null) {
    const amazonOrderId = decode(order[1]);
    if (amazonOrderId === undefined) return undefined;
    if (order[3] !== undefined) {
      if (method !== "POST") return undefined;
      const type = order[3];
      const operation = isMessageTypeId(type)
        ? lowerFirst(MESSAGE_TYPES[type].operationId)
        : "unknown";
      return { operation, kind: "send", amazonOrderId, type };
    }
    if (method !== "GET") return undefined;
    return order[2] === "attributes"
      ? { operation: "getAttributes", kind: "attributes", amazonOrderId }
      : {
        operation: "getMessagingActionsForOrder",
        kind: "actions",
        amazonOrderId,
      };
  }
  const upload = UPLOAD_ROUTE.exec(pathname);
  if (upload !== null && method === "POST") {
    const amazonOrderId = decode(upload[1]);
    if (amazonOrderId === undefined) return undefined;
    return {
      operation: "createUploadDestinationForResource",
      kind: "upload",
      amazonOrderId,
      type: upload[2],
    };
  }
  return undefined;
}

function isContentMd5(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{22}==$/.test(value)) return false;
  try {
    return atob(value).length === 16;
  } catch {
    return false;
  }
}

/**
 * Creates an in-process Amazon: Login with Amazon, Messaging, Uploads and
 * the upload target behind one `fetch`, with configurable orders, rate
 * limits and faults.
 *
 * Behaviour, as the real API and the spec's `x-amazon-spds-sandbox-behaviors`:
 * - order `123-1234567-1234567` accepts every type; `123-1234567-0000000`
 *   answers 400 `InvalidInput` to everything; any other order works with the
 *   configured (or default) types and locale;
 * - every Messaging call needs exactly one `marketplaceIds` value (400
 *   `InvalidInput` otherwise) and an `x-amz-access-token` (403 otherwise);
 * - sends are validated like the real API (400 with
 *   `{ errors: [{ code, message, details }] }`), and a type the order does not
 *   accept gets 403 "Invalid amazonOrderId and template combination";
 * - each operation has its own token bucket: 429 `QuotaExceeded` when empty;
 * - every answer carries `x-amzn-RequestId`, and 2xx/400/404 answers carry
 *   `x-amzn-RateLimit-Limit`.
 *
 * @param options Orders, defaults, rate limit, clock and credentials.
 * @returns The sandbox: its `fetch` and what it recorded.
 * @throws {RangeError} When a configured type is unknown or a number is out of range.
 *
 * @example The static sandbox orders
 * ```ts
 * import { createSandbox } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const base = "https://sandbox.sellingpartnerapi-na.amazon.com/messaging/v1/orders";
 * const headers = { "x-amz-access-token": "Atza|x" };
 * const ok = await sandbox.fetch(`${base}/123-1234567-1234567/attributes?marketplaceIds=ATVPDKIKX0DER`, { headers });
 * assert.deepEqual(await ok.json(), { buyer: { locale: "en-US" } });
 * const bad = await sandbox.fetch(`${base}/123-1234567-0000000/attributes?marketplaceIds=ATVPDKIKX0DER`, { headers });
 * assert.equal(bad.status, 400);
 * assert.deepEqual(await bad.json(), { errors: [{ code: "InvalidInput", message: "Invalid Input", details: "" }] });
 * ```
 *
 * @example Injecting a dropped connection
 * ```ts
 * import { createSandbox } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * sandbox.injectFault({ kind: "drop", operation: "createUnexpectedProblem" });
 * const url = "https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/111-2223334-4445556/messages/unexpectedProblem?marketplaceIds=ATVPDKIKX0DER";
 * await assert.rejects(
 *   sandbox.fetch(url, {
 *     method: "POST",
 *     headers: { "x-amz-access-token": "Atza|x", "content-type": "application/json" },
 *     body: JSON.stringify({ text: "Your parcel is delayed by two days." }),
 *   }),
 *   TypeError,
 * );
 * assert.equal(sandbox.sent.length, 1); // Amazon took it before the connection dropped
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const defaultTypes = [
    ...(options.defaultTypes ??
      MESSAGE_TYPE_IDS.filter((id) => !MESSAGE_TYPES[id].deprecated)),
  ];
  const defaultLocale = options.defaultLocale ?? "en-US";
  const acceptUnknownOrders = options.acceptUnknownOrders ?? true;
  const limits = options.rateLimit === undefined
    ? { rate: 5, burst: 15 }
    : options.rateLimit;
  if (
    limits !== false &&
    !(limits.rate > 0 && Number.isFinite(limits.rate) && limits.burst >= 1)
  ) {
    throw new RangeError(
      `Cannot create the sandbox: "rateLimit" needs a positive "rate" and a "burst" of at least 1`,
    );
  }
  const credentials = options.credentials;
  const tokenLifetimeMs = (options.tokenLifetimeSeconds ?? 3600) * 1000;
  const uploadBase = new URL(
    options.uploadBaseUrl ??
      "https://sandbox-uploads.sellingpartnerapi.invalid/",
  );
  const maxRecords = options.maxRecords ?? Infinity;

  const orders = new Map<string, SandboxOrder>();
  function setOrder(amazonOrderId: string, order: SandboxOrder): void {
    for (const type of order.types ?? []) {
      if (!isMessageTypeId(type)) {
        throw new RangeError(
          `Cannot configure sandbox order "${amazonOrderId}": unknown message type "${type}"`,
        );
      }
    }
    orders.set(amazonOrderId, { ...order });
  }
  for (const type of defaultTypes) {
    if (!isMessageTypeId(type)) {
      throw new RangeError(
        `Cannot create the sandbox: unknown message type "${type}" in "defaultTypes"`,
      );
    }
  }
  for (const [id, order] of Object.entries(options.orders ?? {})) {
    setOrder(id, order);
  }

  const sent: SentMessage[] = [];
  const uploads: Writable<SandboxUpload>[] = [];
  const requests: Writable<SandboxRequestRecord>[] = [];
  const tokens = new Map<string, number>();
  const faults: ActiveFault[] = [];
  const signatures = new Map<string, string>();
  const buckets = new Map<string, { tokens: number; last: number }>();
  let tokensIssued = 0;

  /** Takes a token from the operation's bucket, or tells there is none. */
  function take(operation: string, plan: RateLimits): boolean {
    const now = clock.now();
    const bucket = buckets.get(operation) ?? { tokens: plan.burst, last: now };
    bucket.tokens = Math.min(
      plan.burst,
      bucket.tokens + (Math.max(0, now - bucket.last) * plan.rate) / 1000,
    );
    bucket.last = Math.max(bucket.last, now);
    buckets.set(operation, bucket);
    // Amazon does not queue: without a whole token (give or take float
    // noise) the request is refused and the bucket is left as it was.
    if (bucket.tokens < 1 - 1e-9) return false;
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    return true;
  }

  function keep<T>(list: T[], item: T): void {
    list.push(item);
    while (list.length > maxRecords) list.shift();
  }

  function respond(
    record: Writable<SandboxRequestRecord>,
    status: number,
    body: unknown,
    extra: Record<string, string> = {},
  ): Response {
    const requestId = record.requestId ?? crypto.randomUUID();
    record.status = status;
    const headers = new Headers({
      "content-type": "application/json",
      "x-amzn-RequestId": requestId,
      ...extra,
    });
    if (
      limits !== false && record.operation !== "lwaToken" &&
      record.operation !== "uploadContent" &&
      (status < 300 || status === 400 || status === 404)
    ) {
      headers.set("x-amzn-RateLimit-Limit", String(limits.rate));
    }
    return new Response(
      status === 204 || body === undefined ? null : JSON.stringify(body),
      { status, headers },
    );
  }

  function fail(
    record: Writable<SandboxRequestRecord>,
    status: number,
    ...errors: ErrorEntry[]
  ): Response {
    return respond(record, status, { errors });
  }

  function takeFault(operation: string): SandboxFault | undefined {
    const index = faults.findIndex(({ fault }) =>
      fault.operation === undefined
        ? operation !== "lwaToken" && operation !== "uploadContent"
        : fault.operation === operation
    );
    if (index === -1) return undefined;
    const active = faults[index];
    active.remaining--;
    if (active.remaining <= 0) faults.splice(index, 1);
    return active.fault;
  }

  function orderConfig(amazonOrderId: string): SandboxOrder | undefined {
    const configured = orders.get(amazonOrderId);
    if (configured !== undefined) return configured;
    if (amazonOrderId === SANDBOX_ORDER_OK) return { types: STATIC_OK_TYPES };
    return acceptUnknownOrders ? {} : undefined;
  }

  function dropped(record: Writable<SandboxRequestRecord>): TypeError {
    record.status = undefined;
    return new TypeError(
      "error sending request: connection closed before message completed (sandbox fault)",
    );
  }

  /** Applies a fault at the moment Amazon would have taken the request. */
  async function accept(
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
    take: () => void,
    answer: () => Response,
  ): Promise<Response> {
    const fault = takeFault(record.operation);
    if (fault?.kind === "unavailable") {
      return fail(record, 503, {
        code: "ServiceUnavailable",
        message: "Service temporarily unavailable",
      });
    }
    take();
    if (fault?.kind === "error-after-accept") {
      return fail(record, 500, {
        code: "InternalFailure",
        message: "We encountered an internal error. Please try again.",
      });
    }
    if (fault?.kind === "drop") throw dropped(record);
    if (fault?.kind === "latency") {
      try {
        await clock.sleep(fault.latencyMs ?? 1000, signal);
      } catch (error) {
        record.status = undefined;
        throw error;
      }
    }
    return answer();
  }

  async function lwaToken(
    request: Request,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    if (request.method !== "POST") {
      return respond(record, 405, {
        error: "invalid_request",
        error_description: "The token endpoint only accepts POST",
      });
    }
    // Amazon takes the form encoding and JSON alike; some clients send JSON.
    const raw = await request.text();
    const isJson = (request.headers.get("content-type") ?? "").includes(
      "json",
    );
    let form: URLSearchParams;
    if (isJson) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      if (
        parsed === null || typeof parsed !== "object" || Array.isArray(parsed)
      ) {
        return respond(record, 400, {
          error: "invalid_request",
          error_description: "The request body is not a JSON object",
        });
      }
      form = new URLSearchParams();
      for (const [name, value] of Object.entries(parsed)) {
        if (typeof value === "string") form.set(name, value);
      }
    } else {
      form = new URLSearchParams(raw);
    }
    if (form.get("grant_type") !== "refresh_token") {
      return respond(record, 400, {
        error: "unsupported_grant_type",
        error_description: "The authorization grant type is not supported",
      });
    }
    for (const name of ["refresh_token", "client_id", "client_secret"]) {
      if (!form.get(name)) {
        return respond(record, 400, {
          error: "invalid_request",
          error_description:
            `The request is missing a required parameter : ${name}`,
        });
      }
    }
    if (credentials !== undefined) {
      if (
        form.get("client_id") !== credentials.clientId ||
        form.get("client_secret") !== credentials.clientSecret
      ) {
        return respond(record, 401, {
          error: "invalid_client",
          error_description: "Client authentication failed",
        });
      }
      if (form.get("refresh_token") !== credentials.refreshToken) {
        return respond(record, 400, {
          error: "invalid_grant",
          error_description:
            "The request has an invalid grant parameter : refresh_token",
        });
      }
    }
    return await accept(record, signal, () => {}, () => {
      const token = `Atza|sandbox-${crypto.randomUUID()}`;
      tokens.set(token, clock.now() + tokenLifetimeMs);
      tokensIssued++;
      return respond(record, 200, {
        access_token: token,
        refresh_token: form.get("refresh_token"),
        token_type: "bearer",
        expires_in: tokenLifetimeMs / 1000,
      });
    });
  }

  async function uploadContent(
    request: Request,
    url: URL,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const id = decode(url.pathname.split("/").pop() ?? "") ?? "";
    const upload = uploads.find((u) => u.uploadDestinationId === id);
    const s3 = (status: number, code: string, message: string) => {
      record.status = status;
      return new Response(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
        { status, headers: { "content-type": "application/xml" } },
      );
    };
    if (request.method !== "PUT") {
      return s3(405, "MethodNotAllowed", "Only PUT is allowed");
    }
    if (
      upload === undefined ||
      url.searchParams.get("X-Amz-Signature") !== signatures.get(id)
    ) {
      return s3(
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided",
      );
    }
    if (
      upload.contentType !== undefined &&
      request.headers.get("content-type") !== upload.contentType
    ) {
      return s3(
        403,
        "SignatureDoesNotMatch",
        "The Content-Type header does not match the signed one",
      );
    }
    const header = request.headers.get("content-md5");
    if (header !== null && !isContentMd5(header)) {
      return s3(
        400,
        "InvalidDigest",
        "The Content-MD5 you specified was invalid",
      );
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    const digest = contentMd5(bytes);
    if (
      digest !== upload.contentMD5 || (header !== null && header !== digest)
    ) {
      return s3(
        400,
        "BadDigest",
        "The Content-MD5 you specified did not match what we received",
      );
    }
    return await accept(record, signal, () => {
      upload.bytes = bytes;
    }, () => {
      record.status = 200;
      return new Response(null, {
        status: 200,
        headers: { etag: `"${digest}"` },
      });
    });
  }

  async function spApi(
    request: Request,
    url: URL,
    found: Route,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    if (limits !== false && !take(found.operation, limits)) {
      return fail(record, 429, {
        code: "QuotaExceeded",
        message: "You exceeded your quota for the requested resource.",
        details: "",
      });
    }
    const token = request.headers.get("x-amz-access-token");
    if (token === null || token === "") {
      return fail(record, 403, {
        code: "Unauthorized",
        message: "Access to requested resource is denied.",
        details: "The access token is missing.",
      });
    }
    if (credentials !== undefined) {
      const expires = tokens.get(token);
      if (expires === undefined) {
        return fail(record, 403, {
          code: "Unauthorized",
          message: "Access to requested resource is denied.",
          details:
            "The access token you provided is revoked, malformed or invalid.",
        });
      }
      if (clock.now() >= expires) {
        return fail(record, 403, {
          code: "Unauthorized",
          message: "Access to requested resource is denied.",
          details: "The access token you provided has expired.",
        });
      }
    }
    const marketplaceIds = url.searchParams.getAll("marketplaceIds").flatMap((
      value,
    ) => value.split(","));
    if (marketplaceIds.length !== 1 || marketplaceIds[0] === "") {
      return fail(record, 400, {
        code: "InvalidInput",
        message: marketplaceIds.length === 0
          ? "Missing required parameter marketplaceIds"
          : "Only one marketplace can be specified in marketplaceIds",
        details: "marketplaceIds",
      });
    }
    const marketplaceId = marketplaceIds[0];
    if (getMarketplace(marketplaceId) === undefined) {
      return fail(record, 400, {
        code: "InvalidInput",
        message: `Invalid marketplace identifier: ${marketplaceId}`,
        details: "marketplaceIds",
      });
    }
    const id = found.amazonOrderId;
    if (id === SANDBOX_ORDER_INVALID) {
      return fail(record, 400, {
        code: "InvalidInput",
        message: "Invalid Input",
        details: "",
      });
    }
    const order = orderConfig(id);
    if (order === undefined) {
      return fail(record, 404, {
        code: "NotFound",
        message: `Order ${id} was not found`,
        details: "",
      });
    }
    const types = order.types ?? defaultTypes;

    if (found.kind === "actions") {
      return await accept(record, signal, () => {}, () => {
        const query = `?marketplaceIds=${encodeURIComponent(marketplaceId)}`;
        const path = `/messaging/v1/orders/${encodeURIComponent(id)}`;
        const actionNames = [...types, "attributes"];
        return respond(record, 200, {
          _links: {
            actions: actionNames.map((name) => ({
              href: name === "attributes"
                ? `${path}/attributes${query}`
                : `${path}/messages/${name}${query}`,
              name,
            })),
            self: { href: `${path}${query}` },
          },
          _embedded: {
            actions: types.map((name) => ({
              _links: {
                schema: {
                  href: `${path}/messages/${name}/schema`,
                  name,
                },
                self: { href: `${path}/messages/${name}${query}`, name },
              },
            })),
          },
        });
      });
    }
    if (found.kind === "attributes") {
      return await accept(record, signal, () => {}, () =>
        respond(record, 200, {
          buyer: { locale: order.locale ?? defaultLocale },
        }));
    }

    const type = found.type ?? "";
    if (!isMessageTypeId(type)) {
      return fail(record, 404, {
        code: "NotFound",
        message: "Resource not found",
        details: "",
      });
    }
    const descriptor = MESSAGE_TYPES[type];

    if (found.kind === "upload") {
      if (descriptor.attachments === null) {
        return fail(record, 400, {
          code: "InvalidInput",
          message: `Message type ${type} does not take attachments`,
          details: "resource",
        });
      }
      const md5 = url.searchParams.get("contentMD5") ?? "";
      if (!isContentMd5(md5)) {
        return fail(record, 400, {
          code: "InvalidInput",
          message:
            "contentMD5 must be the base64 encoding of a 128-bit MD5 digest",
          details: "contentMD5",
        });
      }
      const contentType = url.searchParams.get("contentType") ?? undefined;
      const uploadDestinationId = `amzn1.tortuga.4.${crypto.randomUUID()}`;
      const signature = crypto.randomUUID().replaceAll("-", "");
      return await accept(record, signal, () => {
        signatures.set(uploadDestinationId, signature);
        keep(uploads, {
          uploadDestinationId,
          amazonOrderId: id,
          type,
          marketplaceId,
          contentMD5: md5,
          contentType,
          bytes: undefined,
          time: clock.now(),
        });
      }, () => {
        const target = new URL(
          encodeURIComponent(uploadDestinationId),
          uploadBase,
        );
        target.searchParams.set("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
        target.searchParams.set("X-Amz-Credential", "SANDBOX/aws4_request");
        target.searchParams.set("X-Amz-Expires", "900");
        target.searchParams.set("X-Amz-Signature", signature);
        const headers: Record<string, string> = { "Content-MD5": md5 };
        if (contentType !== undefined) headers["Content-Type"] = contentType;
        return respond(record, 201, {
          payload: { uploadDestinationId, url: target.href, headers },
        });
      });
    }

    if (!types.includes(type)) {
      return fail(record, 403, {
        code: "Unauthorized",
        message: "Invalid amazonOrderId and template combination",
        details: "",
      });
    }
    const text = await request.text();
    let body: unknown;
    if (descriptor.hasBody) {
      const contentType = request.headers.get("content-type") ?? "";
      if (!/^application\/json\b/i.test(contentType)) {
        return fail(record, 415, {
          code: "UnsupportedMediaType",
          message: "The request payload is in an unsupported format",
          details: contentType,
        });
      }
      try {
        body = JSON.parse(text);
      } catch {
        return fail(record, 400, {
          code: "InvalidInput",
          message: "The request body is not valid JSON",
          details: "",
        });
      }
    } else if (text.trim() !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const validation = validateMessageBody(descriptor, body);
    if (!validation.success) {
      return fail(
        record,
        400,
        ...validation.issues.map((issue) => ({
          code: "InvalidInput",
          message: issue.message,
          details: issue.path,
        })),
      );
    }
    if (options.checkAttachments === true && isRecord(body)) {
      const attachments = Array.isArray(body.attachments)
        ? body.attachments
        : [];
      for (const [index, attachment] of attachments.entries()) {
        const upload = uploads.find((u) =>
          u.uploadDestinationId === attachment?.uploadDestinationId
        );
        if (upload?.bytes === undefined || upload.amazonOrderId !== id) {
          return fail(record, 400, {
            code: "InvalidInput",
            message: "Invalid uploadDestinationId",
            details: `attachments.${index}.uploadDestinationId`,
          });
        }
      }
    }
    return await accept(record, signal, () => {
      keep(sent, {
        amazonOrderId: id,
        type,
        marketplaceId,
        body,
        time: clock.now(),
        requestId: record.requestId,
      });
    }, () => respond(record, 201, {}));
  }

  async function sandboxFetch(
    input: Request | URL | string,
    init?: RequestInit,
  ): Promise<Response> {
    const request = new Request(input, init);
    const signal = init?.signal ?? request.signal;
    signal?.throwIfAborted();
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const found = route(method, url.pathname);
    const isUpload = url.origin === uploadBase.origin &&
      url.pathname.startsWith(uploadBase.pathname);
    const operation = url.pathname === "/auth/o2/token"
      ? "lwaToken"
      : isUpload
      ? "uploadContent"
      : found?.operation ?? "unknown";
    const record: Writable<SandboxRequestRecord> = {
      method,
      url: request.url,
      operation,
      status: undefined,
      time: clock.now(),
      requestId: crypto.randomUUID(),
    };
    keep(requests, record);
    return await (operation === "lwaToken"
      ? lwaToken(request, record, signal)
      : isUpload
      ? uploadContent(request, url, record, signal)
      : found === undefined
      ? Promise.resolve(fail(record, 404, {
        code: "NotFound",
        message: "Resource not found",
        details: "",
      }))
      : spApi(request, url, found, record, signal));
  }

  return {
    fetch: sandboxFetch,
    get sent() {
      return sent;
    },
    get uploads() {
      return uploads;
    },
    get requests() {
      return requests;
    },
    get tokensIssued() {
      return tokensIssued;
    },
    setOrder,
    injectFault(fault) {
      const kinds: readonly SandboxFaultKind[] = [
        "latency",
        "error-after-accept",
        "unavailable",
        "drop",
      ];
      if (!isRecord(fault) || !kinds.includes(fault.kind)) {
        throw new RangeError(
          `Cannot inject the fault: "kind" must be one of ${
            kinds.map((k) => `"${k}"`).join(", ")
          }`,
        );
      }
      faults.push({ fault: { ...fault }, remaining: fault.times ?? 1 });
    },
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, -Infinity);
    },
    reset() {
      sent.length = 0;
      uploads.length = 0;
      requests.length = 0;
      faults.length = 0;
      tokens.clear();
      signatures.clear();
      buckets.clear();
      tokensIssued = 0;
    },
  };
}
