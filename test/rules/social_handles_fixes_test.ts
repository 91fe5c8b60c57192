import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// The seller's account on a social network named by its handle, written
// anew: "@name" with the network, an invitation or the seller's own, and
// no link. Next to them, an @ in the buyer's text to print and an @ for
// "at" or "each", which stay clean.

const CASES: readonly ErrorCase[] = [
  {
    locale: "de-DE",
    text:
      "Neue Schnittmuster zeigen wir jede Woche auf Instagram unter @stoffliebe.atelier.",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text: "We post care tips for your boots on TikTok as @trailkit_uk.",
    rule: "no-marketing",
  },
  {
    locale: "fr-FR",
    text: "Retrouvez nos astuces d'entretien sur Instagram : @maison.lumiere.",
    rule: "no-marketing",
  },
  {
    locale: "es-MX",
    text: "Síganos como @cocina.mx para ver recetas con su sartén.",
    rule: "no-marketing",
  },
  {
    locale: "it-IT",
    text: "Sul nostro profilo @pesobello_italia trova altri modelli.",
    rule: "no-marketing",
  },
  {
    locale: "ja-JP",
    text: "新作はインスタグラム @mokunone_tokei でご紹介しています。",
    rule: "no-marketing",
  },
  {
    locale: "en-US",
    type: "confirmCustomizationDetails",
    text:
      'Your engraving will read "@home with the Millers" in script, as you typed it.',
  },
  {
    locale: "en-US",
    text:
      "Please reply here; our support address is not needed, we answer every message @ Amazon within a day.",
  },
  {
    locale: "de-DE",
    text:
      "Der Preis liegt bei 19 € @ 2 Stück, also 9,50 € pro Stück, wie in Ihrer Bestellung.",
  },
];

testErrorCases("social accounts named by their handle", CASES);
