import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Cross-selling and perks written anew without promotional keywords: an
// add-on service most customers book on the same visit, what most people
// end up adding, a value-added service, a partner the seller sends people
// to, a friend who quotes this order's number, a reward on a later order
// from the seller, new goods coming in at the seller's, and a seasonal
// letter or a list the buyer is put on. Next to them,
// a later order of the same goods without a reward, and the seller's
// mistake "on our part", which stay clean.

const CASES: readonly ErrorCase[] = [
  {
    locale: "de-DE",
    text:
      "Viele Kunden lassen beim selben Termin auch die Fenster reinigen und das gleich miterledigen.",
    rule: "no-marketing",
  },
  {
    locale: "en-US",
    text:
      "Most people who set up this grill end up adding our cast-iron griddle plate as well.",
    rule: "no-marketing",
  },
  {
    locale: "zh-CN",
    text: "安装当天师傅还可以帮您清洗空调，这是单独的增值服务，现场加订即可。",
    rule: "no-marketing",
  },
  {
    locale: "es-MX",
    text:
      "Si necesita un electricista, el taller Voltio, con el que trabajamos, lo atiende rápido si les dice que va de nuestra parte.",
    rule: "no-marketing",
  },
  {
    locale: "pt-BR",
    text:
      "Para as fotos do evento, recomendo o Estúdio Aurora; os clientes que mandamos para lá sempre voltam felizes.",
    rule: "no-marketing",
  },
  {
    locale: "pt-BR",
    text:
      "Se algum amigo seu quiser uma também, basta informar o número deste pedido ao comprar com a gente.",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text:
      "If you reorder the coffee from us later, we'll pop a free tin of biscuits in the box as a thank-you.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Wenn Sie den Tee später bei uns nachbestellen, legen wir als Dankeschön eine Probe der neuen Sorte bei.",
    rule: "no-marketing",
  },
  {
    locale: "it-IT",
    text:
      "Se un suo collega vuole lo stesso zaino, basta che dica che viene da parte sua: la spedizione la offriamo noi.",
    rule: "no-marketing",
  },
  {
    locale: "ja-JP",
    text:
      "次回ご注文の際にこのご注文番号をお知らせいただければ、送料は当店で負担いたします。",
    rule: "no-marketing",
  },
  {
    locale: "nl-NL",
    text:
      "Als u onze winkelpagina volgt, ziet u meteen wanneer er nieuwe puzzels bij ons binnenkomen.",
    rule: "no-marketing",
  },
  {
    locale: "fr-FR",
    text:
      "Si une amie commande aussi chez nous, la livraison lui sera offerte.",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text: "As a thank-you, your next order from the shop ships free.",
    rule: "no-marketing",
  },
  {
    locale: "en-GB",
    text:
      "Reply with a yes and we'll put you on the list for our seasonal letter with new blends.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text:
      "Schreiben Sie uns kurz zurück, dann nehmen wir Sie in unseren Verteiler für die neuen Sorten auf.",
    rule: "no-marketing",
  },
  {
    locale: "fr-FR",
    text:
      "Répondez simplement « oui » et vous recevrez notre lettre de saison avec les nouvelles récoltes.",
    rule: "no-marketing",
  },
  {
    locale: "sv-SE",
    text:
      "Svara ja så får du vårt säsongsbrev med nya sorter två gånger om året.",
    rule: "no-marketing",
  },
  {
    locale: "de-DE",
    text: "Bei Ihrer nächsten Bestellung bei uns übernehmen wir den Versand.",
    rule: "no-marketing",
  },
  {
    locale: "sv-SE",
    text:
      "För däckbyte rekommenderar vi Däckhuset i Solna, säg att det är vi som skickat dig.",
    rule: "no-marketing",
  },
  {
    locale: "en-US",
    text:
      "If you reorder the same filters later, the size is printed on the frame of the old one.",
  },
  {
    locale: "it-IT",
    text:
      "La lavastoviglie è pronta e la inseriamo nella lista consegne di giovedì mattina.",
  },
  {
    locale: "sv-SE",
    text:
      "Vår speditör ringer dig i morgon för att boka en tid för leveransen.",
  },
  {
    locale: "en-US",
    text:
      "We've put you on the list for Friday's delivery run, between 8 and noon.",
  },
  {
    locale: "es-ES",
    text:
      "Le apuntamos en nuestra lista de espera de la talla 42 y se la enviamos en cuanto llegue.",
  },
  {
    locale: "en-GB",
    text:
      "The matching napkins from the same order come from another supplier and follow next week at no extra cost.",
  },
  {
    locale: "en-US",
    text:
      "Your friend will get the gift on Friday, and the shipping we charged you by mistake is refunded.",
  },
  {
    locale: "es-ES",
    text:
      "Fue un error de nuestra parte: le enviamos hoy la talla correcta y no tiene que devolver la otra.",
  },
  {
    locale: "it-IT",
    text:
      "È stata una svista da parte nostra: le spediamo oggi il pezzo mancante, senza costi.",
  },
  {
    locale: "de-DE",
    text:
      "Falls Sie die Kartusche später nachbestellen möchten: Die Artikelnummer steht auf dem Deckel.",
  },
];

testErrorCases("add-on services and perks without promo words", CASES);
