import { MARKETING_NL } from "../../../src/rules/_lexicons/marketing/nl.ts";
import { REVIEW_NL } from "../../../src/rules/_lexicons/review/nl.ts";
import {
  assertLexiconShape,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";

Deno.test("nl lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_NL, "nl", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_NL, "nl", MARKETING_CONCEPTS);
});

testRuleCases("review", "nl-NL", {
  valid: [
    "Wij beoordelen uw retourverzoek binnen twee werkdagen.",
    "Bedankt voor uw feedback, we sturen vandaag nog een vervanging.",
    "Kunt u de drukproef controleren en ons feedback op het ontwerp geven?",
    "De terugbetaling wordt binnen vijf werkdagen verwerkt.",
    "U hoeft geen review te schrijven om de vervanging te ontvangen.",
    "Op de trui komen vijf sterren in goud, zoals u hebt gekozen.",
    "Onze monteur moet de schade eerst ter plekke beoordelen.",
  ],
  invalid: [
    {
      text: "Zou u zo vriendelijk willen zijn om een review achter te laten?",
      messageId: "solicitation",
    },
    {
      text: "Wij stellen een beoordeling van 5 sterren zeer op prijs.",
      messageId: "solicitation",
    },
    {
      text: "Bent u tevreden? Laat dan een positieve recensie achter.",
      messageId: "gating",
    },
    {
      text:
        "Neem eerst contact met ons op voordat u een negatieve review plaatst.",
      messageId: "gating",
    },
    {
      text: "Als dank voor uw review sturen wij u een cadeaubon van 10 euro.",
      messageId: "incentive",
    },
    {
      text: "Kunt u uw beoordeling aanpassen nu het probleem is opgelost?",
      messageId: "change",
    },
    {
      text: "Vermeld in uw review graag hoe snel de levering was.",
      messageId: "instructions",
    },
    {
      text: "Deel uw ervaring met andere kopers op Amazon.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "nl-NL", {
  valid: [
    "Wij sturen u kosteloos een nieuwe lamp; u hoeft niets te doen.",
    "Uw pakket kunt u volgen via de link van de vervoerder.",
    "Er is geen kortingscode nodig, de vervanging is al onderweg.",
  ],
  invalid: [
    {
      text: "Neem ook een kijkje in onze webshop voor de nieuwe collectie!",
      messageId: "crossSell",
    },
    {
      text:
        "Met de code WELKOM10 krijgt u 10% korting op uw volgende bestelling.",
      messageId: "promotion",
    },
    {
      text: "Onze zomeractie loopt nog tot zondag: 30% korting op alle lampen.",
      messageId: "promotion",
    },
  ],
});
