// This module is browser compatible.

/**
 * API key checks in constant time: the presented key and every configured
 * key are hashed with SHA-256 and all digests are compared in full, so
 * neither the position of a wrong byte, the key's length nor which key
 * matched shows in the timing.
 *
 * @module
 */

const encoder = new TextEncoder();

// Visible ASCII without spaces: what fits in an Authorization header.
const KEY_SHAPE = /^[\x21-\x7e]+$/;

/**
 * The shortest API key accepted: 32 characters, such as 24 random bytes in
 * base64url (`openssl rand -base64 24`), too many to guess.
 */
export const MIN_API_KEY_LENGTH = 32;

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.digest("SHA-256", encoder.encode(text)),
  );
}

/** Tells whether a request's `Authorization` header holds a valid key. */
export type ApiKeyCheck = (authorization: string | null) => Promise<boolean>;

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
 * Creates the check for `Authorization: Bearer <key>`.
 *
 * @param keys The accepted keys (at least one).
 * @returns The check.
 */
export function createApiKeyCheck(keys: readonly string[]): ApiKeyCheck {
  assertApiKeys(keys);
  let digests: Promise<Uint8Array[]> | undefined;
  return async (authorization) => {
    digests ??= Promise.all(keys.map(digest));
    const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(authorization ?? "");
    // Hash something even without a key, so a missing header costs the same.
    const presented = await digest(match?.[1] ?? "");
    let found = 0;
    for (const expected of await digests) {
      let difference = 0;
      for (let i = 0; i < expected.length; i++) {
        difference |= expected[i] ^ presented[i];
      }
      found |= difference === 0 ? 1 : 0;
    }
    return match !== null && found === 1;
  };
}
