import { MARKETING_PL } from "../../../src/rules/_lexicons/marketing/pl.ts";
import { REVIEW_PL } from "../../../src/rules/_lexicons/review/pl.ts";
import {
  assertLexiconShape,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";

Deno.test("pl lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_PL, "pl", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_PL, "pl", MARKETING_CONCEPTS);
});

testRuleCases("review", "pl-PL", {
  valid: [
    "Ocenimy uszkodzenie po otrzymaniu zdjęć.",
    "Dziękujemy za opinię, nowa paczka zostanie nadana jutro.",
    "Projekt grawera czeka na Pani akceptację.",
    "Zwrot pieniędzy zostanie zaksięgowany w ciągu pięciu dni.",
    "Na kubku nadrukujemy złote gwiazdki, tak jak Pan wybrał.",
  ],
  invalid: [
    {
      text: "Prosimy o wystawienie opinii na Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Jeśli jest Pan zadowolony, prosimy o pięć gwiazdek.",
      messageId: "gating",
    },
    {
      text: "W zamian za recenzję otrzyma Pani bon o wartości 20 zł.",
      messageId: "incentive",
    },
    {
      text:
        "Czy mógłby Pan zmienić swoją ocenę, skoro problem został rozwiązany?",
      messageId: "change",
    },
    {
      text: "W opinii proszę wspomnieć o szybkiej dostawie.",
      messageId: "instructions",
    },
    {
      text: "Podziel się swoimi wrażeniami z innymi klientami!",
      messageId: "solicitation",
    },
    {
      text: "Bylibysmy wdzieczni za pozytywna opinie.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "pl-PL", {
  valid: [
    "Wymienimy produkt bezpłatnie, nie potrzebujemy kodu rabatowego.",
    "Przesyłkę można śledzić na stronie przewoźnika.",
    "Zapraszamy do kontaktu w razie pytań o zamówienie.",
  ],
  invalid: [
    {
      text: "Zapraszamy do naszego sklepu po więcej nowości!",
      messageId: "crossSell",
    },
    {
      text: "Z kodem rabatowym ZIMA10 zapłacisz mniej przy kolejnym zakupie.",
      messageId: "promotion",
    },
    {
      text: "Nasza świąteczna wyprzedaż trwa do niedzieli!",
      messageId: "promotion",
    },
  ],
});
