// This module is browser compatible.

/**
 * The sandbox's uploads: `createUploadDestinationForResource` (after the
 * Messaging checks passed) and the pre-signed S3 target that takes the
 * bytes, with S3's XML errors.
 *
 * @module
 */

import type { MessageType } from "../../message_types/message_type.ts";
import type { MessageTypeId } from "../../message_types/mod.ts";
import type { Clock } from "../clock.ts";
import { contentMd5 } from "../content_md5.ts";
import type { Faults } from "./_faults.ts";
import type { Records, Responder, Writable } from "./_records.ts";
import type { SandboxRequestRecord } from "./types.ts";

/** What the uploads run with. */
export interface UploadsContext {
  /** Upload times. */
  readonly clock: Clock;
  /** Where pre-signed URLs point. */
  readonly uploadBase: URL;
  /** Keeps the uploads. */
  readonly records: Records;
  /** Answers. */
  readonly responder: Responder;
  /** Faults. */
  readonly faults: Faults;
}

/** A destination request that passed the Messaging checks. */
export interface DestinationRequest {
  /** The order. */
  readonly amazonOrderId: string;
  /** The message type. */
  readonly type: MessageTypeId;
  /** The message type's descriptor. */
  readonly descriptor: MessageType;
  /** The one marketplace. */
  readonly marketplaceId: string;
}

/** The sandbox's uploads. */
export interface SandboxUploads {
  /** Whether a URL is the upload target. */
  isUploadUrl(url: URL): boolean;
  /** Answers `createUploadDestinationForResource`. */
  createDestination(
    url: URL,
    found: DestinationRequest,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response>;
  /** Answers the PUT to a pre-signed URL. */
  putContent(
    request: Request,
    url: URL,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response>;
  /** Forgets every signature. */
  clear(): void;
}

/**
 * Tells whether a value is the base64 of a 128-bit digest.
 *
 * @param value The value.
 * @returns Whether it is.
 */
export function isContentMd5(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{22}==$/.test(value)) return false;
  try {
    return atob(value).length === 16;
  } catch {
    return false;
  }
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Creates the sandbox's uploads.
 *
 * @param context Clock, upload base, records, responder and faults.
 * @returns The uploads.
 */
export function createSandboxUploads(context: UploadsContext): SandboxUploads {
  const { clock, uploadBase, records, faults } = context;
  const { respond, fail } = context.responder;
  const { uploads, keep } = records;
  const signatures = new Map<string, string>();

  async function createDestination(
    url: URL,
    found: DestinationRequest,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const { amazonOrderId: id, type, descriptor, marketplaceId } = found;
    if (descriptor.attachments === null) {
      return fail(record, 400, {
        code: "InvalidInput",
        message: `Message type ${type} does not take attachments`,
        details: "resource",
      });
    }
    const md5 = url.searchParams.get("contentMD5") ?? "";
    if (!isContentMd5(md5)) {
      return fail(record, 400, {
        code: "InvalidInput",
        message:
          "contentMD5 must be the base64 encoding of a 128-bit MD5 digest",
        details: "contentMD5",
      });
    }
    const contentType = url.searchParams.get("contentType") ?? undefined;
    const uploadDestinationId = `amzn1.tortuga.4.${crypto.randomUUID()}`;
    const signature = crypto.randomUUID().replaceAll("-", "");
    return await faults.accept(record, signal, () => {
      signatures.set(uploadDestinationId, signature);
      keep(uploads, {
        uploadDestinationId,
        amazonOrderId: id,
        type,
        marketplaceId,
        contentMD5: md5,
        contentType,
        bytes: undefined,
        time: clock.now(),
      });
    }, () => {
      const target = new URL(
        encodeURIComponent(uploadDestinationId),
        uploadBase,
      );
      target.searchParams.set("X-Amz-Algorithm", "AWS4-HMAC-SHA256");
      target.searchParams.set("X-Amz-Credential", "SANDBOX/aws4_request");
      target.searchParams.set("X-Amz-Expires", "900");
      target.searchParams.set("X-Amz-Signature", signature);
      const headers: Record<string, string> = { "Content-MD5": md5 };
      if (contentType !== undefined) headers["Content-Type"] = contentType;
      return respond(record, 201, {
        payload: { uploadDestinationId, url: target.href, headers },
      });
    });
  }

  async function uploadContent(
    request: Request,
    url: URL,
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const id = decode(url.pathname.split("/").pop() ?? "") ?? "";
    const upload = uploads.find((u) => u.uploadDestinationId === id);
    const s3 = (status: number, code: string, message: string) => {
      record.status = status;
      return new Response(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
        { status, headers: { "content-type": "application/xml" } },
      );
    };
    if (request.method !== "PUT") {
      return s3(405, "MethodNotAllowed", "Only PUT is allowed");
    }
    if (
      upload === undefined ||
      url.searchParams.get("X-Amz-Signature") !== signatures.get(id)
    ) {
      return s3(
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided",
      );
    }
    if (
      upload.contentType !== undefined &&
      request.headers.get("content-type") !== upload.contentType
    ) {
      return s3(
        403,
        "SignatureDoesNotMatch",
        "The Content-Type header does not match the signed one",
      );
    }
    const header = request.headers.get("content-md5");
    if (header !== null && !isContentMd5(header)) {
      return s3(
        400,
        "InvalidDigest",
        "The Content-MD5 you specified was invalid",
      );
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    const digest = contentMd5(bytes);
    if (
      digest !== upload.contentMD5 || (header !== null && header !== digest)
    ) {
      return s3(
        400,
        "BadDigest",
        "The Content-MD5 you specified did not match what we received",
      );
    }
    return await faults.accept(record, signal, () => {
      upload.bytes = bytes;
    }, () => {
      record.status = 200;
      return new Response(null, {
        status: 200,
        headers: { etag: `"${digest}"` },
      });
    });
  }

  return {
    isUploadUrl: (url) =>
      url.origin === uploadBase.origin &&
      url.pathname.startsWith(uploadBase.pathname),
    createDestination,
    putContent: uploadContent,
    clear() {
      signatures.clear();
    },
  };
}
