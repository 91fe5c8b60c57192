// This module is browser compatible.

/**
 * Keeps secrets (access tokens, the LWA client secret and refresh token, and
 * pre-signed upload URL signatures) out of errors, hook payloads and logs.
 *
 * @module
 */

/** What every secret is replaced with. */
export const REDACTED = "[REDACTED]";

const SECRET_HEADERS = new Set([
  "x-amz-access-token",
  "authorization",
  "x-amz-security-token",
  "cookie",
  "set-cookie",
]);

const SECRET_PARAM = /signature|credential|token|secret|password|key/i;

/** How many recent access tokens are remembered for redaction. */
const RECENT_TOKENS = 8;

/** Replaces known secrets in text, URLs, headers and errors. */
export interface Redactor {
  /** Remembers a secret for the life of the redactor. */
  addPermanent(secret: string | undefined): void;
  /** Remembers a short-lived secret (an access token); only the latest few are kept. */
  addToken(secret: string | undefined): void;
  /** Replaces every known secret in `text`. */
  text(text: string): string;
  /** Redacts secret-looking query parameters and known secrets of a URL. */
  url(url: string): string;
  /** A plain record of the headers with secret ones redacted. */
  headers(headers: Headers): Record<string, string>;
  /** Returns `error` itself when it shows no secret, otherwise a redacted copy. */
  error(error: unknown): unknown;
}

/**
 * Creates a redactor.
 *
 * @returns An empty redactor.
 */
export function createRedactor(): Redactor {
  const permanent = new Set<string>();
  const tokens: string[] = [];

  function secrets(): string[] {
    return [...permanent, ...tokens];
  }

  function text(value: string): string {
    let out = value;
    for (const secret of secrets()) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  function redactError(error: unknown, depth: number): unknown {
    if (!(error instanceof Error)) {
      return typeof error === "string" ? text(error) : error;
    }
    const cause = depth < 3 && error.cause !== undefined
      ? redactError(error.cause, depth + 1)
      : error.cause;
    const shown = `${error.message}\n${error.stack ?? ""}`;
    if (text(shown) === shown && cause === error.cause) return error;
    const message = text(error.message);
    const options = cause === undefined ? undefined : { cause };
    // Keep built-in classes so `instanceof TypeError` and friends still work.
    const copy = error instanceof DOMException
      ? new DOMException(message, error.name)
      : error.constructor === TypeError
      ? new TypeError(message, options)
      : error.constructor === RangeError
      ? new RangeError(message, options)
      : new Error(message, options);
    if (!(copy instanceof DOMException)) copy.name = error.name;
    copy.stack = text(error.stack ?? "");
    return copy;
  }

  return {
    addPermanent(secret) {
      // Very short strings would redact ordinary words; they are not secrets.
      if (typeof secret === "string" && secret.length >= 4) {
        permanent.add(secret);
      }
    },
    addToken(secret) {
      if (typeof secret !== "string" || secret.length < 4) return;
      if (tokens.includes(secret) || permanent.has(secret)) return;
      tokens.push(secret);
      if (tokens.length > RECENT_TOKENS) tokens.shift();
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
    headers(headers) {
      const out: Record<string, string> = {};
      headers.forEach((value, name) => {
        out[name] = SECRET_HEADERS.has(name) ? REDACTED : text(value);
      });
      return out;
    },
    error(error) {
      return redactError(error, 0);
    },
  };
}
