// This module is browser compatible.

/**
 * API key checks in constant time: the presented key and every configured
 * key are hashed with SHA-256 and all digests are compared in full, so
 * neither the position of a wrong byte, the key's length nor which key
 * matched shows in the timing. The hashing is synchronous (`@noble/hashes`),
 * so a check costs no turn of the event loop.
 *
 * A key is any run of visible ASCII characters without spaces: what fits in
 * an `Authorization: Bearer <key>` header.
 *
 * @module
 */

import { sha256 } from "@noble/hashes/sha2";

const encoder = new TextEncoder();

// Visible ASCII without spaces: what fits in an Authorization header.
const KEY_SHAPE = /^[\x21-\x7e]+$/;

// RFC 6750 `b64token`, the bearer tokens that Hono's `bearerAuth` reads.
const BEARER_TOKEN = /^[A-Za-z0-9._~+/-]+=*$/;

/**
 * Tells whether a key has the shape of an RFC 6750 bearer token
 * (`b64token`: letters, digits and `-._~+/`, then optional `=`).
 *
 * @param key The key.
 * @returns Whether it is one.
 */
export function isBearerToken(key: string): boolean {
  return BEARER_TOKEN.test(key);
}

/**
 * The shortest API key accepted: 32 characters, such as 24 random bytes in
 * base64url (`openssl rand -base64 24`), too many to guess.
 */
export const MIN_API_KEY_LENGTH = 32;

function digest(text: string): Uint8Array {
  return sha256(encoder.encode(text));
}

/** Tells whether a presented bearer token is one of the keys. */
export type TokenCheck = (token: string) => boolean;

/** Tells whether a request's `Authorization` header holds a valid key. */
export type ApiKeyCheck = (authorization: string | null) => boolean;

/**
 * Checks the shape of configured API keys.
 *
 * @param keys The keys.
 * @throws {TypeError} When a key is empty or has spaces or control characters; the message never contains the key.
 * @throws {RangeError} When a key is shorter than {@linkcode MIN_API_KEY_LENGTH}; the message never contains the key.
 */
export function assertApiKeys(keys: readonly unknown[]): void {
  keys.forEach((key, index) => {
    if (typeof key !== "string" || !KEY_SHAPE.test(key)) {
      throw new TypeError(
        `Cannot create the messaging app: "apiKeys[${index}]" must be a non-empty string of visible ASCII characters without spaces`,
      );
    }
    if (key.length < MIN_API_KEY_LENGTH) {
      throw new RangeError(
        `Cannot create the messaging app: "apiKeys[${index}]" has ${key.length} characters, at least ${MIN_API_KEY_LENGTH} are needed (for example 24 random bytes in base64url)`,
      );
    }
  });
}

/**
 * Creates the check of a presented token (what follows `Bearer `), for
 * `bearerAuth({ verifyToken })`.
 *
 * @param keys The accepted keys (at least one).
 * @returns The check.
 */
export function createTokenCheck(keys: readonly string[]): TokenCheck {
  assertApiKeys(keys);
  const digests = keys.map(digest);
  return (token) => {
    const presented = digest(token);
    let found = 0;
    for (const expected of digests) {
      let difference = 0;
      for (let i = 0; i < expected.length; i++) {
        difference |= expected[i] ^ presented[i];
      }
      found |= difference === 0 ? 1 : 0;
    }
    return found === 1;
  };
}

/**
 * Creates the check for a whole `Authorization: Bearer <key>` header.
 *
 * @param keys The accepted keys (at least one).
 * @returns The check.
 */
export function createApiKeyCheck(keys: readonly string[]): ApiKeyCheck {
  const check = createTokenCheck(keys);
  return (authorization) => {
    const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? "");
    // Hash something even without a key, so a missing header costs the same.
    const found = check(match?.[1] ?? "");
    return match !== null && found;
  };
}
