import assert from "node:assert/strict";
import {
  getMarketplace,
  MARKETPLACES,
} from "../../src/message_types/marketplaces.ts";

Deno.test("MARKETPLACES lists 23 marketplaces with unique ids and valid locales", () => {
  assert.equal(MARKETPLACES.length, 23);
  assert.equal(new Set(MARKETPLACES.map((m) => m.id)).size, 23);
  for (const marketplace of MARKETPLACES) {
    assert.ok(["na", "eu", "fe"].includes(marketplace.region), marketplace.id);
    assert.ok(marketplace.locales.length > 0, marketplace.id);
    for (const locale of marketplace.locales) {
      assert.equal(Intl.getCanonicalLocales(locale)[0], locale);
    }
  }
});

Deno.test("getMarketplace() finds by id and returns undefined otherwise", () => {
  assert.equal(getMarketplace("ATVPDKIKX0DER")?.country, "US");
  assert.equal(getMarketplace("A1F83G8C2ARO7P")?.locales[0], "en-GB");
  assert.equal(getMarketplace("constructor"), undefined);
});
