// This module is browser compatible.

/**
 * The public types of the SP-API Messaging client: its options, hooks,
 * per-call options, results and the client interface itself.
 *
 * @module
 */

import type { MessageTypeId } from "../message_types/mod.ts";
import type { Region } from "../message_types/marketplaces.ts";
import type { Clock } from "./clock.ts";
import type { FetchLike } from "./fetch_like.ts";
import type { LwaCredentials, TokenProvider } from "./lwa_auth.ts";
import type {
  Attachment,
  AttachmentsBody,
  InvoiceBody,
  MessageBodies,
  TextAndAttachmentsBody,
  TextBody,
  WarrantyBody,
} from "./message_bodies.ts";
import type { RateLimitStore } from "./rate_limit_store.ts";
import type { IdempotencyOptions } from "./idempotency_store.ts";
import type { DuplicateGuardOptions } from "./duplicate_guard_store.ts";

/**
 * A fixed SP-API access token (for tests, or tokens managed elsewhere).
 *
 * @example A fixed token
 * ```ts
 * import { createMessagingClient, type AccessTokenAuth } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const auth: AccessTokenAuth = { accessToken: "Atza|example" };
 * const client = createMessagingClient({ auth, fetch: sandbox.fetch });
 * assert.equal((await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" })).locale, "en-US");
 * ```
 */
export interface AccessTokenAuth {
  /** The access token (`Atza|...`), sent as `x-amz-access-token`. */
  readonly accessToken: string;
}

/**
 * How the client authenticates: LWA credentials (tokens are fetched and
 * cached for you), a fixed access token, or your own token provider
 * (such as a shared {@linkcode createLwaAuth}).
 *
 * @example The three forms
 * ```ts
 * import { createMessagingClient, type MessagingAuth } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const forms: MessagingAuth[] = [
 *   { clientId: "amzn1.application-oa2-client.example", clientSecret: "example-secret", refreshToken: "Atzr|example" },
 *   { accessToken: "Atza|example" },
 *   () => Promise.resolve("Atza|from-a-provider"),
 * ];
 * for (const auth of forms) {
 *   const client = createMessagingClient({ auth, fetch: sandbox.fetch });
 *   assert.equal((await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" })).locale, "en-US");
 * }
 * ```
 */
export type MessagingAuth = LwaCredentials | AccessTokenAuth | TokenProvider;

/**
 * How failed requests are retried.
 *
 * @example Riding out a busy Amazon
 * ```ts
 * import { createMessagingClient, type RetryOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * sandbox.injectFault({ kind: "unavailable", operation: "getAttributes", times: 2 });
 * const retry: RetryOptions = { limit: 2, jitter: () => 0 }; // no waiting, for the example
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch, retry });
 * assert.equal((await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" })).locale, "en-US");
 * assert.equal(sandbox.requests.length, 3);
 * ```
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` disables retries.
   *
   * @default {3}
   */
  readonly limit?: number;
  /**
   * Cap of one backoff delay in milliseconds (delays start at 500 ms and double).
   *
   * @default {30000}
   */
  readonly backoffLimit?: number;
  /**
   * Cap in milliseconds of the time from the first attempt to the start of
   * the last one.
   *
   * @default {60000}
   */
  readonly maxRetryTime?: number;
  /**
   * `true` waits a random time between 0 and the delay ("full jitter"),
   * `false` waits the delay itself, a function maps the delay to the wait.
   *
   * @default {true}
   */
  readonly jitter?: boolean | ((delay: number) => number);
}

/**
 * The client's rate limiting.
 *
 * @example Two clients sharing buckets
 * ```ts
 * import { createMemoryRateLimitStore, createMessagingClient, type RateLimitOptions, type RateLimitStore } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const memory = createMemoryRateLimitStore();
 * const keys: string[] = [];
 * const store: RateLimitStore = {
 *   reserve: (key, limits, now) => {
 *     keys.push(key);
 *     return memory.reserve(key, limits, now);
 *   },
 *   drain: (key, limits, now) => memory.drain(key, limits, now),
 * };
 * const rateLimit: RateLimitOptions = { rate: 1, burst: 5, store, identity: "seller-42" };
 * const a = createMessagingClient({ auth: { accessToken: "Atza|a" }, fetch: sandbox.fetch, rateLimit });
 * const b = createMessagingClient({ auth: { accessToken: "Atza|b" }, fetch: sandbox.fetch, rateLimit });
 * await a.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * await b.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.equal(keys[0], keys[1]);
 * assert.ok(keys[0].startsWith("seller-42 "));
 * ```
 */
export interface RateLimitOptions {
  /**
   * Requests per second of each Messaging operation.
   *
   * @default {1}
   */
  readonly rate?: number;
  /**
   * Burst of each Messaging operation.
   *
   * @default {5}
   */
  readonly burst?: number;
  /**
   * Where buckets live; give several clients or processes one store to share
   * buckets.
   *
   * @default {createMemoryRateLimitStore()}
   */
  readonly store?: RateLimitStore;
  /**
   * A stable, non-secret name of the seller used in bucket keys.
   *
   * @default {derived: a SHA-256 digest of the client id and refresh token (LWA), of the access token, or a random id per client for a token provider without `identity()`}
   */
  readonly identity?: string;
  /**
   * Milliseconds added to every wait for a token, so that a queued request
   * does not reach Amazon before Amazon's own bucket has refilled (Amazon
   * counts arrivals). First requests after a quiet spell arrive late, as
   * they open connections: the client paces a queue from the first answer
   * after a quiet spell, and the margin only absorbs clock granularity.
   *
   * @default {25}
   */
  readonly marginMs?: number;
  /**
   * Space each queued request at least a token interval after the answer
   * of the one before it (see `spaceFromAnswers` of `createRateLimiter`):
   * no 429 when requests are slow on their way, at the cost of a round
   * trip per queued request. For sequential bulk sends.
   *
   * @default {false}
   */
  readonly spaceFromAnswers?: boolean;
}

/**
 * What `onRequest` receives: no secrets (the access token is `[REDACTED]`).
 *
 * @example Logging requests without secrets
 * ```ts
 * import { createMessagingClient, type RequestEvent } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const events: RequestEvent[] = [];
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 *   onRequest: (event) => events.push(event),
 * });
 * await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.equal(events[0].operation, "getAttributes");
 * assert.equal(events[0].headers["x-amz-access-token"], "[REDACTED]");
 * ```
 */
export interface RequestEvent {
  /** The operation, such as `createWarranty`, `createUploadDestinationForResource` or `uploadContent`. */
  readonly operation: string;
  /** The HTTP method. */
  readonly method: string;
  /** The URL, with signature query parameters redacted. */
  readonly url: string;
  /** The request headers, secrets redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for the first try, then 2, 3, ... */
  readonly attempt: number;
}

/**
 * What `onResponse` receives: no secrets.
 *
 * @example Logging request ids
 * ```ts
 * import { createMessagingClient, type ResponseEvent } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const events: ResponseEvent[] = [];
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 *   onResponse: (event) => events.push(event),
 * });
 * await client.getAttributes("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.equal(events[0].status, 200);
 * assert.equal(events[0].requestId, sandbox.requests[0].requestId);
 * ```
 */
export interface ResponseEvent {
  /** The operation. */
  readonly operation: string;
  /** The HTTP method. */
  readonly method: string;
  /** The URL, with signature query parameters redacted. */
  readonly url: string;
  /** 1 for the first try, then 2, 3, ... */
  readonly attempt: number;
  /** The HTTP status, or `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The `x-amzn-RequestId` header. */
  readonly requestId: string | undefined;
  /** Milliseconds from sending to the end of the response body. */
  readonly duration: number;
  /** The error name (`TimeoutError`, `TypeError`, ...) when no response arrived. */
  readonly error?: string;
}

/**
 * Options of {@linkcode createMessagingClient}.
 *
 * @example Amazon's static sandbox in Europe
 * ```ts
 * import { createMessagingClient, type MessagingClientOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox(); // stands in for the network here
 * const urls: string[] = [];
 * const options: MessagingClientOptions = {
 *   auth: { accessToken: "Atza|example" },
 *   region: "eu",
 *   sandbox: true,
 *   fetch: sandbox.fetch,
 *   timeoutMs: 10_000,
 *   userAgent: "northwind-outfitters/1.0 (Language=TypeScript)",
 *   onRequest: (event) => urls.push(event.url),
 * };
 * const client = createMessagingClient(options);
 * await client.getAttributes("123-1234567-1234567", { marketplaceId: "A1PA6795UKMFR9" });
 * assert.ok(urls[0].startsWith("https://sandbox.sellingpartnerapi-eu.amazon.com/messaging/v1/orders/"));
 * ```
 */
export interface MessagingClientOptions {
  /** Credentials: LWA credentials, `{ accessToken }` or a token provider. */
  readonly auth: MessagingAuth;
  /**
   * The SP-API region.
   *
   * @default {derived from each call's marketplaceId}
   */
  readonly region?: Region;
  /**
   * Use Amazon's static sandbox hosts (`https://sandbox.sellingpartnerapi-{region}.amazon.com`).
   *
   * @default {false}
   */
  readonly sandbox?: boolean;
  /**
   * A base URL that replaces the regional host (a mock, a proxy, a local endpoint).
   *
   * @default {undefined}
   */
  readonly endpoint?: string;
  /**
   * The URL LWA token requests go to instead of
   * `https://api.amazon.com/auth/o2/token` (a mock, a proxy): the whole
   * token URL, such as `http://127.0.0.1:4010/auth/o2/token`. It receives
   * the client secret and the refresh token, so point it only at a host you
   * trust. Only with LWA credentials in `auth`; a {@linkcode TokenProvider}
   * made by `createLwaAuth` takes its own `endpoint`.
   *
   * @default {"https://api.amazon.com/auth/o2/token"}
   */
  readonly lwaEndpoint?: string;
  /**
   * The `fetch` to call (also for LWA and uploads).
   *
   * The default calls the global `fetch`. On Deno it sends every request but
   * GET and HEAD on connections it never reuses (one
   * `Deno.createHttpClient({ poolMaxIdlePerHost: 0 })` per process): Deno's
   * own `fetch` re-sends a request by itself when a reused keep-alive
   * connection drops before the answer, which for a message Amazon already
   * took is a duplicate the client cannot see. With fresh connections the
   * drop throws {@linkcode UnknownOutcomeError} instead. Node's and Cloudflare
   * Workers' `fetch` do not re-send such a POST, so there the global `fetch`
   * is used as it is. A `fetch` you pass replaces the default: on Deno, wrap
   * `createDenoSendFetch()` (from `@sellerkit/buyer-messages/deno`) rather
   * than the global `fetch`.
   *
   * @default {globalThis.fetch, with fresh connections for sends on Deno}
   */
  readonly fetch?: FetchLike;
  /**
   * The `user-agent` header (Amazon allows 500 characters).
   *
   * @default {"sellerkit-buyer-messages/0.1.0 (Language=TypeScript)"}
   */
  readonly userAgent?: string;
  /**
   * Milliseconds per attempt before it is abandoned. A message send that
   * times out throws {@linkcode UnknownOutcomeError}.
   *
   * @default {30000}
   */
  readonly timeoutMs?: number;
  /**
   * Cancels every call of this client.
   *
   * @default {undefined}
   */
  readonly signal?: AbortSignal;
  /**
   * Client-side token buckets per (seller, operation).
   *
   * @default {{ rate: 1, burst: 5 }}
   */
  readonly rateLimit?: RateLimitOptions;
  /**
   * Retries: options or a retry limit.
   *
   * @default {{ limit: 3, backoffLimit: 30000, maxRetryTime: 60000 }}
   */
  readonly retry?: RetryOptions | number;
  /**
   * The time source for rate limiting, backoff and timeouts.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
  /**
   * Called before each attempt. Errors it throws are ignored.
   *
   * @default {undefined}
   */
  readonly onRequest?: (event: RequestEvent) => void;
  /**
   * Called after each attempt. Errors it throws are ignored.
   *
   * @default {undefined}
   */
  readonly onResponse?: (event: ResponseEvent) => void;
  /**
   * Where sends with an `idempotencyKey` keep their outcome, and for how
   * long. Keys are scoped to the seller (the rate-limit identity).
   *
   * @default {{ store: createMemoryIdempotencyStore({ clock }), ttlMs: 86400000 }}
   */
  readonly idempotency?: IdempotencyOptions;
  /**
   * The duplicate guard: the same message (seller, order, type and text, or
   * the attachments' upload ids for types without text) is refused with
   * {@linkcode DuplicateMessageError} within `windowMs` unless the send says
   * `allowDuplicate: true`.
   *
   * @default {{ windowMs: 86400000, store: createMemoryDuplicateGuardStore({ clock }) }}
   */
  readonly duplicateGuard?: DuplicateGuardOptions;
}

/**
 * Options every operation takes.
 *
 * @example Cancelling a call
 * ```ts
 * import { createMessagingClient, type OperationOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const controller = new AbortController();
 * controller.abort();
 * const options: OperationOptions = { marketplaceId: "ATVPDKIKX0DER", signal: controller.signal };
 * await assert.rejects(client.getAttributes("123-1234567-1234567", options), { name: "AbortError" });
 * assert.equal(sandbox.requests.length, 0);
 * ```
 */
export interface OperationOptions {
  /** The one marketplace of the order, such as `ATVPDKIKX0DER`. */
  readonly marketplaceId: string;
  /**
   * Cancels this call. For a message send it cancels only the waits before
   * the message leaves (the access token, the rate-limit token, a backoff):
   * once the POST is on the wire it completes and its outcome is reported
   * (and recorded for idempotency and the duplicate guard), because Amazon
   * may already have taken it. Reads and uploads are aborted at any point.
   */
  readonly signal?: AbortSignal;
}

/**
 * Options of every message send: idempotency and the duplicate guard.
 *
 * @example Retrying a send safely
 * ```ts
 * import { createMessagingClient, type SendOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options: SendOptions = { marketplaceId: "ATVPDKIKX0DER", idempotencyKey: "feedback-removal-1001" };
 * const first = await client.createNegativeFeedbackRemoval("123-1234567-1234567", options);
 * const retried = await client.createNegativeFeedbackRemoval("123-1234567-1234567", options);
 * assert.deepEqual(retried, first); // the first result, not a second message
 * assert.equal(sandbox.sent.length, 1);
 * ```
 */
export interface SendOptions extends OperationOptions {
  /**
   * Makes retries safe: a send with a key that was used before (by this
   * seller, within the idempotency lifetime) sends nothing and answers the
   * first outcome (its result, or its {@linkcode UnknownOutcomeError}). A
   * key used for a different message throws
   * {@linkcode IdempotencyKeyReusedError}; while the first send with the key
   * is still running, {@linkcode IdempotencyKeyInFlightError}. Outcomes that
   * certainly did not reach Amazon (refusals, validation, cancellation) are
   * not kept, so a retry runs again. 1 to 255 visible ASCII characters.
   *
   * @default {undefined}
   */
  readonly idempotencyKey?: string;
  /**
   * Send even when the same message went to this order within the duplicate
   * guard's window. Such a send is not recorded by the guard.
   *
   * @default {false}
   */
  readonly allowDuplicate?: boolean;
}

/**
 * Options of a send whose body is optional.
 *
 * @typeParam B The body type.
 *
 * @example A send with an optional body
 * ```ts
 * import { createMessagingClient, type MessageOptions, type TextBody } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options: MessageOptions<TextBody> = {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your delivery is booked for Monday." },
 * };
 * await client.createConfirmDeliveryDetails("123-1234567-1234567", options);
 * assert.equal(sandbox.sent[0].type, "confirmDeliveryDetails");
 * ```
 */
export interface MessageOptions<B> extends SendOptions {
  /** The message body; validated before anything is sent. */
  readonly body?: B;
}

/**
 * Options of a send whose body is required.
 *
 * @typeParam B The body type.
 *
 * @example A send that needs a body
 * ```ts
 * import { createMessagingClient, type InvoiceBody, type RequiredBodyMessageOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options: RequiredBodyMessageOptions<InvoiceBody> = {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { attachments: [{ uploadDestinationId: "id-1", fileName: "invoice.pdf" }] },
 * };
 * await client.sendInvoice("123-1234567-1234567", options);
 * assert.equal(sandbox.sent[0].type, "invoice");
 * ```
 */
export interface RequiredBodyMessageOptions<B> extends SendOptions {
  /** The message body; validated before anything is sent. */
  readonly body: B;
}

/**
 * Options of {@linkcode MessagingClient.sendMessage}.
 *
 * @typeParam T The message type id.
 *
 * @example Skipping the eligibility check
 * ```ts
 * import { createMessagingClient, type SendMessageOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options: SendMessageOptions<"unexpectedProblem"> = {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your parcel is delayed by two days." },
 *   checkEligibility: false,
 * };
 * await client.sendMessage("unexpectedProblem", "123-1234567-1234567", options);
 * assert.equal(sandbox.requests.length, 1); // no getMessagingActionsForOrder
 * ```
 */
export interface SendMessageOptions<T extends MessageTypeId>
  extends SendOptions {
  /** The message body; validated before anything is sent. */
  readonly body?: MessageBodies[T];
  /**
   * Ask `getMessagingActionsForOrder` first and refuse types the order does
   * not list, with {@linkcode MessageTypeUnavailableError}.
   *
   * @default {true}
   */
  readonly checkEligibility?: boolean;
}

/**
 * Options of {@linkcode MessagingClient.uploadAttachment}.
 *
 * @example Uploading a PDF
 * ```ts
 * import { createMessagingClient, type UploadAttachmentOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options: UploadAttachmentOptions = {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   fileName: "manual.pdf",
 *   bytes: new TextEncoder().encode("%PDF-1.7 manual"),
 *   contentType: "application/pdf",
 * };
 * const attachment = await client.uploadAttachment("123-1234567-1234567", "legalDisclosure", options);
 * assert.equal(attachment.fileName, "manual.pdf");
 * ```
 */
export interface UploadAttachmentOptions extends OperationOptions {
  /** The file name the buyer sees, with its extension. */
  readonly fileName: string;
  /** The file content. */
  readonly bytes: Uint8Array | ArrayBuffer;
  /** The MIME type, such as `application/pdf`. */
  readonly contentType: string;
}

/**
 * A HAL link from `getMessagingActionsForOrder`.
 *
 * @example Following the HAL links
 * ```ts
 * import { createMessagingClient, type MessagingActionLink } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const { actions } = await client.getMessagingActionsForOrder("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * const attributes: MessagingActionLink | undefined = actions.find((a) => a.name === "attributes");
 * assert.ok(attributes?.href.endsWith("/attributes?marketplaceIds=ATVPDKIKX0DER"));
 * ```
 */
export interface MessagingActionLink {
  /** The path of the action, with its query. */
  readonly href: string;
  /** The action name: a message type id, or `attributes`. */
  readonly name?: string;
}

/**
 * What an order accepts now.
 *
 * @example What an order accepts
 * ```ts
 * import { createMessagingClient, type MessagingActions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "111-2223334-4445556": { types: ["invoice", "unexpectedProblem"] } } });
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const actions: MessagingActions = await client.getMessagingActionsForOrder("111-2223334-4445556", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.deepEqual(actions.types, ["invoice", "unexpectedProblem"]);
 * ```
 */
export interface MessagingActions {
  /** The message type ids the order accepts, in Amazon's order; unknown names are left out. */
  readonly types: readonly MessageTypeId[];
  /** Every action link as Amazon sent it. */
  readonly actions: readonly MessagingActionLink[];
  /** The `x-amzn-RequestId` header. */
  readonly requestId: string | undefined;
}

/**
 * The buyer's attributes from `GetAttributes`.
 *
 * @example The buyer's language
 * ```ts
 * import { createMessagingClient, type BuyerAttributes } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "111-2223334-4445556": { locale: "ja-JP" } } });
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const buyer: BuyerAttributes = await client.getAttributes("111-2223334-4445556", { marketplaceId: "A1VC38T7YXB528" });
 * assert.equal(buyer.locale, "ja-JP");
 * ```
 */
export interface BuyerAttributes {
  /** The buyer's preferred locale (BCP 47, such as `en-US` or `zh-CN`), when Amazon gave one. */
  readonly locale?: string;
  /** The `x-amzn-RequestId` header. */
  readonly requestId: string | undefined;
}

/**
 * A message Amazon accepted (201). Amazon may still drop it after scanning.
 *
 * @example Keeping the request id
 * ```ts
 * import { createMessagingClient, type SendMessageResult } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const result: SendMessageResult = await client.createUnexpectedProblem("123-1234567-1234567", {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { text: "Your parcel is delayed by two days." },
 * });
 * assert.equal(result.requestId, sandbox.sent[0].requestId);
 * ```
 */
export interface SendMessageResult {
  /** The message type id. */
  readonly type: MessageTypeId;
  /** The order. */
  readonly amazonOrderId: string;
  /** The `x-amzn-RequestId` header. */
  readonly requestId: string | undefined;
}

/**
 * What `getSolicitationActionsForOrder` answers: the solicitations the order
 * accepts now. Amazon offers one, `productReviewAndSellerFeedback` (its
 * "Request a Review"), from 5 to 30 days after delivery and once per order.
 *
 * @example Asking whether a review request is possible
 * ```ts
 * import { createMessagingClient, type SolicitationActions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "111-2223334-4445556": { solicitation: false } } });
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const open: SolicitationActions = await client.getSolicitationActionsForOrder("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.deepEqual(open.types, ["productReviewAndSellerFeedback"]);
 * const closed = await client.getSolicitationActionsForOrder("111-2223334-4445556", { marketplaceId: "ATVPDKIKX0DER" });
 * assert.deepEqual(closed.types, []);
 * ```
 */
export interface SolicitationActions {
  /** The solicitation names the order accepts now, in Amazon's order, such as `["productReviewAndSellerFeedback"]`. */
  readonly types: readonly string[];
  /** Every action link as Amazon sent it. */
  readonly actions: readonly MessagingActionLink[];
  /** The `x-amzn-RequestId` header. */
  readonly requestId: string | undefined;
}

/**
 * Options of {@linkcode MessagingClient.createProductReviewAndSellerFeedbackSolicitation}.
 * The duplicate guard refuses a second solicitation to the same order for
 * at least 30 days (Amazon takes one per order), whatever shorter window the
 * client's `duplicateGuard` has for messages; a window of `0` still turns it
 * off.
 *
 * @example Skipping the eligibility check
 * ```ts
 * import { createMessagingClient, type SolicitationOptions } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const options: SolicitationOptions = { marketplaceId: "ATVPDKIKX0DER", checkEligibility: false };
 * await client.createProductReviewAndSellerFeedbackSolicitation("123-1234567-1234567", options);
 * assert.equal(sandbox.requests.length, 1); // no getSolicitationActionsForOrder
 * ```
 */
export interface SolicitationOptions extends SendOptions {
  /**
   * Ask `getSolicitationActionsForOrder` first and refuse an order that does
   * not list `productReviewAndSellerFeedback`, with
   * {@linkcode MessageTypeUnavailableError}.
   *
   * @default {true}
   */
  readonly checkEligibility?: boolean;
}

/**
 * A solicitation Amazon accepted (201).
 *
 * @example Keeping the request id
 * ```ts
 * import { createMessagingClient, type SolicitationResult } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const result: SolicitationResult = await client.createProductReviewAndSellerFeedbackSolicitation(
 *   "123-1234567-1234567",
 *   { marketplaceId: "ATVPDKIKX0DER" },
 * );
 * assert.equal(result.requestId, sandbox.solicitations[0].requestId);
 * ```
 */
export interface SolicitationResult {
  /** The solicitation type. */
  readonly type: "productReviewAndSellerFeedback";
  /** The order. */
  readonly amazonOrderId: string;
  /** The `x-amzn-RequestId` header. */
  readonly requestId: string | undefined;
}

/**
 * The Messaging API, one method per operation. Every method validates its
 * arguments and body before any request, waits for a rate-limit token, and
 * throws the errors in `./errors.ts`. Sends are at most once: after a
 * timeout, a dropped connection or a 5xx they throw
 * {@linkcode UnknownOutcomeError} instead of resending.
 *
 * @example Eligibility, then send
 * ```ts
 * import { createMessagingClient, type MessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client: MessagingClient = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const { types } = await client.getMessagingActionsForOrder("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * if (types.includes("confirmOrderDetails")) {
 *   await client.createConfirmOrderDetails("123-1234567-1234567", {
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { text: "Please confirm the size: EU 42 or EU 43?" },
 *   });
 * }
 * assert.equal(sandbox.sent.length, 1);
 * ```
 */
export interface MessagingClient {
  /** Lists the message types the order accepts now (`GET /messaging/v1/orders/{id}`). */
  getMessagingActionsForOrder(
    amazonOrderId: string,
    options: OperationOptions,
  ): Promise<MessagingActions>;
  /** Reads the buyer's locale (`GET .../attributes`). */
  getAttributes(
    amazonOrderId: string,
    options: OperationOptions,
  ): Promise<BuyerAttributes>;
  /** Sends `confirmCustomizationDetails`. */
  confirmCustomizationDetails(
    amazonOrderId: string,
    options: MessageOptions<TextAndAttachmentsBody>,
  ): Promise<SendMessageResult>;
  /** Sends `confirmDeliveryDetails`. */
  createConfirmDeliveryDetails(
    amazonOrderId: string,
    options: MessageOptions<TextBody>,
  ): Promise<SendMessageResult>;
  /** Sends `legalDisclosure`. */
  createLegalDisclosure(
    amazonOrderId: string,
    options: MessageOptions<AttachmentsBody>,
  ): Promise<SendMessageResult>;
  /**
   * Sends `negativeFeedbackRemoval` (no body).
   *
   * @deprecated Amazon removed this type in 2025-08.
   */
  createNegativeFeedbackRemoval(
    amazonOrderId: string,
    options: SendOptions,
  ): Promise<SendMessageResult>;
  /** Sends `confirmOrderDetails`. */
  createConfirmOrderDetails(
    amazonOrderId: string,
    options: MessageOptions<TextBody>,
  ): Promise<SendMessageResult>;
  /** Sends `confirmServiceDetails`. */
  createConfirmServiceDetails(
    amazonOrderId: string,
    options: MessageOptions<TextBody>,
  ): Promise<SendMessageResult>;
  /**
   * Sends `amazonMotors`.
   *
   * @deprecated Amazon removed this type in 2026-01.
   */
  createAmazonMotors(
    amazonOrderId: string,
    options: MessageOptions<AttachmentsBody>,
  ): Promise<SendMessageResult>;
  /** Sends `warranty`. */
  createWarranty(
    amazonOrderId: string,
    options: RequiredBodyMessageOptions<WarrantyBody>,
  ): Promise<SendMessageResult>;
  /** Sends `digitalAccessKey`. */
  createDigitalAccessKey(
    amazonOrderId: string,
    options: MessageOptions<TextAndAttachmentsBody>,
  ): Promise<SendMessageResult>;
  /** Sends `unexpectedProblem`. */
  createUnexpectedProblem(
    amazonOrderId: string,
    options: MessageOptions<TextBody>,
  ): Promise<SendMessageResult>;
  /** Sends `invoice`. */
  sendInvoice(
    amazonOrderId: string,
    options: RequiredBodyMessageOptions<InvoiceBody>,
  ): Promise<SendMessageResult>;
  /**
   * Sends any message type by id. Checks eligibility first unless
   * `checkEligibility: false`.
   *
   * @typeParam T The message type id.
   */
  sendMessage<T extends MessageTypeId>(
    type: T,
    amazonOrderId: string,
    options: SendMessageOptions<T>,
  ): Promise<SendMessageResult>;
  /**
   * Uploads a file for a message: computes its `contentMD5`, creates an
   * upload destination, PUTs the bytes there, and returns the attachment to
   * put in the body.
   */
  uploadAttachment(
    amazonOrderId: string,
    type: MessageTypeId,
    options: UploadAttachmentOptions,
  ): Promise<Attachment>;
  /**
   * Lists the solicitations the order accepts now (Solicitations API,
   * `GET /solicitations/v1/orders/{id}`), at Amazon's plan of 1 per second,
   * burst 5.
   */
  getSolicitationActionsForOrder(
    amazonOrderId: string,
    options: OperationOptions,
  ): Promise<SolicitationActions>;
  /**
   * Asks the buyer for a product review and seller feedback: Amazon's
   * "Request a Review", sent in the buyer's language by Amazon. Checks
   * eligibility first unless `checkEligibility: false`; an order that does
   * not take it (outside 5 to 30 days after delivery, or already asked) is
   * refused with {@linkcode MessageTypeUnavailableError}. At most once, like
   * message sends: after a timeout or a 5xx it throws
   * {@linkcode UnknownOutcomeError} and is never resent.
   */
  createProductReviewAndSellerFeedbackSolicitation(
    amazonOrderId: string,
    options: SolicitationOptions,
  ): Promise<SolicitationResult>;
}
