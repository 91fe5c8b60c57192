// This module is browser compatible.

/**
 * The Solicitations API v1 (Amazon's "Request a Review"): which
 * solicitations an order accepts now, and the one it has,
 * `productReviewAndSellerFeedback`. The send goes through the client's
 * request pipeline (access token, rate limit, at-most-once) and its guards
 * (idempotency keys, the duplicate guard with a window that covers Amazon's
 * whole review window: one solicitation per order).
 *
 * @module
 */

import type { MessageTypeId } from "../message_types/mod.ts";
import type {
  MessagingActionLink,
  OperationOptions,
  SendMessageResult,
  SolicitationActions,
  SolicitationOptions,
  SolicitationResult,
} from "./client_types.ts";
import { DuplicateMessageError } from "./duplicate_guard_store.ts";
import { AuthError, MessageTypeUnavailableError } from "./errors.ts";
import type { RateLimits } from "./rate_limit_store.ts";
import {
  baseUrl,
  checkOperationOptions,
  checkOrderId,
  checkSendCall,
  type ResolvedClientOptions,
} from "./_client_options.ts";
import { anySignal, isRecord } from "./_http.ts";
import type { Answer, Call } from "./_request_pipeline.ts";
import {
  formatWindow,
  type GuardedSend,
  type ResolvedDuplicateGuard,
  type ResolvedIdempotency,
  withDuplicateGuard,
  withIdempotencyKey,
} from "./_send_guards.ts";

/** The one solicitation type Amazon offers. */
export const PRODUCT_REVIEW_SOLICITATION = "productReviewAndSellerFeedback";

/**
 * The usage plan of both Solicitations operations, as the model documents
 * it (1 request per second, burst 5). Amazon's `x-amzn-RateLimit-Limit`
 * header adapts the rate, as for Messaging.
 */
export const SOLICITATION_LIMITS: RateLimits = { rate: 1, burst: 5 };

/**
 * The shortest duplicate-guard window of a solicitation: Amazon takes one
 * per order, from 5 to 30 days after delivery, so a claim that lasts 30
 * days covers the whole review window.
 */
export const SOLICITATION_GUARD_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Amazon's words (403 `Unauthorized`) for a solicitation the order does not
 * accept: one was sent already, or the order is outside the 5-30 day window
 * after delivery. Amazon refused it, so nothing was sent.
 */
export const SOLICITATION_UNAVAILABLE: RegExp =
  /not available for this amazonOrderId|outside the 5-30 day range/i;

const GET_OPERATION = "getSolicitationActionsForOrder";
const SEND_OPERATION = "createProductReviewAndSellerFeedbackSolicitation";
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the Solicitations operations run with: the client's parts. */
export interface SolicitationsContext {
  /** The client's resolved options (hosts). */
  readonly config: ResolvedClientOptions;
  /** The client-wide signal. */
  readonly signal: AbortSignal | undefined;
  /** The client's request pipeline. */
  readonly perform: (call: Call) => Promise<Answer>;
  /** The seller identity (bucket and guard keys). */
  readonly identity: () => Promise<string>;
  /** The client's idempotency store and lifetime. */
  readonly idempotency: ResolvedIdempotency;
  /** The client's duplicate guard. */
  readonly duplicates: ResolvedDuplicateGuard;
}

/** The two Solicitations operations, as client methods. */
export interface SolicitationsMethods {
  /** `GET /solicitations/v1/orders/{amazonOrderId}`. */
  getSolicitationActionsForOrder(
    amazonOrderId: string,
    options: OperationOptions,
  ): Promise<SolicitationActions>;
  /** `POST .../solicitations/productReviewAndSellerFeedback`. */
  createProductReviewAndSellerFeedbackSolicitation(
    amazonOrderId: string,
    options: SolicitationOptions,
  ): Promise<SolicitationResult>;
}

/**
 * The URL of an order's Solicitations resource.
 *
 * @param base The base URL.
 * @param amazonOrderId The order (encoded here).
 * @param suffix The path after the order.
 * @param marketplaceId The one marketplace.
 * @returns The URL.
 */
export function solicitationUrl(
  base: string,
  amazonOrderId: string,
  suffix: string,
  marketplaceId: string,
): string {
  return `${base}/solicitations/v1/orders/${
    encodeURIComponent(amazonOrderId)
  }${suffix}?${new URLSearchParams({ marketplaceIds: marketplaceId })}`;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

function days(ms: number): string {
  return ms % DAY_MS === 0 ? `${ms / DAY_MS} days` : formatWindow(ms);
}

/**
 * Creates the Solicitations methods of a client.
 *
 * @param context The client's pipeline, options and guards.
 * @returns The methods.
 */
export function createSolicitations(
  context: SolicitationsContext,
): SolicitationsMethods {
  const { config, perform, identity, idempotency, duplicates } = context;
  const guard: ResolvedDuplicateGuard = {
    store: duplicates.store,
    windowMs: duplicates.windowMs === 0
      ? 0
      : Math.max(duplicates.windowMs, SOLICITATION_GUARD_MS),
  };

  async function getSolicitationActionsForOrder(
    amazonOrderId: string,
    callOptions: OperationOptions,
  ): Promise<SolicitationActions> {
    const id = checkOrderId(amazonOrderId, GET_OPERATION);
    const { marketplaceId, signal } = checkOperationOptions(
      callOptions,
      GET_OPERATION,
    );
    const base = baseUrl(config, marketplaceId, GET_OPERATION);
    const answer = await perform({
      operation: GET_OPERATION,
      method: "GET",
      url: solicitationUrl(base, id, "", marketplaceId),
      base,
      signal: anySignal([context.signal, signal]),
      spApi: true,
      limits: SOLICITATION_LIMITS,
      amazonOrderId: id,
    });
    const links = isRecord(answer.json) && isRecord(answer.json._links)
      ? answer.json._links.actions
      : undefined;
    const actions: MessagingActionLink[] = [];
    const types: string[] = [];
    if (Array.isArray(links)) {
      for (const link of links) {
        if (!isRecord(link) || typeof link.href !== "string") continue;
        const name = typeof link.name === "string" ? link.name : undefined;
        actions.push(Object.freeze(
          name === undefined ? { href: link.href } : { href: link.href, name },
        ));
        if (name !== undefined && name !== "" && !types.includes(name)) {
          types.push(name);
        }
      }
    }
    return {
      types: Object.freeze(types),
      actions: Object.freeze(actions),
      requestId: answer.requestId,
    };
  }

  /** Checks eligibility when asked, then POSTs the solicitation. */
  async function deliver(
    id: string,
    marketplaceId: string,
    base: string,
    signal: AbortSignal | undefined,
    checkEligibility: boolean,
  ): Promise<SendMessageResult> {
    if (checkEligibility) {
      const actions = await getSolicitationActionsForOrder(id, {
        marketplaceId,
        ...(signal === undefined ? {} : { signal }),
      });
      if (!actions.types.includes(PRODUCT_REVIEW_SOLICITATION)) {
        throw new MessageTypeUnavailableError(
          `Cannot send solicitation "${PRODUCT_REVIEW_SOLICITATION}" as order "${id}" does not accept it now: ${
            actions.types.length === 0
              ? "it accepts no solicitation (Amazon takes one per order, from 5 to 30 days after delivery)"
              : `allowed solicitations are ${quoted(actions.types)}`
          }`,
          {
            type: PRODUCT_REVIEW_SOLICITATION,
            amazonOrderId: id,
            available: actions.types,
            requestId: actions.requestId,
          },
        );
      }
    }
    let answer: Answer;
    try {
      answer = await perform({
        operation: SEND_OPERATION,
        method: "POST",
        url: solicitationUrl(
          base,
          id,
          `/solicitations/${PRODUCT_REVIEW_SOLICITATION}`,
          marketplaceId,
        ),
        base,
        signal: anySignal([context.signal, signal]),
        spApi: true,
        limits: SOLICITATION_LIMITS,
        amazonOrderId: id,
        send: { type: PRODUCT_REVIEW_SOLICITATION, amazonOrderId: id },
      });
    } catch (error) {
      // Amazon answers a solicitation the order does not take with 403
      // "Unauthorized", as it answers a bad token: its words tell them apart.
      const said = error instanceof AuthError
        ? error.errors.map((e) => `${e.message} ${e.details ?? ""}`).join(" ")
        : "";
      if (
        error instanceof AuthError && error.status === 403 &&
        SOLICITATION_UNAVAILABLE.test(said)
      ) {
        throw new MessageTypeUnavailableError(
          `Cannot send solicitation "${PRODUCT_REVIEW_SOLICITATION}" as order "${id}" does not accept it: Amazon answered 403 "${
            error.errors[0]?.message ?? ""
          }"`,
          {
            type: PRODUCT_REVIEW_SOLICITATION,
            amazonOrderId: id,
            status: 403,
            requestId: error.requestId,
          },
          { cause: error },
        );
      }
      throw error;
    }
    // The guards keep a result in the shape of a message's.
    return {
      type: PRODUCT_REVIEW_SOLICITATION as unknown as MessageTypeId,
      amazonOrderId: id,
      requestId: answer.requestId,
    };
  }

  async function createProductReviewAndSellerFeedbackSolicitation(
    amazonOrderId: string,
    callOptions: SolicitationOptions,
  ): Promise<SolicitationResult> {
    const { id, marketplaceId, signal, idempotencyKey, allowDuplicate } =
      checkSendCall(amazonOrderId, callOptions, SEND_OPERATION);
    const checkEligibility = callOptions.checkEligibility;
    if (
      checkEligibility !== undefined && typeof checkEligibility !== "boolean"
    ) {
      throw new TypeError(
        `Cannot call "${SEND_OPERATION}": "checkEligibility" must be true or false`,
      );
    }
    const base = baseUrl(config, marketplaceId, SEND_OPERATION);
    const target: GuardedSend = {
      typeId: PRODUCT_REVIEW_SOLICITATION,
      amazonOrderId: id,
      marketplaceId,
      body: undefined,
      allowDuplicate,
    };
    const guarded = async () => {
      try {
        return await withDuplicateGuard(
          guard,
          identity,
          target,
          () =>
            deliver(
              id,
              marketplaceId,
              base,
              signal,
              checkEligibility !== false,
            ),
        );
      } catch (error) {
        if (!(error instanceof DuplicateMessageError)) throw error;
        throw new DuplicateMessageError(
          `Cannot send solicitation "${PRODUCT_REVIEW_SOLICITATION}" to order "${id}" again: one went to this order less than ${
            days(guard.windowMs)
          } ago or is being sent now (Amazon takes one per order); pass "allowDuplicate: true" only if the first certainly did not reach Amazon`,
          {
            type: PRODUCT_REVIEW_SOLICITATION,
            amazonOrderId: id,
            windowMs: guard.windowMs,
          },
        );
      }
    };
    const result = idempotencyKey === undefined
      ? await guarded()
      : await withIdempotencyKey(
        idempotency,
        identity,
        idempotencyKey,
        target,
        guarded,
      );
    return {
      type: PRODUCT_REVIEW_SOLICITATION,
      amazonOrderId: result.amazonOrderId,
      requestId: result.requestId,
    };
  }

  return {
    getSolicitationActionsForOrder,
    createProductReviewAndSellerFeedbackSolicitation,
  };
}
