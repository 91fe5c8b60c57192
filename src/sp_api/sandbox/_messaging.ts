// This module is browser compatible.

/**
 * The sandbox's Messaging API: routing, Amazon's token buckets per seller
 * and operation, the access-token, marketplace and order checks, and the
 * operations (actions, attributes, sends; upload destinations go to the
 * uploads).
 *
 * @module
 */

import {
  isMessageTypeId,
  MESSAGE_TYPES,
  type MessageTypeId,
} from "../../message_types/mod.ts";
import { getMarketplace } from "../../message_types/marketplaces.ts";
import { validateMessageBody } from "../../message_types/validate_body.ts";
import type { Clock } from "../clock.ts";
import type { RateLimits } from "../rate_limit_store.ts";
import { isRecord } from "../_http.ts";
import type { Faults } from "./_faults.ts";
import type { SandboxLwa } from "./_lwa.ts";
import type { OrderBook } from "./_order_book.ts";
import type { Records, Responder, Writable } from "./_records.ts";
import type { SandboxUploads } from "./_uploads.ts";
import {
  type SandboxSolicitations,
  solicitationRoute,
} from "./_solicitations.ts";
import { SANDBOX_ORDER_INVALID } from "./orders.ts";
import type { SandboxRequestRecord } from "./types.ts";

const ORDER_ROUTE =
  /^\/messaging\/v1\/orders\/([^/]+)(?:\/(attributes)|\/messages\/([^/]+))?\/?$/;
const UPLOAD_ROUTE =
  /^\/uploads\/2020-11-01\/uploadDestinations\/messaging\/v1\/orders\/([^/]+)\/messages\/([^/]+)\/?$/;

/** A request's operation. */
export interface Route {
  /** The operation, such as `createWarranty`. */
  readonly operation: string;
  /** What kind of operation it is (the last two are Solicitations'). */
  readonly kind:
    | "actions"
    | "attributes"
    | "send"
    | "upload"
    | "solicitationActions"
    | "solicitation";
  /** The order. */
  readonly amazonOrderId: string;
  /** The message type path segment, for sends and uploads. */
  readonly type?: string;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Finds the Messaging, Uploads or Solicitations operation of a request.
 *
 * @param method The HTTP method, upper case.
 * @param pathname The URL path.
 * @returns The route, or `undefined` for no operation.
 */
export function route(method: string, pathname: string): Route | undefined {
  const order = ORDER_ROUTE.exec(pathname);
  if (order !== null) {
    const amazonOrderId = decode(order[1]);
    if (amazonOrderId === undefined) return undefined;
    if (order[3] !== undefined) {
      if (method !== "POST") return undefined;
      const type = order[3];
      const operation = isMessageTypeId(type)
        ? lowerFirst(MESSAGE_TYPES[type].operationId)
        : "unknown";
      return { operation, kind: "send", amazonOrderId, type };
    }
    if (method !== "GET") return undefined;
    return order[2] === "attributes"
      ? { operation: "getAttributes", kind: "attributes", amazonOrderId }
      : {
        operation: "getMessagingActionsForOrder",
        kind: "actions",
        amazonOrderId,
      };
  }
  const upload = UPLOAD_ROUTE.exec(pathname);
  if (upload !== null && method === "POST") {
    const amazonOrderId = decode(upload[1]);
    if (amazonOrderId === undefined) return undefined;
    return {
      operation: "createUploadDestinationForResource",
      kind: "upload",
      amazonOrderId,
      type: upload[2],
    };
  }
  return solicitationRoute(method, pathname);
}

/** What the Messaging API runs with. */
export interface MessagingContext {
  /** Buckets, token expiry and record times. */
  readonly clock: Clock;
  /** Amazon's plan per operation, or `false` for no limit. */
  readonly limits: RateLimits | false;
  /** Whether tokens must come from the sandbox's LWA. */
  readonly checkTokens: boolean;
  /** Issued tokens. */
  readonly lwa: SandboxLwa;
  /** The orders. */
  readonly orders: OrderBook;
  /** Types of orders configured without `types`. */
  readonly defaultTypes: readonly MessageTypeId[];
  /** Locale of orders configured without `locale`. */
  readonly defaultLocale: string;
  /** Refuse sends whose attachments were not uploaded for the order. */
  readonly checkAttachments: boolean;
  /** Keeps sent messages. */
  readonly records: Records;
  /** Answers. */
  readonly responder: Responder;
  /** Faults. */
  readonly faults: Faults;
  /** Upload destinations. */
  readonly uploads: SandboxUploads;
  /** The Solicitations API, behind the same checks (without it: 404). */
  readonly solicitations?: SandboxSolicitations;
}

/** The sandbox's Messaging API. */
export interface SandboxMessaging {
  /** Answers a routed request. */
  handle(
    request: Request,
    url: URL,
    found: Route,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response>;
  /** Refills every bucket. */
  clear(): void;
}

/** The seller of access tokens the sandbox's LWA did not issue. */
export const DEFAULT_SELLER = "default";

/**
 * Creates the sandbox's Messaging API.
 *
 * @param context Its collaborators and settings.
 * @returns The handler.
 */
export function createSandboxMessaging(
  context: MessagingContext,
): SandboxMessaging {
  const { clock, limits, lwa, faults, defaultTypes, defaultLocale } = context;
  const { respond, fail } = context.responder;
  const { sent, uploads, keep } = context.records;
  const buckets = new Map<string, { tokens: number; last: number }>();

  /** Takes a token from the seller's bucket of the operation, or tells there is none. */
  function take(seller: string, operation: string, plan: RateLimits): boolean {
    const now = clock.now();
    const key = `${seller}\n${operation}`;
    const bucket = buckets.get(key) ?? { tokens: plan.burst, last: now };
    bucket.tokens = Math.min(
      plan.burst,
      bucket.tokens + (Math.max(0, now - bucket.last) * plan.rate) / 1000,
    );
    bucket.last = Math.max(bucket.last, now);
    buckets.set(key, bucket);
    // Amazon does not queue: without a whole token (give or take float
    // noise) the request is refused and the bucket is left as it was.
    if (bucket.tokens < 1 - 1e-9) return false;
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    return true;
  }

  async function spApi(
    request: Request,
    url: URL,
    found: Route,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const token = request.headers.get("x-amz-access-token");
    // Amazon meters the seller-and-app pair the token stands for.
    const seller = (token === null ? undefined : lwa.seller(token)) ??
      DEFAULT_SELLER;
    record.seller = seller;
    if (limits !== false && !take(seller, found.operation, limits)) {
      return fail(record, 429, {
        code: "QuotaExceeded",
        message: "You exceeded your quota for the requested resource.",
        details: "",
      });
    }
    if (token === null || token === "") {
      return fail(record, 403, {
        code: "Unauthorized",
        message: "Access to requested resource is denied.",
        details: "The access token is missing.",
      });
    }
    if (context.checkTokens) {
      const expires = lwa.expiry(token);
      if (expires === undefined) {
        return fail(record, 403, {
          code: "Unauthorized",
          message: "Access to requested resource is denied.",
          details:
            "The access token you provided is revoked, malformed or invalid.",
        });
      }
      if (clock.now() >= expires) {
        return fail(record, 403, {
          code: "Unauthorized",
          message: "Access to requested resource is denied.",
          details: "The access token you provided has expired.",
        });
      }
    }
    const marketplaceIds = url.searchParams.getAll("marketplaceIds").flatMap((
      value,
    ) => value.split(","));
    if (marketplaceIds.length !== 1 || marketplaceIds[0] === "") {
      return fail(record, 400, {
        code: "InvalidInput",
        message: marketplaceIds.length === 0
          ? "Missing required parameter marketplaceIds"
          : "Only one marketplace can be specified in marketplaceIds",
        details: "marketplaceIds",
      });
    }
    const marketplaceId = marketplaceIds[0];
    if (getMarketplace(marketplaceId) === undefined) {
      return fail(record, 400, {
        code: "InvalidInput",
        message: `Invalid marketplace identifier: ${marketplaceId}`,
        details: "marketplaceIds",
      });
    }
    const id = found.amazonOrderId;
    if (id === SANDBOX_ORDER_INVALID) {
      return fail(record, 400, {
        code: "InvalidInput",
        message: "Invalid Input",
        details: "",
      });
    }
    const order = context.orders.get(id);
    if (order === undefined) {
      return fail(record, 404, {
        code: "NotFound",
        message: `Order ${id} was not found`,
        details: "",
      });
    }
    if (found.kind === "solicitationActions" || found.kind === "solicitation") {
      if (context.solicitations === undefined) {
        return fail(record, 404, {
          code: "NotFound",
          message: "Resource not found",
          details: "",
        });
      }
      return await context.solicitations.handle(
        { ...found, kind: found.kind },
        order,
        marketplaceId,
        record,
        signal,
      );
    }
    const types = order.types ?? defaultTypes;

    if (found.kind === "actions") {
      return await faults.accept(record, signal, () => {}, () => {
        const query = `?marketplaceIds=${encodeURIComponent(marketplaceId)}`;
        const path = `/messaging/v1/orders/${encodeURIComponent(id)}`;
        const actionNames = [...types, "attributes"];
        return respond(record, 200, {
          _links: {
            actions: actionNames.map((name) => ({
              href: name === "attributes"
                ? `${path}/attributes${query}`
                : `${path}/messages/${name}${query}`,
              name,
            })),
            self: { href: `${path}${query}` },
          },
          _embedded: {
            actions: types.map((name) => ({
              _links: {
                schema: {
                  href: `${path}/messages/${name}/schema`,
                  name,
                },
                self: { href: `${path}/messages/${name}${query}`, name },
              },
            })),
          },
        });
      });
    }
    if (found.kind === "attributes") {
      return await faults.accept(
        record,
        signal,
        () => {},
        () =>
          respond(record, 200, {
            buyer: { locale: order.locale ?? defaultLocale },
          }),
      );
    }

    const type = found.type ?? "";
    if (!isMessageTypeId(type)) {
      return fail(record, 404, {
        code: "NotFound",
        message: "Resource not found",
        details: "",
      });
    }
    const descriptor = MESSAGE_TYPES[type];

    if (found.kind === "upload") {
      return await context.uploads.createDestination(
        url,
        {
          amazonOrderId: id,
          type,
          descriptor,
          marketplaceId,
        },
        record,
        signal,
      );
    }

    if (!types.includes(type)) {
      return fail(record, 403, {
        code: "Unauthorized",
        message: "Invalid amazonOrderId and template combination",
        details: "",
      });
    }
    const text = await request.text();
    let body: unknown;
    if (descriptor.hasBody) {
      const contentType = request.headers.get("content-type") ?? "";
      if (!/^application\/json\b/i.test(contentType)) {
        return fail(record, 415, {
          code: "UnsupportedMediaType",
          message: "The request payload is in an unsupported format",
          details: contentType,
        });
      }
      try {
        body = JSON.parse(text);
      } catch {
        return fail(record, 400, {
          code: "InvalidInput",
          message: "The request body is not valid JSON",
          details: "",
        });
      }
    } else if (text.trim() !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const validation = validateMessageBody(descriptor, body);
    if (!validation.success) {
      return fail(
        record,
        400,
        ...validation.issues.map((issue) => ({
          code: "InvalidInput",
          message: issue.message,
          details: issue.path,
        })),
      );
    }
    if (context.checkAttachments && isRecord(body)) {
      const attachments = Array.isArray(body.attachments)
        ? body.attachments
        : [];
      for (const [index, attachment] of attachments.entries()) {
        const upload = uploads.find((u) =>
          u.uploadDestinationId === attachment?.uploadDestinationId
        );
        if (upload?.bytes === undefined || upload.amazonOrderId !== id) {
          return fail(record, 400, {
            code: "InvalidInput",
            message: "Invalid uploadDestinationId",
            details: `attachments.${index}.uploadDestinationId`,
          });
        }
      }
    }
    return await faults.accept(record, signal, () => {
      keep(sent, {
        seller,
        amazonOrderId: id,
        type,
        marketplaceId,
        body,
        time: clock.now(),
        requestId: record.requestId,
      });
    }, () => respond(record, 201, {}));
  }

  return {
    handle: spApi,
    clear() {
      buckets.clear();
    },
  };
}
