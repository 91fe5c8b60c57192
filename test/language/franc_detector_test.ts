import assert from "node:assert/strict";
import { francDetector } from "../../src/language/franc_detector.ts";
import { DETECTION_CANDIDATES } from "../../src/language/check_language.ts";

const CASES: readonly { language: string; text: string }[] = [
  {
    language: "en",
    text:
      "Thank you for your order. The parcel left our warehouse this morning.",
  },
  {
    language: "de",
    text:
      "Vielen Dank für Ihre Bestellung. Das Paket hat heute unser Lager verlassen.",
  },
  {
    language: "fr",
    text:
      "Merci pour votre commande. Le colis a quitté notre entrepôt ce matin.",
  },
  {
    language: "es",
    text:
      "Gracias por su pedido. El paquete salió de nuestro almacén esta mañana.",
  },
  {
    language: "pt",
    text:
      "Obrigado pelo seu pedido. O pacote saiu do nosso armazém esta manhã.",
  },
  {
    language: "it",
    text:
      "Grazie per il suo ordine. Il pacco è partito dal nostro magazzino stamattina.",
  },
  {
    language: "nl",
    text:
      "Bedankt voor uw bestelling. Het pakket heeft vanochtend ons magazijn verlaten.",
  },
  {
    language: "sv",
    text:
      "Tack för din beställning. Paketet lämnade vårt lager i morse och är på väg.",
  },
  {
    language: "da",
    text:
      "Tak for din bestilling. Pakken forlod vores lager i morges og er på vej.",
  },
  {
    language: "pl",
    text: "Dziękujemy za zamówienie. Paczka opuściła dziś rano nasz magazyn.",
  },
  {
    language: "tr",
    text:
      "Siparişiniz için teşekkür ederiz. Paketiniz bu sabah depomuzdan çıktı.",
  },
  {
    language: "ja",
    text: "ご注文ありがとうございます。商品は本日発送されました。",
  },
  {
    language: "zh",
    text: "感谢您的订购。您的包裹今天早上已经从我们的仓库发出。",
  },
  { language: "ar", text: "شكرا لطلبك. غادر الطرد مستودعنا هذا الصباح." },
  {
    language: "hi",
    text: "आपके ऑर्डर के लिए धन्यवाद। पैकेज आज सुबह हमारे गोदाम से निकल गया।",
  },
];

for (const { language, text } of CASES) {
  Deno.test(`francDetector() ranks a ${language} message first`, () => {
    const guesses = francDetector(text, DETECTION_CANDIDATES);
    assert.equal(guesses[0]?.language, language);
    assert.equal(guesses[0]?.score, 1);
  });
}

Deno.test("francDetector() answers only with candidates, best first", () => {
  const guesses = francDetector(CASES[1].text, ["nl", "en"]);
  assert.ok(guesses.length > 0);
  assert.ok(guesses.every((g) => g.language === "nl" || g.language === "en"));
  for (let i = 1; i < guesses.length; i++) {
    assert.ok(guesses[i - 1].score >= guesses[i].score);
  }
});

Deno.test("francDetector() returns nothing for a text without letters", () => {
  assert.deepEqual(francDetector("123 456 !!!", DETECTION_CANDIDATES), []);
});

Deno.test("francDetector() tells Japanese from Chinese by kana", () => {
  assert.equal(
    francDetector("本日発送しました", ["ja", "zh"])[0]?.language,
    "ja",
  );
  assert.equal(francDetector("今天已经发货", ["ja", "zh"])[0]?.language, "zh");
});

Deno.test("francDetector() answers nothing when a candidate of the text's script has no model", () => {
  assert.deepEqual(
    francDetector(
      "Gràcies per la vostra comanda, el paquet ja és de camí.",
      ["es", "ca"],
    ),
    [],
  );
  // A candidate of another script without a model changes nothing.
  assert.deepEqual(
    francDetector(CASES[1].text, ["de", "nl", "he", "el"]),
    francDetector(CASES[1].text, ["de", "nl"]),
  );
});
