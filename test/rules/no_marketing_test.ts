import assert from "node:assert/strict";
import type { Rule } from "../../src/lint/rule.ts";
import type { PhraseLanguage } from "../../src/rules/_phrases.ts";
import { noMarketing } from "../../src/rules/no_marketing.ts";
import { type Cases, lintWith, testPhraseRule } from "./_phrase_rule_tester.ts";

const RULE: Rule = noMarketing;
const lint = (text: string, type?: string) => lintWith(RULE, text, type);

const CASES: Record<PhraseLanguage, Cases> = {
  en: {
    valid: [
      "Please review your order details below.",
      "The 100% cotton shirt ships tomorrow.",
      "We offer a free of charge replacement for the defective part.",
      "Your activation code is X7KD-93LM-QP42-ZT8W.",
      "Please confirm the postal code of the delivery address.",
      "Please follow the instructions in the manual.",
      "Would you like us to send a replacement?",
      "Thank you for purchasing from our store.",
      "Your order was shipped directly from our warehouse.",
      "Sale price and discount were applied at checkout.",
      "The exchange rate applied was 1.08.",
      "If you have questions, write to help@shop.example.",
      "Please tell your family member to be home for the delivery.",
      "Please confirm the access key code printed on the card.",
      "We added free gift wrapping to your order.",
      "Because of Black Friday volumes, your order is delayed.",
      "We apologize for the great deal of inconvenience.",
      "We cannot offer an additional discount, but we will refund the shipping.",
    ],
    invalid: [
      {
        text: "Use code SAVE10 at checkout for 10% off your next order.",
        errors: [
          { messageId: "coupon", span: "Use code SAVE10 at checkout" },
          { messageId: "discount", span: "10% off" },
        ],
      },
      {
        text: "Check out our other products on our Amazon store!",
        errors: [{
          messageId: "crossSell",
          span: "Check out our other products",
        }],
      },
      {
        text: "Follow us on Instagram @northwind_outdoors for updates.",
        errors: [
          { messageId: "social", span: "Follow us on Instagram" },
          { messageId: "social", span: "@northwind_outdoors" },
        ],
      },
      {
        text: "Sign up for our newsletter and refer a friend.",
        errors: [
          { messageId: "newsletter", span: "Sign up for our newsletter" },
          { messageId: "referral", span: "refer a friend" },
        ],
      },
      {
        text: "Don't miss our summer sale: a free gift with every order!",
        errors: [
          { messageId: "offer", span: "Don't miss our" },
          { messageId: "offer", span: "summer sale" },
          { messageId: "offer", span: "free gift" },
        ],
      },
      {
        text: "You can also find this item cheaper on eBay.",
        errors: [{ messageId: "referral", span: "eBay" }],
      },
      {
        text: "You may also like our promo code deals.",
        errors: [
          { messageId: "crossSell", span: "You may also like" },
          { messageId: "coupon", span: "promo code" },
        ],
      },
    ],
  },
  de: {
    valid: [
      "Bitte folgen Sie unseren Anweisungen.",
      "Wir senden Ihnen kostenlos einen Ersatz.",
      "Ihr Aktivierungscode lautet X7KD-93LM.",
      "Die Rechnung enthält 19 % MwSt.",
      "Dieser Artikel ist leider nicht mehr in unserem Sortiment.",
      "Der Artikel ist leider ausverkauft.",
    ],
    invalid: [
      {
        text:
          "Mit dem Gutscheincode SOMMER10 erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung.",
        errors: [
          { messageId: "coupon", span: "Gutscheincode" },
          { messageId: "discount", span: "10 % Rabatt" },
        ],
      },
      {
        text: "Besuchen Sie auch unseren Amazon-Shop!",
        errors: [{
          messageId: "crossSell",
          span: "Besuchen Sie auch unseren Amazon-Shop",
        }],
      },
      {
        text:
          "Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter.",
        errors: [
          { messageId: "social", span: "Folgen Sie uns auf Instagram" },
          { messageId: "newsletter", span: "Newsletter" },
        ],
      },
    ],
  },
  fr: {
    valid: [
      "Vous recevrez un avis de passage du transporteur.",
      "La remise du colis se fera en main propre.",
      "Le colis est arrivé sale, nous vous envoyons un remplacement gratuit.",
      "Les soldes de votre compte ne changent pas.",
    ],
    invalid: [
      {
        text:
          "Utilisez le code promo BIENVENUE pour obtenir 15 % de réduction.",
        errors: [
          { messageId: "coupon", span: "code promo" },
          { messageId: "discount", span: "15 % de réduction" },
        ],
      },
      {
        text: "Découvrez nos autres produits dans notre boutique.",
        errors: [{
          messageId: "crossSell",
          span: "Découvrez nos autres produits",
        }],
      },
      {
        text: "Suivez-nous sur Instagram !",
        errors: [{ messageId: "social", span: "Suivez-nous sur Instagram" }],
      },
    ],
  },
  es: {
    valid: [
      "Por favor, revise los datos de su pedido.",
      "Vale, le enviaremos la pieza de repuesto sin coste.",
      "El código postal de la dirección es incorrecto.",
      "La camiseta es 100 % algodón.",
    ],
    invalid: [
      {
        text:
          "Use el código de descuento VERANO para obtener un 20 % de descuento.",
        errors: [
          { messageId: "coupon", span: "código de descuento" },
          { messageId: "discount", span: "20 % de descuento" },
        ],
      },
      {
        text: "Visite nuestra tienda y síganos en Instagram.",
        errors: [
          { messageId: "crossSell", span: "Visite nuestra tienda" },
          { messageId: "social", span: "síganos en Instagram" },
        ],
      },
      {
        text: "Suscríbase a nuestro boletín.",
        errors: [{
          messageId: "newsletter",
          span: "Suscríbase a nuestro boletín",
        }],
      },
    ],
  },
  it: {
    valid: [
      "Le invieremo gratuitamente un ricambio.",
      "Il codice di attivazione è X7KD-93LM.",
      "Per qualsiasi domanda, risponda pure a questo messaggio.",
      "Il saldo dell'ordine è stato rimborsato.",
    ],
    invalid: [
      {
        text: "Usa il codice sconto ESTATE per il 10% di sconto.",
        errors: [
          { messageId: "coupon", span: "codice sconto" },
          { messageId: "discount", span: "10% di sconto" },
        ],
      },
      {
        text: "Visita il nostro negozio e seguici su Instagram.",
        errors: [
          { messageId: "crossSell", span: "Visita il nostro negozio" },
          { messageId: "social", span: "seguici su Instagram" },
        ],
      },
    ],
  },
  nl: {
    valid: [
      "Volg onze instructies.",
      "Volg ons advies en bewaar de doos.",
      "We sturen u gratis een vervangend onderdeel.",
    ],
    invalid: [
      {
        text: "Gebruik de kortingscode ZOMER voor 10% korting.",
        errors: [
          { messageId: "coupon", span: "kortingscode" },
          { messageId: "discount", span: "10% korting" },
        ],
      },
      {
        text: "Volg ons op Instagram en bekijk onze andere producten.",
        errors: [
          { messageId: "social", span: "Volg ons op Instagram" },
          { messageId: "crossSell", span: "bekijk onze andere producten" },
        ],
      },
    ],
  },
  sv: {
    valid: [
      "Vi har ett lager i Korea och i området runt Stockholm.",
      "Vi skickar en kostnadsfri ersättningsprodukt.",
      "Vänligen följ instruktionerna.",
    ],
    invalid: [
      {
        text: "Använd rabattkoden SOMMAR för 15 % rabatt.",
        errors: [
          { messageId: "coupon", span: "rabattkoden" },
          { messageId: "discount", span: "15 % rabatt" },
        ],
      },
      {
        text: "Följ oss på Instagram och prenumerera på vårt nyhetsbrev.",
        errors: [
          { messageId: "social", span: "Följ oss på Instagram" },
          { messageId: "newsletter", span: "prenumerera på vårt nyhetsbrev" },
        ],
      },
    ],
  },
  pl: {
    valid: [
      "Śledź przesyłkę na stronie przewoźnika.",
      "Wyślemy bezpłatny zamiennik.",
      "Z okazji świąt wysyłka może się opóźnić.",
    ],
    invalid: [
      {
        text: "Użyj kodu rabatowego LATO, aby otrzymać 10% zniżki.",
        errors: [
          { messageId: "coupon", span: "kodu rabatowego" },
          { messageId: "discount", span: "10% zniżki" },
        ],
      },
      {
        text:
          "Zapraszamy do naszego sklepu – sprawdź nasze pozostałe produkty.",
        errors: [
          { messageId: "crossSell", span: "Zapraszamy do naszego sklepu" },
          { messageId: "crossSell", span: "sprawdź nasze pozostałe produkty" },
        ],
      },
      {
        text: "Obserwuj nas na Instagramie!",
        errors: [{ messageId: "social", span: "Obserwuj nas na Instagramie" }],
      },
    ],
  },
  tr: {
    valid: [
      "Kargonuzu takip edebilirsiniz.",
      "Siparişinizdeki diğer ürünler ayrıca gönderilecek.",
      "Ürün %100 pamuktur.",
    ],
    invalid: [
      {
        text: "İNDİRİM KODU YAZ10 ile %10 indirim kazanın.",
        errors: [
          { messageId: "coupon", span: "İNDİRİM KODU" },
          { messageId: "discount", span: "%10 indirim" },
        ],
      },
      {
        text: "Mağazamızı ziyaret edin ve bizi Instagram'da takip edin.",
        errors: [
          { messageId: "crossSell", span: "Mağazamızı ziyaret edin" },
          { messageId: "social", span: "bizi Instagram'da takip edin" },
        ],
      },
    ],
  },
  ja: {
    valid: [
      "アフターフォローもしっかり対応いたします。",
      "他の商品と一緒に発送いたします。",
      "アクティベーションコードをお送りします。",
      "綿100%のシャツです。",
      "セール期間中のため、発送が遅れております。",
      "代金の半額を返金いたします。",
    ],
    invalid: [
      {
        text: "クーポンコードを使うと20%オフになります。",
        errors: [
          { messageId: "coupon", span: "クーポンコード" },
          { messageId: "discount", span: "20%オフ" },
        ],
      },
      {
        text: "当店の他の商品もぜひご覧ください。",
        errors: [{ messageId: "crossSell", span: "当店の他の商品" }],
      },
      {
        text: "Instagramでフォローしてください。",
        errors: [
          { messageId: "social", span: "Instagram" },
          { messageId: "social", span: "フォローしてください" },
        ],
      },
    ],
  },
  pt: {
    valid: [
      "Por favor, confira os dados do pedido.",
      "Enviaremos um produto novo sem custo.",
      "O código de rastreamento é BR123456789.",
    ],
    invalid: [
      {
        text: "Use o cupom VERAO10 e ganhe 10% de desconto.",
        errors: [
          { messageId: "coupon", span: "cupom" },
          { messageId: "discount", span: "10% de desconto" },
        ],
      },
      {
        text: "Visite nossa loja e siga-nos no Instagram.",
        errors: [
          { messageId: "crossSell", span: "Visite nossa loja" },
          { messageId: "social", span: "siga-nos no Instagram" },
        ],
      },
    ],
  },
  ar: {
    valid: [
      "نرجو مراجعة الكتابة بعناية.",
      "سنرسل لكم بديلًا مجانيًا.",
      "إليكم مفتاح التفعيل الخاص بالمنتج.",
    ],
    invalid: [
      {
        text: "استخدم كوبون الخصم SAVE10 واحصل على خصم 10% على طلبك القادم.",
        errors: [
          { messageId: "coupon", span: "كوبون الخصم" },
          { messageId: "discount", span: "خصم 10%" },
        ],
      },
      {
        text: "تابعونا على انستغرام.",
        errors: [{ messageId: "social", span: "تابعونا على انستغرام" }],
      },
      {
        text: "تفضلوا بزيارة متجرنا.",
        errors: [{ messageId: "crossSell", span: "بزيارة متجرنا" }],
      },
    ],
  },
  hi: {
    valid: [
      "हम आपको मुफ़्त में बदला हुआ उत्पाद भेजेंगे।",
      "बैटरी का सेल बदलना होगा।",
      "आपकी एक्टिवेशन कुंजी नीचे दी गई है।",
    ],
    invalid: [
      {
        text: "कूपन कोड SAVE10 से 10% की छूट पाएँ।",
        errors: [
          { messageId: "coupon", span: "कूपन कोड" },
          { messageId: "discount", span: "10% की छूट" },
        ],
      },
      {
        text: "हमें इंस्टाग्राम पर फ़ॉलो करें।",
        errors: [{ messageId: "social", span: "हमें इंस्टाग्राम पर फ़ॉलो करें" }],
      },
      {
        text: "हमारे अन्य उत्पाद भी देखें।",
        errors: [{ messageId: "crossSell", span: "हमारे अन्य उत्पाद" }],
      },
    ],
  },
  zh: {
    valid: [
      "请关注物流信息。",
      "我们将免费为您更换新品。",
      "以下是您订单中商品的激活码。",
      "由于双十一期间快递量大，发货将延迟。",
    ],
    invalid: [
      {
        text: "使用优惠码SAVE10可享受8折优惠。",
        errors: [
          { messageId: "coupon", span: "优惠码" },
          { messageId: "discount", span: "8折优惠" },
        ],
      },
      {
        text: "请关注我们的微信公众号。",
        errors: [{ messageId: "social", span: "关注我们的微信公众号" }],
      },
      {
        text: "欢迎光临本店，查看我们的其他产品。",
        errors: [
          { messageId: "crossSell", span: "欢迎光临" },
          { messageId: "crossSell", span: "我们的其他产品" },
        ],
      },
    ],
  },
};

Deno.test(`${RULE.id}: the message quotes the phrase and says what to do`, () => {
  const text =
    "Order 123-1234567-1234567 ships today.\nUse code SAVE10 at checkout.";
  const [found] = lint(text);
  assert.equal(found?.messageId, "coupon");
  assert.deepEqual(found?.range?.start, { offset: 39, line: 2, column: 1 });
  assert.deepEqual(found?.range?.end, { offset: 66, line: 2, column: 28 });
  assert.match(found!.message, /^Remove "Use code SAVE10 at checkout": /);
  assert.match(found!.message, /Seller Central/);
  assert.equal(noMarketing.meta.defaultSeverity, "error");
  assert.deepEqual(Object.keys(noMarketing.meta.messages).sort(), [
    "coupon",
    "crossSell",
    "discount",
    "newsletter",
    "offer",
    "referral",
    "social",
  ]);
});

Deno.test(`${RULE.id}: a long phrase is shortened in the message, not in the range`, () => {
  const text =
    "Check out   our\u00a0other products, and take a look at all of our other products.";
  const found = lint(text);
  assert.equal(found.length, 2);
  assert.match(found[0]!.message, /^Remove "Check out our other products": /);
  assert.equal(
    text.slice(found[0]!.range!.start.offset, found[0]!.range!.end.offset),
    "Check out   our\u00a0other products",
  );
});

testPhraseRule(RULE, CASES, [
  "@",
  "@a",
  "%",
  "%%20 ",
  "20% ",
  "a",
  "a ",
  " ",
  "9",
  "coupon ",
  "follow us ",
  "check out our ",
  "visit our ",
  "free gift ",
  "Gutschein ",
  "besuchen Sie unseren ",
  "kampanya ",
  "mağazamızı ",
  "クーポン",
  "セール",
  "优惠",
  "关注我们",
  "عروض ",
  "ال",
  "हमारे ",
  "new arrivals buy directly from our website follow us on refer a friend ",
]);
