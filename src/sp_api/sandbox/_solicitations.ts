// This module is browser compatible.

/**
 * The sandbox's Solicitations API v1: its routes, which orders accept a
 * `productReviewAndSellerFeedback` solicitation now (once per order, from 5
 * to 30 days after delivery, or as configured), and the send. The checks
 * every SP-API call passes (rate limit, access token, marketplace, order)
 * run before, in the Messaging module.
 *
 * @module
 */

import type { Clock } from "../clock.ts";
import type { Faults } from "./_faults.ts";
import type { Records, Responder, Writable } from "./_records.ts";
import type { SandboxOrder } from "./orders.ts";
import type { SandboxRequestRecord } from "./types.ts";

/** The one solicitation type Amazon offers. */
export const PRODUCT_REVIEW = "productReviewAndSellerFeedback";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A solicitation may be sent from this long after delivery... */
export const SOLICITATION_OPENS_MS: number = 5 * DAY_MS;
/** ...until this long after delivery. */
export const SOLICITATION_CLOSES_MS: number = 30 * DAY_MS;

const ROUTE =
  /^\/solicitations\/v1\/orders\/([^/]+)(?:\/solicitations\/([^/]+))?\/?$/;

/** A Solicitations request's operation. */
export interface SolicitationRoute {
  /** `getSolicitationActionsForOrder` or `createProductReviewAndSellerFeedbackSolicitation`. */
  readonly operation: string;
  /** What kind of operation it is. */
  readonly kind: "solicitationActions" | "solicitation";
  /** The order. */
  readonly amazonOrderId: string;
  /** The solicitation type path segment, for sends. */
  readonly type?: string;
}

/**
 * Finds the Solicitations operation of a request.
 *
 * @param method The HTTP method, upper case.
 * @param pathname The URL path.
 * @returns The route, or `undefined` for no operation.
 */
export function solicitationRoute(
  method: string,
  pathname: string,
): SolicitationRoute | undefined {
  const match = ROUTE.exec(pathname);
  if (match === null) return undefined;
  let amazonOrderId: string;
  try {
    amazonOrderId = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  if (match[2] === undefined) {
    return method === "GET"
      ? {
        operation: "getSolicitationActionsForOrder",
        kind: "solicitationActions",
        amazonOrderId,
      }
      : undefined;
  }
  if (method !== "POST") return undefined;
  return {
    operation: match[2] === PRODUCT_REVIEW
      ? "createProductReviewAndSellerFeedbackSolicitation"
      : "unknown",
    kind: "solicitation",
    amazonOrderId,
    type: match[2],
  };
}

/** Why an order does not accept a solicitation now, or `undefined` when it does. */
export type SolicitationRefusal = "sent" | "closed" | "window";

/** What the Solicitations API runs with. */
export interface SolicitationsContext {
  /** The delivery window and record times. */
  readonly clock: Clock;
  /** Keeps sent solicitations. */
  readonly records: Records;
  /** Answers. */
  readonly responder: Responder;
  /** Faults. */
  readonly faults: Faults;
}

/** The sandbox's Solicitations API. */
export interface SandboxSolicitations {
  /** Answers a routed request that passed the common checks. */
  handle(
    found: SolicitationRoute,
    order: SandboxOrder,
    marketplaceId: string,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response>;
  /** Forgets which orders were asked. */
  clear(): void;
}

/**
 * Creates the sandbox's Solicitations API.
 *
 * @param context Its collaborators.
 * @returns The handler.
 */
export function createSandboxSolicitations(
  context: SolicitationsContext,
): SandboxSolicitations {
  const { clock, faults } = context;
  const { respond, fail } = context.responder;
  const { solicitations, keep } = context.records;
  /** Orders that got their one solicitation. */
  const asked = new Set<string>();

  function refusal(
    id: string,
    order: SandboxOrder,
  ): SolicitationRefusal | undefined {
    if (asked.has(id)) return "sent";
    if (order.solicitation !== undefined) {
      return order.solicitation ? undefined : "closed";
    }
    if (order.deliveredAt === undefined) return undefined;
    const since = clock.now() - order.deliveredAt;
    return since >= SOLICITATION_OPENS_MS && since <= SOLICITATION_CLOSES_MS
      ? undefined
      : "window";
  }

  return {
    async handle(found, order, marketplaceId, record, signal) {
      const id = found.amazonOrderId;
      const path = `/solicitations/v1/orders/${encodeURIComponent(id)}`;
      const query = `?marketplaceIds=${encodeURIComponent(marketplaceId)}`;
      const open = refusal(id, order) === undefined;
      if (found.kind === "solicitationActions") {
        return await faults.accept(record, signal, () => {}, () => {
          const href = `${path}/solicitations/${PRODUCT_REVIEW}`;
          return respond(record, 200, {
            _links: {
              actions: open
                ? [{ href: `${href}${query}`, name: PRODUCT_REVIEW }]
                : [],
              self: { href: `${path}${query}` },
            },
            _embedded: {
              actions: open
                ? [{
                  _links: {
                    schema: { href: `${href}/schema`, name: PRODUCT_REVIEW },
                    self: { href: `${href}${query}`, name: PRODUCT_REVIEW },
                  },
                }]
                : [],
            },
          });
        });
      }
      if (found.type !== PRODUCT_REVIEW) {
        return fail(record, 404, {
          code: "NotFound",
          message: "Resource not found",
          details: "",
        });
      }
      const why = refusal(id, order);
      if (why !== undefined) {
        // Amazon's words and status (403 "Unauthorized") for both cases.
        return fail(record, 403, {
          code: "Unauthorized",
          message: why === "window"
            ? "You can\u2019t use this feature to request a review outside the 5-30 day range after the order delivery date."
            : "The requested solicitation is not available for this amazonOrderId.",
          details: "",
        });
      }
      return await faults.accept(record, signal, () => {
        asked.add(id);
        keep(solicitations, {
          amazonOrderId: id,
          type: PRODUCT_REVIEW,
          marketplaceId,
          time: clock.now(),
          requestId: record.requestId,
        });
      }, () => respond(record, 201, {}));
    },
    clear() {
      asked.clear();
    },
  };
}
