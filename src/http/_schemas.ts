// This module is browser compatible.

/**
 * The Valibot schemas of the HTTP contract: what the endpoint accepts and
 * what it answers. The request schemas validate; the answer schemas document
 * (`GET /openapi.json` is generated from both) and let the tests check every
 * answer against what is documented. Private: Valibot's types stay out of
 * the public API.
 *
 * @module
 */

import * as v from "valibot";
import type { ErrorCode } from "./answers.ts";
import type { OutboxStatus } from "../outbox/types.ts";
import { canonicalizeLocale } from "../compose/select_locale.ts";
import { MESSAGE_TYPE_IDS, ORDER_ID_PATTERN } from "../message_types/mod.ts";
import { MARKETPLACES } from "../message_types/marketplaces.ts";

/** An Amazon order id: 3-7-7 digits. */
export { ORDER_ID_PATTERN };

/** The example order everywhere: the spec's sandbox order that succeeds. */
export const EXAMPLE_ORDER_ID = "123-1234567-1234567";

const MARKETPLACE_IDS: string[] = MARKETPLACES.map((m) => m.id);

// deno-lint-ignore no-explicit-any
type AnySchema = v.GenericSchema<any, any>;

function isLocale(value: string): boolean {
  try {
    canonicalizeLocale(value);
    return true;
  } catch {
    return false;
  }
}

/** `amazonOrderId`, in bodies and paths. */
export const orderIdSchema = v.pipe(
  v.string('Expected an Amazon order id such as "123-1234567-1234567"'),
  v.regex(
    ORDER_ID_PATTERN,
    'Expected an Amazon order id such as "123-1234567-1234567" (3-7-7 digits)',
  ),
  v.description("The Amazon order id."),
  v.examples([EXAMPLE_ORDER_ID]),
);

/** `marketplaceId`, in bodies and queries. */
export const marketplaceIdSchema = v.pipe(
  v.string('Expected a marketplace id such as "ATVPDKIKX0DER"'),
  v.picklist(
    MARKETPLACE_IDS,
    'Expected a marketplace id that SP-API Messaging serves, such as "ATVPDKIKX0DER"',
  ),
  v.description("The order's marketplace."),
  v.examples(["ATVPDKIKX0DER"]),
);

const typeSchema = v.pipe(
  v.picklist(
    MESSAGE_TYPE_IDS,
    `Expected a message type: ${MESSAGE_TYPE_IDS.join(", ")}`,
  ),
  v.description(
    "The message type: the SP-API action name, as getMessagingActionsForOrder lists it.",
  ),
  v.examples(["unexpectedProblem"]),
);

const attachmentSchema = v.strictObject({
  uploadDestinationId: v.pipe(
    v.string("Expected the uploadDestinationId from the Uploads API"),
    v.minLength(1, "Expected the uploadDestinationId from the Uploads API"),
  ),
  fileName: v.pipe(
    v.string("Expected a file name such as invoice.pdf"),
    v.minLength(1, "Expected a file name such as invoice.pdf"),
  ),
}, "Expected an attachment { uploadDestinationId, fileName }");

/** The body of `POST /messages`. */
export const sendMessageRequestSchema = v.pipe(
  v.strictObject({
    amazonOrderId: orderIdSchema,
    marketplaceId: marketplaceIdSchema,
    type: typeSchema,
    template: v.optional(v.pipe(
      v.string('Expected a template id such as "unexpectedProblem"'),
      v.regex(
        /^[A-Za-z][A-Za-z0-9]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)*$/,
        'Expected a template id: the type, or "type/variant"',
      ),
      v.maxLength(200, "Expected a template id of at most 200 characters"),
      v.description(
        'The template to compose with: the type itself or "type/variant". Defaults to the type when `data` is given.',
      ),
    )),
    data: v.optional(v.pipe(
      v.record(v.string(), v.unknown(), "Expected an object of template data"),
      v.description("The template variables."),
    )),
    text: v.optional(v.pipe(
      v.string("Expected the message text as a string"),
      v.description(
        "A literal message text (instead of template and data). Its length limits depend on the type and are checked by the lint.",
      ),
    )),
    attachments: v.optional(v.pipe(
      v.array(attachmentSchema, "Expected a list of attachments"),
      v.description(
        "Attachments uploaded beforehand through the Uploads API, for types that take them.",
      ),
    )),
    coverageStartDate: v.optional(v.pipe(
      v.string("Expected an ISO 8601 date-time"),
      v.description("Warranty coverage start (ISO 8601), for `warranty`."),
    )),
    coverageEndDate: v.optional(v.pipe(
      v.string("Expected an ISO 8601 date-time"),
      v.description("Warranty coverage end (ISO 8601), for `warranty`."),
    )),
    locale: v.optional(v.pipe(
      v.string('Expected a BCP 47 locale such as "de-DE"'),
      v.maxLength(64, 'Expected a BCP 47 locale such as "de-DE"'),
      v.check(isLocale, 'Expected a BCP 47 locale such as "de-DE"'),
      v.description(
        "The buyer's locale. Defaults to the locale GetAttributes answers for the order.",
      ),
      v.examples(["de-DE"]),
    )),
    dryRun: v.optional(v.pipe(
      v.boolean("Expected true or false"),
      v.description(
        "Compose, check eligibility and lint, but send nothing (answers 200 `valid`).",
      ),
    )),
    allowDuplicate: v.optional(v.pipe(
      v.boolean("Expected true or false"),
      v.description(
        "Send even when the same message (order, type and text, or the same attachments) was sent within the duplicate window; without it such a send answers 409 `duplicate`. Amazon counts repeated messages as unnecessary contact.",
      ),
    )),
  }, "Expected a JSON object"),
  v.description(
    "Give `text`, or `template` and/or `data`, not both. Types that take only attachments take neither.",
  ),
);

/** The query of `GET /orders/{amazonOrderId}/message-types`. */
export const messageTypesQuerySchema = v.strictObject({
  marketplaceId: marketplaceIdSchema,
}, "Expected the query parameter marketplaceId");

const positionSchema = v.object({
  offset: v.pipe(v.number(), v.description("0-based, UTF-16 code units")),
  line: v.pipe(v.number(), v.description("1-based")),
  column: v.pipe(v.number(), v.description("1-based, UTF-16 code units")),
});

const rangeSchema = v.object({ start: positionSchema, end: positionSchema });

const diagnosticSchema = v.pipe(
  v.object({
    ruleId: v.string(),
    severity: v.picklist(["error", "warning"]),
    messageId: v.string(),
    message: v.string(),
    range: v.nullable(rangeSchema),
    fix: v.optional(v.object({ range: rangeSchema, text: v.string() })),
  }),
  v.description("A lint finding, with where it is in `text`."),
);

const issueSchema = v.pipe(
  v.object({
    path: v.pipe(
      v.string(),
      v.description('A dotted path such as "data.sellerName", "" for the body'),
    ),
    message: v.string(),
  }),
  v.description("One problem of the request."),
);

const requestIdEntries = {
  requestId: v.pipe(
    v.string(),
    v.description("This endpoint's id of the request (also `x-request-id`)."),
  ),
  amazonRequestId: v.optional(v.pipe(
    v.string(),
    v.description(
      "Amazon's `x-amzn-RequestId` of the last SP-API call, when there was one (also sent as the `x-amzn-RequestId` header).",
    ),
  )),
};

const messageEntries = {
  ...requestIdEntries,
  amazonOrderId: v.string(),
  marketplaceId: v.string(),
  type: v.string(),
  locale: v.optional(v.pipe(
    v.string(),
    v.description(
      "The locale of the text: the template's for composed messages, the buyer's for literal text.",
    ),
  )),
  buyerLocale: v.optional(v.pipe(
    v.string(),
    v.description("The buyer's locale (given, or from GetAttributes)."),
  )),
  template: v.optional(v.pipe(
    v.string(),
    v.description("The template id used."),
  )),
  localeMatch: v.optional(v.pipe(
    v.picklist(["exact", "region", "language", "default"]),
    v.description("How the template locale was chosen."),
  )),
  text: v.optional(v.string()),
};

/** 201: Amazon accepted the message. */
export const sentAnswerSchema = v.object({
  status: v.literal("sent"),
  ...messageEntries,
  diagnostics: v.pipe(
    v.array(diagnosticSchema),
    v.description("Warnings only: an error would have stopped the send."),
  ),
});

/** 200: a dry run that would be sent. */
export const validAnswerSchema = v.object({
  status: v.literal("valid"),
  ...messageEntries,
  diagnostics: v.pipe(
    v.array(diagnosticSchema),
    v.description("Warnings only."),
  ),
});

/** 422: the lint found an error; nothing was sent. */
export const rejectedAnswerSchema = v.object({
  status: v.literal("rejected"),
  ...messageEntries,
  diagnostics: v.array(diagnosticSchema),
  issues: v.optional(v.pipe(
    v.array(issueSchema),
    v.description("Body problems the client would refuse to send."),
  )),
});

/** 409: the order does not accept the type now. */
export const unavailableAnswerSchema = v.object({
  status: v.literal("unavailable"),
  ...requestIdEntries,
  amazonOrderId: v.string(),
  marketplaceId: v.string(),
  type: v.string(),
  available: v.pipe(
    v.array(v.string()),
    v.description("The types the order accepts now."),
  ),
  message: v.string(),
});

// Every `ErrorCode`, once each: the `satisfies` refuses a code the type does
// not have, and test/http/answer_types_test.ts one the list lacks.
const ERROR_CODES = [
  "malformed_json",
  "invalid_request",
  "unauthorized",
  "not_found",
  "method_not_allowed",
  "misdirected_request",
  "payload_too_large",
  "unsupported_media_type",
  "request_timeout",
  "throttled",
  "duplicate",
  "idempotency_in_flight",
  "idempotency_key_reused",
  "cancelled",
  "unknown_outcome",
  "amazon_rejected",
  "order_not_found",
  "conflict",
  "upstream_auth",
  "upstream_error",
  "upstream_timeout",
  "internal",
] as const satisfies readonly ErrorCode[];

const errorSchema = v.object({
  code: v.pipe(
    v.picklist(ERROR_CODES),
    v.description(`A stable code: ${ERROR_CODES.join(", ")}.`),
  ),
  message: v.string(),
  issues: v.optional(v.array(issueSchema)),
  amazonCode: v.optional(v.pipe(
    v.string(),
    v.description("Amazon's error code, for upstream failures."),
  )),
});

/** 502: a send whose outcome is unknown (never retried). */
export const unknownAnswerSchema = v.object({
  status: v.literal("unknown"),
  ...requestIdEntries,
  amazonOrderId: v.string(),
  marketplaceId: v.string(),
  type: v.string(),
  error: errorSchema,
});

/** Every 4xx/5xx answer that is not about a message's fate. */
export const errorAnswerSchema = v.object({
  ...requestIdEntries,
  error: errorSchema,
  retryAfterSeconds: v.optional(v.pipe(
    v.number(),
    v.description("For 429: the same as the Retry-After header."),
  )),
});

/** 200 of `GET /orders/{amazonOrderId}/message-types`. */
export const messageTypesAnswerSchema = v.object({
  ...requestIdEntries,
  amazonOrderId: v.string(),
  marketplaceId: v.string(),
  available: v.pipe(
    v.array(v.string()),
    v.description("The message types the order accepts now."),
  ),
  templates: v.pipe(
    v.record(v.string(), v.array(v.string())),
    v.description("For each available type that takes text: its template ids."),
  ),
});

/** 200 of `GET /healthz`. */
export const healthAnswerSchema = v.object({ status: v.literal("ok") });

/** 202 of `POST /messages` with `Prefer: respond-async`: queued, not sent. */
export const queuedAnswerSchema = v.object({
  id: v.pipe(
    v.string(),
    v.description(
      "The message's id in the outbox: `GET /messages/{id}` shows where it stands (also the `Location` header).",
    ),
  ),
  status: v.literal("queued"),
  ...messageEntries,
  diagnostics: v.pipe(
    v.array(diagnosticSchema),
    v.description("Warnings only: an error would have stopped the queueing."),
  ),
});

// Every `OutboxStatus`, once each: the `satisfies` refuses a status the type
// does not have, and test/http/answer_types_test.ts one the list lacks.
const OUTBOX_STATUSES = [
  "queued",
  "sending",
  "sent",
  "unavailable",
  "failed",
  "unknown",
  "cancelled",
] as const satisfies readonly OutboxStatus[];

const outboxStatusSchema = v.pipe(
  v.picklist(OUTBOX_STATUSES),
  v.description(
    "queued -> sending -> sent | unavailable | failed | unknown; or cancelled while queued. `unknown` may have reached the buyer and is never sent again by itself.",
  ),
);

const outboxEventSchema = v.pipe(
  v.object({
    at: v.pipe(v.string(), v.description("When, ISO 8601.")),
    status: outboxStatusSchema,
    amazonRequestId: v.optional(v.pipe(
      v.string(),
      v.description("Amazon's `x-amzn-RequestId`, when Amazon answered."),
    )),
    error: v.optional(v.pipe(
      v.object({ code: v.string(), message: v.string() }),
      v.description("What went wrong: Amazon's error code, or this library's."),
    )),
    note: v.optional(v.pipe(
      v.string(),
      v.description("Why the status changed, when it is not plain."),
    )),
  }),
  v.description("One status the message entered."),
);

const { requestId: _requestId, amazonRequestId: _amazonRequestId, ...fields } =
  messageEntries;

const outboxMessageEntries = {
  id: v.string(),
  status: outboxStatusSchema,
  ...fields,
  type: v.optional(v.pipe(
    v.string(),
    v.description("The message type, for a message."),
  )),
  solicitation: v.optional(v.pipe(
    v.string(),
    v.description(
      "The solicitation (`productReviewAndSellerFeedback`), for a review request.",
    ),
  )),
  createdAt: v.pipe(v.string(), v.description("When it was queued, ISO 8601.")),
  notBefore: v.pipe(
    v.string(),
    v.description("Not sent before this time (a back-off), ISO 8601."),
  ),
  attempts: v.pipe(
    v.number(),
    v.description("How many times a send was started."),
  ),
  history: v.pipe(
    v.array(outboxEventSchema),
    v.description("Every status it entered, oldest first."),
  ),
};

/** A message in the outbox, as `GET /messages` lists it. */
export const outboxMessageSchema = v.pipe(
  v.object(outboxMessageEntries),
  v.description(
    "A message in the outbox: its own fields, the composition details, where it stands and its history.",
  ),
);

/**
 * 200 of `GET /messages/{id}` and `DELETE /messages/{id}`, 202 of
 * `POST /messages/{id}/retry`: one message in the outbox.
 */
export const outboxMessageAnswerSchema = v.object({
  requestId: requestIdEntries.requestId,
  ...outboxMessageEntries,
});

/** 200 of `GET /messages`. */
export const outboxListAnswerSchema = v.object({
  requestId: requestIdEntries.requestId,
  messages: v.pipe(
    v.array(outboxMessageSchema),
    v.description("The seller's messages, newest first."),
  ),
  cursor: v.optional(v.pipe(
    v.string(),
    v.description(
      "Where this page ended: pass it as `cursor` for the next page. Absent on the last page.",
    ),
  )),
});

/**
 * 409 `conflict` of `DELETE /messages/{id}` and
 * `POST /messages/{id}/retry`: the message's status does not allow it.
 */
export const outboxConflictAnswerSchema = v.object({
  requestId: requestIdEntries.requestId,
  status: v.pipe(
    outboxStatusSchema,
    v.description("Where the message stands now."),
  ),
  error: errorSchema,
});

/** One problem of a request, as answers carry it. */
export interface Issue {
  /** A dotted path, `""` for the body itself. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
}

/** The outcome of {@linkcode validate}. */
export type Validated<T> =
  | { readonly success: true; readonly output: T }
  | { readonly success: false; readonly issues: Issue[] };

/**
 * Validates input and turns Valibot's issues into dotted paths with
 * messages that name unknown and missing fields.
 *
 * @param schema The schema.
 * @param input The value.
 * @returns The output, or the issues sorted by path.
 */
export function validate<S extends AnySchema>(
  schema: S,
  input: unknown,
): Validated<v.InferOutput<S>> {
  if (
    input === null || typeof input !== "object" || Array.isArray(input)
  ) {
    return {
      success: false,
      issues: [{ path: "", message: "Expected a JSON object" }],
    };
  }
  const result = v.safeParse(schema, input);
  if (result.success) return { success: true, output: result.output };
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const path = issue.path?.map((item) => String(item.key)).join(".") ?? "";
    let message = issue.message;
    if (issue.type === "strict_object" && path !== "") {
      message = issue.input === undefined
        ? `Field "${path}" is required`
        : `Field "${path}" is not allowed`;
    } else if (issue.input === undefined && issue.path !== undefined) {
      message = `Field "${path}" is required`;
    }
    const key = `${path}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, message });
  }
  issues.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { success: false, issues };
}

/** The output of {@linkcode validateSendMessageRequest}. */
export type SendMessageInput = v.InferOutput<typeof sendMessageRequestSchema>;

/**
 * Validates a `POST /messages` body. Besides the schema, `data` must not be
 * an array (Valibot's `record` would take one as an object).
 *
 * @param input The parsed JSON body.
 * @returns The request, or the issues sorted by path.
 */
export function validateSendMessageRequest(
  input: unknown,
): Validated<SendMessageInput> {
  const result = validate(sendMessageRequestSchema, input);
  const data = (input as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return result;
  const issues = result.success
    ? []
    : result.issues.filter((issue) => !issue.path.startsWith("data"));
  issues.push({ path: "data", message: "Expected an object of template data" });
  issues.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { success: false, issues };
}
