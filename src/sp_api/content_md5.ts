// This module is browser compatible.

/**
 * The `contentMD5` value of Amazon's Uploads API.
 *
 * @module
 */

import { md5 } from "@noble/hashes/legacy";

/**
 * Computes the base64 of the raw 16-byte MD5 digest of `bytes`, the form the
 * Uploads API wants in `contentMD5` (a hex digest fails with
 * `InvalidDigest`). Web Crypto has no MD5, so this uses `@noble/hashes`.
 *
 * @param bytes The file content.
 * @returns 24 base64 characters.
 * @throws {TypeError} When `bytes` is not a `Uint8Array` or `ArrayBuffer`.
 *
 * @example The digest of "hello world"
 * ```ts
 * import { contentMd5 } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * // md5("hello world") = 5eb63bbbe01eeed093cb22bb8f5acdc3
 * assert.equal(contentMd5(new TextEncoder().encode("hello world")), "XrY7u+Ae7tCTyyK7j1rNww==");
 * ```
 */
export function contentMd5(bytes: Uint8Array | ArrayBuffer): string {
  const view = toBytes(bytes);
  const digest = md5(view);
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function toBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  throw new TypeError(
    'Cannot compute contentMD5: "bytes" must be a Uint8Array or an ArrayBuffer',
  );
}
