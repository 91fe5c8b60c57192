// This module is browser compatible.

/**
 * The errors the SP-API client raises on purpose. Every class extends
 * {@linkcode BuyerMessagesError}, so one `instanceof` tells them from bugs.
 * None of them ever holds an access token, client secret or refresh token.
 *
 * @module
 */

import { snapshotResponse } from "../_redact.ts";
import { BuyerMessagesError } from "../errors.ts";
import type { BodyIssue } from "../message_types/validate_body.ts";

/**
 * One entry of Amazon's `{ errors: [...] }` answer.
 *
 * @example Reading every entry
 * ```ts
 * import { SpApiError, type SpApiErrorEntry } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const error = new SpApiError("Cannot call \"getAttributes\": Amazon answered 400", {
 *   status: 400,
 *   errors: [{ code: "InvalidInput", message: "Invalid Input" }],
 * });
 * const entries: readonly SpApiErrorEntry[] = error.errors;
 * assert.equal(entries[0].code, "InvalidInput");
 * ```
 */
export interface SpApiErrorEntry {
  /** Amazon's error code, such as `InvalidInput` or `QuotaExceeded`. */
  readonly code: string;
  /** Amazon's message. */
  readonly message: string;
  /** Amazon's details, when given. */
  readonly details?: string;
}

/**
 * What an {@linkcode SpApiError} carries besides its message.
 *
 * @example Building an error in a test double
 * ```ts
 * import { SpApiError, type SpApiErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: SpApiErrorInit = { status: 404, code: "NotFound", requestId: "rid-1" };
 * const error = new SpApiError("Cannot call \"getAttributes\": Amazon answered 404", init);
 * assert.equal(error.status, 404);
 * assert.equal(error.requestId, "rid-1");
 * ```
 */
export interface SpApiErrorInit {
  /** The HTTP status Amazon answered. */
  readonly status: number;
  /** The operation, such as `createWarranty`. */
  readonly operation?: string;
  /** The code of Amazon's first error entry. */
  readonly code?: string;
  /** The details of Amazon's first error entry. */
  readonly details?: string;
  /** Every error entry Amazon sent. */
  readonly errors?: readonly SpApiErrorEntry[];
  /** The `x-amzn-RequestId` header: quote it to Amazon support. */
  readonly requestId?: string;
  /**
   * The response, with its body already read. The error keeps a copy of its
   * status and headers only (see {@linkcode SpApiError.response}).
   */
  readonly response?: Response;
}

/**
 * Amazon answered with an error status (4xx, or 5xx on a read).
 *
 * @example Reading Amazon's error
 * ```ts
 * import {
 *   createMessagingClient,
 *   SpApiError,
 * } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 * });
 * // The static sandbox order that always fails.
 * const error = await client
 *   .getAttributes("123-1234567-0000000", { marketplaceId: "ATVPDKIKX0DER" })
 *   .catch((e) => e);
 * assert.ok(error instanceof SpApiError);
 * assert.equal(error.status, 400);
 * assert.equal(error.code, "InvalidInput");
 * assert.equal(typeof error.requestId, "string");
 * assert.equal(error.response?.status, 400); // status and headers, no body
 * ```
 */
export class SpApiError extends BuyerMessagesError {
  /** The HTTP status Amazon answered. */
  readonly status: number;
  /** The operation, such as `createWarranty`. */
  readonly operation: string | undefined;
  /** The code of Amazon's first error entry. */
  readonly code: string | undefined;
  /** The details of Amazon's first error entry. */
  readonly details: string | undefined;
  /** Every error entry Amazon sent. */
  readonly errors: readonly SpApiErrorEntry[];
  /** The `x-amzn-RequestId` header: quote it to Amazon support. */
  readonly requestId: string | undefined;
  /**
   * A copy of the status and headers of Amazon's answer, without its body
   * (which was read to build this error) and with secret headers
   * (`set-cookie`, `authorization`, `x-amz-access-token`, ...) redacted;
   * the client also redacts its own secrets in every other header. It is
   * not enumerable, so printing or serializing the error leaves it out.
   */
  declare readonly response: Response | undefined;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init Status, code and request id.
   * @param options The underlying cause, if any.
   */
  constructor(message: string, init: SpApiErrorInit, options?: ErrorOptions) {
    super(message, options);
    this.name = "SpApiError";
    this.status = init.status;
    this.operation = init.operation;
    this.code = init.code;
    this.details = init.details;
    this.errors = Object.freeze([...(init.errors ?? [])]);
    this.requestId = init.requestId;
    Object.defineProperty(this, "response", {
      value: init.response === undefined
        ? undefined
        : snapshotResponse(init.response),
      enumerable: false,
      configurable: true,
    });
  }
}

/**
 * What an {@linkcode AuthError} carries besides an {@linkcode SpApiErrorInit}.
 *
 * @example An LWA refusal
 * ```ts
 * import { AuthError, type AuthErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: AuthErrorInit = { status: 400, error: "invalid_grant", errorDescription: "Refresh token revoked" };
 * const error = new AuthError("Cannot get an LWA access token: Amazon answered 400", init);
 * assert.equal(error.error, "invalid_grant");
 * ```
 */
export interface AuthErrorInit extends SpApiErrorInit {
  /** Login with Amazon's `error` field, such as `invalid_grant`. */
  readonly error?: string;
  /** Login with Amazon's `error_description` field. */
  readonly errorDescription?: string;
}

/**
 * The credentials were refused: Login with Amazon would not issue an access
 * token (`error` and `errorDescription` say why), or SP-API answered 401 or
 * 403 for a reason other than the message type.
 *
 * @example A refused refresh token
 * ```ts
 * import { AuthError, createLwaAuth } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({
 *   credentials: { clientId: "id", clientSecret: "secret-1", refreshToken: "Atzr|good" },
 * });
 * const auth = createLwaAuth({
 *   clientId: "id",
 *   clientSecret: "secret-1",
 *   refreshToken: "Atzr|revoked",
 *   fetch: sandbox.fetch,
 * });
 * const error = await auth().catch((e) => e);
 * assert.ok(error instanceof AuthError);
 * assert.equal(error.error, "invalid_grant");
 * assert.ok(!String(error).includes("Atzr|revoked"));
 * ```
 */
export class AuthError extends SpApiError {
  /** Login with Amazon's `error` field, such as `invalid_grant`. */
  readonly error: string | undefined;
  /** Login with Amazon's `error_description` field. */
  readonly errorDescription: string | undefined;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init Status, LWA error and request id.
   * @param options The underlying cause, if any.
   */
  constructor(message: string, init: AuthErrorInit, options?: ErrorOptions) {
    super(message, init, options);
    this.name = "AuthError";
    this.error = init.error;
    this.errorDescription = init.errorDescription;
  }
}

/**
 * What a {@linkcode QuotaExceededError} carries besides an {@linkcode SpApiErrorInit}.
 *
 * @example Counting attempts
 * ```ts
 * import { QuotaExceededError, type QuotaExceededErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: QuotaExceededErrorInit = { status: 429, code: "QuotaExceeded", attempts: 4 };
 * assert.equal(new QuotaExceededError("Still throttled", init).attempts, 4);
 * ```
 */
export interface QuotaExceededErrorInit extends SpApiErrorInit {
  /** How many requests were made, retries included. */
  readonly attempts: number;
}

/**
 * Amazon kept answering 429 `QuotaExceeded` until the retry budget ran out.
 * Nothing was sent: a 429 means Amazon did not take the request.
 *
 * @example Telling a throttle from other errors
 * ```ts
 * import { QuotaExceededError, SpApiError } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const error = new QuotaExceededError("Cannot call \"getAttributes\": throttled", {
 *   status: 429,
 *   code: "QuotaExceeded",
 *   attempts: 4,
 * });
 * assert.ok(error instanceof SpApiError);
 * assert.equal(error.attempts, 4);
 * ```
 */
export class QuotaExceededError extends SpApiError {
  /** How many requests were made, retries included. */
  readonly attempts: number;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init Status, code, request id and attempts.
   * @param options The underlying cause, if any.
   */
  constructor(
    message: string,
    init: QuotaExceededErrorInit,
    options?: ErrorOptions,
  ) {
    super(message, init, options);
    this.name = "QuotaExceededError";
    this.attempts = init.attempts;
  }
}

/**
 * What a {@linkcode MessageTypeUnavailableError} carries.
 *
 * @example What the order accepts
 * ```ts
 * import { MessageTypeUnavailableError, type MessageTypeUnavailableErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: MessageTypeUnavailableErrorInit = {
 *   type: "warranty",
 *   amazonOrderId: "123-1234567-1234567",
 *   available: ["unexpectedProblem"],
 * };
 * assert.deepEqual(new MessageTypeUnavailableError("Cannot send", init).available, ["unexpectedProblem"]);
 * ```
 */
export interface MessageTypeUnavailableErrorInit {
  /** The message type that was refused. */
  readonly type: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The types the order accepts, when known (from `getMessagingActionsForOrder`). */
  readonly available?: readonly string[];
  /** The HTTP status, when Amazon refused the send itself (403). */
  readonly status?: number;
  /** The `x-amzn-RequestId` of the answer that told. */
  readonly requestId?: string;
}

/**
 * The order does not accept this message type now: it is not listed by
 * `getMessagingActionsForOrder`, or Amazon answered 403 "Invalid
 * amazonOrderId and template combination". Nothing was sent.
 *
 * @example Listing what the order accepts instead
 * ```ts
 * import {
 *   createMessagingClient,
 *   MessageTypeUnavailableError,
 * } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({
 *   orders: { "111-2223334-4445556": { types: ["unexpectedProblem"] } },
 * });
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 * });
 * const error = await client
 *   .sendMessage("confirmDeliveryDetails", "111-2223334-4445556", {
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { text: "Your delivery is booked for Monday." },
 *   })
 *   .catch((e) => e);
 * assert.ok(error instanceof MessageTypeUnavailableError);
 * assert.deepEqual(error.available, ["unexpectedProblem"]);
 * assert.equal(sandbox.sent.length, 0);
 * ```
 */
export class MessageTypeUnavailableError extends BuyerMessagesError {
  /** The message type that was refused. */
  readonly type: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The types the order accepts, when known. */
  readonly available: readonly string[] | undefined;
  /** The HTTP status, when Amazon refused the send itself (403). */
  readonly status: number | undefined;
  /** The `x-amzn-RequestId` of the answer that told. */
  readonly requestId: string | undefined;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init Type, order and the available types.
   * @param options The underlying cause, if any.
   */
  constructor(
    message: string,
    init: MessageTypeUnavailableErrorInit,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MessageTypeUnavailableError";
    this.type = init.type;
    this.amazonOrderId = init.amazonOrderId;
    this.available = init.available === undefined
      ? undefined
      : Object.freeze([...init.available]);
    this.status = init.status;
    this.requestId = init.requestId;
  }
}

/**
 * What an {@linkcode UnknownOutcomeError} carries.
 *
 * @example A send that timed out
 * ```ts
 * import { UnknownOutcomeError, type UnknownOutcomeErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: UnknownOutcomeErrorInit = {
 *   operation: "createUnexpectedProblem",
 *   type: "unexpectedProblem",
 *   amazonOrderId: "123-1234567-1234567",
 * };
 * const error = new UnknownOutcomeError("Cannot tell whether it was sent", init, {
 *   cause: new DOMException("The request timed out", "TimeoutError"),
 * });
 * assert.equal(error.status, undefined);
 * ```
 */
export interface UnknownOutcomeErrorInit {
  /** The operation, such as `createUnexpectedProblem`. */
  readonly operation: string;
  /** The message type. */
  readonly type: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The HTTP status, when Amazon answered (5xx). */
  readonly status?: number;
  /** The `x-amzn-RequestId`, when Amazon answered. */
  readonly requestId?: string;
}

/**
 * A message send may or may not have reached the buyer: the request timed
 * out, the connection dropped after the request left, or Amazon answered
 * 5xx. The client never resends in that case, because Messaging has no
 * idempotency key: resending could message the buyer twice. Check before
 * sending again (`requestId` helps Amazon support).
 *
 * @example Handling an unknown outcome
 * ```ts
 * import {
 *   createMessagingClient,
 *   UnknownOutcomeError,
 * } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * sandbox.injectFault({ kind: "error-after-accept", operation: "createUnexpectedProblem" });
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 * });
 * const error = await client
 *   .createUnexpectedProblem("123-1234567-1234567", {
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { text: "Your parcel was damaged in transit; a replacement ships today." },
 *   })
 *   .catch((e) => e);
 * assert.ok(error instanceof UnknownOutcomeError);
 * assert.equal(error.status, 500);
 * assert.equal(sandbox.sent.length, 1); // Amazon took it; the client did not resend
 * ```
 */
export class UnknownOutcomeError extends BuyerMessagesError {
  /** The operation, such as `createUnexpectedProblem`. */
  readonly operation: string;
  /** The message type. */
  readonly type: string;
  /** The order. */
  readonly amazonOrderId: string;
  /** The HTTP status, when Amazon answered (5xx). */
  readonly status: number | undefined;
  /** The `x-amzn-RequestId`, when Amazon answered. */
  readonly requestId: string | undefined;

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init Operation, type, order and what Amazon answered.
   * @param options The underlying cause (a timeout or network error), if any.
   */
  constructor(
    message: string,
    init: UnknownOutcomeErrorInit,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "UnknownOutcomeError";
    this.operation = init.operation;
    this.type = init.type;
    this.amazonOrderId = init.amazonOrderId;
    this.status = init.status;
    this.requestId = init.requestId;
  }
}

/**
 * What a {@linkcode MessageValidationError} carries.
 *
 * @example Issues with paths
 * ```ts
 * import { MessageValidationError, type MessageValidationErrorInit } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const init: MessageValidationErrorInit = {
 *   type: "warranty",
 *   issues: [{ path: "attachments", message: "At least 1 attachment is required" }],
 * };
 * assert.equal(new MessageValidationError("Cannot send", init).issues[0].path, "attachments");
 * ```
 */
export interface MessageValidationErrorInit {
  /** The message type. */
  readonly type: string;
  /** The problems found. */
  readonly issues: readonly BodyIssue[];
}

/**
 * A message body does not fit its type (fields, text length, attachment
 * count, date-times). Raised before any request, so nothing was sent.
 *
 * @example Seeing which fields are wrong
 * ```ts
 * import {
 *   createMessagingClient,
 *   MessageValidationError,
 * } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 * });
 * const error = await client
 *   .createWarranty("123-1234567-1234567", {
 *     marketplaceId: "ATVPDKIKX0DER",
 *     body: { attachments: [] },
 *   })
 *   .catch((e) => e);
 * assert.ok(error instanceof MessageValidationError);
 * assert.deepEqual(error.issues.map((issue) => issue.path), ["attachments"]);
 * assert.equal(sandbox.requests.length, 0);
 * ```
 */
export class MessageValidationError extends BuyerMessagesError {
  /** The message type. */
  readonly type: string;
  /** Every problem, each with a dotted `path` such as `attachments.0.fileName`. */
  readonly issues: readonly BodyIssue[];

  /**
   * Creates the error.
   *
   * @param message What failed and why.
   * @param init The message type and the problems found.
   * @param options The underlying cause, if any.
   */
  constructor(
    message: string,
    init: MessageValidationErrorInit,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "MessageValidationError";
    this.type = init.type;
    this.issues = Object.freeze([...init.issues]);
  }
}
