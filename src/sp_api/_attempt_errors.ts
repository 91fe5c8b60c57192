// This module is browser compatible.

/**
 * Turns a failed attempt into the error the caller sees: messages that say
 * which call failed and what Amazon answered, all passed through the
 * redactor.
 *
 * @module
 */

import type { Redactor } from "../_redact.ts";
import {
  AuthError,
  MessageTypeUnavailableError,
  QuotaExceededError,
  SpApiError,
  type SpApiErrorEntry,
  type SpApiErrorInit,
  UnknownOutcomeError,
} from "./errors.ts";
import type { ErrorClass } from "./_classify_response.ts";

/** What the error messages name about a call. */
export interface CallTarget {
  /** The operation. */
  readonly operation: string;
  /** The order, if the call has one. */
  readonly amazonOrderId?: string;
  /** A message send: its type and order. */
  readonly send?: { readonly type: string; readonly amazonOrderId: string };
}

/**
 * Reads S3's error `<Code>` from an XML body.
 *
 * @param text The body.
 * @returns The code, if any.
 */
export function s3ErrorCode(text: string | undefined): string | undefined {
  return text?.match(/<Code>([^<]*)<\/Code>/)?.[1];
}

/**
 * The message of an error answer: `Cannot call "op" for order "x": Amazon
 * answered 400 "Code": message (details)`, redacted.
 *
 * @param redactor The redactor.
 * @param call The call.
 * @param status The status.
 * @param errors Amazon's errors.
 * @returns The message.
 */
export function errorMessage(
  redactor: Redactor,
  call: CallTarget,
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

/**
 * The error of a send whose outcome is unknown.
 *
 * @param redactor The redactor.
 * @param call The send.
 * @param reason Why the outcome is unknown.
 * @param init Status, request id and cause, when known.
 * @returns The error.
 */
export function unknownOutcome(
  redactor: Redactor,
  call: CallTarget & { readonly send: NonNullable<CallTarget["send"]> },
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

/**
 * The error of an error answer, by the class the classification chose.
 *
 * @param redactor The redactor.
 * @param call The call.
 * @param errorClass The class.
 * @param init The answer: status, code, errors, request id, response.
 * @param attempts Attempts made (for {@linkcode QuotaExceededError}).
 * @returns The error.
 */
export function answerError(
  redactor: Redactor,
  call: CallTarget,
  errorClass: ErrorClass,
  init: SpApiErrorInit & {
    readonly status: number;
    readonly errors: readonly SpApiErrorEntry[];
  },
  attempts: number,
): Error {
  const message = errorMessage(redactor, call, init.status, init.errors);
  switch (errorClass) {
    case "QuotaExceededError":
      return new QuotaExceededError(
        `${message}: still throttled after ${attempts} attempts`,
        { ...init, code: init.code ?? "QuotaExceeded", attempts },
      );
    case "AuthError":
      return new AuthError(message, init);
    case "MessageTypeUnavailableError":
      return new MessageTypeUnavailableError(
        `Cannot send message "${call.send?.type}" as order "${call.send?.amazonOrderId}" does not accept it: Amazon answered ${init.status} "Invalid amazonOrderId and template combination"`,
        {
          type: call.send?.type ?? "",
          amazonOrderId: call.send?.amazonOrderId ?? "",
          status: init.status,
          requestId: init.requestId,
        },
        { cause: new SpApiError(message, init) },
      );
    default:
      return new SpApiError(message, init);
  }
}
