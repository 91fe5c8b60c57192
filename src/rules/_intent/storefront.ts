// This module is browser compatible.

/**
 * Amazon storefront and brand-store links, which advertise the seller's
 * other products: `amazon.xx/stores/...`, `/shops/...`, the seller
 * storefront `?me=...` (`/s?me=`), the seller profile `/sp?seller=...` and
 * the old `/gp/aag/...`, and search results (`/s?k=brand`).
 *
 * @module
 */

import type { Segment } from "./segment.ts";

const AMAZON_HOST =
  /(?:^|[/.@])amazon\.(?:[a-z]{2,3})(?:\.[a-z]{2})?(?=[/?:]|$)/;
const STOREFRONT =
  /(?:\/stores\/|\/shops\/|[?&]me=|\/sp\?(?:[^\s]*&)?seller=|\/gp\/aag\/|\/s\?(?:[^\s]*&)?(?:k|field-keywords|rh)=)/;

/**
 * The storefront links of a text: each whitespace-separated token that
 * names an Amazon host and a storefront path. Linear: every token is tested
 * once, with anchored expressions that do not backtrack across tokens.
 *
 * @param text The text (any case).
 * @returns The ranges of the links.
 *
 * @example
 * ```ts
 * import { findStorefrontLinks } from "./storefront.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(findStorefrontLinks("see https://www.amazon.de/stores/Acme/page/1").length, 1);
 * assert.equal(findStorefrontLinks("see https://www.amazon.de/gp/your-account").length, 0);
 * ```
 */
export function findStorefrontLinks(text: string): Segment[] {
  // Most messages name no Amazon host: one search instead of a token scan.
  if (!/amazon\./i.test(text)) return [];
  const links: Segment[] = [];
  // A link ends at a space, and at the letters and punctuation of the
  // scripts written without spaces ("查看：amazon.com/s?me=…").
  const token = /[^\s\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]+/g;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const word = m[0].toLowerCase();
    if (word.length > 2000 || !word.includes("amazon.")) continue;
    const host = AMAZON_HOST.exec(word.replace(/^[a-z]+:\/\//, "/"));
    if (host === null) continue;
    if (STOREFRONT.test(word)) {
      let end = m.index + m[0].length;
      while (end > m.index && /[.,;:!?)»”"']/.test(text[end - 1]!)) end--;
      links.push({ start: m.index, end });
    }
  }
  return links;
}
