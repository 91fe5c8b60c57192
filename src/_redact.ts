// This module is browser compatible.

/**
 * Keeps secrets (access tokens, the LWA client secret and refresh token, the
 * endpoint's API keys, pre-signed upload URL signatures) out of errors, hook
 * payloads, logs and answers.
 *
 * A secret is found in every form it takes when a server or a library
 * echoes it: raw; URL-encoded (either hex case, also twice);
 * form-encoded (`+` for a space); JSON-escaped (`\"`, `\/`, `\uXXXX` for any
 * character, mixed freely); and base64, standard or URL-safe, at any byte
 * alignment inside a longer encoded string, of the secret itself or of its
 * URL-, form- or JSON-encoded form. Base64 is matched by the part of the
 * encoding that the secret alone decides (its whole 3-byte groups), so at
 * most two bytes at each end stay visible.
 *
 * Text is searched after decoding its URL and JSON escapes (mixed freely,
 * and again where decoding leaves escapes, as in a secret URL-encoded
 * twice) and treating a space, `+` and `-` as one and
 * `_` and `/` as one; what to look for is worked out once, when a secret is
 * added. Redaction runs on what is shown (errors, hook payloads, error
 * answers), not on every request.
 *
 * @module
 */

/** What every secret is replaced with. */
export const REDACTED = "[REDACTED]";

/** Shorter strings would redact ordinary words; they are not secrets. */
export const MIN_SECRET_LENGTH = 4;

/**
 * Base64 is matched for secrets (or encoded forms) of this many bytes or
 * more, so that every alignment leaves a middle of at least 6 bytes
 * (8 characters): shorter middles would match unrelated base64.
 */
const MIN_BASE64_BYTES = 8;

/** How deep causes, fields and answer bodies are followed. */
const MAX_DEPTH = 16;

/** How many recent access tokens are remembered for redaction. */
const RECENT_TOKENS = 8;

const SECRET_HEADERS = new Set([
  "x-amz-access-token",
  "authorization",
  "proxy-authorization",
  "x-amz-security-token",
  "x-api-key",
  "cookie",
  "set-cookie",
]);

const SECRET_PARAM = /signature|credential|token|secret|password|key/i;

const encoder = new TextEncoder();

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Characters that some encoding writes for another are compared as one:
 * a space is `+` in forms, and URL-safe base64 writes `-` for `+` and `_`
 * for `/`. (So a secret also matches with these swapped: a harmless
 * over-match.)
 */
function canonicalCharacter(character: string): string {
  return character === " " || character === "-"
    ? "+"
    : character === "_"
    ? "/"
    : character;
}

const CANONICAL_CHARACTERS = /[ _-]/g;

function canonical(text: string): string {
  return text.replace(CANONICAL_CHARACTERS, canonicalCharacter);
}

const JSON_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;
const HEX_QUAD = /^[0-9A-Fa-f]{4}$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The byte of the `%XX` at `at`, and its end. */
function percentByte(
  text: string,
  at: number,
): { byte: number; end: number } | undefined {
  if (text[at] !== "%") return undefined;
  const hex = text.slice(at + 1, at + 3);
  if (!HEX_PAIR.test(hex)) return undefined;
  return { byte: parseInt(hex, 16), end: at + 3 };
}

/** The character that a `%`-escape (a whole UTF-8 sequence) at `at` stands for. */
function decodePercent(
  text: string,
  at: number,
): { value: string; end: number } | undefined {
  const first = percentByte(text, at);
  if (first === undefined) return undefined;
  if (first.byte < 0x80) {
    return { value: String.fromCharCode(first.byte), end: first.end };
  }
  const length = first.byte >= 0xf0 ? 4 : first.byte >= 0xe0 ? 3 : 2;
  const bytes = [first.byte];
  let end = first.end;
  while (bytes.length < length) {
    const next = percentByte(text, end);
    if (next === undefined) return undefined;
    bytes.push(next.byte);
    end = next.end;
  }
  try {
    return { value: utf8.decode(new Uint8Array(bytes)), end };
  } catch {
    return undefined;
  }
}

/** The character that a JSON escape (`\"`, `\/`, `\u00e9`, ...) at `at` stands for. */
function decodeJsonEscape(
  text: string,
  at: number,
): { value: string; end: number } | undefined {
  const letter = text[at + 1];
  if (letter === "u") {
    const hex = text.slice(at + 2, at + 6);
    if (!HEX_QUAD.test(hex)) return undefined;
    return { value: String.fromCharCode(parseInt(hex, 16)), end: at + 6 };
  }
  const value = letter === undefined ? undefined : JSON_ESCAPES[letter];
  return value === undefined ? undefined : { value, end: at + 2 };
}

/** `text` with its URL and JSON escapes decoded once, and where each of its code units starts in `text`. */
function decodeOnce(text: string): { decoded: string; starts: number[] } {
  let decoded = "";
  const starts: number[] = [];
  for (let i = 0; i < text.length;) {
    const character = text[i];
    const escape = character === "%"
      ? decodePercent(text, i)
      : character === "\\"
      ? decodeJsonEscape(text, i)
      : undefined;
    const value = escape?.value ?? character;
    for (let unit = 0; unit < value.length; unit++) starts.push(i);
    decoded += value;
    i = escape?.end ?? i + 1;
  }
  return { decoded, starts };
}

/**
 * How often escapes are decoded: enough for a secret URL-encoded twice, or
 * URL-encoded and then JSON-escaped.
 */
const DECODE_PASSES = 3;

function hasEscape(text: string): boolean {
  return text.includes("%") || text.includes("\\");
}

/**
 * `text` with its URL and JSON escapes decoded (again while more appear, up
 * to {@linkcode DECODE_PASSES} times) and the characters of
 * {@linkcode canonicalCharacter} made one, plus where each of its code
 * units starts in `text` (`undefined` when that is the same index).
 */
function decode(text: string): { decoded: string; starts?: number[] } {
  let decoded = text;
  let starts: number[] | undefined;
  for (let pass = 0; pass < DECODE_PASSES && hasEscape(decoded); pass++) {
    const next = decodeOnce(decoded);
    if (next.decoded === decoded) break;
    const before = starts;
    starts = before === undefined
      ? next.starts
      : next.starts.map((index) => before[index]);
    decoded = next.decoded;
  }
  return { decoded: canonical(decoded), starts };
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The base64 of `bytes` that does not depend on what comes before or after
 * them: the whole 3-byte groups, at each of the three alignments.
 */
function base64Middles(bytes: Uint8Array): string[] {
  if (bytes.length < MIN_BASE64_BYTES) return [];
  const middles: string[] = [];
  for (let skip = 0; skip < 3; skip++) {
    const whole = Math.floor((bytes.length - skip) / 3) * 3;
    middles.push(base64(bytes.subarray(skip, skip + whole)));
  }
  return middles;
}

/**
 * What to look for in decoded text to find `secret` in every form: the
 * secret itself (its URL- and JSON-escaped forms decode to it) and the
 * base64 middles of the secret and of its URL-, form- and JSON-encoded
 * forms.
 */
function secretNeedles(secret: string): string[] {
  const encodings = new Set([
    secret,
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
  ]);
  try {
    const url = encodeURIComponent(secret);
    encodings.add(url);
    encodings.add(url.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
  } catch {
    // A lone surrogate has no URL-encoded form.
  }
  // Decoded as text is, so that a secret holding `%41` or `\u0041` still
  // matches itself.
  const needles = new Set([decode(secret).decoded]);
  for (const encoding of encodings) {
    for (const middle of base64Middles(encoder.encode(encoding))) {
      needles.add(canonical(middle));
    }
  }
  return [...needles];
}

/**
 * A copy of a response's status and headers, with secret headers (and, when
 * `redactText` is given, secrets in any header) redacted. The body is not
 * kept. `undefined` when the status cannot be copied.
 *
 * @param response The response.
 * @param redactText Redacts known secrets in a header value.
 * @returns The copy, which holds no live connection and no secret header.
 */
export function snapshotResponse(
  response: Response,
  redactText: (text: string) => string = (text) => text,
): Response | undefined {
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    headers.append(
      name,
      SECRET_HEADERS.has(name) ? REDACTED : redactText(value),
    );
  });
  try {
    return new Response(null, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  } catch {
    // A status outside 200-599 (an opaque or informational response).
    return undefined;
  }
}

/** Replaces known secrets in text, URLs, headers, errors and plain data. */
export interface Redactor {
  /** Remembers a secret for the life of the redactor. */
  addPermanent(secret: string | undefined): void;
  /** Remembers a short-lived secret (an access token); only the latest few are kept. */
  addToken(secret: string | undefined): void;
  /** Replaces every known secret, in every form, in `text`. */
  text(text: string): string;
  /** Redacts secret-looking query parameters and known secrets of a URL. */
  url(url: string): string;
  /** A plain record of the headers with secret ones redacted. */
  headers(headers: Headers): Record<string, string>;
  /** A copy of the status and headers of `response`, secrets redacted. */
  response(response: Response): Response | undefined;
  /**
   * Returns `error` itself when it shows no secret, otherwise a redacted
   * copy of the same class: message, stack, fields, kept responses and the
   * causes, followed recursively.
   */
  error(error: unknown): unknown;
  /**
   * Returns `value` itself when it shows no secret, otherwise a redacted
   * copy: strings, arrays, plain objects and errors are followed.
   */
  value(value: unknown): unknown;
}

/**
 * Creates a redactor.
 *
 * @returns An empty redactor.
 */
export function createRedactor(): Redactor {
  const permanent = new Map<string, string[]>();
  const tokens = new Map<string, string[]>();
  let needles: string[] | undefined = [];

  function changed(): void {
    needles = undefined;
  }

  function text(value: string): string {
    needles ??= [...permanent.values(), ...tokens.values()].flat();
    if (needles.length === 0 || value === "") return value;
    const { decoded, starts } = decode(value);
    // Spans of `decoded` to redact, then merged and mapped back to `value`.
    const spans: [number, number][] = [];
    for (const needle of needles) {
      for (
        let at = decoded.indexOf(needle);
        at !== -1;
        at = decoded.indexOf(needle, at + 1)
      ) spans.push([at, at + needle.length]);
    }
    if (spans.length === 0) return value;
    spans.sort((a, b) => a[0] - b[0]);
    const position = (index: number) =>
      starts === undefined
        ? index
        : index < starts.length
        ? starts[index]
        : value.length;
    let out = "";
    let done = 0;
    let spanStart = spans[0][0];
    let spanEnd = spans[0][1];
    const flush = () => {
      out += value.slice(done, position(spanStart)) + REDACTED;
      done = position(spanEnd);
    };
    for (const [start, end] of spans.slice(1)) {
      if (start <= spanEnd) {
        spanEnd = Math.max(spanEnd, end);
      } else {
        flush();
        spanStart = start;
        spanEnd = end;
      }
    }
    flush();
    return out + value.slice(done);
  }

  function redactResponse(response: Response): Response | undefined {
    return snapshotResponse(response, text);
  }

  function headersShowSecret(headers: Headers): boolean {
    let shows = false;
    headers.forEach((value, name) => {
      shows ||= SECRET_HEADERS.has(name)
        ? value !== REDACTED
        : text(value) !== value;
    });
    return shows;
  }

  /** Tells whether `value` shows a secret anywhere redaction looks. */
  function shows(value: unknown, depth: number, seen: Set<object>): boolean {
    if (typeof value === "string") return text(value) !== value;
    if (typeof value !== "object" || value === null) return false;
    if (depth > MAX_DEPTH || seen.has(value)) return false;
    seen.add(value);
    if (value instanceof Response) return headersShowSecret(value.headers);
    if (value instanceof Headers) return headersShowSecret(value);
    if (value instanceof Error) {
      if (
        shows(String(value.message), depth, seen) ||
        shows(value.stack, depth, seen)
      ) return true;
      return Reflect.ownKeys(value).some((key) => {
        if (key === "message" || key === "stack") return false;
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        return descriptor !== undefined && "value" in descriptor &&
          shows(descriptor.value, depth + 1, seen);
      });
    }
    if (Array.isArray(value) || isPlainObject(value)) {
      return Object.values(value).some((item) => shows(item, depth + 1, seen));
    }
    return false;
  }

  /** A redacted copy of `value` (which shows a secret somewhere). */
  function copy(
    value: unknown,
    depth: number,
    copies: Map<object, unknown>,
  ): unknown {
    if (typeof value === "string") return text(value);
    if (typeof value !== "object" || value === null) return value;
    if (copies.has(value)) return copies.get(value);
    if (depth > MAX_DEPTH) return value;
    if (value instanceof Response) return redactResponse(value);
    if (value instanceof Headers) {
      return new Headers(Object.entries(redactHeaders(value)));
    }
    if (value instanceof Error) return copyError(value, depth, copies);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      copies.set(value, out);
      for (const item of value) out.push(copy(item, depth + 1, copies));
      return Object.isFrozen(value) ? Object.freeze(out) : out;
    }
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      copies.set(value, out);
      for (const [key, item] of Object.entries(value)) {
        out[key] = copy(item, depth + 1, copies);
      }
      return Object.isFrozen(value) ? Object.freeze(out) : out;
    }
    return value;
  }

  function copyError(
    error: Error,
    depth: number,
    copies: Map<object, unknown>,
  ): Error {
    const message = text(String(error.message));
    let out: Error;
    if (error instanceof DOMException) {
      out = new DOMException(message, error.name);
    } else {
      // A native error of the same class: `instanceof` still works and
      // inspectors print it as an error.
      out = new Error(message);
      Object.setPrototypeOf(out, Object.getPrototypeOf(error));
    }
    copies.set(error, out);
    for (const key of Reflect.ownKeys(error)) {
      if (key === "message" || key === "stack") continue;
      const descriptor = Object.getOwnPropertyDescriptor(error, key);
      // The runtime's own slots of a DOMException are already in place.
      if (
        descriptor === undefined ||
        Object.getOwnPropertyDescriptor(out, key)?.configurable === false
      ) continue;
      if ("value" in descriptor) {
        descriptor.value = copy(descriptor.value, depth + 1, copies);
      }
      Object.defineProperty(out, key, { ...descriptor, configurable: true });
    }
    Object.defineProperty(out, "stack", {
      value: typeof error.stack === "string" ? text(error.stack) : error.stack,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    return out;
  }

  function redact(value: unknown): unknown {
    if (typeof value === "string") return text(value);
    return shows(value, 0, new Set()) ? copy(value, 0, new Map()) : value;
  }

  function redactHeaders(headers: Headers): Record<string, string> {
    const out: Record<string, string> = {};
    headers.forEach((value, name) => {
      out[name] = SECRET_HEADERS.has(name) ? REDACTED : text(value);
    });
    return out;
  }

  return {
    addPermanent(secret) {
      if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH) {
        return;
      }
      if (permanent.has(secret)) return;
      permanent.set(secret, tokens.get(secret) ?? secretNeedles(secret));
      tokens.delete(secret);
      changed();
    },
    addToken(secret) {
      if (typeof secret !== "string" || secret.length < MIN_SECRET_LENGTH) {
        return;
      }
      if (tokens.has(secret) || permanent.has(secret)) return;
      tokens.set(secret, secretNeedles(secret));
      if (tokens.size > RECENT_TOKENS) {
        tokens.delete(tokens.keys().next().value!);
      }
      changed();
    },
    text,
    url(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return text(url);
      }
      for (const name of [...new Set(parsed.searchParams.keys())]) {
        if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, REDACTED);
      }
      return text(
        parsed.href.replaceAll(encodeURIComponent(REDACTED), REDACTED),
      );
    },
    headers: redactHeaders,
    response: redactResponse,
    error: redact,
    value: redact,
  };
}
