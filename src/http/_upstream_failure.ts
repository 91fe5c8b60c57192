// This module is browser compatible.

/**
 * Maps what the SP-API client throws to answers: throttling to 429 with
 * `Retry-After`, an unknown send outcome to 502 `unknown`, Amazon's refusals
 * of the order to 400/404, and every other upstream failure to 502 or 504.
 * Messages come from the client, which has already redacted its secrets (in
 * every form); the app redacts its API keys from every error answer and log
 * on the way out.
 *
 * @module
 */

import {
  AuthError,
  MessageTypeUnavailableError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../sp_api/errors.ts";
import { type Answer, errorAnswer } from "./_answer.ts";

/** Which message an upstream failure was about. */
export interface MessageTarget {
  /** The order. */
  readonly amazonOrderId: string;
  /** The marketplace. */
  readonly marketplaceId: string;
  /** The message type. */
  readonly type: string;
}

function retryAfterSeconds(error: QuotaExceededError, now: number): number {
  const header = error.response?.headers.get("retry-after")?.trim();
  if (header !== undefined && header !== "") {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) {
      return Math.max(1, Math.ceil(seconds));
    }
    const date = Date.parse(header);
    if (!Number.isNaN(date)) {
      return Math.max(1, Math.ceil((date - now) / 1000));
    }
  }
  const rate = Number(
    error.response?.headers.get("x-amzn-RateLimit-Limit") ?? "",
  );
  return rate > 0 ? Math.max(1, Math.ceil(1 / rate)) : 1;
}

/**
 * Maps an error thrown by the client (or by `fetch` underneath) to an answer.
 *
 * @param error What was thrown.
 * @param target The message, when the failure happened while handling one.
 * @param now The current time in milliseconds, for `Retry-After` dates.
 * @returns The answer.
 */
export function upstreamFailure(
  error: unknown,
  target: MessageTarget | undefined,
  now: number,
): Answer {
  if (error instanceof UnknownOutcomeError) {
    return {
      status: 502,
      outcome: "unknown",
      body: {
        status: "unknown",
        amazonOrderId: error.amazonOrderId,
        marketplaceId: target?.marketplaceId ?? "",
        type: error.type,
        error: {
          code: "unknown_outcome",
          message: error.message,
        },
      },
      ...(error.requestId === undefined
        ? {}
        : { amazonRequestId: error.requestId }),
    };
  }
  if (error instanceof MessageTypeUnavailableError) {
    return {
      status: 409,
      outcome: "unavailable",
      body: {
        status: "unavailable",
        amazonOrderId: error.amazonOrderId,
        marketplaceId: target?.marketplaceId ?? "",
        type: error.type,
        available: error.available ?? [],
        message: error.message,
      },
      ...(error.requestId === undefined
        ? {}
        : { amazonRequestId: error.requestId }),
    };
  }
  if (error instanceof QuotaExceededError) {
    const seconds = retryAfterSeconds(error, now);
    return errorAnswer(
      429,
      "throttled",
      `Amazon is throttling "${
        error.operation ?? "SP-API"
      }" for this seller: try again in ${seconds} s`,
      {
        amazonCode: error.code,
        amazonRequestId: error.requestId,
        headers: { "retry-after": String(seconds) },
        fields: { retryAfterSeconds: seconds },
      },
    );
  }
  if (error instanceof AuthError) {
    return errorAnswer(
      502,
      "upstream_auth",
      "Amazon refused the seller's credentials: check the LWA client and refresh token of this deployment",
      {
        amazonCode: error.code ?? error.error,
        amazonRequestId: error.requestId,
      },
    );
  }
  if (error instanceof SpApiError) {
    const extras = {
      amazonCode: error.code,
      amazonRequestId: error.requestId,
    };
    if (error.status === 400) {
      return errorAnswer(400, "amazon_rejected", error.message, extras);
    }
    if (error.status === 404) {
      return errorAnswer(404, "order_not_found", error.message, extras);
    }
    return {
      ...errorAnswer(502, "upstream_error", error.message, extras),
      error,
    };
  }
  if (error instanceof Error && error.name === "TimeoutError") {
    return {
      ...errorAnswer(504, "upstream_timeout", "Amazon did not answer in time"),
      error,
    };
  }
  return {
    ...errorAnswer(502, "upstream_error", "Amazon could not be reached"),
    error,
  };
}
