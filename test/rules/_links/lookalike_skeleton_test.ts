import assert from "node:assert/strict";
import { lookalikeSkeleton } from "../../../src/rules/_links/lookalike_skeleton.ts";

Deno.test("lookalikeSkeleton() reads look-alikes in Latin words as Latin", () => {
  assert.equal(
    lookalikeSkeleton("shop kroрka cоm"),
    "shop kropka com",
  );
  assert.equal(lookalikeSkeleton("www . shоp . sе"), "www . shop . se");
  // Beside Han or kana ("圈а" for "圈a").
  assert.equal(lookalikeSkeleton("kefu圈а163点com"), "kefu圈a163点com");
});

Deno.test("lookalikeSkeleton() leaves words of another script and plain text alone", () => {
  const russian = "Спасибо за заказ, он уже в пути.";
  assert.equal(lookalikeSkeleton(russian), russian);
  assert.equal(lookalikeSkeleton("Δέλτα 2.0 lamp"), "Δέλτα 2.0 lamp");
  const plain = "no look-alikes here";
  assert.equal(lookalikeSkeleton(plain), plain);
});

Deno.test("lookalikeSkeleton() keeps every offset", () => {
  for (
    const text of ["а", "xа", "аx ёж", "𝐚а", "shop.соm/рath", "日а本"]
  ) {
    assert.equal(lookalikeSkeleton(text).length, text.length);
  }
});
