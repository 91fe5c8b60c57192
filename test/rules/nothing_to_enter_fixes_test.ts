import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// "Nothing to enter": the buyer's question about a discount code answered
// with a negation by "nothing" ("il n'y a rien à saisir", "Sie müssen
// nichts eingeben", "non deve inserire niente"), written anew. Next to
// them, codes given and "don't miss anything" slogans, which stay errors.

const CASES: readonly ErrorCase[] = [
  {
    locale: "fr-FR",
    text:
      "Concernant votre question sur le code promo : il n'y a rien à saisir, la remise est déjà appliquée à votre commande.",
  },
  {
    locale: "de-DE",
    text:
      "Zu Ihrer Frage nach dem Rabattcode: Sie müssen nichts eingeben, der Preis ist bereits reduziert.",
  },
  {
    locale: "it-IT",
    text:
      "Sulla sua domanda sul codice sconto: non deve inserire niente, il prezzo è già ridotto nel suo ordine.",
  },
  {
    locale: "fr-FR",
    text:
      "Concernant votre question sur le code promo : saisissez PRINTEMPS10 lors de votre prochaine commande.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Nichts verpassen: Geben Sie beim nächsten Einkauf den Code HERBST15 ein und sparen Sie 15 %.",
    rule: "no-marketing",
  },
  {
    locale: "es-ES",
    text:
      "No se pierda nada: use el código OTOÑO15 en su próxima compra y ahorre un 15 %.",
    rule: "no-marketing",
  },
];

testErrorCases("nothing to enter for a discount", CASES);
