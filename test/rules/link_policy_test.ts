import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import { linkPolicy } from "../../src/rules/link_policy.ts";
import { testRule } from "../_rule_tester.ts";
import { fastestTime, retried } from "../_timing.ts";

testRule(linkPolicy, {
  valid: [
    // Amazon pages that complete an order.
    "Your order history: https://www.amazon.de/gp/css/order-history",
    "Details: https://amazon.co.jp/gp/help.",
    "Start a return here: https://www.amazon.fr/gp/orc/returns/homepage.html",
    "Mensajes: https://www.amazon.es/gp/message?ref=x",
    "注文の詳細はこちら https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-1234567-1234567 をご覧ください。",
    "订单详情：https://www.amazon.cn/gp/your-account/order-history）请查看。",
    // Marketplaces named in running text are not links.
    "We sell this lamp on Amazon.de and ship it tomorrow.",
    "Your account on amazon.co.uk shows a different address.",
    "Le colis commandé sur Amazon.fr arrive lundi.",
    "Amazon.co.jpでご購入いただいた商品です。",
    "Siparişiniz Amazon.com.tr üzerinden verildi.",
    "آپ ने Amazon.in पर ऑर्डर किया था।",
    "您在 amazon.cn 的订单已发货。",
    "Pedido feito na amazon.com.br ontem.",
    // File names, abbreviations, numbers, versions, times.
    "Size 2.5 cm, file manual.pdf, Node.js, v1.2.3",
    "Please send the logo as logo.ai or logo.eps, and the photo as foto.JPG.",
    "Lieferung z.B. am Montag, d.h. bitte bis 10.30 Uhr zu Hause sein, u.a. wegen Aufbau.",
    "He lives in St. Louis, e.g. near the river, i.e. downtown.",
    "Firmware 10.2.3.4567 fixes this. Order 123-1234567-1234567 at 10.30.",
    "Thank you.Best regards, the team",
    "We use DHL Freight. Reply to this message.",
    "El punto de recogida está en la calle Mayor. Punto de venta cerrado.",
    "Le point de retrait est ouvert, le point de vente aussi.",
    "Der Punkt ist wichtig: bitte antworten Sie hier.",
    "The access point here is fine.",
    "Vielen Dank . Es ist alles bereit. Größe: M • Farbe: blau",
    "Amazon dot de shows the order; amazon . co . uk too.",
    // Carrier pages in delivery messages.
    {
      type: "confirmDeliveryDetails",
      text:
        "Choose a delivery day at https://www.dhl.de/de/privatkunden/pakete-empfangen.html",
    },
    {
      type: "confirmDeliveryDetails",
      text:
        "Track parcel 1Z999AA10123456784 at https://www.ups.com/track?tracknum=1Z999AA10123456784.",
    },
    {
      type: "unexpectedProblem",
      text:
        "La Poste a du retard : suivez votre colis sur https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
    },
    {
      type: "confirmDeliveryDetails",
      text:
        "Kargonuzu https://www.araskargo.com.tr/ adresinden takip edebilirsiniz.",
    },
    {
      type: "confirmDeliveryDetails",
      text:
        "配送状況は https://toi.kuronekoyamato.co.jp/cgi-bin/tneko でご確認ください。",
    },
    // Key redemption and vendor activation in key messages.
    {
      type: "digitalAccessKey",
      text:
        "Redeem your code at https://www.xbox.com/redeem then start the game.",
    },
    {
      type: "digitalAccessKey",
      text:
        "Aktivieren Sie den Schlüssel unter https://store.playstation.com/de-de/redeem.",
    },
    {
      type: "digitalAccessKey",
      text:
        "Activez la licence sur https://activation.logiciel-exemple.fr/ avec votre clé.",
    },
    // Manufacturer registration for the warranty.
    {
      type: "confirmOrderDetails",
      text:
        "For the 3-year warranty, register the drill at https://www.tools-maker.example.com/product-registration within 30 days.",
    },
    {
      type: "unexpectedProblem",
      text:
        "Para activar la garantía del fabricante, registre el aparato en https://www.fabricante-ejemplo.es/soporte",
    },
    // Allowed domains, for every type or by type.
    {
      text: "Book here: https://www.dhl.de/en/booking",
      options: { allowedDomains: ["dhl.de"] },
    },
    {
      text: "Book at https://termin.spedition-example.de/x",
      options: { allowedDomains: ["spedition-example.de"] },
    },
    {
      type: "confirmDeliveryDetails",
      text: "Book at https://termin.spedition-example.de/x",
      options: {
        allowedDomains: { confirmDeliveryDetails: ["spedition-example.de"] },
      },
    },
  ],
  invalid: [
    {
      text: "Visit https://myshop.com/deals",
      errors: [{ messageId: "external", span: "https://myshop.com/deals" }],
    },
    {
      text: "Visit www.myshop.com.",
      errors: [{ messageId: "external", span: "www.myshop.com" }],
    },
    {
      text: "Go to myshop.de for help",
      errors: [{ messageId: "external", span: "myshop.de" }],
    },
    // Any real top-level domain, in any script's running text.
    {
      text: "Neue Kollektion: holzwerk.shop",
      errors: [{ messageId: "external" }],
    },
    { text: "Visit candles.store today", errors: [{ messageId: "external" }] },
    {
      text: "Ver tienda-ejemplo.online ahora",
      errors: [{ messageId: "external" }],
    },
    { text: "详情见 myshop.xyz 网站", errors: [{ messageId: "external" }] },
    {
      text: "Besuchen Sie meinladen.de.com",
      errors: [{ messageId: "external" }],
    },
    {
      text: "サイズ表はmyshop.jpでご確認ください",
      errors: [{ messageId: "external" }],
    },
    {
      text: "Odwiedź sklep-przyklad.pl, tam więcej.",
      errors: [{ messageId: "external" }],
    },
    { text: "MYSHOP.COM has the manual", errors: [{ messageId: "external" }] },
    // Written-out and defanged dots, defanged schemes, IPs, data URLs.
    {
      text: "Care tips: myshop dot com slash care",
      errors: [{ messageId: "disguised", span: "myshop dot com slash care" }],
    },
    {
      text: "Alle Infos unter moebel-beispiel punkt de.",
      errors: [{ messageId: "disguised", span: "moebel-beispiel punkt de" }],
    },
    {
      text: "Visita tienda-ejemplo punto com",
      errors: [{ messageId: "disguised" }],
    },
    {
      text: "Zie winkelvoorbeeld punt nl",
      errors: [{ messageId: "disguised" }],
    },
    { text: "Zobacz sklepik kropka pl.", errors: [{ messageId: "disguised" }] },
    {
      text: "Detaylar magaza-ornek nokta com.tr adresinde",
      errors: [{ messageId: "disguised" }],
    },
    {
      text: "詳しくは example-shop ドット jp へ",
      errors: [{ messageId: "disguised" }],
    },
    {
      text: "详情请看 myshop 点 cn 网站",
      errors: [{ messageId: "disguised" }],
    },
    {
      text: "تفاصيل في متجر my-store نقطة com",
      errors: [{ messageId: "disguised" }],
    },
    { text: "जानकारी myshop डॉट कॉम पर", errors: [{ messageId: "disguised" }] },
    { text: "See myshop[.]com/help", errors: [{ messageId: "disguised" }] },
    { text: "See myshop(.)de", errors: [{ messageId: "disguised" }] },
    { text: "See myshop[dot]co[dot]uk", errors: [{ messageId: "disguised" }] },
    {
      text: "Download: hxxps://keys-example[.]com/setup now",
      errors: [{
        messageId: "disguised",
        span: "hxxps://keys-example[.]com/setup",
      }],
    },
    {
      text: "Installer: http://203.0.113.9/setup.exe",
      errors: [{ messageId: "external" }],
    },
    {
      text: "Installer: 203.0.113.9:8080",
      errors: [{ messageId: "external" }],
    },
    {
      text: "Open data:text/html;base64,PGgxPmhpPC9oMT4= in the browser",
      errors: [{ messageId: "dataUrl" }],
    },
    {
      text: "Visit myshop . com today",
      errors: [{ messageId: "disguised", span: "myshop . com" }],
    },
    { text: "Zie winkel · nl voor meer", errors: [{ messageId: "disguised" }] },
    {
      text: "请看myshop。com网站",
      errors: [{ messageId: "disguised", span: "myshop。com" }],
    },
    // Amazon storefronts and promotions are marketing.
    {
      text:
        "More from us: https://www.amazon.de/stores/MeineMarke/page/1234-ABCD",
      errors: [{ messageId: "marketing" }],
    },
    {
      text: "Our shop: https://www.amazon.com/s?me=A1B2C3D4E5F6G7",
      errors: [{ messageId: "marketing" }],
    },
    {
      text: "Mira: https://www.amazon.es/sp?ie=UTF8&seller=A1B2C3&me=A1B2C3",
      errors: [{ messageId: "marketing" }],
    },
    {
      text: "Angebote: https://www.amazon.de/deals?ref=x",
      errors: [{ messageId: "marketing" }],
    },
    {
      text: "Coupon: https://www.amazon.it/coupons",
      errors: [{ messageId: "marketing" }],
    },
    {
      text:
        "See also https://www.amazon.com/dp/B0AAAAAAAA and https://www.amazon.com/dp/B0BBBBBBBB",
      errors: [{ messageId: "marketing" }, { messageId: "marketing" }],
    },
    {
      text: "The product page: https://www.amazon.com/dp/B0AAAAAAAA",
      errors: [{ messageId: "productPage", severity: "warning" }],
    },
    // Redirects through Amazon.
    {
      text:
        "Stock: https://www.amazon.com/gp/redirect.html?location=https://candles.example/stock",
      errors: [{ messageId: "redirect", message: "candles.example" }],
    },
    {
      text:
        "Hier: https://www.amazon.de/gp/redirect.html?location=https%3A%2F%2Fshop.example%2Fx",
      errors: [{ messageId: "redirect" }],
    },
    // Look-alikes of Amazon.
    {
      text: "Evil: https://amazon.de.evil.com/x",
      errors: [{ messageId: "lookalike" }],
    },
    {
      text: "Evil: https://notamazon.de/x",
      errors: [{ messageId: "lookalike" }],
    },
    {
      text: "Log in: https://amaz0n-support.com/login",
      errors: [{ messageId: "lookalike" }],
    },
    {
      text: "Log in: https://www.arnazon.de/login",
      errors: [{ messageId: "lookalike" }],
    },
    {
      text: "Log in: https://аmazon.com/login",
      errors: [{ messageId: "lookalike" }],
    },
    {
      text: "Log in: https://xn--mazon-3ve.com/login",
      errors: [{ messageId: "lookalike" }],
    },
    { text: "See amazon-returns.com", errors: [{ messageId: "lookalike" }] },
    // Links that serve another message type.
    {
      type: "digitalAccessKey",
      text: "Your key: AAAA-BBBB. Track at https://www.ups.com/track",
      errors: [{ messageId: "notForType" }],
    },
    {
      type: "confirmCustomizationDetails",
      text: "Redeem at https://store.steampowered.com/account/registerkey",
      errors: [{ messageId: "notForType" }],
    },
    {
      // A parcel service's booking page: not needed in this type.
      type: "confirmCustomizationDetails",
      text: "Book at https://termin.spedition-example.de/x",
      options: {
        allowedDomains: { confirmDeliveryDetails: ["spedition-example.de"] },
      },
      errors: [{ messageId: "notForType" }],
    },
    // An installer download is not an activation page.
    {
      type: "digitalAccessKey",
      text:
        "Your key: AAAA-BBBB. Installer: https://activate.keys-example.com/setup.exe",
      errors: [{ messageId: "external" }],
    },
    // A vendor page without an activation path is not allowed.
    {
      type: "digitalAccessKey",
      text: "Your key: AAAA-BBBB. Visit https://www.keyshop-example.com/sale",
      errors: [{ messageId: "external" }],
    },
    // Written without a scheme, an activation page in a key message is
    // needed (only a warning to write it in full); a shop named after
    // licences is not one, nor is the page outside a key message.
    {
      type: "digitalAccessKey",
      text:
        "Your key: AAAA-BBBB. Enter it at activate.vendor-example.io or vendor-example.com.tr/etkinlestir.",
      errors: [
        {
          messageId: "bare",
          severity: "warning",
          span: "activate.vendor-example.io",
        },
        {
          messageId: "bare",
          severity: "warning",
          span: "vendor-example.com.tr/etkinlestir",
        },
      ],
    },
    {
      type: "digitalAccessKey",
      text:
        "Ihr Schlüssel: AAAA-BBBB. Download über lizenzpalast-example.shop.",
      errors: [{ messageId: "external" }],
    },
    {
      type: "unexpectedProblem",
      text: "Your key: AAAA-BBBB. Enter it at activate.vendor-example.io.",
      errors: [{ messageId: "external" }],
    },
    // A path word that only holds "activ" is no activation page.
    {
      type: "digitalAccessKey",
      text:
        "Your key: AAAA-BBBB. Also see vendor-example.com/interactive-games.",
      errors: [{ messageId: "external" }],
    },
    { text: "Short: https://bit.ly/abc", errors: [{ messageId: "shortener" }] },
    {
      text: "Short: amzn.to/abc",
      errors: [{ messageId: "shortener", span: "amzn.to/abc" }],
    },
    {
      text: "See http://www.amazon.com/gp/help",
      errors: [{ messageId: "insecure", severity: "warning" }],
    },
    {
      text: "See www.amazon.fr/gp/help",
      errors: [{
        messageId: "bare",
        span: "www.amazon.fr/gp/help",
        severity: "warning",
      }],
    },
    {
      text: "Click here: https://www.amazon.com/gp/help",
      errors: [{
        messageId: "vagueText",
        severity: "warning",
        message: '"Click here"',
      }],
    },
    {
      text: "Hier klicken https://www.amazon.de/x",
      errors: [{ messageId: "vagueText" }],
    },
    {
      text: "Amazon off: https://www.amazon.de/x",
      options: { allowAmazon: false },
      errors: [{ messageId: "external" }],
    },
    // Full-width and invisible characters do not hide a link.
    {
      text: "Visit ｗｗｗ．ｍｙｓｈｏｐ．ｃｏｍ today",
      errors: [{ messageId: "external", span: "ｗｗｗ．ｍｙｓｈｏｐ．ｃｏｍ" }],
    },
    {
      text: "Visit my\u200bshop.com today",
      errors: [{ messageId: "external", span: "my\u200bshop.com" }],
    },
  ],
});

Deno.test("link-policy rejects malformed allowedDomains", () => {
  for (
    const allowedDomains of [["not a domain"], { noSuchType: ["dhl.de"] }, 5]
  ) {
    assert.throws(
      () =>
        lintMessage({ type: "unexpectedProblem", text: "x" }, {
          rules: { "link-policy": ["error", { allowedDomains }] },
        }),
      TypeError,
    );
  }
});

Deno.test("link-policy trims the punctuation after a link in one pass", () => {
  const lint = (text: string) =>
    lintMessage({ type: "unexpectedProblem", text }, {
      policy: { name: "t", rules: { "link-policy": "error" } },
    }).diagnostics;
  // Punctuation after the link is not part of it, however much there is.
  const [found] = lint("See https://www.example.com/a,.;:!?。、 now");
  assert.equal(found?.message.includes('"https://www.example.com/a"'), true);
  // A link full of commas: trimming it with /[.,]+$/ tried every comma.
  const text = `https://www.amazon.de/${",".repeat(1970)}x`;
  const benign = "Please see the order page for the details. ".repeat(46)
    .slice(0, text.length);
  const problem = retried(() => {
    const baseline = fastestTime(() => lint(benign));
    const time = fastestTime(() => lint(text), 5, 100);
    return time <= 20 * baseline + 0.5
      ? undefined
      : `${time.toFixed(2)} ms, a plain text ${baseline.toFixed(2)} ms`;
  });
  assert.equal(problem, undefined, problem);
});

Deno.test("link-policy stays linear on adversarial texts", () => {
  const lint = (text: string) =>
    lintMessage({ type: "unexpectedProblem", text }, {
      policy: { name: "t", rules: { "link-policy": "error" } },
    }).diagnostics;
  const benign = "Please see the order page for the details. ".repeat(46)
    .slice(0, 2000);
  const adversarial = [
    "a.".repeat(1000),
    "ab dot ".repeat(290),
    "x[.]".repeat(500),
    "https://".repeat(250),
    "a-".repeat(1000),
    "www.".repeat(500),
    "1.1.1.".repeat(333),
    "点a".repeat(1000),
  ];
  for (const text of adversarial) {
    const problem = retried(() => {
      const baseline = fastestTime(() => lint(benign));
      const time = fastestTime(() => lint(text.slice(0, 2000)), 5, 50);
      // A quadratic costs tens of milliseconds at 2000 characters; the slack
      // absorbs a busy machine's pauses.
      return time <= 20 * baseline + 2
        ? undefined
        : `${JSON.stringify(text.slice(0, 12))}: ${
          time.toFixed(2)
        } ms, a plain text ${baseline.toFixed(2)} ms`;
    });
    assert.equal(problem, undefined, problem);
  }
});
