// This module is browser compatible.

/**
 * The attachment upload flow: compute the file's `contentMD5`, create an
 * upload destination (`createUploadDestinationForResource`), PUT the bytes
 * to the signed URL, and answer the attachment for the message body.
 *
 * @module
 */

import { getMessageType, type MessageTypeId } from "../message_types/mod.ts";
import type { UploadAttachmentOptions } from "./client_types.ts";
import { contentMd5 } from "./content_md5.ts";
import { SpApiError } from "./errors.ts";
import type { Attachment } from "./message_bodies.ts";
import {
  baseUrl,
  checkOperationOptions,
  checkOrderId,
  type ResolvedClientOptions,
} from "./_client_options.ts";
import { UPLOAD_LIMITS } from "./_client_rate_limit.ts";
import { anySignal, isRecord } from "./_http.ts";
import type { Answer, Call } from "./_request_pipeline.ts";

const UPLOAD_OPERATION = "createUploadDestinationForResource";

/** What an upload runs with. */
export interface UploadContext {
  /** The resolved client options (for the host). */
  readonly config: ResolvedClientOptions;
  /** The client's signal. */
  readonly signal: AbortSignal | undefined;
  /** The request pipeline. */
  readonly perform: (call: Call) => Promise<Answer>;
}

/**
 * Uploads a file for a message.
 *
 * @param context Options, client signal and pipeline.
 * @param amazonOrderId The order.
 * @param type The message type the file is for.
 * @param callOptions Marketplace, file name, bytes, content type, signal.
 * @returns The attachment to put in the body.
 * @throws {TypeError} When an argument has the wrong shape.
 * @throws {RangeError} When the type takes no attachments.
 * @throws {SpApiError} When Amazon or S3 refuses, or the answer has no destination.
 */
export async function uploadAttachment(
  context: UploadContext,
  amazonOrderId: string,
  type: MessageTypeId,
  callOptions: UploadAttachmentOptions,
): Promise<Attachment> {
  const operation = UPLOAD_OPERATION;
  const id = checkOrderId(amazonOrderId, operation);
  const { marketplaceId, signal } = checkOperationOptions(
    callOptions,
    operation,
  );
  const descriptor = getMessageType(type);
  if (descriptor.attachments === null) {
    throw new RangeError(
      `Cannot upload an attachment for message type "${descriptor.id}": it takes no attachments`,
    );
  }
  const { fileName, bytes, contentType } = callOptions;
  if (typeof fileName !== "string" || fileName.trim() === "") {
    throw new TypeError(
      `Cannot call "${operation}": "fileName" must be a non-empty string`,
    );
  }
  if (typeof contentType !== "string" || contentType.trim() === "") {
    throw new TypeError(
      `Cannot call "${operation}": "contentType" must be a MIME type such as "application/pdf"`,
    );
  }
  const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
  const md5 = contentMd5(data);
  const base = baseUrl(context.config, marketplaceId, operation);
  const combined = anySignal([context.signal, signal]);
  const query = new URLSearchParams({
    marketplaceIds: marketplaceId,
    contentMD5: md5,
    contentType,
  });
  const destination = await context.perform({
    operation,
    method: "POST",
    url: `${base}/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/${
      encodeURIComponent(id)
    }/messages/${descriptor.id}?${query}`,
    base,
    signal: combined,
    spApi: true,
    limits: UPLOAD_LIMITS,
    amazonOrderId: id,
  });
  const payload = isRecord(destination.json)
    ? destination.json.payload
    : undefined;
  if (
    !isRecord(payload) || typeof payload.uploadDestinationId !== "string" ||
    typeof payload.url !== "string"
  ) {
    throw new SpApiError(
      `Cannot call "${operation}" for order "${id}": the answer has no "payload" with "uploadDestinationId" and "url"`,
      {
        status: destination.status,
        operation,
        requestId: destination.requestId,
      },
    );
  }
  const putHeaders: Record<string, string> = {};
  if (isRecord(payload.headers)) {
    for (const [name, value] of Object.entries(payload.headers)) {
      if (typeof value === "string") putHeaders[name] = value;
    }
  }
  await context.perform({
    operation: "uploadContent",
    method: "PUT",
    url: payload.url,
    base: payload.url,
    signal: combined,
    spApi: false,
    body: data,
    headers: putHeaders,
    amazonOrderId: id,
  });
  return Object.freeze({
    uploadDestinationId: payload.uploadDestinationId,
    fileName,
  });
}
