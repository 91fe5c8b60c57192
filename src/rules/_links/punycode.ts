// This module is browser compatible.

/**
 * Punycode (RFC 3492) decoding of host labels, so that `xn--` hosts are
 * judged by the characters a buyer sees.
 *
 * @module
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

/**
 * Decodes one Punycode label (without the `xn--` prefix).
 *
 * @param input The encoded label.
 * @returns The decoded label, or `undefined` when it is not valid Punycode.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodePunycode } from "./punycode.ts";
 *
 * assert.equal(decodePunycode("mnchen-3ya"), "münchen");
 * ```
 */
export function decodePunycode(input: string): string | undefined {
  if (input.length > 63) return undefined;
  const output: number[] = [];
  const basic = input.lastIndexOf("-");
  for (let j = 0; j < Math.max(0, basic); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE;; k += BASE) {
      if (index >= input.length) return undefined;
      const d = digit(input.charCodeAt(index++));
      if (d >= BASE) return undefined;
      i += d * w;
      if (i > 0x10ffff * 64) return undefined;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
    }
    const points = output.length + 1;
    bias = adapt(i - oldi, points, oldi === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/**
 * Decodes the `xn--` labels of a host name; other labels are kept.
 *
 * @param host A host name.
 * @returns The host as a buyer sees it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeHost } from "./punycode.ts";
 *
 * assert.equal(decodeHost("xn--mnchen-3ya.de"), "münchen.de");
 * ```
 */
export function decodeHost(host: string): string {
  if (!host.includes("xn--")) return host;
  return host.split(".").map((label) =>
    label.startsWith("xn--") ? decodePunycode(label.slice(4)) ?? label : label
  ).join(".");
}
