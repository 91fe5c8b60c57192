import { type ErrorCase, testErrorCases } from "./_error_cases.ts";

// Cross-selling and perks written anew without promotional keywords: an
// add-on service most customers book on the same visit, what most people
// end up adding, a value-added service, a partner the seller sends people
// to, a friend who quotes this order's number, a reward on a later order
// from the seller, and new goods coming in at the seller's. Next to them,
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
    locale: "en-US",
    text:
      "If you reorder the same filters later, the size is printed on the frame of the old one.",
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
