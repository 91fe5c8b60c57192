import assert from "node:assert/strict";
import {
  checkLanguage,
  type LanguageCheck,
} from "../../src/language/check_language.ts";

interface Case {
  readonly name: string;
  readonly text: string;
  readonly expected: string;
  readonly verdict: LanguageCheck["verdict"];
  readonly detected?: string;
  readonly strength?: LanguageCheck["strength"];
}

const ES =
  "Muchas gracias por su compra. Le escribimos para confirmar que el pedido ya está en camino y que llegará en los próximos días. Si tiene cualquier pregunta, no dude en contactarnos.";
const PT =
  "Muito obrigado pela sua compra. Escrevemos para confirmar que o pedido já está a caminho e que vai chegar nos próximos dias. Se tiver qualquer dúvida, não hesite em nos contactar.";
const DE =
  "Vielen Dank für Ihren Einkauf. Wir möchten Ihnen bestätigen, dass die Bestellung bereits unterwegs ist und in den nächsten Tagen bei Ihnen ankommt. Bei Fragen melden Sie sich gerne bei uns.";
const NL =
  "Hartelijk dank voor uw aankoop. We willen u laten weten dat de bestelling al onderweg is en in de komende dagen bij u aankomt. Als u vragen heeft, neem dan gerust contact met ons op.";
const SV =
  "Tack för ditt köp! Vi vill bekräfta att beställningen redan är på väg och att den kommer fram inom de närmaste dagarna. Om du har några frågor är du välkommen att kontakta oss.";
const DA =
  "Tak for dit køb! Vi vil gerne bekræfte, at bestillingen allerede er på vej, og at den når frem inden for de næste par dage. Hvis du har spørgsmål, er du velkommen til at kontakte os.";
const EN =
  "Thank you for your purchase. We would like to confirm that your order is already on its way and will arrive within the next few days. If you have any questions, please get in touch.";
const FR =
  "Merci pour votre achat. Nous vous confirmons que la commande est déjà en route et qu'elle arrivera dans les prochains jours. Si vous avez des questions, n'hésitez pas à nous contacter.";
const JA =
  "ご購入いただきありがとうございます。ご注文の商品はすでに発送されており、数日以内にお届けする予定です。ご不明な点がございましたら、お気軽にお問い合わせください。";
const ZH =
  "感谢您的购买。我们在此确认您的订单已经发出，预计将在未来几天内送达。如果您有任何问题，请随时与我们联系。";
const AR =
  "شكرا لك على الشراء. نود أن نؤكد أن طلبك في الطريق وسيصل خلال الأيام القليلة القادمة. إذا كان لديك أي سؤال، فلا تتردد في التواصل معنا.";
const HI =
  "आपकी खरीदारी के लिए धन्यवाद। हम पुष्टि करना चाहते हैं कि आपका ऑर्डर रास्ते में है और अगले कुछ दिनों में पहुँच जाएगा। कोई भी प्रश्न हो तो हमसे संपर्क करें।";
const KO =
  "구매해 주셔서 감사합니다. 주문하신 상품은 이미 발송되었으며 며칠 안에 도착할 예정입니다. 궁금한 점이 있으시면 언제든지 연락해 주세요.";

const CASES: readonly Case[] = [
  // Matches.
  {
    name: "accepts a Spanish text for a Spanish buyer",
    text: ES,
    expected: "es-MX",
    verdict: "match",
    detected: "es",
  },
  {
    name: "accepts a Portuguese text for a Brazilian buyer",
    text: PT,
    expected: "pt-BR",
    verdict: "match",
    detected: "pt",
  },
  {
    name: "accepts a German text for a German buyer",
    text: DE,
    expected: "de-DE",
    verdict: "match",
    detected: "de",
  },
  {
    name: "accepts a Dutch text for a Belgian Dutch buyer",
    text: NL,
    expected: "nl-BE",
    verdict: "match",
    detected: "nl",
  },
  {
    name: "accepts a Swedish text for a Swedish buyer",
    text: SV,
    expected: "sv-SE",
    verdict: "match",
    detected: "sv",
  },
  {
    name: "accepts an English text for a British buyer",
    text: EN,
    expected: "en-GB",
    verdict: "match",
    detected: "en",
  },
  {
    name: "accepts a French text for a Canadian French buyer",
    text: FR,
    expected: "fr-CA",
    verdict: "match",
    detected: "fr",
  },
  {
    name: "accepts a Japanese text for a Japanese buyer",
    text: JA,
    expected: "ja-JP",
    verdict: "match",
    detected: "ja",
  },
  {
    name: "accepts a Chinese text for a Chinese buyer",
    text: ZH,
    expected: "zh-CN",
    verdict: "match",
    detected: "zh",
  },
  {
    name: "accepts an Arabic text for an Emirati buyer",
    text: AR,
    expected: "ar-AE",
    verdict: "match",
    detected: "ar",
  },
  {
    name: "accepts a Hindi text for an Indian Hindi buyer",
    text: HI,
    expected: "hi-IN",
    verdict: "match",
    detected: "hi",
  },
  {
    name: "accepts a Korean text for a Korean buyer by its script",
    text: KO,
    expected: "ko-KR",
    verdict: "match",
    detected: "ko",
  },
  // Neighbours.
  {
    name: "reports a Portuguese text for a Spanish buyer as a strong mismatch",
    text: PT,
    expected: "es-ES",
    verdict: "mismatch",
    detected: "pt",
    strength: "strong",
  },
  {
    name: "reports a Spanish text for a Brazilian buyer as a strong mismatch",
    text: ES,
    expected: "pt-BR",
    verdict: "mismatch",
    detected: "es",
    strength: "strong",
  },
  {
    name: "reports a Dutch text for a German buyer as a strong mismatch",
    text: NL,
    expected: "de-DE",
    verdict: "mismatch",
    detected: "nl",
    strength: "strong",
  },
  {
    name: "reports a German text for a Dutch buyer as a strong mismatch",
    text: DE,
    expected: "nl-NL",
    verdict: "mismatch",
    detected: "de",
    strength: "strong",
  },
  {
    name: "reports a Danish text for a Swedish buyer as a strong mismatch",
    text: DA,
    expected: "sv-SE",
    verdict: "mismatch",
    detected: "da",
    strength: "strong",
  },
  // Clear mismatches.
  {
    name: "reports an English text for a French buyer as a strong mismatch",
    text: EN,
    expected: "fr-FR",
    verdict: "mismatch",
    detected: "en",
    strength: "strong",
  },
  {
    name: "reports a German text for an English buyer as a strong mismatch",
    text: DE,
    expected: "en-US",
    verdict: "mismatch",
    detected: "de",
    strength: "strong",
  },
  {
    name:
      "reports a Japanese text for a German buyer as a strong mismatch by script",
    text: JA,
    expected: "de-DE",
    verdict: "mismatch",
    detected: "ja",
    strength: "strong",
  },
  {
    name: "reports a Chinese text for a Japanese buyer as a strong mismatch",
    text: ZH,
    expected: "ja-JP",
    verdict: "mismatch",
    detected: "zh",
    strength: "strong",
  },
  {
    name: "reports a Japanese text for a Chinese buyer as a strong mismatch",
    text: JA,
    expected: "zh-CN",
    verdict: "mismatch",
    detected: "ja",
    strength: "strong",
  },
  {
    name: "reports an English text for an Arabic buyer as a strong mismatch",
    text: EN,
    expected: "ar-SA",
    verdict: "mismatch",
    detected: "en",
    strength: "strong",
  },
  {
    name: "reports a Hindi text for an English buyer as a strong mismatch",
    text: HI,
    expected: "en-IN",
    verdict: "mismatch",
    detected: "hi",
    strength: "strong",
  },
  {
    name:
      "reports a German text for a Korean buyer as a strong mismatch by script",
    text: DE,
    expected: "ko",
    verdict: "mismatch",
    strength: "strong",
  },
  // Short or unknown.
  {
    name: "calls a two-word text undetermined",
    text: "Vielen Dank!",
    expected: "fr-FR",
    verdict: "undetermined",
  },
  {
    name: "calls a text that is only an order id and a URL undetermined",
    text: "123-1234567-1234567 https://www.amazon.de/dp/B0ABCDEFGH",
    expected: "de-DE",
    verdict: "undetermined",
  },
  {
    name: "calls a language the detector cannot know undetermined",
    text: DE,
    expected: "fi-FI",
    verdict: "undetermined",
  },
  {
    name: "calls an unknown language tag undetermined",
    text: DE,
    expected: "xx",
    verdict: "undetermined",
  },
];

for (const c of CASES) {
  Deno.test(`checkLanguage() ${c.name}`, () => {
    const check = checkLanguage(c.text, c.expected);
    assert.equal(check.verdict, c.verdict, check.reason);
    if (c.detected !== undefined) assert.equal(check.detected, c.detected);
    if (c.strength !== undefined) assert.equal(check.strength, c.strength);
    assert.equal(check.expected, c.expected.split("-")[0]);
    assert.ok(check.reason.length > 0);
  });
}

Deno.test("checkLanguage() never reports a short mismatch as strong", () => {
  const check = checkLanguage("Obrigado pela compra, até já", "es-ES");
  assert.ok(check.letters < 30);
  assert.notEqual(check.strength, "strong");
});

Deno.test("checkLanguage() gives at most a warning under the letter floor of strength", () => {
  for (const text of ["Tak for dit køb i dag", "Bedankt voor uw aankoop"]) {
    const check = checkLanguage(text, "de-DE");
    assert.ok(!(check.verdict === "mismatch" && check.strength === "strong"));
  }
});

const NOISY: readonly { expected: string; text: string }[] = [
  {
    expected: "de-DE",
    text:
      "Hallo, vielen Dank für Ihre Bestellung 302-1234567-7654321. Ihr Artikel Trail Runner 2 Waterproof Hiking Boots for Men ist heute verschickt worden: https://www.amazon.de/gp/your-account/order-details?orderID=302-1234567-7654321",
  },
  {
    expected: "es-ES",
    text:
      "Gracias por su pedido 405-7654321-1234567.\nPortable Bluetooth Speaker with Deep Bass and 24h Playtime\nhttps://www.amazon.es/dp/B08XYZ1234",
  },
  {
    expected: "ja-JP",
    text:
      "ご注文（注文番号 503-1111111-2222222）ありがとうございます。Stainless Steel Insulated Water Bottle 750ml は本日発送しました。",
  },
  {
    expected: "sv-SE",
    text:
      "Tack för din beställning! Wireless Charging Stand for iPhone and Android har skickats i dag. Spåra paketet på www.amazon.se/orders",
  },
];

for (const { expected, text } of NOISY) {
  Deno.test(`checkLanguage() does not raise an error on a ${expected} message with an English product title and a URL`, () => {
    const check = checkLanguage(text, expected);
    assert.ok(
      !(check.verdict === "mismatch" && check.strength === "strong"),
      check.reason,
    );
  });
}

Deno.test("checkLanguage() leaves out the product title given as a data span", () => {
  const title =
    "Portable Bluetooth Speaker with Deep Bass and Long Battery Life for Outdoor Use";
  const text = `Danke für den Kauf von ${title}!`;
  const start = text.indexOf(title);
  const raw = checkLanguage(text, "de-DE");
  const check = checkLanguage(text, "de-DE", {
    excludeSpans: [{ start, end: start + title.length }],
  });
  assert.notEqual(check.verdict, "mismatch");
  assert.ok(check.letters < raw.letters);
});

Deno.test("checkLanguage() respects minLetters", () => {
  assert.equal(
    checkLanguage(EN, "en", { minLetters: 1000 }).verdict,
    "undetermined",
  );
});

Deno.test("checkLanguage() restricts detection to the given candidates", () => {
  const check = checkLanguage(DA, "sv-SE", { candidates: ["sv", "en", "de"] });
  assert.notEqual(check.detected, "da");
});
