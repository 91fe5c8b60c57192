import assert from "node:assert/strict";
import {
  amazonPage,
  isActivationPage,
  isAmazonHost,
  isCarrierHost,
  isCarrierLikePage,
  isDownloadPage,
  isKeyRedemptionHost,
  isMarketplaceName,
  isRegistrationPage,
} from "../../../src/rules/_links/purposes.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";

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

Deno.test("isCarrierLikePage() reads carriers' brands and trades, only on tracking or booking pages", () => {
  // A carrier's brand with "my" before it or a word after a hyphen.
  assert.equal(
    isCarrierLikePage("www.mygls.it", "/it/tracking"),
    true,
  );
  assert.equal(isCarrierLikePage("mydhl.example.com", "/"), false);
  assert.equal(isCarrierLikePage("www.mydhl.de", "/sendungsverfolgung"), true);
  assert.equal(
    isCarrierLikePage("www.hermes-einrichtungsservice.de", "/liefertermin"),
    true,
  );
  // Trades in the host name: transport, freight, pallets, two-person.
  assert.equal(isCarrierLikePage("rdv.tdl-transport.fr", "/123"), true);
  assert.equal(
    isCarrierLikePage("www.2mann-handling.de", "/lieferung/1"),
    true,
  );
  assert.equal(isCarrierLikePage("www.paqueteria-norte.mx", "/agendar"), true);
  // A shop is no carrier, whatever its path says; a carrier's trade
  // without a tracking or booking page is no booking page.
  assert.equal(isCarrierLikePage("www.lampshop.de", "/tracking"), false);
  assert.equal(isCarrierLikePage("www.myshop-dhl.de", "/tracking"), false);
  assert.equal(isCarrierLikePage("www.transport-news.de", "/angebote"), false);
  // Punycode and non-ASCII hosts hide what they spell.
  assert.equal(isCarrierLikePage("xn--dhl-tracking-9db.de", "/track"), false);
});

Deno.test("isRegistrationPage() turns down sign-ups for newsletters, rewards and discounts", () => {
  assert.equal(isRegistrationPage("/newsletter/register", ""), false);
  assert.equal(
    isRegistrationPage("/register", "Register now and get 10% off:"),
    false,
  );
  assert.equal(
    isRegistrationPage(
      "/anmeldung",
      "Melden Sie sich für unseren Newsletter an",
    ),
    false,
  );
  // A manufacturer's member site for product registration stays allowed.
  assert.equal(isRegistrationPage("/", "メーカーの会員サイトで製品登録"), true);
  assert.equal(isRegistrationPage("/product-registration", ""), true);
});

Deno.test("carriers and redemption sites of the markets are known", () => {
  for (
    const host of [
      "www.xpo.com",
      "www.odfl.com",
      "track.palletways.com",
      "tracking.hellmann.net",
      "www.dynalogic.eu",
      "www.horoz.com.tr",
      "www.jamef.com.br",
      "www.shreemaruti.com",
      "www.bartolini.it",
    ]
  ) assert.equal(isCarrierHost(host), true, host);
  for (
    const host of [
      "www.paysafecard.com",
      "www.disneyplus.com",
      "gold.razer.com",
      "www.blutv.com",
      "www.canalplus.com",
    ]
  ) assert.equal(isKeyRedemptionHost(host), true, host);
  assert.equal(isKeyRedemptionHost("www.razer.com"), false);
});

Deno.test("isDownloadPage: a host or path segment that names downloading", () => {
  assert.equal(isDownloadPage("shieldguard.example", "/download"), true);
  assert.equal(isDownloadPage("www.vendor.example", "/de/herunterladen"), true);
  assert.equal(isDownloadPage("downloads.vendor.example", ""), true);
  assert.equal(isDownloadPage("vendor.example", "/files/setup.exe"), false);
  assert.equal(isDownloadPage("myshop.example", "/new-arrivals"), false);
});

Deno.test("link-policy: the vendor's download page in a key message, not elsewhere", () => {
  const text =
    "Your key for order 123-1234567-1234567: ABCD-EFGH-IJKL. Get the installer at vendorsoft.com/download and enter the key.";
  const errorsFor = (type: string) =>
    lintMessage({ type, text }, { rules: { "language-match": "off" } })
      .diagnostics.filter((d) =>
        d.ruleId === "link-policy" && d.severity === "error"
      );
  assert.deepEqual(errorsFor("digitalAccessKey"), []);
  assert.equal(errorsFor("unexpectedProblem").length, 1);
});
