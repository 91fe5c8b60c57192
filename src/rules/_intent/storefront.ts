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
// Where a link to an Amazon host starts: its scheme, "www." or its host.
const LINK_START = /(?<![a-z0-9.-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)*amazon\./i;
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
  // A link ends at a space and at the punctuation of the scripts written
  // without spaces ("查看：amazon.com/s?me=…。"); it starts at its scheme or
  // host, after the letters of such a script glued before it, and keeps
  // theirs in its path ("…/stores/アイリス/page/1").
  const token = /[^\s\u3000-\u303f\uff00-\uffef]+/g;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    if (m[0].length > 2000) continue;
    const lead = m[0].search(LINK_START);
    if (lead < 0) continue;
    const start = m.index + lead;
    const word = m[0].slice(lead).toLowerCase();
    const host = AMAZON_HOST.exec(word.replace(/^[a-z]+:\/\//, "/"));
    if (host === null) continue;
    if (STOREFRONT.test(word)) {
      let end = m.index + m[0].length;
      while (end > start && /[.,;:!?)»”"']/.test(text[end - 1]!)) end--;
      links.push({ start, end });
    }
  }
  return links;
}
