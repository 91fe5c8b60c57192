// This module is browser compatible.

/**
 * The JSON the endpoint accepts and answers, as TypeScript types for
 * clients. `GET /openapi.json` documents the same shapes; the test suite
 * checks every answer against them.
 *
 * @module
 */

import type { LocaleMatch } from "../compose/select_locale.ts";
import type { Diagnostic, LintAttachment } from "../lint/rule.ts";
import type { OutboxError, OutboxStatus } from "../outbox/types.ts";

/**
 * The body of `POST /messages`.
 *
 * @example A composed message and a literal one
 * ```ts
 * import type { SendMessageRequest } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const composed: SendMessageRequest = {
 *   amazonOrderId: "123-1234567-1234567",
 *   marketplaceId: "ATVPDKIKX0DER",
 *   type: "confirmOrderDetails",
 *   data: { amazonOrderId: "123-1234567-1234567", sellerName: "Northwind", productTitle: "Boots", details: ["Size 42"] },
 * };
 * const literal: SendMessageRequest = { ...composed, data: undefined, text: "Please confirm the size.", dryRun: true };
 * assert.notEqual(composed.type, undefined);
 * assert.equal(literal.dryRun, true);
 * ```
 */
export interface SendMessageRequest {
  /** The order, 3-7-7 digits. */
  readonly amazonOrderId: string;
  /** The order's marketplace. */
  readonly marketplaceId: string;
  /** The message type (the SP-API action name). */
  readonly type: string;
  /** The template id; the type's own when only `data` is given. */
  readonly template?: string;
  /** The template data. */
  readonly data?: Readonly<Record<string, unknown>>;
  /** A literal text instead of `template`/`data`. */
  readonly text?: string;
  /** Attachments uploaded through the Uploads API. */
  readonly attachments?: readonly LintAttachment[];
  /** Warranty coverage start, ISO 8601. */
  readonly coverageStartDate?: string;
  /** Warranty coverage end, ISO 8601. */
  readonly coverageEndDate?: string;
  /** The buyer's locale; from GetAttributes when absent. */
  readonly locale?: string;
  /** Check everything, send nothing. */
  readonly dryRun?: boolean;
  /**
   * Send even when the same message went to the order within the duplicate
   * window (otherwise 409 `duplicate`).
   */
  readonly allowDuplicate?: boolean;
}

/**
 * One problem of a request: where (a dotted path) and what.
 *
 * @example Reading issues of a 400
 * ```ts
 * import { createMessagingApp, type AnswerIssue, type ErrorAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({ amazonOrderId: "123", marketplaceId: "ATVPDKIKX0DER", type: "unexpectedProblem", colour: "red" }),
 * });
 * const answer: ErrorAnswer = await response.json();
 * const issues: readonly AnswerIssue[] = answer.error.issues ?? [];
 * assert.deepEqual(issues.map((issue) => issue.path), ["amazonOrderId", "colour"]);
 * ```
 */
export interface AnswerIssue {
  /** A dotted path such as `data.sellerName`, `""` for the body. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}

/**
 * The stable error codes. Those of `POST /messages` about repetition:
 * `duplicate` (409: the same message went to the order within the duplicate
 * window; send with `allowDuplicate: true` if intended),
 * `idempotency_in_flight` (409: the first request with this
 * `Idempotency-Key` is still running; retry after `Retry-After`) and
 * `idempotency_key_reused` (422: the key belongs to a different request).
 * `cancelled` (499) is logged when the caller went away before its message
 * was sent; the caller never sees it. `misdirected_request` (421) answers a
 * `Host` the endpoint does not serve. `conflict` (409) answers a cancel or
 * retry of a queued message whose status does not allow it.
 *
 * @example Branching on a code
 * ```ts
 * import type { ErrorCode } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * function retryable(code: ErrorCode): boolean {
 *   return code === "throttled" || code === "upstream_timeout";
 * }
 * assert.equal(retryable("throttled"), true);
 * assert.equal(retryable("unknown_outcome"), false); // never resend blindly
 * ```
 */
export type ErrorCode =
  | "malformed_json"
  | "invalid_request"
  | "unauthorized"
  | "not_found"
  | "method_not_allowed"
  | "misdirected_request"
  | "payload_too_large"
  | "unsupported_media_type"
  | "request_timeout"
  | "throttled"
  | "duplicate"
  | "idempotency_in_flight"
  | "idempotency_key_reused"
  | "cancelled"
  | "unknown_outcome"
  | "amazon_rejected"
  | "order_not_found"
  | "conflict"
  | "upstream_auth"
  | "upstream_error"
  | "upstream_timeout"
  | "internal";

/**
 * The `error` member of error answers.
 *
 * @example A 401
 * ```ts
 * import { createMessagingApp, type AnswerError } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   apiKeys: ["key-0123456789abcdef0123456789abcdef"],
 * });
 * const response = await app.request("/messages", { method: "POST" });
 * const error: AnswerError = (await response.json()).error;
 * assert.equal(error.code, "unauthorized");
 * ```
 */
export interface AnswerError {
  /** The stable code. */
  readonly code: ErrorCode;
  /** A sentence for people. */
  readonly message: string;
  /** The problems of the request, for `invalid_request`. */
  readonly issues?: readonly AnswerIssue[];
  /** Amazon's error code, for upstream failures. */
  readonly amazonCode?: string;
}

/**
 * The fields every answer about a message carries.
 *
 * @example Where the text came from
 * ```ts
 * import type { MessageFields } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const fields: MessageFields = {
 *   requestId: "r-1",
 *   amazonOrderId: "123-1234567-1234567",
 *   marketplaceId: "A1PA6795UKMFR9",
 *   type: "unexpectedProblem",
 *   locale: "de-DE",
 *   buyerLocale: "de-AT",
 *   template: "unexpectedProblem",
 *   localeMatch: "region",
 *   text: "Guten Tag, ...",
 * };
 * assert.equal(fields.localeMatch, "region");
 * ```
 */
export interface MessageFields {
  /** This endpoint's request id (also the `x-request-id` header). */
  readonly requestId: string;
  /** Amazon's `x-amzn-RequestId` of the last SP-API call, if any. */
  readonly amazonRequestId?: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** The message type. */
  readonly type: string;
  /** The text's locale: the template's when composed, the buyer's for literal text. */
  readonly locale?: string;
  /** The buyer's locale (given, or from GetAttributes). */
  readonly buyerLocale?: string;
  /** The template id, when composed. */
  readonly template?: string;
  /** How the template locale was chosen, when composed. */
  readonly localeMatch?: LocaleMatch;
  /** The message text, for types that take one. */
  readonly text?: string;
}

/**
 * 201: Amazon accepted the message.
 *
 * @example Sending through the sandbox
 * ```ts
 * import { createMessagingApp, type SentAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "confirmServiceDetails",
 *     text: "For order 123-1234567-1234567, the installer arrives on Monday at 9:00.",
 *   }),
 * });
 * const answer: SentAnswer = await response.json();
 * assert.equal(answer.status, "sent");
 * assert.equal(answer.amazonRequestId, response.headers.get("x-amzn-RequestId"));
 * ```
 */
export interface SentAnswer extends MessageFields {
  /** `sent`. */
  readonly status: "sent";
  /** Warnings of the lint (an error stops the send). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 200: a dry run that would be sent.
 *
 * @example A dry run
 * ```ts
 * import { createMessagingApp, type ValidAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "confirmServiceDetails",
 *     text: "For order 123-1234567-1234567, the installer arrives on Monday at 9:00.",
 *     dryRun: true,
 *   }),
 * });
 * const answer: ValidAnswer = await response.json();
 * assert.equal(answer.status, "valid");
 * assert.equal(sandbox.sent.length, 0);
 * ```
 */
export interface ValidAnswer extends MessageFields {
  /** `valid`. */
  readonly status: "valid";
  /** Warnings of the lint. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * 422: the lint found an error (or the body does not fit the type); nothing
 * was sent.
 *
 * @example Where the problem is
 * ```ts
 * import { createMessagingApp, type RejectedAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "unexpectedProblem",
 *     text: "Order 123-1234567-1234567 is <b>late</b>.",
 *   }),
 * });
 * const answer: RejectedAnswer = await response.json();
 * const html = answer.diagnostics.find((d) => d.ruleId === "no-html");
 * assert.equal(html?.severity, "error");
 * assert.equal(answer.text?.slice(html?.range?.start.offset, html?.range?.end.offset), "<b>");
 * ```
 */
export interface RejectedAnswer extends MessageFields {
  /** `rejected`. */
  readonly status: "rejected";
  /** Every finding, errors and warnings, with ranges into `text`. */
  readonly diagnostics: readonly Diagnostic[];
  /** Body problems the client would refuse to send, if any. */
  readonly issues?: readonly AnswerIssue[];
}

/**
 * 409: the order does not accept the message type now.
 *
 * @example What the order accepts instead
 * ```ts
 * import { createMessagingApp, type UnavailableAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "123-1234567-1234567": { types: ["unexpectedProblem"] } } });
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "confirmDeliveryDetails",
 *     text: "Your delivery for order 123-1234567-1234567 is booked for Monday.",
 *   }),
 * });
 * const answer: UnavailableAnswer = await response.json();
 * assert.deepEqual(answer.available, ["unexpectedProblem"]);
 * ```
 */
export interface UnavailableAnswer {
  /** `unavailable`. */
  readonly status: "unavailable";
  /** This endpoint's request id. */
  readonly requestId: string;
  /** Amazon's request id of the lookup, if any. */
  readonly amazonRequestId?: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** The refused type. */
  readonly type: string;
  /** What the order accepts now. */
  readonly available: readonly string[];
  /** A sentence for people. */
  readonly message: string;
}

/**
 * 502 with `status: "unknown"`: the send may or may not have reached the
 * buyer (a timeout, a dropped connection, a 5xx after Amazon took it). It
 * was not retried: check before sending again.
 *
 * @example An outcome nobody knows
 * ```ts
 * import { createMessagingApp, type UnknownOutcomeAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * sandbox.injectFault({ kind: "error-after-accept", operation: "createUnexpectedProblem" });
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "unexpectedProblem",
 *     text: "Order 123-1234567-1234567 ships two days late. We apologize.",
 *   }),
 * });
 * const answer: UnknownOutcomeAnswer = await response.json();
 * assert.equal(response.status, 502);
 * assert.equal(answer.status, "unknown");
 * assert.equal(sandbox.sent.length, 1); // taken once, never resent
 * ```
 */
export interface UnknownOutcomeAnswer {
  /** `unknown`. */
  readonly status: "unknown";
  /** This endpoint's request id. */
  readonly requestId: string;
  /** Amazon's request id, when Amazon answered. */
  readonly amazonRequestId?: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** The message type. */
  readonly type: string;
  /** `unknown_outcome` and what happened. */
  readonly error: AnswerError;
}

/**
 * Every other 4xx/5xx answer.
 *
 * @example A 415
 * ```ts
 * import { createMessagingApp, type ErrorAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/messages", { method: "POST", body: "type=warranty" });
 * const answer: ErrorAnswer = await response.json();
 * assert.equal(response.status, 415);
 * assert.equal(answer.error.code, "unsupported_media_type");
 * ```
 */
export interface ErrorAnswer {
  /** This endpoint's request id. */
  readonly requestId: string;
  /** Amazon's request id, for upstream failures. */
  readonly amazonRequestId?: string;
  /** What went wrong. */
  readonly error: AnswerError;
  /** For 429: seconds to wait, as in `Retry-After`. */
  readonly retryAfterSeconds?: number;
}

/**
 * Any answer of `POST /messages`. A request with the `Idempotency-Key` of
 * an earlier one from the same caller gets that earlier answer again (same
 * status and body but for `requestId`) with the header
 * `idempotency-replayed: true`, and nothing is sent again.
 *
 * @example Branching on the answer
 * ```ts
 * import type { SendMessageAnswer } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * function describe(answer: SendMessageAnswer): string {
 *   if ("status" in answer) return answer.status;
 *   return answer.error.code;
 * }
 * assert.equal(describe({ requestId: "r", error: { code: "throttled", message: "later" } }), "throttled");
 * ```
 */
export type SendMessageAnswer =
  | SentAnswer
  | ValidAnswer
  | RejectedAnswer
  | UnavailableAnswer
  | UnknownOutcomeAnswer
  | ErrorAnswer;

/**
 * 200 of `GET /orders/{amazonOrderId}/message-types`.
 *
 * @example Listing what an order accepts
 * ```ts
 * import { createMessagingApp, type MessageTypesAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "123-1234567-1234567": { types: ["invoice", "unexpectedProblem"] } } });
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/orders/123-1234567-1234567/message-types?marketplaceId=ATVPDKIKX0DER");
 * const answer: MessageTypesAnswer = await response.json();
 * assert.deepEqual(answer.available, ["invoice", "unexpectedProblem"]);
 * assert.ok(answer.templates.unexpectedProblem.includes("unexpectedProblem"));
 * assert.equal(answer.templates.invoice, undefined); // attachments only
 * ```
 */
export interface MessageTypesAnswer {
  /** This endpoint's request id. */
  readonly requestId: string;
  /** Amazon's request id of the lookup, if any. */
  readonly amazonRequestId?: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** The types the order accepts now. */
  readonly available: readonly string[];
  /** For each available type that takes text: its template ids. */
  readonly templates: Readonly<Record<string, readonly string[]>>;
}

/**
 * 202 of `POST /messages` with `Prefer: respond-async` on an endpoint with
 * an outbox: composed and linted, queued, not sent yet. The `Location`
 * header is `/messages/{id}`; `Preference-Applied` is `respond-async`.
 * Whether the order accepts the type is checked when it is sent.
 *
 * @example Queueing a message
 * ```ts
 * import { createMessagingApp, type QueuedAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createMessagingClient, createMemoryOutboxStore, createOutbox } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const outbox = createOutbox({ store: createMemoryOutboxStore(), client });
 * const app = createMessagingApp({ client, outbox, allowUnauthenticated: true });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json", prefer: "respond-async" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "confirmServiceDetails",
 *     text: "For order 123-1234567-1234567, the installer arrives on Monday at 9:00.",
 *   }),
 * });
 * const answer: QueuedAnswer = await response.json();
 * assert.equal(response.status, 202);
 * assert.equal(answer.status, "queued");
 * assert.equal(response.headers.get("location"), `/messages/${answer.id}`);
 * assert.equal(sandbox.sent.length, 0); // sent when the outbox drains
 * ```
 */
export interface QueuedAnswer extends MessageFields {
  /** The message's id in the outbox. */
  readonly id: string;
  /** `queued`. */
  readonly status: "queued";
  /** Warnings of the lint (an error stops the queueing). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One status a message in the outbox entered.
 *
 * @example A send that Amazon took
 * ```ts
 * import type { OutboxHistoryEntry } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const entry: OutboxHistoryEntry = { at: "2026-12-05T10:00:01.000Z", status: "sent", amazonRequestId: "a-1" };
 * assert.equal(entry.status, "sent");
 * ```
 */
export interface OutboxHistoryEntry {
  /** When, ISO 8601. */
  readonly at: string;
  /** The status entered. */
  readonly status: OutboxStatus;
  /** Amazon's `x-amzn-RequestId`, when Amazon answered. */
  readonly amazonRequestId?: string;
  /** What went wrong, when something did. */
  readonly error?: OutboxError;
  /** Why the status changed, when it is not plain (a retry, an ended lease). */
  readonly note?: string;
}

/**
 * A message in the outbox, as `GET /messages` lists it: its own fields, the
 * composition details, where it stands and its history. A message has
 * `type`; a review request has `solicitation` instead.
 *
 * @example Reading where a message stands
 * ```ts
 * import type { OutboxMessage } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const message: OutboxMessage = {
 *   id: "01KBQ7Z8X0ABCDEFGHJKMNPQRS",
 *   status: "unknown",
 *   type: "unexpectedProblem",
 *   amazonOrderId: "123-1234567-1234567",
 *   marketplaceId: "ATVPDKIKX0DER",
 *   text: "Your parcel is delayed by two days.",
 *   createdAt: "2026-12-05T10:00:00.000Z",
 *   notBefore: "2026-12-05T10:00:00.000Z",
 *   attempts: 1,
 *   history: [
 *     { at: "2026-12-05T10:00:00.000Z", status: "queued" },
 *     { at: "2026-12-05T10:00:01.000Z", status: "sending" },
 *     { at: "2026-12-05T10:00:31.000Z", status: "unknown", error: { code: "unknown_outcome", message: "No answer in time" } },
 *   ],
 * };
 * // `unknown` may have reached the buyer: only POST /messages/{id}/retry sends it again.
 * assert.equal(message.history.at(-1)?.status, "unknown");
 * ```
 */
export interface OutboxMessage {
  /** The message's id in the outbox. */
  readonly id: string;
  /** Where it stands. */
  readonly status: OutboxStatus;
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** The message type, for a message. */
  readonly type?: string;
  /** The text's locale: the template's when composed, the buyer's for literal text. */
  readonly locale?: string;
  /** The buyer's locale (given, or from GetAttributes). */
  readonly buyerLocale?: string;
  /** The template id, when composed. */
  readonly template?: string;
  /** How the template locale was chosen, when composed. */
  readonly localeMatch?: LocaleMatch;
  /** The message text, for types that take one. */
  readonly text?: string;
  /** The solicitation (`productReviewAndSellerFeedback`), for a review request. */
  readonly solicitation?: string;
  /** When it was queued, ISO 8601. */
  readonly createdAt: string;
  /** Not sent before this time (a back-off), ISO 8601. */
  readonly notBefore: string;
  /** How many times a send was started. */
  readonly attempts: number;
  /** Every status it entered, oldest first. */
  readonly history: readonly OutboxHistoryEntry[];
}

/**
 * 200 of `GET /messages/{id}` and `DELETE /messages/{id}`, 202 of
 * `POST /messages/{id}/retry`: one message in the outbox.
 *
 * @example Watching a queued message
 * ```ts
 * import { createMessagingApp, type OutboxMessageAnswer, type QueuedAnswer } from "@sellerkit/buyer-messages/hono";
 * import { createMessagingClient, createMemoryOutboxStore, createOutbox } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const outbox = createOutbox({ store: createMemoryOutboxStore(), client });
 * const app = createMessagingApp({ client, outbox, allowUnauthenticated: true });
 * const queued: QueuedAnswer = await (await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json", prefer: "respond-async" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "confirmServiceDetails",
 *     text: "For order 123-1234567-1234567, the installer arrives on Monday at 9:00.",
 *   }),
 * })).json();
 * await outbox.drainOnce();
 * const answer: OutboxMessageAnswer = await (await app.request(`/messages/${queued.id}`)).json();
 * assert.equal(answer.status, "sent");
 * assert.deepEqual(answer.history.map((entry) => entry.status), ["queued", "sending", "sent"]);
 * ```
 */
export interface OutboxMessageAnswer extends OutboxMessage {
  /** This endpoint's request id. */
  readonly requestId: string;
}

/**
 * 200 of `GET /messages?amazonOrderId=&limit=&cursor=`: a page of the
 * seller's messages, newest first.
 *
 * @example Paging through an order's messages
 * ```ts
 * import type { OutboxListAnswer } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * async function all(fetchPage: (cursor?: string) => Promise<OutboxListAnswer>): Promise<number> {
 *   let count = 0;
 *   let cursor: string | undefined;
 *   do {
 *     const page = await fetchPage(cursor);
 *     count += page.messages.length;
 *     cursor = page.cursor;
 *   } while (cursor !== undefined);
 *   return count;
 * }
 * assert.equal(await all(() => Promise.resolve({ requestId: "r", messages: [] })), 0);
 * ```
 */
export interface OutboxListAnswer {
  /** This endpoint's request id. */
  readonly requestId: string;
  /** The messages, newest first. */
  readonly messages: readonly OutboxMessage[];
  /** Pass it as `cursor` for the next page; absent on the last page. */
  readonly cursor?: string;
}

/**
 * 409 `conflict` of `DELETE /messages/{id}` and
 * `POST /messages/{id}/retry`: the message's status does not allow it
 * (only a `queued` message can be cancelled, only an `unknown` one
 * retried).
 *
 * @example Cancelling too late
 * ```ts
 * import type { OutboxConflictAnswer } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const answer: OutboxConflictAnswer = {
 *   requestId: "r-1",
 *   status: "sent",
 *   error: { code: "conflict", message: "The message is sent: only a queued message can be cancelled" },
 * };
 * assert.equal(answer.status, "sent");
 * ```
 */
export interface OutboxConflictAnswer {
  /** This endpoint's request id. */
  readonly requestId: string;
  /** Where the message stands now. */
  readonly status: OutboxStatus;
  /** `conflict` and why. */
  readonly error: AnswerError;
}
