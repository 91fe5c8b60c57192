import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Perks on a later purchase dressed as an apology or a thank-you, written
// anew: this order's number made the voucher of the next purchase at the
// seller's shop without an amount ("the shipping is on us"), and a reward
// on a friend's first purchase of the seller's goods. Next to them, the
// order number kept for a spare part and a refund of a friend's gift
// purchase, which stay clean.

const CASES: readonly ErrorCase[] = [
  {
    locale: "ja-JP",
    text:
      "次回当店でご注文の際にこの注文番号をお伝えいただければ、送料は当店が負担いたします。",
    rule: "no-marketing",
  },
  {
    locale: "hi-IN",
    text:
      "अपनी सहेली को हमारे सूट के बारे में बताइए, उसकी पहली खरीद पर हम आधा पैसा लौटा देंगे।",
    rule: "no-marketing",
  },
  {
    locale: "es-ES",
    text:
      "Como compensación por el retraso, en su próxima compra en nuestra tienda el envío corre de nuestra cuenta si nos indica este número de pedido.",
    rule: "no-marketing",
  },
  {
    locale: "pt-BR",
    text:
      "Como agradecimento pela paciência, na sua próxima compra na nossa loja o frete fica por nossa conta, é só informar este número de pedido.",
    rule: "no-marketing",
  },
  {
    locale: "en-US",
    text:
      "Tell a friend about our candles: on their first purchase we give back half.",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text:
      "A friend of yours bought this as a gift, so we refund the purchase to the card that paid for it.",
  },
  {
    locale: "en-GB",
    text:
      "Please keep this order number: if you need a spare part for it later, quote it and we will find your model at once.",
  },
  {
    locale: "de-DE",
    text:
      "Bitte bewahren Sie diese Bestellnummer auf; bei Ihrer nächsten Bestellung von Ersatzfiltern hilft sie uns, das passende Modell zu finden.",
  },
];

testErrorCases("perks on a later purchase without an amount", CASES);
