// This module is browser compatible.

/**
 * Answers as plain data, turned into JSON responses in one place so every
 * answer carries the same headers and never a stack trace.
 *
 * @module
 */

import type { Redactor } from "../_redact.ts";
import type { Issue } from "./_schemas.ts";

/** An answer before it becomes a `Response`. */
export interface Answer {
  /** The HTTP status. */
  readonly status: number;
  /** The JSON body, without `requestId` (added on the way out). */
  readonly body: Readonly<Record<string, unknown>>;
  /** Extra headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** What happened, for logs and metrics: `sent`, `valid`, an error code... */
  readonly outcome: string;
  /** Amazon's request id of the last SP-API call, when there was one. */
  readonly amazonRequestId?: string;
  /** An unexpected error behind the answer, for the logs (never sent). */
  readonly error?: unknown;
}

/** Extra fields of an error answer. */
export interface ErrorExtras {
  /** The problems of the request. */
  readonly issues?: readonly Issue[];
  /** Amazon's error code. */
  readonly amazonCode?: string;
  /** Amazon's request id. */
  readonly amazonRequestId?: string;
  /** Extra headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Extra top-level fields. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/**
 * Builds an `{ error: { code, message, issues? } }` answer.
 *
 * @param status The HTTP status.
 * @param code The stable error code.
 * @param message A sentence for people.
 * @param extras Issues, Amazon's code and request id, headers.
 * @returns The answer.
 */
export function errorAnswer(
  status: number,
  code: string,
  message: string,
  extras: ErrorExtras = {},
): Answer {
  return {
    status,
    outcome: code,
    body: {
      ...extras.fields,
      error: {
        code,
        message,
        ...(extras.issues === undefined ? {} : { issues: extras.issues }),
        ...(extras.amazonCode === undefined
          ? {}
          : { amazonCode: extras.amazonCode }),
      },
    },
    ...(extras.headers === undefined ? {} : { headers: extras.headers }),
    ...(extras.amazonRequestId === undefined
      ? {}
      : { amazonRequestId: extras.amazonRequestId }),
  };
}

/**
 * Builds a 400 `invalid_request` answer from issues.
 *
 * @param issues The problems, with paths.
 * @returns The answer.
 */
export function invalidRequest(issues: readonly Issue[]): Answer {
  const first = issues[0];
  const summary = first === undefined
    ? "The request is invalid"
    : `The request is invalid: ${
      first.path === "" ? "" : `${first.path}: `
    }${first.message}${
      issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""
    }`;
  return errorAnswer(400, "invalid_request", summary, { issues });
}

const BASE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
};

/**
 * Redacts the secrets of an error answer (status 400 or more), in every
 * form, from its body, headers and Amazon request id. Answers below 400
 * pass unchanged, so redaction costs nothing on the hot path.
 *
 * @param answer The answer.
 * @param redactor Knows the secrets.
 * @returns The answer itself, or a redacted copy.
 */
export function redactAnswer(answer: Answer, redactor: Redactor): Answer {
  if (answer.status < 400) return answer;
  const body = redactor.value(answer.body) as Answer["body"];
  const headers = answer.headers === undefined
    ? undefined
    : redactor.value(answer.headers) as Answer["headers"];
  const amazonRequestId = answer.amazonRequestId === undefined
    ? undefined
    : redactor.text(answer.amazonRequestId);
  if (
    body === answer.body && headers === answer.headers &&
    amazonRequestId === answer.amazonRequestId
  ) return answer;
  return {
    ...answer,
    body,
    ...(headers === undefined ? {} : { headers }),
    ...(amazonRequestId === undefined ? {} : { amazonRequestId }),
  };
}

/**
 * Turns an answer into a JSON response with `requestId` in the body and the
 * `x-request-id` (and `x-amzn-RequestId`) headers.
 *
 * @param answer The answer.
 * @param requestId This endpoint's request id.
 * @param redactor When given, redacts its secrets from an error answer (see {@linkcode redactAnswer}).
 * @returns The response.
 */
export function toResponse(
  answer: Answer,
  requestId: string,
  redactor?: Redactor,
): Response {
  const shown = redactor === undefined
    ? answer
    : redactAnswer(answer, redactor);
  // A plain record: the runtime builds its headers once, from it.
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    "x-request-id": requestId,
  };
  if (shown.amazonRequestId !== undefined) {
    headers["x-amzn-RequestId"] = shown.amazonRequestId;
  }
  if (shown.headers !== undefined) {
    for (const name in shown.headers) {
      headers[name.toLowerCase()] = shown.headers[name];
    }
  }
  const body = {
    requestId,
    ...(shown.amazonRequestId === undefined
      ? {}
      : { amazonRequestId: shown.amazonRequestId }),
    ...shown.body,
  };
  return new Response(JSON.stringify(body), {
    status: shown.status,
    headers,
  });
}

/**
 * The 409 `unavailable` answer: the order does not accept this message
 * type (or review request) now.
 *
 * @param target The order, marketplace and type.
 * @param available What the order accepts now.
 * @param message Why, for a person.
 * @param amazonRequestId The request id of Amazon's answer that said so.
 * @returns The answer.
 */
export function unavailableAnswer(
  target: Readonly<Record<string, string>>,
  available: readonly string[],
  message: string,
  amazonRequestId?: string,
): Answer {
  return {
    status: 409,
    outcome: "unavailable",
    body: { status: "unavailable", ...target, available, message },
    ...(amazonRequestId === undefined ? {} : { amazonRequestId }),
  };
}

/**
 * The 202 `queued` answer of a message or review request put in the
 * outbox: where to watch it (`Location`), and that `Prefer: respond-async`
 * was applied.
 *
 * @param id The outbox id.
 * @param body What the answer says besides the id and status.
 * @returns The answer.
 */
export function queuedAnswer(
  id: string,
  body: Readonly<Record<string, unknown>>,
): Answer {
  return {
    status: 202,
    outcome: "queued",
    headers: {
      location: `/messages/${id}`,
      "preference-applied": "respond-async",
    },
    body: { id, status: "queued", ...body },
  };
}
