// This module is browser compatible.

/**
 * Private: the OpenAPI 3.1 document of the endpoint, built around the JSON
 * schemas of the HTTP contract. `openapi.ts` gives it the schemas generated
 * at build time (`_openapi_schemas.gen.ts`, written by
 * scripts/build_openapi.ts from the Valibot schemas in `_schemas.ts`); the
 * tests give it schemas converted live and compare the two documents.
 *
 * @module
 */

/** A JSON schema (draft 2020-12), as plain JSON data. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * The JSON schema of each Valibot schema of the contract that the document
 * shows, by its name in the document (`OrderId` and `MarketplaceId` are the
 * path and query parameters of `GET /orders/{amazonOrderId}/message-types`).
 */
export interface OpenApiSchemas {
  /** `orderIdSchema`. */
  readonly OrderId: JsonSchema;
  /** `marketplaceIdSchema`. */
  readonly MarketplaceId: JsonSchema;
  /** `sendMessageRequestSchema`. */
  readonly SendMessageRequest: JsonSchema;
  /** `sentAnswerSchema`. */
  readonly SentAnswer: JsonSchema;
  /** `validAnswerSchema`. */
  readonly ValidAnswer: JsonSchema;
  /** `rejectedAnswerSchema`. */
  readonly RejectedAnswer: JsonSchema;
  /** `unavailableAnswerSchema`. */
  readonly UnavailableAnswer: JsonSchema;
  /** `unknownAnswerSchema`. */
  readonly UnknownAnswer: JsonSchema;
  /** `errorAnswerSchema`. */
  readonly ErrorAnswer: JsonSchema;
  /** `messageTypesAnswerSchema`. */
  readonly MessageTypesAnswer: JsonSchema;
  /** `healthAnswerSchema`. */
  readonly HealthAnswer: JsonSchema;
  /** `solicitationRequestSchema` (in `_handle_solicitation.ts`). */
  readonly SolicitationRequest: JsonSchema;
  /** `solicitationAnswerSchema` (in `_handle_solicitation.ts`). */
  readonly SolicitationAnswer: JsonSchema;
  /** `queuedAnswerSchema`. */
  readonly QueuedAnswer: JsonSchema;
  /** `outboxMessageSchema`. */
  readonly OutboxMessage: JsonSchema;
  /** `outboxMessageAnswerSchema`. */
  readonly OutboxMessageAnswer: JsonSchema;
  /** `outboxListAnswerSchema`. */
  readonly OutboxList: JsonSchema;
  /** `outboxConflictAnswerSchema`. */
  readonly OutboxConflictAnswer: JsonSchema;
}

/** Title, version, servers and the body limit (see `openapi.ts`). */
export interface OpenApiDocumentOptions {
  /** The API title. */
  readonly title?: string;
  /** The API version. */
  readonly version?: string;
  /** The servers the API is reached at. */
  readonly servers?: readonly {
    readonly url: string;
    readonly description?: string;
  }[];
  /** The body limit to document for 413. */
  readonly maxBodyBytes?: number;
}

/** The document (`OpenApiDocument` in `openapi.ts` describes it). */
export interface OpenApiDocumentShape {
  /** The OpenAPI version. */
  readonly openapi: string;
  /** Title, version and description. */
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description: string;
  };
  /** Where the API is served. */
  readonly servers: readonly {
    readonly url: string;
    readonly description?: string;
  }[];
  /** The operations by path. */
  readonly paths: Readonly<Record<string, unknown>>;
  /** Schemas, headers and security schemes. */
  readonly components: Readonly<Record<string, unknown>>;
}

/** The ids of the outbox: 26 characters of Crockford's base 32 (a ULID). */
const OUTBOX_ID_PATTERN = "^[0-9A-Z]{26}$";

function ref(name: string): Record<string, string> {
  return { $ref: `#/components/schemas/${name}` };
}

function json(
  description: string,
  schema: Record<string, unknown>,
  headers: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    description,
    headers: {
      "x-request-id": { $ref: "#/components/headers/RequestId" },
      ...headers,
    },
    content: { "application/json": { schema } },
  };
}

/**
 * Builds the OpenAPI 3.1 document of the endpoint around the given JSON
 * schemas of the contract.
 *
 * @param schemas The JSON schemas of the Valibot schemas in `_schemas.ts`.
 * @param options Title, version, servers and the body limit.
 * @returns The document, ready for `JSON.stringify`.
 *
 * @example Building the document around given schemas
 * ```ts
 * import { buildOpenApiDocument } from "./_openapi_document.ts";
 * import { OPENAPI_SCHEMAS } from "./_openapi_schemas.gen.ts";
 * import assert from "node:assert/strict";
 *
 * const document = buildOpenApiDocument(OPENAPI_SCHEMAS, { maxBodyBytes: 4096 });
 * assert.match(JSON.stringify(document.paths), /4096 bytes/);
 * ```
 */
export function buildOpenApiDocument(
  schemas: OpenApiSchemas,
  options: OpenApiDocumentOptions = {},
): OpenApiDocumentShape {
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const error = ref("ErrorAnswer");
  const retryAfter = {
    "retry-after": {
      description: "Seconds to wait before trying again.",
      schema: { type: "integer" },
    },
  };
  const amazonRequestId = {
    "x-amzn-RequestId": { $ref: "#/components/headers/AmazonRequestId" },
  };
  const replayed = {
    "idempotency-replayed": {
      $ref: "#/components/headers/IdempotencyReplayed",
    },
  };
  const queuedHeaders = {
    location: { $ref: "#/components/headers/Location" },
    "preference-applied": { $ref: "#/components/headers/PreferenceApplied" },
    ...replayed,
  };
  const outboxId = { $ref: "#/components/parameters/OutboxId" };
  const unauthorized = json("A missing or wrong API key.", error);
  const noMessage = json(
    "No message with this id for this API key's seller, or the endpoint has no outbox (`not_found`).",
    error,
  );
  const conflict = json(
    "The message's status does not allow it (`conflict`; `status` tells where it stands).",
    ref("OutboxConflictAnswer"),
  );
  const upstream = {
    "429": json(
      "Amazon throttles this seller beyond the client's patience; nothing was sent.",
      error,
      retryAfter,
    ),
    "504": json("Amazon did not answer in time.", error),
  };
  return {
    openapi: "3.1.0",
    info: {
      title: options.title ?? "Buyer messages",
      version: options.version ?? "0.1.0",
      description:
        "Compose, lint and send Amazon SP-API buyer messages. Every answer is JSON with a requestId.",
    },
    servers: [...(options.servers ?? [])],
    paths: {
      "/messages": {
        post: {
          operationId: "sendMessage",
          summary: "Compose (or take text), check eligibility, lint and send",
          description:
            "`template` and `data` compose the text in the buyer's language (the type's default template when only `data` is given); `text` sends literal text. Without `locale` the buyer's locale comes from GetAttributes. The type must be among what getMessagingActionsForOrder lists. An error finding of the lint stops the send (422). `dryRun` does everything but send. With `Prefer: respond-async` on an endpoint with an outbox, the message is composed and linted now, then queued (202) and sent at the pace Amazon allows; whether the order accepts the type is checked when it is sent.",
          security: [{ bearerAuth: [] }],
          parameters: [
            { $ref: "#/components/parameters/IdempotencyKey" },
            { $ref: "#/components/parameters/Prefer" },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ref("SendMessageRequest") },
            },
          },
          responses: {
            "201": json(
              "Amazon accepted the message.",
              ref("SentAnswer"),
              { ...amazonRequestId, ...replayed },
            ),
            "200": json(
              "A dry run that would be sent.",
              ref("ValidAnswer"),
              replayed,
            ),
            "202": json(
              "Queued (`Prefer: respond-async` on an endpoint with an outbox): composed and linted, not sent yet. `GET /messages/{id}` shows where it stands.",
              ref("QueuedAnswer"),
              queuedHeaders,
            ),
            "400": json(
              "Malformed JSON, unknown fields, bad ids, an unknown type or template, missing template data, a malformed `Idempotency-Key` header, or an input Amazon refused (`amazon_rejected`).",
              error,
              replayed,
            ),
            "401": json("A missing or wrong API key.", error),
            "409": json(
              "The order does not accept this message type now (`status: unavailable`); or the same message (order, type and text, or the same attachments) went to the order within the duplicate window (`duplicate`: nothing was sent, send with `allowDuplicate: true` if it is intended); or the first request with this `Idempotency-Key` is still running (`idempotency_in_flight`: retry after `Retry-After` to get its answer).",
              { oneOf: [ref("UnavailableAnswer"), error] },
              { ...retryAfter, ...replayed },
            ),
            "413": json(
              `The body is larger than ${maxBodyBytes} bytes.`,
              error,
            ),
            "415": json("The body is not `application/json`.", error),
            "422": json(
              "The lint found an error (`status: rejected`), or the `Idempotency-Key` was used for a different request (`idempotency_key_reused`); nothing was sent.",
              { oneOf: [ref("RejectedAnswer"), error] },
              replayed,
            ),
            "429": upstream["429"],
            "502": json(
              "The outcome of the send is unknown (`status: unknown`, never retried: check before sending again), or Amazon failed.",
              { oneOf: [ref("UnknownAnswer"), error] },
              { ...amazonRequestId, ...replayed },
            ),
            "504": upstream["504"],
          },
        },
        get: {
          operationId: "listQueuedMessages",
          summary: "The seller's queued and sent messages, newest first",
          security: [{ bearerAuth: [] }],
          parameters: [
            {
              name: "amazonOrderId",
              in: "query",
              required: false,
              description: "Only this order's messages.",
              schema: schemas.OrderId,
            },
            {
              name: "limit",
              in: "query",
              required: false,
              description: "At most this many messages.",
              schema: {
                type: "integer",
                minimum: 1,
                maximum: 1000,
                default: 100,
              },
            },
            {
              name: "cursor",
              in: "query",
              required: false,
              description: "The `cursor` of the previous page.",
              schema: { type: "string", pattern: OUTBOX_ID_PATTERN },
            },
          ],
          responses: {
            "200": json("A page of messages.", ref("OutboxList")),
            "400": json(
              "A bad order id, limit or cursor (`invalid_request`).",
              error,
            ),
            "401": unauthorized,
            "404": json(
              "The endpoint has no outbox (`not_found`).",
              error,
            ),
          },
        },
      },
      "/messages/{id}": {
        get: {
          operationId: "getQueuedMessage",
          summary: "Where a queued message stands, with its history",
          security: [{ bearerAuth: [] }],
          parameters: [outboxId],
          responses: {
            "200": json("The message.", ref("OutboxMessageAnswer")),
            "401": unauthorized,
            "404": noMessage,
          },
        },
        delete: {
          operationId: "cancelQueuedMessage",
          summary: "Cancel a message while it is queued",
          description:
            "Only a `queued` message can be cancelled; it is then never sent.",
          security: [{ bearerAuth: [] }],
          parameters: [outboxId],
          responses: {
            "200": json(
              "Cancelled (`status: cancelled`).",
              ref("OutboxMessageAnswer"),
            ),
            "401": unauthorized,
            "404": noMessage,
            "409": conflict,
          },
        },
      },
      "/messages/{id}/retry": {
        post: {
          operationId: "retryQueuedMessage",
          summary: "Queue a message whose outcome is unknown again",
          description:
            "Only for `unknown`: the message may have reached the buyer, so it is never sent again by itself. Check the order first (the buyer may have it already).",
          security: [{ bearerAuth: [] }],
          parameters: [outboxId],
          responses: {
            "202": json(
              "Queued again (`status: queued`).",
              ref("OutboxMessageAnswer"),
            ),
            "401": unauthorized,
            "404": noMessage,
            "409": conflict,
          },
        },
      },
      "/orders/{amazonOrderId}/message-types": {
        get: {
          operationId: "listMessageTypes",
          summary: "The message types the order accepts now",
          security: [{ bearerAuth: [] }],
          parameters: [
            {
              name: "amazonOrderId",
              in: "path",
              required: true,
              schema: schemas.OrderId,
            },
            {
              name: "marketplaceId",
              in: "query",
              required: true,
              schema: schemas.MarketplaceId,
            },
          ],
          responses: {
            "200": json(
              "The available types and their templates.",
              ref("MessageTypesAnswer"),
              amazonRequestId,
            ),
            "400": json("A bad order id or marketplace id.", error),
            "401": json("A missing or wrong API key.", error),
            "404": json("Amazon does not know the order.", error),
            ...upstream,
            "502": json("Amazon failed.", error),
          },
        },
      },
      "/solicitations": {
        post: {
          operationId: "requestReview",
          summary:
            "Send Amazon's review request (productReviewAndSellerFeedback) for an order",
          description:
            "Asks Amazon's Solicitations API whether the order accepts a review request now (Amazon takes one per order, from 5 to 30 days after delivery), then sends it: Amazon writes it in the buyer's language. `dryRun` does the check but sends nothing. A second request for the same order is refused (409 `duplicate`) for at least 30 days.",
          security: [{ bearerAuth: [] }],
          parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ref("SolicitationRequest") },
            },
          },
          responses: {
            "201": json(
              "Amazon accepted the review request (`status: sent`).",
              ref("SolicitationAnswer"),
              { ...amazonRequestId, ...replayed },
            ),
            "200": json(
              "A dry run: the order accepts a review request now (`status: valid`).",
              ref("SolicitationAnswer"),
              { ...amazonRequestId, ...replayed },
            ),
            "400": json(
              "Malformed JSON, unknown fields, bad ids, a malformed `Idempotency-Key` header, or an input Amazon refused (`amazon_rejected`).",
              error,
              replayed,
            ),
            "401": json("A missing or wrong API key.", error),
            "404": json("Amazon does not know the order.", error, replayed),
            "409": json(
              "The order does not accept a review request now (`status: unavailable`: outside 5 to 30 days after delivery, or already asked); or one went to the order within the duplicate window (`duplicate`: nothing was sent); or the first request with this `Idempotency-Key` is still running (`idempotency_in_flight`).",
              { oneOf: [ref("UnavailableAnswer"), error] },
              { ...retryAfter, ...replayed },
            ),
            "413": json(
              `The body is larger than ${maxBodyBytes} bytes.`,
              error,
            ),
            "415": json("The body is not `application/json`.", error),
            "422": json(
              "The `Idempotency-Key` was used for a different request (`idempotency_key_reused`); nothing was sent.",
              error,
            ),
            "429": upstream["429"],
            "502": json(
              "The outcome of the send is unknown (`status: unknown`, never retried: check getSolicitationActionsForOrder before sending again), or Amazon failed.",
              { oneOf: [ref("UnknownAnswer"), error] },
              { ...amazonRequestId, ...replayed },
            ),
            "504": upstream["504"],
          },
        },
      },
      "/healthz": {
        get: {
          operationId: "health",
          summary: "Liveness",
          responses: { "200": json("Up.", ref("HealthAnswer")) },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "openapi",
          summary: "This document",
          responses: {
            "200": {
              description: "The OpenAPI document.",
              content: { "application/json": { schema: { type: "object" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        SendMessageRequest: schemas.SendMessageRequest,
        SentAnswer: schemas.SentAnswer,
        ValidAnswer: schemas.ValidAnswer,
        RejectedAnswer: schemas.RejectedAnswer,
        UnavailableAnswer: schemas.UnavailableAnswer,
        UnknownAnswer: schemas.UnknownAnswer,
        ErrorAnswer: schemas.ErrorAnswer,
        MessageTypesAnswer: schemas.MessageTypesAnswer,
        HealthAnswer: schemas.HealthAnswer,
        SolicitationRequest: schemas.SolicitationRequest,
        SolicitationAnswer: schemas.SolicitationAnswer,
        QueuedAnswer: schemas.QueuedAnswer,
        OutboxMessage: schemas.OutboxMessage,
        OutboxMessageAnswer: schemas.OutboxMessageAnswer,
        OutboxList: schemas.OutboxList,
        OutboxConflictAnswer: schemas.OutboxConflictAnswer,
      },
      headers: {
        RequestId: {
          description:
            "This endpoint's request id (a safe incoming x-request-id is kept).",
          schema: { type: "string" },
        },
        AmazonRequestId: {
          description: "Amazon's request id of the SP-API call, if any.",
          schema: { type: "string" },
        },
        Location: {
          description: "The path of the queued message: `/messages/{id}`.",
          schema: { type: "string" },
        },
        PreferenceApplied: {
          description:
            "`respond-async`: the message was queued, not sent (RFC 7240).",
          schema: { type: "string", enum: ["respond-async"] },
        },
        IdempotencyReplayed: {
          description:
            "`true` when the answer is the kept answer of an earlier request with the same `Idempotency-Key`; nothing was sent again.",
          schema: { type: "string", enum: ["true"] },
        },
      },
      parameters: {
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description:
            "Makes retries safe: a later request from the same API key with the same key (within 24 h by default) sends nothing and gets the first answer again, with `idempotency-replayed: true`. Kept answers: 201, 202 `queued` (queued once), 200, 422 `rejected`, 409 `unavailable`, 400 `amazon_rejected`, 404 `order_not_found` and 502 `unknown`; other answers (429, 409 `duplicate`, 5xx upstream failures) are not kept, so a retry runs again. While the first request runs: 409 `idempotency_in_flight`. The same key with a different body: 422 `idempotency_key_reused`.",
          schema: {
            type: "string",
            minLength: 1,
            maxLength: 255,
            pattern: "^[\\x21-\\x7e]+$",
          },
          example: "3f1c9c1e-6d0b-4d47-9a57-5f0f5d8b7c21",
        },
        Prefer: {
          name: "Prefer",
          in: "header",
          required: false,
          description:
            "`respond-async` queues the message in the outbox after composing and linting it, and answers 202 at once; the outbox sends it at the pace Amazon allows. Ignored by an endpoint without an outbox and for `dryRun`. Other preferences are ignored.",
          schema: { type: "string" },
          example: "respond-async",
        },
        OutboxId: {
          name: "id",
          in: "path",
          required: true,
          description:
            "The message's id in the outbox (the `id` of the 202 answer).",
          schema: { type: "string", pattern: OUTBOX_ID_PATTERN },
          example: "01KBQ7Z8X0ABCDEFGHJKMNPQRS",
        },
      },
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "An API key of this deployment.",
        },
      },
    },
  };
}
