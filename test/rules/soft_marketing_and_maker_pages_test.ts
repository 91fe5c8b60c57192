/**
 * Classes met anew. A delivery that repeats, offered on top of the order
 * (a subscription sold: "we can send you fresh filters every month"), word
 * of mouth asked for without a reward ("tell your friends about us"), and
 * the seller's goods that "await" the buyer are marketing in every
 * language, while a routine of care ("change the filter every month"), the
 * buyer's own plan and a parcel that awaits the buyer are not. The
 * buyer's question, named once, frames the answers after it: an option
 * the buyer asked about, priced two sentences on, answers them; goods
 * suggested beyond it still sell. A link to the
 * manufacturer's manual or guide, named as the maker's, is needed to use
 * the order; the seller's own site, or a host whose brand signs the
 * message, is not.
 */
import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

function errorRules(text: string, locale: string, type: string): string[] {
  return lintMessage({
    type: type as "confirmOrderDetails",
    text,
    locale,
    amazonOrderId: "123-1234567-1234567",
  }).diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);
}

const ORDER = "123-1234567-1234567";

const SUBSCRIPTIONS: readonly [locale: string, text: string][] = [
  [
    "en-GB",
    `Your tea for order ${ORDER} left today. If it suits you, we can send you a new one every month so the caddy never runs dry.`,
  ],
  [
    "de-DE",
    `Ihr Vogelfutter zur Bestellung ${ORDER} ist unterwegs. Gern richten wir Ihnen ein Lieferabo ein, dann kommt jeden Monat eine neue Packung.`,
  ],
  [
    "es-ES",
    `Su pedido ${ORDER} sale hoy. Si lo prefiere, podemos enviarle cada mes una bolsa nueva de pienso sin que tenga que pedirla.`,
  ],
  [
    "pt-BR",
    `Seu pedido ${ORDER} já foi postado. Temos também o nosso clube de assinatura: o café chega fresquinho todo mês na sua casa.`,
  ],
  [
    "ja-JP",
    `ご注文番号${ORDER}の茶葉を本日発送しました。毎月お届けする定期便もご用意しておりますので、お気軽にお申し付けください。`,
  ],
];

const WORD_OF_MOUTH: readonly [locale: string, text: string][] = [
  [
    "en-US",
    `Your quilt from order ${ORDER} ships today. If you love it, we'd be thrilled if you told your friends about us.`,
  ],
  [
    "it-IT",
    `L'ordine ${ORDER} parte oggi. Viviamo di passaparola: se il miele le piace, ne parli pure ad amici e colleghi.`,
  ],
  [
    "nl-NL",
    `Uw lamp (bestelling ${ORDER}) is onderweg. We zijn een klein bedrijf en draaien op mond-tot-mondreclame. Kent u iemand die ook een lamp zoekt? Noem ons dan gerust.`,
  ],
  [
    "it-IT",
    `Il suo ordine ${ORDER} è partito. Tutte le nostre tovaglie ricamate la aspettano nella nostra vetrina su Amazon.`,
  ],
];

const CLEAN: readonly [locale: string, text: string, type: string][] = [
  [
    "de-DE",
    `Bitte setzen Sie jeden Monat einen neuen Filter ein (Bestellung ${ORDER}), damit das Wasser sauber bleibt.`,
    "confirmOrderDetails",
  ],
  [
    "nl-NL",
    `Uw pakket van bestelling ${ORDER} wacht op u bij het afhaalpunt, ophalen is gratis.`,
    "confirmDeliveryDetails",
  ],
  [
    "hi-IN",
    `ऑर्डर ${ORDER} के लिए धन्यवाद। हमारी सिफारिश है कि कृपया उत्पाद को ठंडी जगह पर रखें।`,
    "confirmOrderDetails",
  ],
  [
    "es-ES",
    `Pedido ${ORDER}: este código activa su suscripción mensual de 12 meses.`,
    "digitalAccessKey",
  ],
  [
    "fr-FR",
    `Votre colis de la commande ${ORDER} vous attend au point relais jusqu'à samedi.`,
    "confirmDeliveryDetails",
  ],
  [
    "en-GB",
    `Your parcel for order ${ORDER} awaits you at the post office; please bring ID.`,
    "confirmDeliveryDetails",
  ],
  [
    "en-US",
    `Your water filter from order ${ORDER} ships today. For the best taste, change the cartridge every month.`,
    "confirmOrderDetails",
  ],
  [
    "ja-JP",
    `定期便のお申し込みどおり、ご注文番号${ORDER}の紅茶は15日に発送いたします。`,
    "confirmOrderDetails",
  ],
  [
    "it-IT",
    `Ordine ${ORDER}: nella scatola manca il libretto. Il manuale del produttore è qui: https://www.termoklima.it/manuali/tk20.pdf\nCordiali saluti, Casa Clima Rossi`,
    "unexpectedProblem",
  ],
  [
    "en-US",
    `About order ${ORDER}: the manufacturer's setup guide with the wiring chart is at https://support.heatwise.com/guides/th20.pdf\nBest, Cozy Home Supply`,
    "confirmOrderDetails",
  ],
];

const LINKS_KEPT: readonly [locale: string, text: string][] = [
  [
    "en-US",
    `Order ${ORDER}: instructions for all our coffee makers: https://www.oakhome.com/manuals\nBest, Anna`,
  ],
  [
    "pl-PL",
    `Zamówienie ${ORDER}: instrukcję producenta znajdą Państwo, wchodząc na naszą stronę: https://www.oakhome.pl/instrukcja`,
  ],
  [
    "en-US",
    `Order ${ORDER}. We are the manufacturer of this kettle. See more at https://www.oakhome.com/products\nBest, Anna`,
  ],
  [
    "en-US",
    `About order ${ORDER}: our website has the setup guide, see https://www.cozyhomesupply.com/guides/th20\nBest, Cozy Home Supply`,
  ],
  [
    "sv-SE",
    `Gällande beställning ${ORDER}: tillverkarens skötselguide finns här: https://www.teakgarden.se/skotsel\nVänliga hälsningar\nTeakgarden Butik`,
  ],
];

Deno.test("a delivery that repeats, offered, is marketing", () => {
  const missed = SUBSCRIPTIONS.filter(([locale, text]) =>
    !errorRules(text, locale, "confirmOrderDetails").includes("no-marketing")
  );
  assert.deepEqual(missed, []);
});

Deno.test("word of mouth and awaiting goods are marketing", () => {
  const missed = WORD_OF_MOUTH.filter(([locale, text]) =>
    !errorRules(text, locale, "confirmOrderDetails").includes("no-marketing")
  );
  assert.deepEqual(missed, []);
});

Deno.test("care routines, the buyer's plan and maker pages stay clean", () => {
  const flagged = CLEAN.filter(([locale, text, type]) =>
    errorRules(text, locale, type).length > 0
  );
  assert.deepEqual(flagged, []);
});

const ANSWERS: readonly [locale: string, text: string][] = [
  [
    "en-GB",
    `Hello, about order ${ORDER}: you asked whether the lamp can be dimmed. The standard cable has no dimmer. We also have a dimmer cable for £12, which we can pack with your lamp.`,
  ],
  [
    "fr-FR",
    `Bonjour, vous nous avez demandé si la lampe de la commande ${ORDER} peut varier. Le câble standard n'a pas de variateur. Nous avons aussi un câble variateur à 12 €, que nous pouvons joindre au colis.`,
  ],
];

Deno.test("the buyer's question frames the answers after it", () => {
  const flagged = ANSWERS.filter(([locale, text]) =>
    errorRules(text, locale, "confirmOrderDetails").length > 0
  );
  assert.deepEqual(flagged, []);
  const sold =
    `Hi Dana, you asked whether the sign for order ${ORDER} can be made larger. Yes, we can cut it at 24 inches. By the way, we also make matching house number plaques in the same oak, have a look at our shop.`;
  assert.ok(
    errorRules(sold, "en-US", "confirmCustomizationDetails").includes(
      "no-marketing",
    ),
  );
});

Deno.test("the seller's own site stays an external link", () => {
  const missed = LINKS_KEPT.filter(([locale, text]) =>
    !errorRules(text, locale, "confirmOrderDetails").includes("link-policy")
  );
  assert.deepEqual(missed, []);
});
