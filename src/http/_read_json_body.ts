// This module is browser compatible.

/**
 * Reads a JSON request body with a hard size limit: the declared
 * `content-length` is checked first, then the stream is counted while it is
 * read, so a chunked body cannot slip past the limit. With a declared length
 * the runtime gathers the body itself; otherwise the bytes are copied into
 * one buffer as they arrive. Either way the memory held is the body's size,
 * and a deadline bounds how long a slow client may take to send it.
 *
 * @module
 */

import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv, Reply } from "./_app_context.ts";
import { type Answer, errorAnswer } from "./_answer.ts";

/** The outcome of {@linkcode readJsonBody}. */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly answer: Answer };

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

const TIMED_OUT = Symbol("timed out");

interface Deadline {
  readonly expired: Promise<never>;
  clear(): void;
}

function createDeadline(ms: number): Deadline {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), ms);
  });
  expired.catch(() => {});
  return { expired, clear: () => clearTimeout(timer) };
}

function waitFor<T>(promise: Promise<T>, deadline?: Deadline): Promise<T> {
  return deadline === undefined
    ? promise
    : Promise.race([promise, deadline.expired]);
}

/**
 * Reads a stream into one buffer of at most `maxBytes`, or answers
 * `undefined` when it holds more. A byte stream is read in place (BYOB), so
 * the runtime allocates no buffer of its own per chunk; other streams are
 * copied chunk by chunk, so that no chunk's backing buffer (Deno hands 64 KiB
 * ones) is kept for the few bytes it carries.
 */
async function readBytes(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  expected: number,
  deadline: Deadline | undefined,
): Promise<Uint8Array | undefined> {
  // One byte past the limit tells a body that is too large.
  const cap = maxBytes + 1;
  let buffer = new ArrayBuffer(Math.min(Math.max(expected, 1024), cap));
  let size = 0;
  const grow = (needed: number) => {
    const grown = new ArrayBuffer(
      Math.min(cap, Math.max(buffer.byteLength * 2, needed)),
    );
    new Uint8Array(grown).set(new Uint8Array(buffer, 0, size));
    buffer = grown;
  };
  let byob: ReadableStreamBYOBReader | undefined;
  // Asking for a BYOB reader is the only way to tell a byte stream (a
  // server's request body) from another (a body built in process), and it
  // throws on the others: without a stack trace, the throw is cheap.
  // (`stackTraceLimit` is V8's; elsewhere setting it changes nothing.)
  const errors = Error as { stackTraceLimit?: number };
  const stackTraceLimit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    byob = stream.getReader({ mode: "byob" });
  } catch {
    // Not a byte stream: read it chunk by chunk below.
  } finally {
    errors.stackTraceLimit = stackTraceLimit;
  }
  if (byob !== undefined) {
    const reader = byob;
    try {
      while (size < cap) {
        if (size === buffer.byteLength) grow(size + 1);
        const { done, value } = await waitFor(
          reader.read(new Uint8Array(buffer, size)),
          deadline,
        );
        if (value !== undefined) {
          buffer = value.buffer as ArrayBuffer;
          size += value.byteLength;
        }
        if (done) break;
      }
    } catch (error) {
      reader.cancel().catch(() => {});
      throw error;
    }
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    return new Uint8Array(buffer, 0, size);
  }
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await waitFor(reader.read(), deadline);
      if (done) break;
      if (size + value.byteLength > maxBytes) {
        reader.cancel().catch(() => {});
        return undefined;
      }
      if (size + value.byteLength > buffer.byteLength) {
        grow(size + value.byteLength);
      }
      new Uint8Array(buffer).set(value, size);
      size += value.byteLength;
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  return new Uint8Array(buffer, 0, size);
}

function tooLarge(maxBytes: number): Answer {
  return errorAnswer(
    413,
    "payload_too_large",
    `The body is larger than the limit of ${maxBytes} bytes`,
  );
}

function fail(status: number, code: string, message: string): JsonBody {
  return { ok: false, answer: errorAnswer(status, code, message) };
}

/**
 * Checks that the body is declared as uncompressed JSON in UTF-8.
 *
 * @param request The request.
 * @returns The 415 answer, or `undefined` when the body may be read.
 */
export function checkJsonContentType(request: Request): Answer | undefined {
  const contentType = request.headers.get("content-type") ?? "";
  const [mediaType = "", ...parameters] = contentType.split(";");
  if (!JSON_MEDIA_TYPE.test(mediaType.trim().toLowerCase())) {
    return errorAnswer(
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
      return errorAnswer(
        415,
        "unsupported_media_type",
        "Expected the body in UTF-8 (charset=utf-8)",
      );
    }
  }
  const encoding = request.headers.get("content-encoding");
  if (encoding !== null && encoding.trim().toLowerCase() !== "identity") {
    return errorAnswer(
      415,
      "unsupported_media_type",
      "Expected an uncompressed body (no content-encoding)",
    );
  }
  return undefined;
}

/**
 * Checks the content type, reads at most `maxBytes`, decodes UTF-8 and
 * parses JSON.
 *
 * @param request The request.
 * @param maxBytes The largest body accepted, in bytes.
 * @param timeoutMs How long the whole body may take to arrive; none when
 * undefined.
 * @returns The parsed value, or the 400/408/413/415 answer.
 */
export function readJsonBody(
  request: Request,
  maxBytes: number,
  timeoutMs?: number,
): Promise<JsonBody> {
  const unsupported = checkJsonContentType(request);
  return unsupported === undefined
    ? readJson(request, maxBytes, timeoutMs)
    : Promise.resolve({ ok: false, answer: unsupported });
}

/**
 * Reads at most `maxBytes` (the declared `content-length` first, then the
 * bytes that arrive), decodes UTF-8 and parses JSON.
 */
async function readJson(
  request: Request,
  maxBytes: number,
  timeoutMs: number | undefined,
): Promise<JsonBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim())) {
    if (Number(declared.trim()) > maxBytes) {
      return { ok: false, answer: tooLarge(maxBytes) };
    }
  }
  if (request.body === null) {
    return fail(400, "malformed_json", "The body is empty: expected JSON");
  }
  const expected = declared !== null && /^\d+$/.test(declared.trim())
    ? Number(declared.trim())
    : 0;
  const deadline = timeoutMs === undefined
    ? undefined
    : createDeadline(timeoutMs);
  let bytes: Uint8Array | undefined;
  try {
    bytes = expected > 0
      // A declared length (already checked against the limit, and enforced
      // by the HTTP layer) lets the runtime gather the body by itself, with
      // no work per chunk on this side.
      ? new Uint8Array(await waitFor(request.arrayBuffer(), deadline))
      : await readBytes(request.body, maxBytes, expected, deadline);
    if (bytes !== undefined && bytes.byteLength > maxBytes) bytes = undefined;
  } catch (error) {
    if (error === TIMED_OUT) {
      return fail(
        408,
        "request_timeout",
        `The body did not arrive within ${timeoutMs} ms`,
      );
    }
    return fail(400, "malformed_json", "The body could not be read");
  } finally {
    deadline?.clear();
  }
  if (bytes === undefined) return { ok: false, answer: tooLarge(maxBytes) };
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

/**
 * The middleware that answers 415 unless the body is declared as
 * uncompressed JSON in UTF-8.
 *
 * @param reply Turns the answer into the response.
 * @returns The middleware.
 */
export function jsonContentType(reply: Reply): MiddlewareHandler<AppEnv> {
  return async function jsonContentType(c, next) {
    const unsupported = checkJsonContentType(c.req.raw);
    if (unsupported !== undefined) return reply(c, unsupported);
    await next();
  };
}

/**
 * Hono's `bodyLimit` on the declared `content-length`: a body declared
 * larger than `maxBytes` is answered 413 before a byte of it is read. A body
 * without a declared length is left to {@linkcode jsonBody}, which counts
 * its bytes under the body deadline (Hono's middleware would gather it with
 * no deadline, so that a client trickling a chunked body could hold the
 * request open for ever).
 *
 * @param maxBytes The largest body accepted, in bytes.
 * @param reply Turns the answer into the response.
 * @returns The middleware.
 */
export function declaredBodyLimit(
  maxBytes: number,
  reply: Reply,
): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => reply(c as Context<AppEnv>, tooLarge(maxBytes)),
  });
  return async function declaredBodyLimit(c, next) {
    const headers = c.req.raw.headers;
    if (headers.has("content-length") && !headers.has("transfer-encoding")) {
      return await limit(c, next);
    }
    await next();
  };
}

/**
 * The middleware that reads the JSON body (see {@linkcode readJsonBody})
 * into `c.var.body`, or answers 400, 408 or 413.
 *
 * @param maxBytes The largest body accepted, in bytes.
 * @param timeoutMs How long the whole body may take to arrive.
 * @param reply Turns the answer into the response.
 * @returns The middleware.
 */
export function jsonBody(
  maxBytes: number,
  timeoutMs: number,
  reply: Reply,
): MiddlewareHandler<AppEnv> {
  return async function jsonBody(c, next) {
    const body = await readJson(c.req.raw, maxBytes, timeoutMs);
    if (!body.ok) return reply(c, body.answer);
    c.set("body", body.value);
    await next();
  };
}
