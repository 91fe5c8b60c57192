import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Setup instructions that ask the buyer to review or rate an app's
// settings, permissions or map, written anew. A conjunction of the
// buyer's language that is a determiner in another ("en", "i": "bekijk en
// beoordeel", "sprawdź i oceń") made the verb a noun, so its object was
// not read. Next to them, review requests with the same verbs, which stay
// errors.

const CASES: readonly ErrorCase[] = [
  {
    locale: "nl-NL",
    text:
      "Open de app, bekijk en beoordeel daarna de instellingen voor het nachtschema.",
  },
  {
    locale: "pl-PL",
    text:
      "Następnie sprawdź i oceń ustawienia, które aplikacja proponuje na noc.",
  },
  {
    locale: "en-GB",
    text:
      "Once paired, please review the permissions the app asks for and allow notifications.",
  },
  {
    locale: "sv-SE",
    text:
      "Granska och bedöm sedan inställningarna som appen föreslår för nattläget.",
  },
  {
    locale: "nl-NL",
    text: "Bekijk en beoordeel ons product op Amazon, dat helpt andere kopers.",
    rule: "no-review-manipulation",
  },
  {
    locale: "pl-PL",
    text: "Sprawdź i oceń nasz produkt na Amazonie, to bardzo pomaga.",
    rule: "no-review-manipulation",
  },
  {
    locale: "en-US",
    text: "Please review the settings and then rate us 5 stars on Amazon.",
    rule: "no-review-manipulation",
  },
  {
    locale: "sv-SE",
    text: "Nämn gärna i recensionen att leveransen gick snabbt.",
    rule: "no-review-manipulation",
  },
];

testErrorCases("an app's settings reviewed in setup instructions", CASES);
