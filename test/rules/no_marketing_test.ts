import assert from "node:assert/strict";
import { lintMessage, type LintOptions } from "../../src/lint/lint_message.ts";
import type { AnyRule } from "../../src/lint/rule.ts";
import { noMarketing } from "../../src/rules/no_marketing.ts";
import {
  type ConceptCases,
  type ErrorRow,
  lintMessageWith,
  lintWith,
  messageIdsOf,
  testConceptRule,
  wrongFirstErrors,
} from "./_phrase_rule_tester.ts";

const RULE: AnyRule = noMarketing;
const lint = (text: string, type?: string) => lintWith(RULE, text, type);

const CASES: Record<string, ConceptCases> = {
  en: {
    valid: [
      "Please review your order details below.",
      "The 100% cotton shirt ships tomorrow.",
      "We offer a free of charge replacement for the defective part.",
      "Your activation code is X7KD-93LM-QP42-ZT8W. Enter the code in the app to redeem it.",
      "Please confirm the postal code of the delivery address.",
      "Please follow the instructions in the manual.",
      "Would you like us to send a replacement?",
      "Thank you for purchasing from our store.",
      "Your order was shipped directly from our warehouse.",
      "Sale price and discount were applied at checkout.",
      "The coupon you clipped on the product page took $5 off the price.",
      "There is no charge for the new part, and no coupon or code is needed.",
      "Because of Black Friday volumes, your order is delayed.",
      "We cannot offer an additional discount, but we will refund the shipping.",
      "The technician will visit on Monday between 8 and 12.",
      "Thank you for visiting our store.",
      "We also offer a replacement or a full refund.",
      "Your Subscribe & Save delivery ships on Monday.",
      "Please follow our instructions on our website to reset the device.",
      "If you discover any damage to our products, please contact us.",
      "Thank you for using our services. The technician will visit on Monday.",
    ],
    invalid: [
      {
        text: "Use code SAVE10 at checkout for 10% off your next order.",
        messageId: "promotion",
      },
      {
        text: "Check out our other products on our Amazon store!",
        messageId: "crossSell",
      },
      {
        text: "Follow us on Instagram for updates and new designs.",
        messageId: "crossSell",
      },
      {
        text: "Sign up for our newsletter and get early access to deals.",
        messageId: "promotion",
      },
      {
        text: "Don't miss our spring sale with up to 30% off all lamps!",
        messageId: "promotion",
      },
      {
        text: "Our new autumn collection has just arrived. Have a look!",
        messageId: "crossSell",
      },
      {
        text: "Book your next appointment with us and save 15%.",
        messageId: "promotion",
      },
      {
        text: "You might also like our matching pillow covers, now 20% off.",
        messageId: "promotion",
      },
    ],
  },
  de: {
    valid: [
      "Bitte prüfen Sie die Angaben zu Ihrer Bestellung.",
      "Das Hemd aus 100 % Baumwolle wird morgen verschickt.",
      "Ihr Code lautet X7KD-93LM. Geben Sie den Code in der App ein.",
      "Es ist kein Gutschein und keine Zahlung nötig, der Ersatz ist kostenlos.",
      "Der Rabatt wurde beim Kauf bereits abgezogen.",
      "Vielen Dank für Ihren Einkauf in unserem Shop.",
      "Der Techniker besucht Sie am Montag zwischen 8 und 12 Uhr.",
      "Bitte finden Sie anbei die Rechnung, die auch auf unserer Website steht.",
      "Wir bieten auch einen Austausch oder eine Erstattung an.",
    ],
    invalid: [
      {
        text:
          "Mit dem Gutscheincode SOMMER10 erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung.",
        messageId: "promotion",
      },
      {
        text:
          "Besuchen Sie auch unseren Shop und entdecken Sie unsere anderen Produkte!",
        messageId: "crossSell",
      },
      {
        text: "Folgen Sie uns auf Instagram.",
        messageId: "crossSell",
      },
      {
        text:
          "Unser Winterschlussverkauf läuft noch bis Sonntag, mit bis zu 40 % Rabatt.",
        messageId: "promotion",
      },
      {
        text: "Schauen Sie sich gern in unserem Shop um.",
        messageId: "crossSell",
      },
    ],
  },
};

Deno.test(`${RULE.id}: the finding covers the sentence and names the concepts`, () => {
  const text =
    "Order 123-1234567-1234567 ships today.\nUse code SAVE10 for 10% off your next order.";
  const [found] = lint(text);
  assert.equal(found?.messageId, "promotion");
  assert.deepEqual(found?.range?.start, { offset: 39, line: 2, column: 1 });
  assert.equal(found?.range?.end.offset, text.length);
  assert.match(found!.message, /seen: .*future.*offer/);
  assert.equal(noMarketing.meta.defaultSeverity, "error");
  assert.deepEqual(Object.keys(noMarketing.meta.messages).sort(), [
    "crossSell",
    "modelled",
    "modelledAnswer",
    "modelledNearOrder",
    "orderData",
    "promotion",
    "storefront",
  ]);
});

Deno.test(`${RULE.id}: storefront and brand-store links are marketing`, () => {
  for (
    const link of [
      "https://www.amazon.co.uk/stores/Acme/page/1234",
      "https://www.amazon.de/s?me=A1B2C3D4E5&marketplaceID=A1PA6795UKMFR9",
      "https://www.amazon.com/shops/acme",
      "amazon.fr/sp?seller=A1B2C3",
    ]
  ) {
    const found = lint(`Order 123-1234567-1234567 ships today. ${link}`);
    assert.deepEqual(found.map((d) => d.messageId), ["storefront"], link);
  }
  assert.deepEqual(
    lint(
      "Your order is listed at https://www.amazon.com/gp/your-account/order-history",
    ),
    [],
  );
});

Deno.test(`${RULE.id}: words from order data give a warning that says so`, () => {
  const title = "Shop Now - 50% Off Sale Banner, Vinyl, 3 x 6 ft";
  const text =
    `We are about to print your ${title} for order 123-1234567-1234567.`;
  const start = text.indexOf(title);
  const found = lintMessageWith(RULE, {
    type: "confirmCustomizationDetails",
    text,
    dataSpans: [{ start, end: start + title.length }],
  });
  assert.deepEqual(found.map((d) => [d.messageId, d.severity]), [[
    "orderData",
    "warning",
  ]]);
  assert.match(found[0]!.message, /order data/);
  // The same words as the seller's own are an error.
  assert.equal(lint(text)[0]?.severity, "error");
});

Deno.test(`${RULE.id}: a quotation of the buyer's text gives a warning, not an error`, () => {
  const found = lint(
    'Please confirm the banner text "Grand opening: shop now, 50% off everything" before we print.',
  );
  assert.deepEqual(found.map((d) => d.severity), ["warning"]);
});

Deno.test(`${RULE.id}: disguised words are found after normalization`, () => {
  for (
    const text of [
      "Use c\u200Boupon SAVE10 for 10% off your next order.",
      "F o l l o w us on Instagram for new designs.",
      "Use code SAVE10 for 10% \uFF4F\uFF46\uFF46 your next order.",
    ]
  ) {
    assert.equal(lint(text).length, 1, text);
  }
});

testConceptRule(RULE, CASES, [
  "@",
  "%",
  "a",
  " ",
  ", ",
  "sale ",
  "s a l e ",
  "20% off ",
  "no coupon ",
  "check out our ",
  "our new collection ",
  "amazon.de/stores/x ",
  '"sale ',
  "Gutschein Rabatt ",
  "use code SAVE10 at checkout for 10% off your next order follow us on instagram ",
]);

// Judged by class: cross-selling without promotional keywords, storefront
// wording, and the ordered item or other senses that are not marketing.
Deno.test(`${RULE.id}: judges soft cross-selling and storefront wording`, () => {
  const table: [text: string, expected: string | undefined][] = [
    ["Our new autumn range is out.", "crossSell"],
    ["Have a look around our shop.", "crossSell"],
    ["We also make matching pillow cases.", "crossSell"],
    ["If you need more filters, we have them in packs of 6.", "crossSell"],
    ["You might also like our bamboo towels.", "crossSell"],
    ["Tip: our descaler works great with it.", "crossSell"],
    ["Our winter collection. It is out now!", "crossSell"],
    ["Our bottles and gaiters pair perfectly with the poles.", "crossSell"],
    ["Search for our brand on Amazon to see more.", "crossSell"],
    ["Just look us up on Amazon under Acme Home.", "crossSell"],
    ["See https://www.amazon.com/s?k=acme+home+lamps for more.", "storefront"],
    [
      "By the way, we've just launched a leather case for your phone.",
      "crossSell",
    ],
    [
      "Many customers who buy this lamp also get our dimmable bulbs.",
      "crossSell",
    ],
    ["We also have ceramic pots that look great with them.", "crossSell"],
    ["P.S. our spring catalogue is now online.", "crossSell"],
    ["When you run out of ink, remember us.", "promotion"],
    ["While you wait, why not browse our other garden tools?", "crossSell"],
    ["We also do matching stockings for the whole family.", "crossSell"],
    ["Add a second name for just £3 more.", "promotion"],
    ["Why not reply with a photo of the label?", undefined],
    ["The technician will fit the part on the same visit.", undefined],
    ["We've just launched an investigation with the carrier.", undefined],
    ["The new version of the app is now live; please update it.", undefined],
    [
      "Your parcel is out for delivery and our driver will call ahead.",
      undefined,
    ],
    ["The matching screws are in the small bag taped to the frame.", undefined],
    [
      "We'll take 20% off this service. Your next visit is due in May.",
      undefined,
    ],
    ["The replacement filter ships today.", undefined],
    ["The new model is out of stock, so we will refund you.", undefined],
    ["Your replacement is here and will ship tomorrow.", undefined],
    ["Please drop the parcel at the collection point.", undefined],
    ["We recommend charging the power bank fully before first use.", undefined],
    ["Our customer service is available Monday to Friday.", undefined],
    ["We are here to help if you need anything else.", undefined],
    ["The driver is out today, so delivery moves to Monday.", undefined],
    ["If you need more time to decide, just let us know.", undefined],
    ["Please search your Amazon orders for the invoice.", undefined],
    ["The screws pair well with the bracket you ordered.", undefined],
  ];
  const wrong: string[] = [];
  for (const [text, expected] of table) {
    const found = lint(text).filter((d) => d.severity === "error");
    const actual = found[0]?.messageId;
    if (actual !== expected) wrong.push(`${text}: ${actual} != ${expected}`);
  }
  assert.deepEqual(wrong, []);
});

// Judged by class, in several languages: the seller's people and places and
// a thank-you are not its goods, paid options of the order are no offer,
// priced extra services and goods back in stock cross-sell.
Deno.test(`${RULE.id}: the seller's people, thanks, paid options and goods back`, () => {
  const table: ErrorRow[] = [
    [
      "de-DE",
      "Vereinbaren Sie bitte bis Montag einen Termin mit unserer Monteurin.",
      undefined,
    ],
    [
      "de-DE",
      "Ein Tipp: Unsere Kundenberater sind auch abends erreichbar.",
      undefined,
    ],
    [
      "fr-FR",
      "Prenez rendez-vous avec notre technicienne avant jeudi.",
      undefined,
    ],
    [
      "es-MX",
      "Su pedido ya llegó a nuestro almacén y sale mañana.",
      undefined,
    ],
    // A false error of the marketing model since the rule reports its
    // sentences from MARKETING_REPORT_THRESHOLD: kept to notice a fix.
    [
      "pt-BR",
      "Se gostou do nosso laço de presente, muito obrigado!",
      "modelled",
    ],
    [
      "en-GB",
      "Next-day delivery is available for £4.99 if you prefer.",
      undefined,
    ],
    ["en-US", "Gift wrapping can be added for $3 if you like.", undefined],
    [
      "en-GB",
      "While he is there, he could also clean the second oven for £60.",
      "crossSell",
    ],
    ["en-US", "Our pumpkin candles are back for the autumn.", "crossSell"],
    ["de-DE", "Unsere Sommerkissen sind wieder da.", "crossSell"],
    [
      "en-US",
      "Have a look at our bath mats, should you need one.",
      "crossSell",
    ],
  ];
  assert.deepEqual(wrongFirstErrors(RULE, table), []);
});

Deno.test(`${RULE.id}: another size offered for an exchange, also across a paragraph, is the order's`, () => {
  const table: ErrorRow[] = [
    [
      "en-US",
      "Hi Sam,\n\nYou said the jacket from order 113-1234567-1234567 runs large. We have size M in the same color back in stock.\n\nTo exchange it, start a return from Your Orders.\n\nThanks, Loom House",
      undefined,
    ],
    [
      "pl-PL",
      "Dzień dobry,\n\npisała Pani, że buty z zamówienia 403-1234567-1234567 są za małe. Rozmiar 39 w tym samym kolorze mamy już z powrotem na stanie.\n\nAby zrobić wymianę na większy rozmiar, proszę zgłosić zwrot w zamówieniach.\n\nPozdrawiamy",
      undefined,
    ],
    [
      "ar-AE",
      "مرحباً سارة،\n\nذكرتِ أن الحذاء في طلبك 403-1234567-1234567 صغير. مقاس 39 متوفر لدينا بنفس اللون.\n\nيمكنك استبداله من صفحة الطلبات.\n\nمع التحية",
      undefined,
    ],
    // The sentence model reads it as the order's too (a warning at most).
    [
      "de-DE",
      "Hallo Herr Brandt,\n\nSie schrieben, die Jacke aus Bestellung 302-1234567-1234567 sei zu weit. Kein Problem: Größe M ist in derselben Farbe bei uns wieder auf Lager.\n\nFür den Umtausch starten Sie bitte eine Rücksendung unter „Meine Bestellungen“.\n\nViele Grüße",
      undefined,
    ],
    [
      "it-IT",
      "Buongiorno Paola,\n\nci scrive che le scarpe dell’ordine 403-1234567-1234567 sono strette. La taglia 39 è di nuovo disponibile da noi nello stesso colore.\n\nPer il cambio taglia basta aprire un reso da I miei ordini.\n\nCordiali saluti",
      undefined,
    ],
    // Newness or goods suggested next to the exchange still cross-sell.
    [
      "en-GB",
      "Hello Tom,\n\nSize 9 of our new winter boots has just landed, in three new colours.\n\nHere is how the exchange works: start a return in Your Orders.\n\nBest, Hill Boots",
      "crossSell",
    ],
    [
      "de-DE",
      "Hallo Herr Brandt,\n\nUnsere neue Regenhose in Größe M passt perfekt zu Ihrer Jacke und ist ab sofort erhältlich.\n\nFür den Umtausch starten Sie bitte eine Rücksendung.\n\nViele Grüße",
      "crossSell",
    ],
    // An exchange beyond the paragraph frames no other line of goods.
    [
      "en-US",
      "Hi Dana,\n\nWe also have the matching pillow covers in a 4-pack.\n\nExchanges are free within 30 days.\n\nThanks, Loom House",
      "crossSell",
    ],
  ];
  assert.deepEqual(wrongFirstErrors(RULE, table), []);
});

Deno.test(`${RULE.id}: the sentenceModel option turns the sentence model off`, () => {
  // A clean sentence the model counts (a known false error): the option is
  // how a seller keeps the concepts and drops the model.
  const ids = (options?: LintOptions) =>
    messageIdsOf(RULE.id, {
      type: "unexpectedProblem",
      text: "我们的包装特别好看，送礼也合适。",
      locale: "zh-CN",
    }, options);
  assert.deepEqual(ids(), ["modelled"]);
  assert.deepEqual(
    ids({ rules: { [RULE.id]: ["error", { sentenceModel: false }] } }),
    [],
  );
  assert.throws(
    () => ids({ rules: { [RULE.id]: ["error", { sentenceModel: "no" }] } }),
    /sentenceModel/,
  );
});

Deno.test("no-marketing: a Chinese negation reaches every item of its 、 list", () => {
  const errors = (text: string) =>
    lintMessage({ type: "confirmCustomizationDetails", text, locale: "zh-CN" })
      .diagnostics.filter((d) =>
        d.ruleId === "no-marketing" && d.severity === "error"
      );
  assert.deepEqual(
    errors(
      "这条消息只用于确认印刷内容，我们不会借此向您发送任何促销、优惠或其他商品信息。",
    ),
    [],
  );
  assert.equal(errors("我们店铺还有其他商品，欢迎进店看看。").length, 1);
});
