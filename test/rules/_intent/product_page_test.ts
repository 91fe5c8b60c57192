import assert from "node:assert/strict";
import { writtenOnPage } from "../../../src/rules/_intent/product_page.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: {
    place: ["product page", "on amazon"],
    request: ["just say", "write"],
  },
  zh: {
    place: ["商品详情页"],
    request: ["写明"],
  },
});

function told(text: string): string[] {
  const hits = find(text);
  const { cancelled } = state(hits);
  const out = new Map<number, string>();
  writtenOnPage(
    hits,
    segmentText(text),
    cancelled,
    ["request"],
    "place",
    "told",
    out,
    text,
  );
  return [...out].map(([i, concept]) =>
    `${text.slice(hits[i]!.start, hits[i]!.end)}→${concept}`
  );
}

Deno.test("writtenOnPage(): writing on a product page tells other shoppers", () => {
  assert.deepEqual(
    told("on the product page, just say the straps are sturdy."),
    [
      "just say→told",
    ],
  );
});

Deno.test("writtenOnPage(): writing to the seller, or with no page, tells no one", () => {
  assert.deepEqual(told("write to us from the product page if it breaks."), []);
  assert.deepEqual(told("just say which colour you prefer."), []);
});

Deno.test("writtenOnPage(): what is already written on the page tells no one", () => {
  // "It is stated in the manual on the product page."
  assert.deepEqual(
    told("商品详情页的说明书里有写明，一般三个月更换一次。"),
    [],
  );
  assert.deepEqual(told("商品详情页上已写明尺寸。"), []);
  // "Please state on the product page how it fits."
  assert.deepEqual(told("请在商品详情页写明尺码合不合适。"), ["写明→told"]);
});
