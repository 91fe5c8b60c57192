// This module is browser compatible.

/**
 * The SP-API Messaging client: fetch only, with LWA auth, per-operation token
 * buckets, retries that never resend a message, eligibility checks and
 * attachment uploads.
 *
 * The factory here wires the parts and holds the operation table; the parts
 * live beside it: options and argument checks, auth, rate limiting, the
 * request pipeline and its response classification, the send guards and the
 * upload flow.
 *
 * @module
 */

import {
  getMessageType,
  isMessageTypeId,
  MESSAGE_TYPES,
  type MessageTypeId,
} from "../message_types/mod.ts";
import type { MessageType } from "../message_types/message_type.ts";
import { validateMessageBody } from "../message_types/validate_body.ts";
import { createRedactor } from "../_redact.ts";
import type {
  BuyerAttributes,
  MessageOptions,
  MessagingActionLink,
  MessagingActions,
  MessagingClient,
  MessagingClientOptions,
  OperationOptions,
  SendMessageOptions,
  SendMessageResult,
} from "./client_types.ts";
import {
  MessageTypeUnavailableError,
  MessageValidationError,
} from "./errors.ts";
import { memoizeIdentity, resolveClientAuth } from "./_client_auth.ts";
import {
  baseUrl,
  checkOperationOptions,
  checkOrderId,
  checkSendCall,
  orderUrl,
  resolveClientOptions,
} from "./_client_options.ts";
import { createClientRateLimiter } from "./_client_rate_limit.ts";
import { anySignal, isRecord } from "./_http.ts";
import { type Answer, createRequestPipeline } from "./_request_pipeline.ts";
import {
  type GuardedSend,
  resolveDuplicateGuard,
  resolveIdempotency,
  withDuplicateGuard,
  withIdempotencyKey,
} from "./_send_guards.ts";
import { uploadAttachment } from "./_upload_attachment.ts";
import { createSolicitations } from "./_solicitations.ts";

export type * from "./client_types.ts";

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A checked send, ready for the guards and the POST. */
interface SendTarget extends GuardedSend {
  readonly type: MessageType;
  readonly operation: string;
  readonly base: string;
  readonly signal: AbortSignal | undefined;
  readonly checkEligibility: boolean;
}

/**
 * Creates an SP-API Messaging client. Only Web APIs are used, so it runs on
 * Deno, Node, Bun, browsers and edge workers alike.
 *
 * Regions: `region` picks `https://sellingpartnerapi-{region}.amazon.com`
 * (or the `sandbox.` host with `sandbox: true`); without it each call's
 * marketplace decides; `endpoint` replaces the host entirely.
 *
 * @param options Credentials and settings; only `auth` is required.
 * @returns The client: a plain object of methods that holds no secret in its properties.
 * @throws {TypeError} When `auth`, `endpoint` or another option has the wrong shape.
 * @throws {RangeError} When `region`, `timeoutMs`, rate or retry numbers are out of range.
 *
 * @example Sending a message through the in-process sandbox
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({
 *   auth: {
 *     clientId: "amzn1.application-oa2-client.example",
 *     clientSecret: "example-secret",
 *     refreshToken: "Atzr|example",
 *   },
 *   fetch: sandbox.fetch,
 * });
 * const orderId = "902-3159896-1390916";
 * const { locale } = await client.getAttributes(orderId, { marketplaceId: "A1PA6795UKMFR9" });
 * assert.equal(locale, "en-US");
 * const result = await client.sendMessage("confirmDeliveryDetails", orderId, {
 *   marketplaceId: "A1PA6795UKMFR9",
 *   body: { text: "Ihre Lieferung ist für Montag zwischen 8 und 12 Uhr geplant." },
 * });
 * assert.equal(result.type, "confirmDeliveryDetails");
 * assert.equal(sandbox.sent.length, 1);
 * assert.equal(sandbox.sent[0].amazonOrderId, orderId);
 * ```
 *
 * @example Uploading an invoice and sending it
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({
 *   auth: { accessToken: "Atza|example" },
 *   fetch: sandbox.fetch,
 * });
 * const orderId = "902-3159896-1390916";
 * const attachment = await client.uploadAttachment(orderId, "invoice", {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   fileName: "invoice-1001.pdf",
 *   bytes: new TextEncoder().encode("%PDF-1.7 example"),
 *   contentType: "application/pdf",
 * });
 * await client.sendInvoice(orderId, {
 *   marketplaceId: "ATVPDKIKX0DER",
 *   body: { attachments: [attachment] },
 * });
 * assert.equal(sandbox.uploads[0].uploadDestinationId, attachment.uploadDestinationId);
 * assert.deepEqual(sandbox.sent[0].body, { attachments: [attachment] });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createMessagingClient(
  options: MessagingClientOptions,
): MessagingClient {
  const config = resolveClientOptions(options);
  const { clock } = config;
  const redactor = createRedactor();
  const auth = resolveClientAuth(options.auth, {
    redactor,
    fetch: config.fetch,
    clock,
    userAgent: config.userAgent,
    timeoutMs: config.timeoutMs,
    lwaEndpoint: config.lwaEndpoint,
  });
  const rateLimit = options.rateLimit ?? {};
  const limiter = createClientRateLimiter(rateLimit, clock);
  const identity = memoizeIdentity(auth, rateLimit);
  const idempotency = resolveIdempotency(options.idempotency, clock);
  const duplicates = resolveDuplicateGuard(options.duplicateGuard, clock);
  const perform = createRequestPipeline({
    fetch: config.fetch,
    clock,
    userAgent: config.userAgent,
    timeoutMs: config.timeoutMs,
    policy: config.policy,
    redactor,
    auth,
    identity,
    limiter,
    onRequest: options.onRequest,
    onResponse: options.onResponse,
  });

  /** A GET on an order's Messaging resource (`suffix` after the order path). */
  function getOrder(
    operation: string,
    suffix: string,
    amazonOrderId: string,
    callOptions: OperationOptions,
  ): Promise<Answer> {
    const id = checkOrderId(amazonOrderId, operation);
    const { marketplaceId, signal } = checkOperationOptions(
      callOptions,
      operation,
    );
    const base = baseUrl(config, marketplaceId, operation);
    return perform({
      operation,
      method: "GET",
      url: orderUrl(base, id, suffix, { marketplaceIds: marketplaceId }),
      base,
      signal: anySignal([options.signal, signal]),
      spApi: true,
      amazonOrderId: id,
    });
  }

  async function getMessagingActionsForOrder(
    amazonOrderId: string,
    callOptions: OperationOptions,
  ): Promise<MessagingActions> {
    const answer = await getOrder(
      "getMessagingActionsForOrder",
      "",
      amazonOrderId,
      callOptions,
    );
    const links = isRecord(answer.json) && isRecord(answer.json._links)
      ? answer.json._links.actions
      : undefined;
    const actions: MessagingActionLink[] = [];
    const types: MessageTypeId[] = [];
    if (Array.isArray(links)) {
      for (const link of links) {
        if (!isRecord(link) || typeof link.href !== "string") continue;
        const name = typeof link.name === "string" ? link.name : undefined;
        actions.push(
          Object.freeze(
            name === undefined ? { href: link.href } : {
              href: link.href,
              name,
            },
          ),
        );
        if (isMessageTypeId(name) && !types.includes(name)) types.push(name);
      }
    }
    return {
      types: Object.freeze(types),
      actions: Object.freeze(actions),
      requestId: answer.requestId,
    };
  }

  async function getAttributes(
    amazonOrderId: string,
    callOptions: OperationOptions,
  ): Promise<BuyerAttributes> {
    const answer = await getOrder(
      "getAttributes",
      "/attributes",
      amazonOrderId,
      callOptions,
    );
    const buyer = isRecord(answer.json) ? answer.json.buyer : undefined;
    const locale = isRecord(buyer) && typeof buyer.locale === "string" &&
        buyer.locale !== ""
      ? buyer.locale
      : undefined;
    return locale === undefined
      ? { requestId: answer.requestId }
      : { locale, requestId: answer.requestId };
  }

  async function send(
    type: MessageType,
    amazonOrderId: string,
    callOptions: MessageOptions<unknown>,
    checkEligibility: boolean,
  ): Promise<SendMessageResult> {
    const operation = lowerFirst(type.operationId);
    const { id, marketplaceId, signal, idempotencyKey, allowDuplicate } =
      checkSendCall(amazonOrderId, callOptions, operation);
    const body = callOptions.body;
    const validation = validateMessageBody(type, body);
    if (!validation.success) {
      throw new MessageValidationError(
        `Cannot send message "${type.id}" as its body is invalid: ${
          validation.issues.map((issue) =>
            `${issue.path === "" ? "body" : issue.path}: ${issue.message}`
          ).join("; ")
        }`,
        { type: type.id, issues: validation.issues },
      );
    }
    const target: SendTarget = {
      type,
      typeId: type.id,
      operation,
      amazonOrderId: id,
      marketplaceId,
      base: baseUrl(config, marketplaceId, operation),
      body,
      signal,
      checkEligibility,
      allowDuplicate,
    };
    const guarded = () =>
      withDuplicateGuard(duplicates, identity, target, () => deliver(target));
    return idempotencyKey === undefined
      ? await guarded()
      : await withIdempotencyKey(
        idempotency,
        identity,
        idempotencyKey,
        target,
        guarded,
      );
  }

  /** Checks eligibility when asked, then POSTs the message. */
  async function deliver(target: SendTarget): Promise<SendMessageResult> {
    const { type, amazonOrderId: id, marketplaceId, base, body, signal } =
      target;
    if (target.checkEligibility) {
      const actions = await getMessagingActionsForOrder(id, {
        marketplaceId,
        ...(signal === undefined ? {} : { signal }),
      });
      if (!actions.types.includes(type.id as MessageTypeId)) {
        throw new MessageTypeUnavailableError(
          `Cannot send message "${type.id}" as order "${id}" does not accept it now: ${
            actions.types.length === 0
              ? "it accepts no message types"
              : `allowed types are ${
                actions.types.map((t) => `"${t}"`).join(", ")
              }`
          }`,
          {
            type: type.id,
            amazonOrderId: id,
            available: actions.types,
            requestId: actions.requestId,
          },
        );
      }
    }
    const answer = await perform({
      operation: target.operation,
      method: "POST",
      url: orderUrl(base, id, `/messages/${type.id}`, {
        marketplaceIds: marketplaceId,
      }),
      base,
      signal: anySignal([options.signal, signal]),
      spApi: true,
      amazonOrderId: id,
      send: { type: type.id, amazonOrderId: id },
      ...(type.hasBody
        ? { body: JSON.stringify(body ?? {}), contentType: "application/json" }
        : {}),
    });
    return {
      type: type.id as MessageTypeId,
      amazonOrderId: id,
      requestId: answer.requestId,
    };
  }

  const upload = { config, signal: options.signal, perform };
  const solicitations = createSolicitations({
    config,
    signal: options.signal,
    perform,
    identity,
    idempotency,
    duplicates,
  });

  return {
    getMessagingActionsForOrder,
    getAttributes,
    confirmCustomizationDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmCustomizationDetails, id, o, false),
    createConfirmDeliveryDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmDeliveryDetails, id, o, false),
    createLegalDisclosure: (id, o) =>
      send(MESSAGE_TYPES.legalDisclosure, id, o, false),
    createNegativeFeedbackRemoval: (id, o) =>
      send(MESSAGE_TYPES.negativeFeedbackRemoval, id, o, false),
    createConfirmOrderDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmOrderDetails, id, o, false),
    createConfirmServiceDetails: (id, o) =>
      send(MESSAGE_TYPES.confirmServiceDetails, id, o, false),
    createAmazonMotors: (id, o) =>
      send(MESSAGE_TYPES.amazonMotors, id, o, false),
    createWarranty: (id, o) => send(MESSAGE_TYPES.warranty, id, o, false),
    createDigitalAccessKey: (id, o) =>
      send(MESSAGE_TYPES.digitalAccessKey, id, o, false),
    createUnexpectedProblem: (id, o) =>
      send(MESSAGE_TYPES.unexpectedProblem, id, o, false),
    sendInvoice: (id, o) => send(MESSAGE_TYPES.invoice, id, o, false),
    // async, so an unknown type rejects like every other argument error.
    sendMessage: async (type, id, o) =>
      await send(
        getMessageType(type),
        id,
        o as MessageOptions<unknown>,
        (o as SendMessageOptions<MessageTypeId> | undefined)
          ?.checkEligibility !== false,
      ),
    uploadAttachment: (id, type, o) => uploadAttachment(upload, id, type, o),
    getSolicitationActionsForOrder:
      solicitations.getSolicitationActionsForOrder,
    createProductReviewAndSellerFeedbackSolicitation:
      solicitations.createProductReviewAndSellerFeedbackSolicitation,
  };
}
