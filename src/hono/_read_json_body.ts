// This module is browser compatible.

/**
 * Reads a JSON request body with a hard size limit: the declared
 * `content-length` is checked first, then the stream is counted while it is
 * read, so a chunked body cannot slip past the limit.
 *
 * @module
 */

import { type Answer, errorAnswer } from "./_answer.ts";

/** The outcome of {@linkcode readJsonBody}. */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly answer: Answer };

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

function fail(status: number, code: string, message: string): JsonBody {
  return { ok: false, answer: errorAnswer(status, code, message) };
}

/**
 * Checks the content type, reads at most `maxBytes`, decodes UTF-8 and
 * parses JSON.
 *
 * @param request The request.
 * @param maxBytes The largest body accepted, in bytes.
 * @returns The parsed value, or the 400/413/415 answer.
 */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<JsonBody> {
  const contentType = request.headers.get("content-type") ?? "";
  const [mediaType = "", ...parameters] = contentType.split(";");
  if (!JSON_MEDIA_TYPE.test(mediaType.trim().toLowerCase())) {
    return fail(
      415,
      "unsupported_media_type",
      `Expected "content-type: application/json", got ${
        contentType === "" ? "none" : JSON.stringify(contentType.slice(0, 100))
      }`,
    );
  }
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=");
    if (
      name.trim().toLowerCase() === "charset" &&
      !/^"?utf-8"?$/i.test(value.trim())
    ) {
      return fail(
        415,
        "unsupported_media_type",
        "Expected the body in UTF-8 (charset=utf-8)",
      );
    }
  }
  const encoding = request.headers.get("content-encoding");
  if (encoding !== null && encoding.trim().toLowerCase() !== "identity") {
    return fail(
      415,
      "unsupported_media_type",
      "Expected an uncompressed body (no content-encoding)",
    );
  }
  const tooLarge = () =>
    fail(
      413,
      "payload_too_large",
      `The body is larger than the limit of ${maxBytes} bytes`,
    );
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim())) {
    if (Number(declared.trim()) > maxBytes) return tooLarge();
  }
  if (request.body === null) {
    return fail(400, "malformed_json", "The body is empty: expected JSON");
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => {});
        return tooLarge();
      }
      chunks.push(value);
    }
  } catch {
    return fail(400, "malformed_json", "The body could not be read");
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(400, "malformed_json", "The body is not valid UTF-8");
  }
  if (text.trim() === "") {
    return fail(400, "malformed_json", "The body is empty: expected JSON");
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return fail(400, "malformed_json", "The body is not valid JSON");
  }
}
