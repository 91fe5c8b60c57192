import assert from "node:assert/strict";
import { findStorefrontLinks } from "../../../src/rules/_intent/storefront.ts";

Deno.test("findStorefrontLinks() finds store, shop, seller and brand links on Amazon hosts", () => {
  const text =
    "Brand: https://www.amazon.co.uk/stores/Acme/page/12AB. Seller: amazon.de/s?me=A1B2C3, www.amazon.com/sp?ie=UTF8&seller=A9 and https://amazon.fr/shops/acme!";
  assert.deepEqual(
    findStorefrontLinks(text).map((s) => text.slice(s.start, s.end)),
    [
      "https://www.amazon.co.uk/stores/Acme/page/12AB",
      "amazon.de/s?me=A1B2C3",
      "www.amazon.com/sp?ie=UTF8&seller=A9",
      "https://amazon.fr/shops/acme",
    ],
  );
});

Deno.test("findStorefrontLinks() leaves order pages, help pages and other hosts alone", () => {
  for (
    const text of [
      "https://www.amazon.de/gp/your-account/order-history",
      "https://www.amazon.com/gp/help/customer/display.html",
      "https://example.com/stores/acme",
      "https://notamazon.com/stores/acme",
      "Amazon.de",
    ]
  ) {
    assert.deepEqual(findStorefrontLinks(text), [], text);
  }
});

Deno.test("findStorefrontLinks() is linear on long tokens", () => {
  const start = performance.now();
  findStorefrontLinks("amazon.de/" + "stores".repeat(20_000));
  findStorefrontLinks("amazon.de/s?me=x ".repeat(5_000));
  assert.ok(performance.now() - start < 500);
});

Deno.test("findStorefrontLinks() ends a link at the letters and punctuation of scripts written without spaces", () => {
  const text =
    "店里还有其他正版密钥，可在这里查看：amazon.com/s?me=A3QW7K2J9XZ8M1。谢谢";
  assert.deepEqual(
    findStorefrontLinks(text).map((s) => text.slice(s.start, s.end)),
    ["amazon.com/s?me=A3QW7K2J9XZ8M1"],
  );
});

Deno.test("findStorefrontLinks() keeps the letters of such scripts in a link's path and drops those glued before it", () => {
  for (
    const [text, link] of [
      [
        "ストアはこちら https://www.amazon.co.jp/stores/アイリス/page/ABCD です",
        "https://www.amazon.co.jp/stores/アイリス/page/ABCD",
      ],
      [
        "可在这里查看amazon.com/s?me=A3QW7K2J9XZ8M1",
        "amazon.com/s?me=A3QW7K2J9XZ8M1",
      ],
    ] as const
  ) {
    assert.deepEqual(
      findStorefrontLinks(text).map((s) => text.slice(s.start, s.end)),
      [link],
    );
  }
});
