// This module is browser compatible.

/**
 * The sandbox factory: wires the records, faults, LWA, uploads and
 * Messaging API behind one `fetch`.
 *
 * @module
 */

import {
  isMessageTypeId,
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
} from "../../message_types/mod.ts";
import { SYSTEM_CLOCK } from "../clock.ts";
import { isRecord } from "../_http.ts";
import { createFaults } from "./_faults.ts";
import { createSandboxLwa } from "./_lwa.ts";
import { createSandboxMessaging, route } from "./_messaging.ts";
import { createOrderBook } from "./_order_book.ts";
import { createRecords, createResponder, type Writable } from "./_records.ts";
import { createSandboxSolicitations } from "./_solicitations.ts";
import { createSandboxUploads } from "./_uploads.ts";
import type { Sandbox, SandboxOptions, SandboxRequestRecord } from "./types.ts";

/** Checks the `sellers` option. */
function sellersOption(
  value: Readonly<Record<string, string>> | undefined,
): ReadonlyMap<string, string> | undefined {
  if (value === undefined) return undefined;
  const entries = isRecord(value) ? Object.entries(value) : undefined;
  if (
    entries === undefined ||
    !entries.every(([token, seller]) =>
      token !== "" && typeof seller === "string" && seller !== ""
    )
  ) {
    // Refresh tokens are not quoted, not even fake ones.
    throw new TypeError(
      'Cannot create the sandbox: "sellers" must map refresh tokens to non-empty seller ids, such as { "Atzr|seller-a": "A1SELLERA" }',
    );
  }
  return new Map(entries);
}

/**
 * Creates an in-process Amazon: Login with Amazon, Messaging, Solicitations,
 * Uploads and the upload target behind one `fetch`, with configurable
 * orders, rate limits and faults.
 *
 * Behaviour, as the real API and the spec's `x-amazon-spds-sandbox-behaviors`:
 * - order `123-1234567-1234567` accepts every type; `123-1234567-0000000`
 *   answers 400 `InvalidInput` to everything; any other order works with the
 *   configured (or default) types and locale;
 * - every Messaging call needs exactly one `marketplaceIds` value (400
 *   `InvalidInput` otherwise) and an `x-amz-access-token` (403 otherwise);
 * - sends are validated like the real API (400 with
 *   `{ errors: [{ code, message, details }] }`), and a type the order does not
 *   accept gets 403 "Invalid amazonOrderId and template combination";
 * - each seller has its own token bucket per operation, as on Amazon: 429
 *   `QuotaExceeded` when empty. LWA issues each refresh token its own access
 *   tokens, and a token's seller is the id `sellers` gives its refresh
 *   token, or else the non-secret identity of its credentials; every access
 *   token the sandbox did not issue belongs to one seller, `"default"`;
 * - Solicitations (`getSolicitationActionsForOrder`,
 *   `createProductReviewAndSellerFeedbackSolicitation`) pass the same checks;
 *   an order accepts one solicitation, when its `solicitation` setting or
 *   its `deliveredAt` (5 to 30 days ago) allows, and otherwise gets Amazon's
 *   403 `Unauthorized`;
 * - every answer carries `x-amzn-RequestId`, and 2xx/400/404 answers carry
 *   `x-amzn-RateLimit-Limit`.
 *
 * @param options Orders, defaults, rate limit, clock, credentials and sellers.
 * @returns The sandbox: its `fetch` and what it recorded.
 * @throws {RangeError} When a configured type is unknown or a number is out of range.
 * @throws {TypeError} When `sellers` is not a record of non-empty strings.
 *
 * @example The static sandbox orders
 * ```ts
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const base = "https://sandbox.sellingpartnerapi-na.amazon.com/messaging/v1/orders";
 * const headers = { "x-amz-access-token": "Atza|x" };
 * const ok = await sandbox.fetch(`${base}/123-1234567-1234567/attributes?marketplaceIds=ATVPDKIKX0DER`, { headers });
 * assert.deepEqual(await ok.json(), { buyer: { locale: "en-US" } });
 * const bad = await sandbox.fetch(`${base}/123-1234567-0000000/attributes?marketplaceIds=ATVPDKIKX0DER`, { headers });
 * assert.equal(bad.status, 400);
 * assert.deepEqual(await bad.json(), { errors: [{ code: "InvalidInput", message: "Invalid Input", details: "" }] });
 * ```
 *
 * @example Two sellers, each with its own buckets
 * ```ts
 * import { createMessagingClient, QuotaExceededError } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({
 *   rateLimit: { rate: 1, burst: 1 },
 *   sellers: { "Atzr|seller-a": "A1SELLERA", "Atzr|seller-b": "A1SELLERB" },
 * });
 * const clientOf = (refreshToken: string) =>
 *   createMessagingClient({
 *     auth: { clientId: "amzn1.application-oa2-client.example", clientSecret: "example-secret", refreshToken },
 *     fetch: sandbox.fetch,
 *     retry: 0,
 *   });
 * const [a, b] = [clientOf("Atzr|seller-a"), clientOf("Atzr|seller-b")];
 * const order = { marketplaceId: "ATVPDKIKX0DER", body: { text: "Your parcel is delayed." } };
 * await a.createUnexpectedProblem("111-0000000-0000001", order);
 * await b.createUnexpectedProblem("111-0000000-0000002", order); // B's bucket is full
 * await assert.rejects(a.createUnexpectedProblem("111-0000000-0000003", order), QuotaExceededError);
 * assert.deepEqual(sandbox.sent.map((m) => m.seller), ["A1SELLERA", "A1SELLERB"]);
 * ```
 *
 * @example Injecting a dropped connection
 * ```ts
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * sandbox.injectFault({ kind: "drop", operation: "createUnexpectedProblem" });
 * const url = "https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/111-2223334-4445556/messages/unexpectedProblem?marketplaceIds=ATVPDKIKX0DER";
 * await assert.rejects(
 *   sandbox.fetch(url, {
 *     method: "POST",
 *     headers: { "x-amz-access-token": "Atza|x", "content-type": "application/json" },
 *     body: JSON.stringify({ text: "Your parcel is delayed by two days." }),
 *   }),
 *   TypeError,
 * );
 * assert.equal(sandbox.sent.length, 1); // Amazon took it before the connection dropped
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const defaultTypes = [
    ...(options.defaultTypes ??
      MESSAGE_TYPE_IDS.filter((id) => !MESSAGE_TYPES[id].deprecated)),
  ];
  const defaultLocale = options.defaultLocale ?? "en-US";
  const acceptUnknownOrders = options.acceptUnknownOrders ?? true;
  const limits = options.rateLimit === undefined
    ? { rate: 5, burst: 15 }
    : options.rateLimit;
  if (
    limits !== false &&
    !(limits.rate > 0 && Number.isFinite(limits.rate) && limits.burst >= 1)
  ) {
    throw new RangeError(
      `Cannot create the sandbox: "rateLimit" needs a positive "rate" and a "burst" of at least 1`,
    );
  }
  const credentials = options.credentials;
  const sellers = sellersOption(options.sellers);
  const tokenLifetimeMs = (options.tokenLifetimeSeconds ?? 3600) * 1000;
  const uploadBase = new URL(
    options.uploadBaseUrl ??
      "https://sandbox-uploads.sellingpartnerapi.invalid/",
  );
  const maxRecords = options.maxRecords ?? Infinity;

  const orders = createOrderBook(acceptUnknownOrders);
  for (const type of defaultTypes) {
    if (!isMessageTypeId(type)) {
      throw new RangeError(
        `Cannot create the sandbox: unknown message type "${type}" in "defaultTypes"`,
      );
    }
  }
  for (const [id, order] of Object.entries(options.orders ?? {})) {
    orders.set(id, order);
  }

  const records = createRecords(maxRecords);
  const responder = createResponder(limits);
  const faults = createFaults(clock, responder);
  const lwa = createSandboxLwa({
    clock,
    credentials,
    sellers,
    tokenLifetimeMs,
    responder,
    faults,
  });
  const uploads = createSandboxUploads({
    clock,
    uploadBase,
    records,
    responder,
    faults,
  });
  const solicitations = createSandboxSolicitations({
    clock,
    records,
    responder,
    faults,
  });
  const messaging = createSandboxMessaging({
    clock,
    limits,
    checkTokens: credentials !== undefined || sellers !== undefined,
    lwa,
    orders,
    defaultTypes,
    defaultLocale,
    checkAttachments: options.checkAttachments === true,
    records,
    responder,
    faults,
    uploads,
    solicitations,
  });

  async function sandboxFetch(
    input: Request | URL | string,
    init?: RequestInit,
  ): Promise<Response> {
    const request = new Request(input, init);
    const signal = init?.signal ?? request.signal;
    signal?.throwIfAborted();
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const found = route(method, url.pathname);
    const isUpload = uploads.isUploadUrl(url);
    const operation = url.pathname === "/auth/o2/token"
      ? "lwaToken"
      : isUpload
      ? "uploadContent"
      : found?.operation ?? "unknown";
    const record: Writable<SandboxRequestRecord> = {
      method,
      url: request.url,
      operation,
      status: undefined,
      time: clock.now(),
      requestId: crypto.randomUUID(),
    };
    records.keep(records.requests, record);
    return await (operation === "lwaToken"
      ? lwa.handle(request, record, signal)
      : isUpload
      ? uploads.putContent(request, url, record, signal)
      : found === undefined
      ? Promise.resolve(responder.fail(record, 404, {
        code: "NotFound",
        message: "Resource not found",
        details: "",
      }))
      : messaging.handle(request, url, found, record, signal));
  }

  return {
    fetch: sandboxFetch,
    get sent() {
      return records.sent;
    },
    get solicitations() {
      return records.solicitations;
    },
    get uploads() {
      return records.uploads;
    },
    get requests() {
      return records.requests;
    },
    get tokensIssued() {
      return lwa.issued;
    },
    setOrder: (amazonOrderId, order) => orders.set(amazonOrderId, order),
    injectFault: (fault) => faults.inject(fault),
    expireTokens: () => lwa.expireAll(),
    reset() {
      records.clear();
      faults.clear();
      lwa.clear();
      uploads.clear();
      messaging.clear();
      solicitations.clear();
    },
  };
}
