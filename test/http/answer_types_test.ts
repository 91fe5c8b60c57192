/**
 * The public answer types (`answers.ts`) and the Valibot schemas that
 * document them (`_schemas.ts`, the source of `GET /openapi.json`) are
 * declared twice. This file keeps them the same: the `const _: Equals<…>`
 * lines fail `deno check` as soon as a field, its optionality or its type
 * differs on one side; the tests below parse a sample of each answer with
 * its schema.
 */
import assert from "node:assert/strict";
import * as v from "valibot";
import type {
  AnswerError,
  AnswerIssue,
  ErrorAnswer,
  ErrorCode,
  MessageFields,
  MessageTypesAnswer,
  OutboxConflictAnswer,
  OutboxHistoryEntry,
  OutboxListAnswer,
  OutboxMessage,
  OutboxMessageAnswer,
  QueuedAnswer,
  RejectedAnswer,
  SendMessageAnswer,
  SendMessageRequest,
  SentAnswer,
  UnavailableAnswer,
  UnknownOutcomeAnswer,
  ValidAnswer,
} from "../../src/http/answers.ts";
import {
  errorAnswerSchema,
  messageTypesAnswerSchema,
  outboxConflictAnswerSchema,
  outboxListAnswerSchema,
  outboxMessageAnswerSchema,
  outboxMessageSchema,
  queuedAnswerSchema,
  rejectedAnswerSchema,
  type SendMessageInput,
  sentAnswerSchema,
  unavailableAnswerSchema,
  unknownAnswerSchema,
  validAnswerSchema,
} from "../../src/http/_schemas.ts";
import type { Diagnostic } from "../../src/lint/rule.ts";
import type { MessageTypeId } from "../../src/message_types/mod.ts";
import type { OutboxStatus } from "../../src/outbox/types.ts";

// The interfaces are readonly all the way down and write optional members as
// `name?: T`; Valibot infers mutable arrays and `name?: T | undefined`.
// Neither difference matters to a client, so both sides are brought to the
// same form before comparing: readonly everywhere, `undefined` dropped from
// optional members, intersections flattened.
type Normalize<T> = T extends readonly (infer E)[] ? readonly Normalize<E>[]
  : T extends object
    ? { readonly [K in keyof T]: Normalize<Exclude<T[K], undefined>> }
  : T;

// Identity, not just mutual assignability: `{ a?: string }` and `{}` are
// assignable both ways, yet a member that only one side declares is drift.
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends
  (<T>() => T extends B ? 1 : 2) ? true : false;

/** `true` when A and B describe the same JSON, `false` otherwise. */
type Equals<A, B> = Identical<Normalize<A>, Normalize<B>>;

type Out<S extends v.GenericSchema> = v.InferOutput<S>;
type ErrorOut = Out<typeof errorAnswerSchema>["error"];

// The helper itself: it must tell a difference, or every line below is void.
const _sameShape: Equals<
  { a: string; b?: number[] },
  { readonly a: string; b?: readonly number[] | undefined }
> = true;
const _extraOptional: Equals<{ a: string; b?: number }, { a: string }> = false;
const _optionalVsRequired: Equals<{ a?: string }, { a: string }> = false;
const _literalVsString: Equals<{ a: "x" }, { a: string }> = false;
const _nestedExtra: Equals<
  { a: { b: string } },
  { a: { b: string; c?: string } }
> = false;
const _nullable: Equals<{ a: string | null }, { a: string }> = false;

// Every answer interface is exactly what its schema documents.
const _sent: Equals<SentAnswer, Out<typeof sentAnswerSchema>> = true;
const _valid: Equals<ValidAnswer, Out<typeof validAnswerSchema>> = true;
const _rejected: Equals<RejectedAnswer, Out<typeof rejectedAnswerSchema>> =
  true;
const _unavailable: Equals<
  UnavailableAnswer,
  Out<typeof unavailableAnswerSchema>
> = true;
const _unknown: Equals<UnknownOutcomeAnswer, Out<typeof unknownAnswerSchema>> =
  true;
const _error: Equals<ErrorAnswer, Out<typeof errorAnswerSchema>> = true;
const _messageTypes: Equals<
  MessageTypesAnswer,
  Out<typeof messageTypesAnswerSchema>
> = true;
const _queued: Equals<QueuedAnswer, Out<typeof queuedAnswerSchema>> = true;
const _outboxMessage: Equals<OutboxMessage, Out<typeof outboxMessageSchema>> =
  true;
const _outboxMessageAnswer: Equals<
  OutboxMessageAnswer,
  Out<typeof outboxMessageAnswerSchema>
> = true;
const _outboxList: Equals<
  OutboxListAnswer,
  Out<typeof outboxListAnswerSchema>
> = true;
const _outboxConflict: Equals<
  OutboxConflictAnswer,
  Out<typeof outboxConflictAnswerSchema>
> = true;

// And their parts, so that a mismatch names the part.
const _outboxStatus: Equals<
  OutboxStatus,
  Out<typeof outboxConflictAnswerSchema>["status"]
> = true;
const _outboxHistoryEntry: Equals<
  OutboxHistoryEntry,
  Out<typeof outboxMessageSchema>["history"][number]
> = true;
const _answerError: Equals<AnswerError, ErrorOut> = true;
const _errorCode: Equals<ErrorCode, ErrorOut["code"]> = true;
const _answerIssue: Equals<
  AnswerIssue,
  NonNullable<ErrorOut["issues"]>[number]
> = true;
const _diagnostic: Equals<
  Diagnostic,
  Out<typeof sentAnswerSchema>["diagnostics"][number]
> = true;
const _messageFields: Equals<
  MessageFields,
  Omit<Out<typeof sentAnswerSchema>, "status" | "diagnostics">
> = true;
const _sendMessageAnswer: Equals<
  SendMessageAnswer,
  | Out<typeof sentAnswerSchema>
  | Out<typeof validAnswerSchema>
  | Out<typeof rejectedAnswerSchema>
  | Out<typeof unavailableAnswerSchema>
  | Out<typeof unknownAnswerSchema>
  | Out<typeof errorAnswerSchema>
> = true;

// The request: the schema narrows `type` to the known message types (a
// client may hold any string and learn from a 400); otherwise the same.
const _request: Equals<
  Omit<SendMessageRequest, "type"> & { readonly type: MessageTypeId },
  SendMessageInput
> = true;

const SENT: SentAnswer = {
  status: "sent",
  requestId: "r-1",
  amazonRequestId: "a-1",
  amazonOrderId: "123-1234567-1234567",
  marketplaceId: "A1PA6795UKMFR9",
  type: "unexpectedProblem",
  locale: "de-DE",
  buyerLocale: "de-AT",
  template: "unexpectedProblem",
  localeMatch: "region",
  text: "Guten Tag, Ihre Bestellung kommt zwei Tage später.",
  diagnostics: [{
    ruleId: "emoji",
    severity: "warning",
    messageId: "emoji",
    message: "Remove the emoji",
    range: {
      start: { offset: 0, line: 1, column: 1 },
      end: { offset: 2, line: 1, column: 3 },
    },
    fix: {
      range: {
        start: { offset: 0, line: 1, column: 1 },
        end: { offset: 2, line: 1, column: 3 },
      },
      text: "",
    },
  }],
};

const VALID: ValidAnswer = { ...SENT, status: "valid", diagnostics: [] };

const REJECTED: RejectedAnswer = {
  ...SENT,
  status: "rejected",
  diagnostics: [{
    ruleId: "no-html",
    severity: "error",
    messageId: "html",
    message: "Remove the HTML",
    range: null,
  }],
  issues: [{ path: "text", message: "Expected at most 2000 characters" }],
};

const UNAVAILABLE: UnavailableAnswer = {
  status: "unavailable",
  requestId: "r-2",
  amazonOrderId: "123-1234567-1234567",
  marketplaceId: "ATVPDKIKX0DER",
  type: "confirmDeliveryDetails",
  available: ["unexpectedProblem"],
  message: "The order does not accept confirmDeliveryDetails now",
};

const UNKNOWN: UnknownOutcomeAnswer = {
  status: "unknown",
  requestId: "r-3",
  amazonRequestId: "a-3",
  amazonOrderId: "123-1234567-1234567",
  marketplaceId: "ATVPDKIKX0DER",
  type: "unexpectedProblem",
  error: { code: "unknown_outcome", message: "Amazon may have taken it" },
};

const ERROR: ErrorAnswer = {
  requestId: "r-4",
  error: {
    code: "invalid_request",
    message: "The body has 1 problem",
    issues: [{ path: "colour", message: 'Field "colour" is not allowed' }],
    amazonCode: "InvalidInput",
  },
  retryAfterSeconds: 2,
};

const MESSAGE_TYPES: MessageTypesAnswer = {
  requestId: "r-5",
  amazonOrderId: "123-1234567-1234567",
  marketplaceId: "ATVPDKIKX0DER",
  available: ["invoice", "unexpectedProblem"],
  templates: { unexpectedProblem: ["unexpectedProblem"] },
};

const QUEUED: QueuedAnswer = {
  ...SENT,
  id: "01KBQ7Z8X0ABCDEFGHJKMNPQRS",
  status: "queued",
};

const OUTBOX_MESSAGE: OutboxMessage = {
  id: "01KBQ7Z8X0ABCDEFGHJKMNPQRS",
  status: "unknown",
  type: "unexpectedProblem",
  amazonOrderId: "123-1234567-1234567",
  marketplaceId: "A1PA6795UKMFR9",
  locale: "de-DE",
  buyerLocale: "de-AT",
  template: "unexpectedProblem",
  localeMatch: "region",
  text: "Guten Tag, Ihre Bestellung kommt zwei Tage später.",
  createdAt: "2026-12-05T10:00:00.000Z",
  notBefore: "2026-12-05T10:00:00.000Z",
  attempts: 1,
  history: [
    { at: "2026-12-05T10:00:00.000Z", status: "queued" },
    { at: "2026-12-05T10:00:01.000Z", status: "sending" },
    {
      at: "2026-12-05T10:00:31.000Z",
      status: "unknown",
      amazonRequestId: "a-6",
      error: { code: "unknown_outcome", message: "No answer in time" },
      note: "lease ended",
    },
  ],
};

const REVIEW_REQUEST: OutboxMessage = {
  id: "01KBQ7Z8X0ABCDEFGHJKMNPQRT",
  status: "queued",
  solicitation: "productReviewAndSellerFeedback",
  amazonOrderId: "123-1234567-1234567",
  marketplaceId: "ATVPDKIKX0DER",
  createdAt: "2026-12-05T10:00:00.000Z",
  notBefore: "2026-12-05T10:00:00.000Z",
  attempts: 0,
  history: [{ at: "2026-12-05T10:00:00.000Z", status: "queued" }],
};

const OUTBOX_MESSAGE_ANSWER: OutboxMessageAnswer = {
  requestId: "r-6",
  ...OUTBOX_MESSAGE,
};

const OUTBOX_LIST: OutboxListAnswer = {
  requestId: "r-7",
  messages: [OUTBOX_MESSAGE, REVIEW_REQUEST],
  cursor: "01KBQ7Z8X0ABCDEFGHJKMNPQRT",
};

const OUTBOX_CONFLICT: OutboxConflictAnswer = {
  requestId: "r-8",
  status: "sent",
  error: {
    code: "conflict",
    message: "Only a queued message can be cancelled",
  },
};

const SAMPLES: readonly [string, v.GenericSchema, unknown][] = [
  ["queued", queuedAnswerSchema, QUEUED],
  ["outbox message", outboxMessageSchema, REVIEW_REQUEST],
  ["outbox message answer", outboxMessageAnswerSchema, OUTBOX_MESSAGE_ANSWER],
  ["outbox list", outboxListAnswerSchema, OUTBOX_LIST],
  ["outbox conflict", outboxConflictAnswerSchema, OUTBOX_CONFLICT],
  ["sent", sentAnswerSchema, SENT],
  ["valid", validAnswerSchema, VALID],
  ["rejected", rejectedAnswerSchema, REJECTED],
  ["unavailable", unavailableAnswerSchema, UNAVAILABLE],
  ["unknown", unknownAnswerSchema, UNKNOWN],
  ["error", errorAnswerSchema, ERROR],
  ["message types", messageTypesAnswerSchema, MESSAGE_TYPES],
];

Deno.test("a sample of each answer type parses with its schema, unchanged", () => {
  for (const [name, schema, sample] of SAMPLES) {
    const result = v.safeParse(schema, sample);
    assert.equal(
      result.success,
      true,
      `${name}: ${JSON.stringify(result.issues?.map((i) => i.message))}`,
    );
    assert.deepEqual(result.output, sample, name);
  }
});

Deno.test("the answer schemas refuse what the answer types refuse", () => {
  const wrong: readonly [string, v.GenericSchema, unknown][] = [
    ["status", sentAnswerSchema, { ...SENT, status: "valid" }],
    ["severity", validAnswerSchema, {
      ...VALID,
      diagnostics: [{ ...REJECTED.diagnostics[0], severity: "info" }],
    }],
    ["localeMatch", sentAnswerSchema, { ...SENT, localeMatch: "nearby" }],
    ["error code", errorAnswerSchema, {
      ...ERROR,
      error: { ...ERROR.error, code: "teapot" },
    }],
    ["missing message", unavailableAnswerSchema, {
      ...UNAVAILABLE,
      message: undefined,
    }],
    ["queued status", queuedAnswerSchema, { ...QUEUED, status: "sent" }],
    ["queued without id", queuedAnswerSchema, { ...QUEUED, id: undefined }],
    ["outbox status", outboxMessageSchema, {
      ...OUTBOX_MESSAGE,
      status: "delivered",
    }],
    ["history time", outboxMessageSchema, {
      ...OUTBOX_MESSAGE,
      history: [{ at: 0, status: "queued" }],
    }],
    ["list messages", outboxListAnswerSchema, {
      ...OUTBOX_LIST,
      messages: [{ ...OUTBOX_MESSAGE, attempts: "1" }],
    }],
    ["conflict status", outboxConflictAnswerSchema, {
      ...OUTBOX_CONFLICT,
      status: undefined,
    }],
    ["templates", messageTypesAnswerSchema, {
      ...MESSAGE_TYPES,
      templates: { unexpectedProblem: "unexpectedProblem" },
    }],
  ];
  for (const [name, schema, sample] of wrong) {
    assert.equal(v.safeParse(schema, sample).success, false, name);
  }
});

Deno.test("every error code parses with the error answer schema", () => {
  const codes: Record<ErrorCode, true> = {
    malformed_json: true,
    invalid_request: true,
    unauthorized: true,
    not_found: true,
    method_not_allowed: true,
    misdirected_request: true,
    payload_too_large: true,
    unsupported_media_type: true,
    request_timeout: true,
    throttled: true,
    duplicate: true,
    idempotency_in_flight: true,
    idempotency_key_reused: true,
    cancelled: true,
    unknown_outcome: true,
    amazon_rejected: true,
    order_not_found: true,
    conflict: true,
    upstream_auth: true,
    upstream_error: true,
    upstream_timeout: true,
    internal: true,
  };
  for (const code of Object.keys(codes)) {
    const answer = { requestId: "r", error: { code, message: "m" } };
    assert.equal(v.safeParse(errorAnswerSchema, answer).success, true, code);
  }
});

Deno.test("every outbox status parses with the outbox message schema", () => {
  const statuses: Record<OutboxStatus, true> = {
    queued: true,
    sending: true,
    sent: true,
    unavailable: true,
    failed: true,
    unknown: true,
    cancelled: true,
  };
  for (const status of Object.keys(statuses)) {
    const message = {
      ...OUTBOX_MESSAGE,
      status,
      history: [{ at: OUTBOX_MESSAGE.createdAt, status }],
    };
    assert.equal(
      v.safeParse(outboxMessageSchema, message).success,
      true,
      status,
    );
  }
});
