// This module is browser compatible.

/**
 * The SP-API Messaging client: fetch only, with LWA auth, per-operation token
 * buckets, retries that never resend a message, eligibility checks and
 * attachment uploads.
 *
 * @module
 */

import {
  getMessageType,
  isMessageTypeId,
  MESSAGE_TYPES,
  type MessageTypeId,
} from "../message_types/mod.ts";
import type { MessageType } from "../message_types/message_type.ts";
import { getMarketplace, type Region } from "../message_types/marketplaces.ts";
import { validateMessageBody } from "../message_types/validate_body.ts";
import { type Clock, SYSTEM_CLOCK } from "./clock.ts";
import { contentMd5 } from "./content_md5.ts";
import {
  AuthError,
  MessageTypeUnavailableError,
  MessageValidationError,
  QuotaExceededError,
  SpApiError,
  type SpApiErrorEntry,
  UnknownOutcomeError,
} from "./errors.ts";
import { defaultFetch } from "./default_fetch.ts";
import type { FetchLike } from "./fetch_like.ts";
import {
  createLwaAuth,
  DEFAULT_USER_AGENT,
  type LwaAuth,
  type LwaCredentials,
  type TokenProvider,
} from "./lwa_auth.ts";
import type {
  Attachment,
  AttachmentsBody,
  InvoiceBody,
  MessageBodies,
  TextAndAttachmentsBody,
  TextBody,
  WarrantyBody,
} from "./message_bodies.ts";
import {
  createRateLimiter,
  type RateLimits,
  type RateLimitStore,
} from "./rate_limiter.ts";
import {
  abortable,
  anySignal,
  type Fetched,
  fetchWithTimeout,
  isRecord,
  parseErrors,
  parseJson,
  sha256Hex,
} from "./_http.ts";
import { createRedactor } from "../_redact.ts";
import { backoffDelay, parseRetryAfter, retryPolicy } from "./_retry.ts";
import {
  createMemoryDuplicateGuardStore,
  DEFAULT_DUPLICATE_WINDOW_MS,
  type DuplicateGuardOptions,
  DuplicateMessageError,
} from "./duplicate_guard_store.ts";
import {
  createMemoryIdempotencyStore,
  DEFAULT_IDEMPOTENCY_TTL_MS,
  fingerprintJson,
  IDEMPOTENCY_KEY_PATTERN,
  IdempotencyKeyInFlightError,
  IdempotencyKeyReusedError,
  type IdempotencyOptions,
} from "./idempotency_store.ts";

/**
 * A fixed SP-API access token (for tests, or tokens managed elsewhere).
 *
 * @example A fixed token
 * ```ts
 * import { createMessagingClient, createSandbox, type AccessTokenAuth } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type MessagingAuth } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type RetryOptions } from "@sellerkit/buyer-messages";
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
 * import { createMemoryRateLimitStore, createMessagingClient, createSandbox, type RateLimitOptions, type RateLimitStore } from "@sellerkit/buyer-messages";
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
   * counts arrivals; first requests arrive later after their token, as they
   * open connections).
   *
   * @default {25}
   */
  readonly marginMs?: number;
}

/**
 * What `onRequest` receives: no secrets (the access token is `[REDACTED]`).
 *
 * @example Logging requests without secrets
 * ```ts
 * import { createMessagingClient, createSandbox, type RequestEvent } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type ResponseEvent } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type MessagingClientOptions } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type OperationOptions } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type SendOptions } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type MessageOptions, type TextBody } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type InvoiceBody, type RequiredBodyMessageOptions } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type SendMessageOptions } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type UploadAttachmentOptions } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type MessagingActionLink } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type MessagingActions } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type BuyerAttributes } from "@sellerkit/buyer-messages";
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
 * import { createMessagingClient, createSandbox, type SendMessageResult } from "@sellerkit/buyer-messages";
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
 * The Messaging API, one method per operation. Every method validates its
 * arguments and body before any request, waits for a rate-limit token, and
 * throws the errors in `./errors.ts`. Sends are at most once: after a
 * timeout, a dropped connection or a 5xx they throw
 * {@linkcode UnknownOutcomeError} instead of resending.
 *
 * @example Eligibility, then send
 * ```ts
 * import { createMessagingClient, createSandbox, type MessagingClient } from "@sellerkit/buyer-messages";
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
}

const REGIONS: readonly Region[] = ["na", "eu", "fe"];
const ACCEPT = "application/json, application/hal+json";
const RETRY_STATUSES = new Set([500, 502, 503, 504]);
const UPLOAD_LIMITS: RateLimits = { rate: 10, burst: 10 };
const UPLOAD_OPERATION = "createUploadDestinationForResource";
const TEMPLATE_COMBINATION = /invalid amazonorderid and template combination/i;
const EXPIRED_TOKEN = /expired/i;

interface ResolvedAuth {
  token(): Promise<string>;
  identity(): Promise<string>;
  invalidate?: (token: string) => void;
}

interface Call {
  readonly operation: string;
  readonly method: "GET" | "POST" | "PUT";
  readonly url: string;
  readonly base: string;
  readonly signal: AbortSignal | undefined;
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** SP-API calls carry the access token and are rate limited; the S3 PUT is neither. */
  readonly spApi: boolean;
  readonly limits?: RateLimits;
  /** A message send: at most once. */
  readonly send?: { readonly type: string; readonly amazonOrderId: string };
  readonly amazonOrderId?: string;
}

interface Answer {
  readonly status: number;
  readonly json: unknown;
  readonly requestId: string | undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `the request timed out after ${timeoutMs} ms`;
  }
  if (error instanceof Error && error.name === "AbortError") {
    return "the request was aborted after it was sent";
  }
  return `the connection failed (${
    error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  })`;
}

function s3ErrorCode(text: string | undefined): string | undefined {
  return text?.match(/<Code>([^<]*)<\/Code>/)?.[1];
}

interface ResolvedIdempotency {
  readonly store: NonNullable<IdempotencyOptions["store"]>;
  readonly ttlMs: number;
}

interface ResolvedDuplicateGuard {
  readonly store: NonNullable<DuplicateGuardOptions["store"]>;
  readonly windowMs: number;
}

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

function checkIdempotencyOptions(
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

function checkDuplicateGuardOptions(
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
 */
function guardContent(body: unknown): unknown {
  if (!isRecord(body)) return null;
  if (typeof body.text === "string") return { text: body.text };
  const attachments = Array.isArray(body.attachments)
    ? body.attachments.map((attachment) =>
      isRecord(attachment) ? attachment.uploadDestinationId : attachment
    )
    : undefined;
  return { ...body, attachments };
}

function formatWindow(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${ms} ms`;
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

/**
 * Creates an SP-API Messaging client. Only Web APIs are used, so it runs on
 * Deno, Node, Bun, browsers and edge workers alike.
 *
 * Regions: `region` picks `https://sellingpartnerapi-{region}.amazon.com`
 * (or the `sandbox.` host with `sandbox: true`); without it each call's
 * marketplace decides; `endpoint` replaces the host entirely.
 *
 * @param options Credentials and settings; only `auth` is required.
 * @returns The client: a plain object of methods that holds no secret in its properties.
 * @throws {TypeError} When `auth`, `endpoint` or another option has the wrong shape.
 * @throws {RangeError} When `region`, `timeoutMs`, rate or retry numbers are out of range.
 *
 * @example Sending a message through the in-process sandbox
 * ```ts
 * import { createMessagingClient, createSandbox } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({
 *   auth: {
 *     clientId: "amzn1.application-oa2-client.example",
 *     clientSecret: "example-secret",
 *     refreshToken: "Atzr|example",
 *   },
 *   fetch: sandbox.fetch,
 * });
 * const orderId = "902-3159896-1390916";
 * const { locale } = await client.getAttributes(orderId, { marketplaceId: "A1PA6795UKMFR9" });
 * assert.equal(locale, "en-US");
 * const result = await client.sendMessage("confirmDeliveryDetails", orderId, {
 *   marketplaceId: "A1PA6795UKMFR9",
 *   body: { text: "Ihre Lieferung ist für Montag zwischen 8 und 12 Uhr geplant." },
 * });
 * assert.equal(result.type, "confirmDeliveryDetails");
 * assert.equal(sandbox.sent.length, 1);
 * assert.equal(sandbox.sent[0].amazonOrderId, orderId);
 * ```
 *
 * @example Uploading an invoice and sending it
 * ```ts
 * import { createMessagingClient, createSandbox } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 * });
 * const orderId = "902-3159896-1390916";
 * const attachment = await client.uploadAttachment(orderId, "invoice", {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   fileName: "invoice-1001.pdf",
 *   bytes: new TextEncoder().encode("%PDF-1.7 example"),
 *   contentType: "application/pdf",
 * });
 * await client.sendInvoice(orderId, {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { attachments: [attachment] },
 * });
 * assert.equal(sandbox.uploads[0].uploadDestinationId, attachment.uploadDestinationId);
 * assert.deepEqual(sandbox.sent[0].body, { attachments: [attachment] });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createMessagingClient(
  options: MessagingClientOptions,
): MessagingClient {
  if (!isRecord(options)) {
    throw new TypeError(
      "Cannot create the messaging client: options must be an object",
    );
  }
  const clock = options.clock ?? SYSTEM_CLOCK;
  const fetchImpl: FetchLike = options.fetch ?? defaultFetch;
  if (typeof fetchImpl !== "function") {
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
  const policy = retryPolicy(options.retry);
  const redactor = createRedactor();
  const auth = resolveAuth(options.auth);
  const rateLimit = options.rateLimit ?? {};
  const limiter = createRateLimiter({
    rate: rateLimit.rate ?? 1,
    burst: rateLimit.burst ?? 5,
    store: rateLimit.store,
    clock,
    marginMs: rateLimit.marginMs ?? 25,
  });
  let identityPromise: Promise<string> | undefined;
  const idempotency = checkIdempotencyOptions(options.idempotency, clock);
  const duplicates = checkDuplicateGuardOptions(options.duplicateGuard, clock);

  function resolveAuth(value: MessagingAuth): ResolvedAuth {
    if (typeof value === "function") {
      const provider = value as TokenProvider & Partial<LwaAuth>;
      const fallback = `provider-${crypto.randomUUID()}`;
      return {
        token: () => provider(),
        identity: typeof provider.identity === "function"
          ? () => provider.identity!()
          : () => Promise.resolve(fallback),
        ...(typeof provider.invalidate === "function"
          ? { invalidate: (token: string) => provider.invalidate!(token) }
          : {}),
      };
    }
    if (isRecord(value) && "accessToken" in value) {
      const token = value.accessToken;
      if (typeof token !== "string" || token === "") {
        throw new TypeError(
          'Cannot create the messaging client: "auth.accessToken" must be a non-empty string',
        );
      }
      redactor.addPermanent(token);
      return {
        token: () => Promise.resolve(token),
        identity: () =>
          sha256Hex(`token\n${token}`).then((hex) =>
            `token-${hex.slice(0, 32)}`
          ),
      };
    }
    if (isRecord(value) && "refreshToken" in value) {
      const credentials = value as LwaCredentials;
      redactor.addPermanent(credentials.clientSecret);
      redactor.addPermanent(credentials.refreshToken);
      const lwa = createLwaAuth({
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        refreshToken: credentials.refreshToken,
        fetch: fetchImpl,
        clock,
        userAgent,
        timeoutMs: Math.min(timeoutMs, 30_000),
      });
      return {
        token: () => lwa(),
        identity: () => lwa.identity(),
        invalidate: (token) => lwa.invalidate(token),
      };
    }
    throw new TypeError(
      'Cannot create the messaging client: "auth" must be LWA credentials ({ clientId, clientSecret, refreshToken }), { accessToken } or a token provider function',
    );
  }

  function identity(): Promise<string> {
    if (rateLimit.identity !== undefined) {
      return Promise.resolve(rateLimit.identity);
    }
    identityPromise ??= auth.identity();
    return identityPromise;
  }

  function emit<E>(hook: ((event: E) => void) | undefined, event: E): void {
    if (hook === undefined) return;
    try {
      const result: unknown = hook(event);
      if (result instanceof Promise) result.catch(() => {});
    } catch {
      // A logging bug must not change whether a message is sent.
    }
  }

  function baseUrl(marketplaceId: string, operation: string): string {
    if (endpoint !== undefined) return endpoint;
    const chosen = region ?? getMarketplace(marketplaceId)?.region;
    if (chosen === undefined) {
      throw new RangeError(
        `Cannot call "${operation}": marketplace "${marketplaceId}" has no known region, pass "region" or "endpoint"`,
      );
    }
    return options.sandbox === true
      ? `https://sandbox.sellingpartnerapi-${chosen}.amazon.com`
      : `https://sellingpartnerapi-${chosen}.amazon.com`;
  }

  function checkOptions(value: unknown, operation: string): OperationOptions {
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

  function checkOrderId(value: unknown, operation: string): string {
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

  function orderUrl(
    base: string,
    amazonOrderId: string,
    suffix: string,
    query: Record<string, string>,
  ): string {
    return `${base}/messaging/v1/orders/${
      encodeURIComponent(amazonOrderId)
    }${suffix}?${new URLSearchParams(query)}`;
  }

  function errorMessage(
    call: Call,
    status: number,
    errors: readonly SpApiErrorEntry[],
  ): string {
    const first = errors[0];
    const target = call.amazonOrderId === undefined
      ? ""
      : ` for order "${call.amazonOrderId}"`;
    const what = first === undefined
      ? `Amazon answered ${status}`
      : `Amazon answered ${status} "${first.code}"${
        first.message === "" ? "" : `: ${first.message}`
      }${first.details === undefined ? "" : ` (${first.details})`}`;
    return redactor.text(`Cannot call "${call.operation}"${target}: ${what}`);
  }

  function unknownOutcome(
    call: Call & { readonly send: NonNullable<Call["send"]> },
    reason: string,
    init: { status?: number; requestId?: string; cause?: unknown },
  ): UnknownOutcomeError {
    return new UnknownOutcomeError(
      redactor.text(
        `Cannot tell whether message "${call.send.type}" for order "${call.send.amazonOrderId}" was sent: ${reason}; it was not resent, check before sending again`,
      ),
      {
        operation: call.operation,
        type: call.send.type,
        amazonOrderId: call.send.amazonOrderId,
        status: init.status,
        requestId: init.requestId,
      },
      init.cause === undefined ? undefined : { cause: init.cause },
    );
  }

  function isSend(
    call: Call,
  ): call is Call & { readonly send: NonNullable<Call["send"]> } {
    return call.send !== undefined;
  }

  function perform(call: Call): Promise<Answer> {
    // Whatever is thrown passes the redactor on its way out: messages,
    // fields, kept headers and causes, in every form a server may echo.
    return performUnredacted(call).catch((error) => {
      throw redactor.error(error);
    });
  }

  async function performUnredacted(call: Call): Promise<Answer> {
    const signal = call.signal;
    const key = call.spApi
      ? `${await identity()} ${call.base} ${call.operation}`
      : undefined;
    const firstStart = clock.now();
    let attempt = 0;
    let retries = 0;
    let authRetried = false;

    /** Sleeps before a retry when the budget allows; tells whether to retry. */
    async function retryAfterBackoff(retryAfterMs?: number): Promise<boolean> {
      if (retries >= policy.limit) return false;
      const delay = backoffDelay(policy, retries + 1, retryAfterMs);
      if (clock.now() + delay - firstStart > policy.maxRetryTime) return false;
      retries++;
      await clock.sleep(delay, signal);
      return true;
    }

    for (;;) {
      attempt++;
      signal?.throwIfAborted();
      let token: string | undefined;
      if (key !== undefined) {
        // The access token first: a token refresh must not sit between taking
        // a rate-limit token and the request reaching Amazon.
        try {
          token = await abortable(auth.token(), signal);
        } catch (error) {
          throw redactor.error(error);
        }
        if (typeof token !== "string" || token === "") {
          throw new TypeError(
            `Cannot call "${call.operation}": the token provider did not return a non-empty string`,
          );
        }
        redactor.addToken(token);
        await limiter.acquire(key, { signal, limits: call.limits });
      }
      const headers = new Headers({ "user-agent": userAgent });
      if (call.spApi) headers.set("accept", ACCEPT);
      if (token !== undefined) headers.set("x-amz-access-token", token);
      if (call.contentType !== undefined) {
        headers.set("content-type", call.contentType);
      }
      for (const [name, value] of Object.entries(call.headers ?? {})) {
        headers.set(name, value);
      }
      // Redacting costs a URL parse: only pay it when someone listens.
      const shownUrl = options.onRequest || options.onResponse
        ? redactor.url(call.url)
        : "";
      if (options.onRequest) {
        emit(options.onRequest, {
          operation: call.operation,
          method: call.method,
          url: shownUrl,
          headers: redactor.headers(headers),
          attempt,
        });
      }
      // The last moment a caller's abort means "not sent".
      signal?.throwIfAborted();
      const started = clock.now();
      let fetched: Fetched | undefined;
      let failure: unknown;
      try {
        fetched = await fetchWithTimeout(call.url, {
          method: call.method,
          headers,
          body: call.body as BodyInit | undefined,
        }, {
          fetch: fetchImpl,
          clock,
          timeoutMs,
          // A message on the wire is not aborted by the caller: Amazon may
          // take it either way, and only a completed request tells whether
          // it did (its outcome is then recorded, and reported as usual).
          // The timeout still applies.
          signal: isSend(call) ? undefined : signal,
        });
      } catch (error) {
        failure = error;
      }
      const status = fetched?.response.status;
      const requestId = fetched?.response.headers.get("x-amzn-RequestId") ??
        undefined;
      const bodyFailed = fetched !== undefined &&
        fetched.bodyError !== undefined;
      if (options.onResponse) {
        emit(options.onResponse, {
          operation: call.operation,
          method: call.method,
          url: shownUrl,
          attempt,
          status,
          requestId: requestId === undefined
            ? undefined
            : redactor.text(requestId),
          duration: clock.now() - started,
          ...(failure === undefined ? {} : {
            error: failure instanceof Error ? failure.name : typeof failure,
          }),
        });
      }

      if (fetched === undefined) {
        const safe = redactor.error(failure);
        if (isSend(call)) {
          throw unknownOutcome(call, describeFailure(failure, timeoutMs), {
            cause: safe,
          });
        }
        if (signal?.aborted) throw signal.reason;
        if (await retryAfterBackoff()) continue;
        throw safe;
      }

      const { response, text } = fetched;
      if (key !== undefined) {
        limiter.adapt(key, response.headers.get("x-amzn-RateLimit-Limit"));
      }

      if (response.ok) {
        // A send is accepted once Amazon answered 2xx, body or not.
        if (bodyFailed && !isSend(call)) {
          if (signal?.aborted) throw signal.reason;
          if (await retryAfterBackoff()) continue;
          throw redactor.error(fetched.bodyError);
        }
        return { status: response.status, json: parseJson(text), requestId };
      }

      const json = parseJson(text);
      const errors = parseErrors(json).map((entry) => ({
        ...entry,
        code: redactor.text(entry.code),
        message: redactor.text(entry.message),
        ...(entry.details === undefined
          ? {}
          : { details: redactor.text(entry.details) }),
      }));
      const first = errors[0];
      const code = first?.code ?? (call.spApi ? undefined : s3ErrorCode(text));
      const init = {
        status: response.status,
        operation: call.operation,
        code,
        details: first?.details,
        errors,
        requestId,
        response,
      };

      if (response.status === 429) {
        if (key !== undefined) {
          await limiter.drain(key, { limits: call.limits });
        }
        const retryAfter = parseRetryAfter(
          response.headers.get("retry-after"),
          clock.now(),
        );
        if (await retryAfterBackoff(retryAfter)) continue;
        throw new QuotaExceededError(
          `${
            errorMessage(call, 429, errors)
          }: still throttled after ${attempt} attempts`,
          { ...init, code: code ?? "QuotaExceeded", attempts: attempt },
        );
      }
      if (response.status >= 500) {
        if (isSend(call)) {
          throw unknownOutcome(
            call,
            `Amazon answered ${response.status}${
              code === undefined ? "" : ` "${code}"`
            }`,
            {
              status: response.status,
              requestId,
              cause: new SpApiError(
                errorMessage(call, response.status, errors),
                init,
              ),
            },
          );
        }
        if (RETRY_STATUSES.has(response.status) && await retryAfterBackoff()) {
          continue;
        }
        throw new SpApiError(errorMessage(call, response.status, errors), init);
      }
      if (response.status === 401 || response.status === 403) {
        const said = errors.map((e) => `${e.message} ${e.details ?? ""}`).join(
          " ",
        );
        if (
          call.spApi && token !== undefined && !authRetried &&
          auth.invalidate !== undefined && EXPIRED_TOKEN.test(said)
        ) {
          // Amazon refused the request, so sending it again is safe.
          auth.invalidate(token);
          authRetried = true;
          continue;
        }
        if (isSend(call) && TEMPLATE_COMBINATION.test(said)) {
          throw new MessageTypeUnavailableError(
            `Cannot send message "${call.send.type}" as order "${call.send.amazonOrderId}" does not accept it: Amazon answered ${response.status} "Invalid amazonOrderId and template combination"`,
            {
              type: call.send.type,
              amazonOrderId: call.send.amazonOrderId,
              status: response.status,
              requestId,
            },
            {
              cause: new SpApiError(
                errorMessage(call, response.status, errors),
                init,
              ),
            },
          );
        }
        if (call.spApi) {
          throw new AuthError(
            errorMessage(call, response.status, errors),
            init,
          );
        }
      }
      throw new SpApiError(errorMessage(call, response.status, errors), init);
    }
  }

  /** A GET on an order's Messaging resource (`suffix` after the order path). */
  function getOrder(
    operation: string,
    suffix: string,
    amazonOrderId: string,
    callOptions: OperationOptions,
  ): Promise<Answer> {
    const id = checkOrderId(amazonOrderId, operation);
    const { marketplaceId, signal } = checkOptions(callOptions, operation);
    const base = baseUrl(marketplaceId, operation);
    return perform({
      operation,
      method: "GET",
      url: orderUrl(base, id, suffix, { marketplaceIds: marketplaceId }),
      base,
      signal: anySignal([options.signal, signal]),
      spApi: true,
      amazonOrderId: id,
    });
  }

  async function getMessagingActionsForOrder(
    amazonOrderId: string,
    callOptions: OperationOptions,
  ): Promise<MessagingActions> {
    const answer = await getOrder(
      "getMessagingActionsForOrder",
      "",
      amazonOrderId,
      callOptions,
    );
    const links = isRecord(answer.json) && isRecord(answer.json._links)
      ? answer.json._links.actions
      : undefined;
    const actions: MessagingActionLink[] = [];
    const types: MessageTypeId[] = [];
    if (Array.isArray(links)) {
      for (const link of links) {
        if (!isRecord(link) || typeof link.href !== "string") continue;
        const name = typeof link.name === "string" ? link.name : undefined;
        actions.push(
          Object.freeze(
            name === undefined ? { href: link.href } : {
              href: link.href,
              name,
            },
          ),
        );
        if (isMessageTypeId(name) && !types.includes(name)) types.push(name);
      }
    }
    return {
      types: Object.freeze(types),
      actions: Object.freeze(actions),
      requestId: answer.requestId,
    };
  }

  async function getAttributes(
    amazonOrderId: string,
    callOptions: OperationOptions,
  ): Promise<BuyerAttributes> {
    const answer = await getOrder(
      "getAttributes",
      "/attributes",
      amazonOrderId,
      callOptions,
    );
    const buyer = isRecord(answer.json) ? answer.json.buyer : undefined;
    const locale = isRecord(buyer) && typeof buyer.locale === "string" &&
        buyer.locale !== ""
      ? buyer.locale
      : undefined;
    return locale === undefined
      ? { requestId: answer.requestId }
      : { locale, requestId: answer.requestId };
  }

  interface SendTarget {
    readonly type: MessageType;
    readonly operation: string;
    readonly amazonOrderId: string;
    readonly marketplaceId: string;
    readonly base: string;
    readonly body: unknown;
    readonly signal: AbortSignal | undefined;
    readonly checkEligibility: boolean;
    readonly allowDuplicate: boolean;
  }

  function checkSendOptions(
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

  async function send(
    type: MessageType,
    amazonOrderId: string,
    callOptions: MessageOptions<unknown>,
    checkEligibility: boolean,
  ): Promise<SendMessageResult> {
    const operation = lowerFirst(type.operationId);
    const id = checkOrderId(amazonOrderId, operation);
    const { marketplaceId, signal } = checkOptions(callOptions, operation);
    const { idempotencyKey, allowDuplicate } = checkSendOptions(
      callOptions as unknown as Record<string, unknown>,
      operation,
    );
    const body = callOptions.body;
    const validation = validateMessageBody(type, body);
    if (!validation.success) {
      throw new MessageValidationError(
        `Cannot send message "${type.id}" as its body is invalid: ${
          validation.issues.map((issue) =>
            `${issue.path === "" ? "body" : issue.path}: ${issue.message}`
          ).join("; ")
        }`,
        { type: type.id, issues: validation.issues },
      );
    }
    const target: SendTarget = {
      type,
      operation,
      amazonOrderId: id,
      marketplaceId,
      base: baseUrl(marketplaceId, operation),
      body,
      signal,
      checkEligibility,
      allowDuplicate,
    };
    return idempotencyKey === undefined
      ? await guardedSend(target)
      : await idempotentSend(target, idempotencyKey);
  }

  /** A send under an idempotency key: the first outcome, kept and replayed. */
  async function idempotentSend(
    target: SendTarget,
    idempotencyKey: string,
  ): Promise<SendMessageResult> {
    const { type, amazonOrderId } = target;
    const key = `send ${fingerprintJson([await identity(), idempotencyKey])}`;
    const fingerprint = fingerprintJson({
      type: type.id,
      amazonOrderId,
      marketplaceId: target.marketplaceId,
      body: target.body ?? null,
    });
    const init = { idempotencyKey, type: type.id, amazonOrderId };
    const what =
      `Cannot send message "${type.id}" for order "${amazonOrderId}" with idempotency key "${idempotencyKey}"`;
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
      const result = await guardedSend(target);
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

  function replaySend(value: unknown, what: string): SendMessageResult {
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

  /** A send behind the duplicate guard. */
  async function guardedSend(target: SendTarget): Promise<SendMessageResult> {
    const { type, amazonOrderId } = target;
    const windowMs = duplicates.windowMs;
    let guardKey: string | undefined;
    if (windowMs > 0 && !target.allowDuplicate) {
      guardKey = `duplicate ${
        fingerprintJson([
          await identity(),
          amazonOrderId,
          type.id,
          guardContent(target.body),
        ])
      }`;
      if (!(await duplicates.store.claim(guardKey, windowMs))) {
        throw new DuplicateMessageError(
          `Cannot send message "${type.id}" to order "${amazonOrderId}" again: the same message went to this order less than ${
            formatWindow(windowMs)
          } ago or is being sent now (Amazon counts repeated messages as unnecessary contact); pass "allowDuplicate: true" if it is intended`,
          { type: type.id, amazonOrderId, windowMs },
        );
      }
    }
    try {
      return await deliver(target);
    } catch (error) {
      // Only a send that may have reached Amazon keeps its claim.
      if (guardKey !== undefined && !(error instanceof UnknownOutcomeError)) {
        await duplicates.store.release(guardKey).catch(() => {});
      }
      throw error;
    }
  }

  /** Checks eligibility when asked, then POSTs the message. */
  async function deliver(target: SendTarget): Promise<SendMessageResult> {
    const { type, amazonOrderId: id, marketplaceId, base, body, signal } =
      target;
    if (target.checkEligibility) {
      const actions = await getMessagingActionsForOrder(id, {
        marketplaceId,
        ...(signal === undefined ? {} : { signal }),
      });
      if (!actions.types.includes(type.id as MessageTypeId)) {
        throw new MessageTypeUnavailableError(
          `Cannot send message "${type.id}" as order "${id}" does not accept it now: ${
            actions.types.length === 0
              ? "it accepts no message types"
              : `allowed types are ${
                actions.types.map((t) => `"${t}"`).join(", ")
              }`
          }`,
          {
            type: type.id,
            amazonOrderId: id,
            available: actions.types,
            requestId: actions.requestId,
          },
        );
      }
    }
    const answer = await perform({
      operation: target.operation,
      method: "POST",
      url: orderUrl(base, id, `/messages/${type.id}`, {
        marketplaceIds: marketplaceId,
      }),
      base,
      signal: anySignal([options.signal, signal]),
      spApi: true,
      amazonOrderId: id,
      send: { type: type.id, amazonOrderId: id },
      ...(type.hasBody
        ? { body: JSON.stringify(body ?? {}), contentType: "application/json" }
        : {}),
    });
    return {
      type: type.id as MessageTypeId,
      amazonOrderId: id,
      requestId: answer.requestId,
    };
  }

  async function uploadAttachment(
    amazonOrderId: string,
    type: MessageTypeId,
    callOptions: UploadAttachmentOptions,
  ): Promise<Attachment> {
    const operation = UPLOAD_OPERATION;
    const id = checkOrderId(amazonOrderId, operation);
    const { marketplaceId, signal } = checkOptions(callOptions, operation);
    const descriptor = getMessageType(type);
    if (descriptor.attachments === null) {
      throw new RangeError(
        `Cannot upload an attachment for message type "${descriptor.id}": it takes no attachments`,
      );
    }
    const { fileName, bytes, contentType } = callOptions;
    if (typeof fileName !== "string" || fileName.trim() === "") {
      throw new TypeError(
        `Cannot call "${operation}": "fileName" must be a non-empty string`,
      );
    }
    if (typeof contentType !== "string" || contentType.trim() === "") {
      throw new TypeError(
        `Cannot call "${operation}": "contentType" must be a MIME type such as "application/pdf"`,
      );
    }
    const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
    const md5 = contentMd5(data);
    const base = baseUrl(marketplaceId, operation);
    const combined = anySignal([options.signal, signal]);
    const query = new URLSearchParams({
      marketplaceIds: marketplaceId,
      contentMD5: md5,
      contentType,
    });
    const destination = await perform({
      operation,
      method: "POST",
      url: `${base}/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/${
        encodeURIComponent(id)
      }/messages/${descriptor.id}?${query}`,
      base,
      signal: combined,
      spApi: true,
      limits: UPLOAD_LIMITS,
      amazonOrderId: id,
    });
    const payload = isRecord(destination.json)
      ? destination.json.payload
      : undefined;
    if (
      !isRecord(payload) || typeof payload.uploadDestinationId !== "string" ||
      typeof payload.url !== "string"
    ) {
      throw new SpApiError(
        `Cannot call "${operation}" for order "${id}": the answer has no "payload" with "uploadDestinationId" and "url"`,
        {
          status: destination.status,
          operation,
          requestId: destination.requestId,
        },
      );
    }
    const putHeaders: Record<string, string> = {};
    if (isRecord(payload.headers)) {
      for (const [name, value] of Object.entries(payload.headers)) {
        if (typeof value === "string") putHeaders[name] = value;
      }
    }
    await perform({
      operation: "uploadContent",
      method: "PUT",
      url: payload.url,
      base: payload.url,
      signal: combined,
      spApi: false,
      body: data,
      headers: putHeaders,
      amazonOrderId: id,
    });
    return Object.freeze({
      uploadDestinationId: payload.uploadDestinationId,
      fileName,
    });
  }

  return {
    getMessagingActionsForOrder,
    getAttributes,
    confirmCustomizationDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmCustomizationDetails, id, o, false),
    createConfirmDeliveryDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmDeliveryDetails, id, o, false),
    createLegalDisclosure: (id, o) =>
      send(MESSAGE_TYPES.legalDisclosure, id, o, false),
    createNegativeFeedbackRemoval: (id, o) =>
      send(MESSAGE_TYPES.negativeFeedbackRemoval, id, o, false),
    createConfirmOrderDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmOrderDetails, id, o, false),
    createConfirmServiceDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmServiceDetails, id, o, false),
    createAmazonMotors: (id, o) =>
      send(MESSAGE_TYPES.amazonMotors, id, o, false),
    createWarranty: (id, o) => send(MESSAGE_TYPES.warranty, id, o, false),
    createDigitalAccessKey: (id, o) =>
      send(MESSAGE_TYPES.digitalAccessKey, id, o, false),
    createUnexpectedProblem: (id, o) =>
      send(MESSAGE_TYPES.unexpectedProblem, id, o, false),
    sendInvoice: (id, o) => send(MESSAGE_TYPES.invoice, id, o, false),
    // async, so an unknown type rejects like every other argument error.
    sendMessage: async (type, id, o) =>
      await send(
        getMessageType(type),
        id,
        o as MessageOptions<unknown>,
        (o as SendMessageOptions<MessageTypeId> | undefined)
          ?.checkEligibility !== false,
      ),
    uploadAttachment,
  };
}
