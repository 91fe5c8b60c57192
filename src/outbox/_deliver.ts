// This module is browser compatible.

/**
 * One send of an outbox record through the client, and what its outcome
 * means for the record: a pure mapping from the client's errors to outbox
 * statuses.
 *
 * @module
 */

import { BuyerMessagesError } from "../errors.ts";
import type { MessageTypeId } from "../message_types/mod.ts";
import { DuplicateMessageError } from "../sp_api/duplicate_guard_store.ts";
import {
  AuthError,
  MessageTypeUnavailableError,
  MessageValidationError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../sp_api/errors.ts";
import type { MessagingClient } from "../sp_api/messaging_client.ts";
import type { OutboxError, OutboxRequest, OutboxStatus } from "./types.ts";

/** What a send came to. */
export interface Delivery {
  /** The status it leads to; `queued` means "certainly not sent, try later". */
  readonly status: OutboxStatus;
  /** Amazon's request id, when Amazon answered. */
  readonly amazonRequestId?: string;
  /** What went wrong. */
  readonly error?: OutboxError;
}

/** The client's optional review-request method, when it has one. */
type SolicitationClient = {
  createProductReviewAndSellerFeedbackSolicitation?(
    amazonOrderId: string,
    options: {
      marketplaceId: string;
      allowDuplicate?: boolean;
      signal?: AbortSignal;
    },
  ): Promise<{ requestId?: string }>;
};

const MAX_MESSAGE_LENGTH = 500;

function described(code: string, error: unknown): OutboxError {
  const message = error instanceof Error ? error.message : String(error);
  return {
    code,
    message: message.length > MAX_MESSAGE_LENGTH
      ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
      : message,
  };
}

/**
 * Maps an error of a send to the record's next status. The client throws
 * UnknownOutcomeError for every send that may have reached Amazon (it never
 * resends those); its other errors prove nothing was delivered, and the
 * transient ones (throttled, no token, no connection) lead back to
 * `queued`. A thrown value that is not an error is `unknown`.
 *
 * @param error What the send threw.
 * @param aborted Whether the drain was stopped (its signal aborted).
 * @returns The delivery.
 */
export function deliveryOfError(error: unknown, aborted: boolean): Delivery {
  if (error instanceof UnknownOutcomeError) {
    return { status: "unknown", error: described("unknown_outcome", error) };
  }
  const amazonRequestId = error instanceof SpApiError
    ? error.requestId
    : error instanceof MessageTypeUnavailableError
    ? error.requestId
    : undefined;
  const withId = amazonRequestId === undefined ? {} : { amazonRequestId };
  if (error instanceof MessageTypeUnavailableError) {
    return {
      status: "unavailable",
      ...withId,
      error: described("unavailable", error),
    };
  }
  if (error instanceof DuplicateMessageError) {
    return { status: "failed", error: described("duplicate", error) };
  }
  if (error instanceof MessageValidationError) {
    return { status: "failed", error: described("invalid", error) };
  }
  if (error instanceof QuotaExceededError || error instanceof AuthError) {
    // A 429 or a refused token: Amazon's Messaging API took nothing.
    return {
      status: "queued",
      ...withId,
      error: described(error.code ?? error.name, error),
    };
  }
  if (error instanceof SpApiError) {
    // The client answers an ambiguous send with UnknownOutcomeError; an
    // SpApiError is a refusal that delivered nothing.
    if (error.status === 503) {
      return {
        status: "queued",
        ...withId,
        error: described(error.code ?? "ServiceUnavailable", error),
      };
    }
    return {
      status: "failed",
      ...withId,
      error: described(error.code ?? `http_${error.status}`, error),
    };
  }
  if (aborted && !(error instanceof BuyerMessagesError)) {
    // Stopped while waiting for its turn: the client never sends after its
    // signal aborted, and an abort during the request is UnknownOutcomeError.
    return { status: "queued", error: described("stopped", error) };
  }
  if (error instanceof Error && !(error instanceof BuyerMessagesError)) {
    // The client reports every send that may have reached Amazon as
    // UnknownOutcomeError; anything else failed before it left (no route
    // to Login with Amazon, a token request that timed out).
    return { status: "queued", error: described("network", error) };
  }
  return { status: "unknown", error: described("error", error) };
}

/**
 * Sends one request through the client.
 *
 * @param client The seller's client.
 * @param request What to send.
 * @param signal Stops waits for a turn; a request already sent completes.
 * @returns What it came to.
 */
export async function deliver(
  client: MessagingClient,
  request: OutboxRequest,
  signal: AbortSignal | undefined,
): Promise<Delivery> {
  try {
    if (request.kind === "solicitation") {
      const solicit = (client as SolicitationClient)
        .createProductReviewAndSellerFeedbackSolicitation;
      if (typeof solicit !== "function") {
        return {
          status: "failed",
          error: {
            code: "unsupported",
            message: "This client cannot send review requests",
          },
        };
      }
      // The client checks that the order accepts it now first.
      const result = await solicit.call(client, request.amazonOrderId, {
        marketplaceId: request.marketplaceId,
        ...(request.allowDuplicate === true ? { allowDuplicate: true } : {}),
        ...(signal === undefined ? {} : { signal }),
      });
      return {
        status: "sent",
        ...(result?.requestId === undefined
          ? {}
          : { amazonRequestId: result.requestId }),
      };
    }
    const result = await client.sendMessage(
      request.type as MessageTypeId,
      request.amazonOrderId,
      {
        marketplaceId: request.marketplaceId,
        body: request.body as never,
        checkEligibility: false,
        ...(request.allowDuplicate === true ? { allowDuplicate: true } : {}),
        ...(signal === undefined ? {} : { signal }),
      },
    );
    return {
      status: "sent",
      ...(result.requestId === undefined
        ? {}
        : { amazonRequestId: result.requestId }),
    };
  } catch (error) {
    return deliveryOfError(error, signal?.aborted === true);
  }
}
