import { MARKETING_SV } from "../../../src/rules/_lexicons/marketing/sv.ts";
import { REVIEW_SV } from "../../../src/rules/_lexicons/review/sv.ts";
import {
  assertLexiconShape,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";

Deno.test("sv lexicons: lower-case terms, no duplicates, every concept filled", () => {
  assertLexiconShape(REVIEW_SV, "sv", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_SV, "sv", MARKETING_CONCEPTS);
});

testRuleCases("review", "sv-SE", {
  valid: [
    "Vi bedömer skadan så snart vi har fått bilderna.",
    "Tack för din feedback, en ny lampa skickas i dag.",
    "Vi har gått igenom korrekturet och skickar det för godkännande.",
    "Återbetalningen syns på ditt konto inom fem bankdagar.",
    "Tröjan trycks med fem stjärnor i guld, precis som du valde.",
  ],
  invalid: [
    {
      text: "Vi skulle bli så glada om du ville lämna en recension på Amazon.",
      messageId: "solicitation",
    },
    {
      text: "Om du är nöjd med varan får du gärna ge oss fem stjärnor.",
      messageId: "gating",
    },
    {
      text: "Som tack för ditt omdöme skickar vi ett presentkort på 100 kr.",
      messageId: "incentive",
    },
    {
      text: "Kan du ändra ditt betyg nu när problemet är löst?",
      messageId: "change",
    },
    {
      text: "Nämn gärna i recensionen att leveransen gick snabbt.",
      messageId: "instructions",
    },
    {
      text: "Berätta för andra kunder vad du tycker om produkten!",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "sv-SE", {
  valid: [
    "Ersättningsvaran skickas kostnadsfritt i morgon.",
    "Ingen rabattkod behövs för bytet.",
    "Du kan följa paketet via transportörens länk.",
  ],
  invalid: [
    {
      text: "Kika gärna in i vår butik för fler nyheter!",
      messageId: "crossSell",
    },
    {
      text: "Använd rabattkoden HOST15 vid ditt nästa köp.",
      messageId: "promotion",
    },
    {
      text: "Vår julrea pågår till söndag med 30 % på alla lampor.",
      messageId: "promotion",
    },
  ],
});
