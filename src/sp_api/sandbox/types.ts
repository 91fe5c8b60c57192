// This module is browser compatible.

/**
 * The public types of the sandbox: its options, faults, records and the
 * sandbox itself.
 *
 * @module
 */

import type { MessageTypeId } from "../../message_types/mod.ts";
import type { Clock } from "../clock.ts";
import type { FetchLike } from "../fetch_like.ts";
import type { LwaCredentials } from "../lwa_auth.ts";
import type { RateLimits } from "../rate_limit_store.ts";
import type { SandboxOrder } from "./orders.ts";

/**
 * What a fault does to a matching request.
 *
 * @example Every kind
 * ```ts
 * import { createSandbox, type SandboxFaultKind } from "@sellerkit/buyer-messages/testing";
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
 * import { createMessagingClient, UnknownOutcomeError } from "@sellerkit/buyer-messages";
 * import { createSandbox, type SandboxFault } from "@sellerkit/buyer-messages/testing";
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
 * import { createMessagingClient, QuotaExceededError } from "@sellerkit/buyer-messages";
 * import { createSandbox, type SandboxOptions } from "@sellerkit/buyer-messages/testing";
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
   * Token bucket per seller and operation, as Amazon keeps one per
   * seller-and-app pair and operation; or `false` for none.
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
   * Seller ids by refresh token. LWA then only issues tokens for these
   * refresh tokens (and that of `credentials`), SP-API only accepts tokens it
   * issued, and each token's calls count against its seller's buckets and
   * show its seller id in `sent` and `requests`. Without it, the seller of a
   * refresh token is the non-secret identity of its credentials (`lwa-` and
   * 32 hex digits, as `LwaAuth.identity()` answers), and access tokens the
   * sandbox did not issue all belong to one seller, `"default"`.
   *
   * @default {undefined}
   */
  readonly sellers?: Readonly<Record<string, string>>;
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
   * Keep only the latest records in `sent`, `solicitations`, `uploads` and
   * `requests`.
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
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox, type SentMessage } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * await client.createConfirmServiceDetails("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER", body: { text: "The installer arrives at 9:00." } });
 * const [message]: readonly SentMessage[] = sandbox.sent;
 * assert.equal(message.type, "confirmServiceDetails");
 * assert.equal(message.seller, "default"); // a token the sandbox did not issue
 * assert.deepEqual(message.body, { text: "The installer arrives at 9:00." });
 * ```
 */
export interface SentMessage {
  /** The seller whose access token sent it (see `SandboxOptions.sellers`). */
  readonly seller: string;
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
 * A solicitation (Amazon's "Request a Review") the sandbox accepted.
 *
 * @example Inspecting a review request
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox, type SentSolicitation } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * await client.createProductReviewAndSellerFeedbackSolicitation("123-1234567-1234567", { marketplaceId: "ATVPDKIKX0DER" });
 * const [solicitation]: readonly SentSolicitation[] = sandbox.solicitations;
 * assert.equal(solicitation.type, "productReviewAndSellerFeedback");
 * assert.equal(sandbox.sent.length, 0); // not a message
 * ```
 */
export interface SentSolicitation {
  /** The order. */
  readonly amazonOrderId: string;
  /** The solicitation type. */
  readonly type: "productReviewAndSellerFeedback";
  /** The marketplace of the request. */
  readonly marketplaceId: string;
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
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox, type SandboxUpload } from "@sellerkit/buyer-messages/testing";
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
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox, type SandboxRequestRecord } from "@sellerkit/buyer-messages/testing";
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
  /** The seller of an SP-API call's access token, or of the refresh token a token was issued for; unset for other requests. */
  readonly seller?: string;
}

/**
 * An in-process Amazon. Pass `sandbox.fetch` as the client's `fetch`.
 *
 * @example Checking what was sent
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
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
  /** Solicitations (review requests) accepted, oldest first. */
  readonly solicitations: readonly SentSolicitation[];
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
  /**
   * Clears records, faults, tokens, rate-limit buckets and which orders got
   * their solicitation.
   */
  reset(): void;
}
