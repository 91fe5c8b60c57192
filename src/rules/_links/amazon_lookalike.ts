// This module is browser compatible.

/**
 * Recognizes hosts made to look like Amazon's: homoglyphs (`аmazon.com` with
 * a Cyrillic "а"), digits for letters (`amaz0n`), letter pairs that read as
 * one (`arnazon`), a typo of one letter (`amazom`), and Amazon's name inside
 * another domain (`amazon-support.com`, `amazon.de.evil.com`).
 *
 * @module
 */

import {
  AMAZON_HOSTING,
  AMAZON_MARKETPLACES,
  AMAZON_OWNED,
  withinAny,
} from "./hosts.ts";

// Latin look-alikes of Cyrillic, Greek and other letters (UTS #39 subset).
const CONFUSABLES: Readonly<Record<string, string>> = {
  "а": "a",
  "е": "e",
  "о": "o",
  "р": "p",
  "с": "c",
  "у": "y",
  "х": "x",
  "і": "i",
  "ј": "j",
  "ԛ": "q",
  "ѕ": "s",
  "ԝ": "w",
  "һ": "h",
  "ӏ": "l",
  "к": "k",
  "м": "m",
  "н": "h",
  "т": "t",
  "в": "b",
  "п": "n",
  "ո": "n",
  "ս": "u",
  "օ": "o",
  "α": "a",
  "ο": "o",
  "ν": "v",
  "ρ": "p",
  "ι": "i",
  "κ": "k",
  "τ": "t",
  "υ": "u",
  "ε": "e",
  "η": "n",
  "μ": "u",
  "ζ": "z",
  "χ": "x",
  "ɑ": "a",
  "ı": "i",
  "ɡ": "g",
  "ʏ": "y",
  "ɴ": "n",
  "ᴀ": "a",
  "ᴍ": "m",
  "ᴢ": "z",
  "ᴏ": "o",
};

const DIGITS: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "l",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
};

/**
 * The Latin skeleton of a host: look-alike letters folded to Latin, marks
 * removed, digits read as the letters they imitate, "rn" as "m" and "vv" as
 * "w".
 *
 * @param host A host name, lower case, decoded from Punycode.
 * @returns Its skeleton.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hostSkeleton } from "./amazon_lookalike.ts";
 *
 * assert.equal(hostSkeleton("аrnаz0n.com"), "amazon.com");
 * ```
 */
export function hostSkeleton(host: string): string {
  let out = "";
  for (const ch of host.normalize("NFKD")) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    out += CONFUSABLES[ch] ?? DIGITS[ch] ?? ch;
  }
  return out.replace(/rn/g, "m").replace(/vv/g, "w");
}

// Whether a label is "amazon" with one letter changed, added or dropped.
function nearAmazon(label: string): boolean {
  const target = "amazon";
  if (label === target) return true;
  if (Math.abs(label.length - target.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < label.length && j < target.length) {
    if (label[i] === target[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (label.length > target.length) i++;
    else if (label.length < target.length) j++;
    else if (label[i + 1] === target[j] && label[i] === target[j + 1]) {
      // A swap of two neighbours ("amzaon") is one slip.
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (label.length - i) + (target.length - j) <= 1;
}

/**
 * Whether a host imitates Amazon's: it reads as Amazon's name but is none
 * of Amazon's own domains.
 *
 * @param host A host name, lower case, decoded from Punycode.
 * @returns Whether the host is an Amazon look-alike.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isAmazonLookalike } from "./amazon_lookalike.ts";
 *
 * assert.equal(isAmazonLookalike("amazon.de.evil.com"), true);
 * assert.equal(isAmazonLookalike("amaz0n.de"), true);
 * assert.equal(isAmazonLookalike("www.amazon.de"), false);
 * ```
 */
export function isAmazonLookalike(host: string): boolean {
  if (
    withinAny(host, AMAZON_MARKETPLACES) || withinAny(host, AMAZON_OWNED) ||
    withinAny(host, AMAZON_HOSTING)
  ) {
    return false;
  }
  const skeleton = hostSkeleton(host);
  if (skeleton !== host && withinAny(skeleton, AMAZON_MARKETPLACES)) {
    return true;
  }
  for (const label of skeleton.split(".")) {
    if (label.includes("amazon") || /(?:^|-)amzn(?:-|$)/.test(label)) {
      return true;
    }
    for (const part of label.split("-")) {
      if (part.length >= 5 && part.length <= 7 && nearAmazon(part)) {
        return true;
      }
    }
  }
  return false;
}
