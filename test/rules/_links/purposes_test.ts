import assert from "node:assert/strict";
import {
  amazonPage,
  isActivationPage,
  isAmazonHost,
  isCarrierHost,
  isKeyRedemptionHost,
  isMarketplaceName,
  isRegistrationPage,
} from "../../../src/rules/_links/purposes.ts";

Deno.test("amazonPage() tells order pages from marketing, products and redirects", () => {
  for (
    const path of [
      "/gp/css/order-history",
      "/gp/your-account/order-details?orderID=1",
      "/gp/help/customer/display.html",
      "/gp/orc/returns/homepage.html",
      "/gp/message",
    ]
  ) {
    assert.equal(amazonPage(path).page, "order", path);
  }
  for (
    const path of [
      "/stores/Brand/page/ABC",
      "/s?me=A1B2C3",
      "/s?k=brand",
      "/shops/seller",
      "/deals",
      "/b?node=123",
      "/sp?seller=A1B2C3",
    ]
  ) {
    assert.equal(amazonPage(path).page, "marketing", path);
  }
  assert.deepEqual(amazonPage("/Some-Name/dp/B0ABCDEFGH?th=1"), {
    page: "product",
    asin: "B0ABCDEFGH",
  });
  assert.deepEqual(
    amazonPage("/gp/redirect.html?location=https%3A%2F%2Fx.example%2Fa"),
    { page: "redirect", target: "x.example" },
  );
  assert.equal(
    amazonPage("/ap/signin?openid.return_to=https://www.amazon.de/x").page,
    "order",
  );
});

Deno.test("host purposes", () => {
  assert.equal(isAmazonHost("www.amazon.com.mx"), true);
  assert.equal(isMarketplaceName("www.amazon.de"), true);
  assert.equal(isMarketplaceName("sellercentral.amazon.de"), false);
  assert.equal(isCarrierHost("www.poste.it"), true);
  assert.equal(isCarrierHost("poste.it.example"), false);
  assert.equal(isKeyRedemptionHost("redeem.microsoft.com"), true);
  assert.equal(isActivationPage("activate.vendor.example", "/"), true);
  assert.equal(isActivationPage("vendor.example", "/setup.exe"), false);
  assert.equal(isRegistrationPage("/garanti-kaydi", ""), true);
  assert.equal(isRegistrationPage("/", "製品の保証登録はこちら："), true);
  assert.equal(isRegistrationPage("/", "Unsere neue Kollektion:"), false);
});
