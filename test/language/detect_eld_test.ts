import assert from "node:assert/strict";
import { eldDetector } from "../../src/language/detect_eld.ts";
import { checkLanguage, DETECTION_CANDIDATES } from "../../src/language/mod.ts";

const CASES: readonly { language: string; text: string }[] = [
  {
    language: "es",
    text: "Gracias por su pedido, el paquete llegará el lunes por la tarde.",
  },
  {
    language: "pt",
    text:
      "Obrigado pelo seu pedido, o pacote chegará na segunda-feira à tarde.",
  },
  {
    language: "sv",
    text:
      "Tack för din beställning, paketet kommer fram på måndag eftermiddag.",
  },
  {
    language: "da",
    text: "Tak for din bestilling, pakken når frem mandag eftermiddag.",
  },
  {
    language: "nl",
    text: "Bedankt voor uw bestelling, het pakket komt maandagmiddag aan.",
  },
  {
    language: "de",
    text: "Danke für Ihre Bestellung, das Paket kommt am Montagnachmittag an.",
  },
  {
    language: "ja",
    text: "ご注文ありがとうございます。月曜日の午後に届きます。",
  },
];

for (const { language, text } of CASES) {
  Deno.test(`eldDetector() ranks a ${language} message first`, () => {
    const guesses = eldDetector(text, DETECTION_CANDIDATES);
    assert.equal(guesses[0]?.language, language);
    assert.equal(guesses[0]?.score, 1);
    assert.ok(guesses.every((g) => DETECTION_CANDIDATES.includes(g.language)));
  });
}

Deno.test("checkLanguage() with eldDetector reports a Danish text for a Swedish buyer as a strong mismatch", () => {
  const check = checkLanguage(
    "Tak for din bestilling! Pakken blev sendt i dag, og den skulle gerne nå frem inden for et par dage. Skriv endelig, hvis der er spørgsmål.",
    "sv-SE",
    { detector: eldDetector },
  );
  assert.equal(check.verdict, "mismatch");
  assert.equal(check.detected, "da");
  assert.equal(check.strength, "strong");
});

Deno.test("eldDetector() returns nothing for a text without letters", () => {
  assert.deepEqual(eldDetector("42 - 17", DETECTION_CANDIDATES), []);
});
