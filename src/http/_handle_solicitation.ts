// This module is browser compatible.

/**
 * `POST /solicitations`: Amazon's "Request a Review" for an order. Checks
 * that the order accepts a `productReviewAndSellerFeedback` solicitation now
 * (`getSolicitationActionsForOrder`), then sends it unless it is a dry run.
 * Amazon writes the request itself, in the buyer's language: there is no
 * text to compose or lint. Holds the Valibot schemas of the route's request
 * and its 201/200 answer, which `GET /openapi.json` shows.
 *
 * @module
 */

import * as v from "valibot";
import { DuplicateMessageError } from "../sp_api/duplicate_guard_store.ts";
import { UnknownOutcomeError } from "../sp_api/errors.ts";
import type { SolicitationActions } from "../sp_api/messaging_client.ts";
import type { OutboxRecord, OutboxRequest } from "../outbox/types.ts";
import type { AppContext } from "./_app_context.ts";
import {
  type Answer,
  errorAnswer,
  invalidRequest,
  queuedAnswer,
  unavailableAnswer,
} from "./_answer.ts";
import {
  marketplaceIdSchema,
  orderIdSchema,
  unavailableAnswerSchema,
  validate,
} from "./_schemas.ts";
import { upstreamFailure } from "./_upstream_failure.ts";

/** The one solicitation type Amazon offers. */
export const SOLICITATION_TYPE = "productReviewAndSellerFeedback";

/** The body of `POST /solicitations`. */
export const solicitationRequestSchema = v.pipe(
  v.strictObject({
    amazonOrderId: orderIdSchema,
    marketplaceId: marketplaceIdSchema,
    dryRun: v.optional(v.pipe(
      v.boolean("Expected true or false"),
      v.description(
        "Check that the order accepts the review request now, but send nothing (answers 200 `valid`).",
      ),
    )),
    deliveredAt: v.optional(v.pipe(
      v.string("Expected a date-time such as 2026-12-04T10:00:00Z"),
      v.isoTimestamp("Expected a date-time such as 2026-12-04T10:00:00Z"),
      v.description(
        "When the order was delivered. With `Prefer: respond-async` the request is queued for the first day of Amazon's window (5 days after delivery) and its eligibility is checked when it is sent; without it, a request before the window answers 409.",
      ),
    )),
    allowDuplicate: v.optional(v.pipe(
      v.boolean("Expected true or false"),
      v.description(
        "Send even when a review request went to this order within the duplicate window (at least 30 days); without it such a send answers 409 `duplicate`. Only for a first request whose outcome was unknown and that certainly did not reach Amazon: Amazon takes one per order.",
      ),
    )),
  }, "Expected a JSON object"),
  v.description(
    "Amazon's review request (Solicitations API, productReviewAndSellerFeedback) for one order. Amazon writes it in the buyer's language; it takes no text.",
  ),
);

const { requestId, amazonRequestId } = unavailableAnswerSchema.entries;

/** 201 (`sent`) and 200 (`valid`, a dry run) of `POST /solicitations`. */
export const solicitationAnswerSchema = v.object({
  status: v.pipe(
    v.picklist(["sent", "valid"]),
    v.description(
      "`sent`: Amazon accepted the review request; `valid`: a dry run, the order accepts one now.",
    ),
  ),
  requestId,
  amazonRequestId,
  amazonOrderId: v.string(),
  marketplaceId: v.string(),
  type: v.literal(SOLICITATION_TYPE),
});

/** Options of {@linkcode handleSolicitation}. */
export interface HandleSolicitationOptions {
  /**
   * The caller's request signal: a caller that goes away before the
   * solicitation leaves cancels it; one already on its way completes.
   */
  readonly signal?: AbortSignal;
  /**
   * Queues the review request instead of sending it (`Prefer:
   * respond-async`), not before `notBefore`; the answer is 202 with its id.
   */
  readonly queue?: (
    request: OutboxRequest,
    notBefore: number | undefined,
  ) => Promise<OutboxRecord>;
}

/** Amazon takes a review request from 5 to 30 days after delivery. */
const WINDOW_OPENS_MS = 5 * 24 * 60 * 60 * 1000;

/** The outbox request of a review request. */
function solicitationOf(
  input: {
    amazonOrderId: string;
    marketplaceId: string;
    allowDuplicate?: boolean;
  },
): OutboxRequest {
  return {
    kind: "solicitation",
    type: SOLICITATION_TYPE,
    amazonOrderId: input.amazonOrderId,
    marketplaceId: input.marketplaceId,
    ...(input.allowDuplicate === true ? { allowDuplicate: true } : {}),
  };
}

/** The 202 answer of a queued review request. */
function queued(
  record: OutboxRecord,
  target: Readonly<Record<string, string>>,
): Answer {
  return queuedAnswer(record.id, {
    ...target,
    notBefore: new Date(record.notBefore).toISOString(),
  });
}

function cancelled(): Answer {
  return errorAnswer(
    499,
    "cancelled",
    "The caller closed the request before the review request was sent: nothing was sent",
  );
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && !(error instanceof UnknownOutcomeError) &&
    (error === signal.reason ||
      (error instanceof Error && error.name === "AbortError"));
}

/**
 * Handles a parsed `POST /solicitations` body.
 *
 * @param context The client.
 * @param body The parsed JSON body.
 * @param options The caller's signal.
 * @returns The answer: 201 `sent`, 200 `valid`, 409 `unavailable` or
 * `duplicate`, 502 `unknown`, or an upstream failure.
 */
export async function handleSolicitation(
  context: AppContext,
  body: unknown,
  options: HandleSolicitationOptions = {},
): Promise<Answer> {
  const signal = options.signal;
  const parsed = validate(solicitationRequestSchema, body);
  if (!parsed.success) return invalidRequest(parsed.issues);
  const { amazonOrderId, marketplaceId, deliveredAt } = parsed.output;
  const target = { amazonOrderId, marketplaceId, type: SOLICITATION_TYPE };
  const opens = deliveredAt === undefined
    ? undefined
    : Date.parse(deliveredAt) + WINDOW_OPENS_MS;
  const queue = parsed.output.dryRun === true ? undefined : options.queue;
  if (opens !== undefined && opens > context.clock.now()) {
    if (queue === undefined) {
      return unavailableAnswer(
        target,
        [],
        `Amazon's window for a review request of order "${amazonOrderId}" opens on ${
          new Date(opens).toISOString()
        } (5 days after delivery): send then, or queue it now with "Prefer: respond-async"`,
      );
    }
    // Before the window Amazon offers no action: it is checked when sent.
    return queued(await queue(solicitationOf(parsed.output), opens), target);
  }

  let actions: SolicitationActions;
  try {
    actions = await context.client.getSolicitationActionsForOrder(
      amazonOrderId,
      { marketplaceId, ...(signal === undefined ? {} : { signal }) },
    );
  } catch (error) {
    if (isAbort(error, signal)) return cancelled();
    return upstreamFailure(error, target, context.clock.now());
  }
  const lookupId = actions.requestId === undefined
    ? {}
    : { amazonRequestId: actions.requestId };
  if (!actions.types.includes(SOLICITATION_TYPE)) {
    return unavailableAnswer(
      target,
      actions.types,
      `Order "${amazonOrderId}" does not accept a review request ("${SOLICITATION_TYPE}") now: Amazon takes one per order, from 5 to 30 days after delivery`,
      actions.requestId,
    );
  }
  if (queue !== undefined) {
    return queued(
      await queue(solicitationOf(parsed.output), undefined),
      target,
    );
  }
  if (parsed.output.dryRun === true) {
    return {
      status: 200,
      outcome: "valid",
      body: { status: "valid", ...target },
      ...lookupId,
    };
  }
  try {
    const result = await context.client
      .createProductReviewAndSellerFeedbackSolicitation(amazonOrderId, {
        marketplaceId,
        checkEligibility: false,
        ...(parsed.output.allowDuplicate === true
          ? { allowDuplicate: true }
          : {}),
        ...(signal === undefined ? {} : { signal }),
      });
    return {
      status: 201,
      outcome: "sent",
      body: { status: "sent", ...target },
      ...(result.requestId === undefined
        ? {}
        : { amazonRequestId: result.requestId }),
    };
  } catch (error) {
    if (error instanceof DuplicateMessageError) {
      return errorAnswer(409, "duplicate", error.message);
    }
    if (isAbort(error, signal)) return cancelled();
    return upstreamFailure(error, target, context.clock.now());
  }
}
