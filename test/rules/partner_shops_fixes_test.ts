import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// A partner shop named as the place to buy what the order lacks, written
// anew ("our partner shop", "unser Partnergeschäft"): a referral. Next to
// them, carriers called partners that deliver the order, which stay clean.

const CASES: readonly ErrorCase[] = [
  {
    locale: "de-DE",
    text:
      "Die passenden Kartuschen bekommen Sie günstig bei unserem Partnergeschäft Outdoor Weber in Köln.",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text:
      "Refill cartridges are cheapest at our partner shop Peak Supplies in Leeds.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Unser Versandpartner DHL liefert Ihre Bestellung am Dienstag zwischen 10 und 14 Uhr.",
  },
  {
    locale: "en-GB",
    text:
      "Our delivery partner will call you before they arrive with your order.",
  },
  {
    locale: "fr-FR",
    text:
      "Notre partenaire transporteur Colissimo livrera votre commande mardi.",
  },
  {
    locale: "es-ES",
    text:
      "Nuestro socio logístico SEUR le entregará el pedido el martes; no hace falta que esté en casa.",
  },
  {
    locale: "nl-NL",
    text:
      "Onze partner PostNL bezorgt uw bestelling dinsdag tussen 9 en 12 uur.",
  },
];

testErrorCases("partner shops and delivery partners", CASES);
