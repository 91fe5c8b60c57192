import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

// A price cut on ordering the next one of the goods ("order the next bag
// from us and get 15% off") is a promotion, however the goods are named;
// the seller's new warehouse, a size chart and the seller's own assessment
// are no marketing and no review.

function errors(locale: string, text: string, type = "unexpectedProblem") {
  return lintMessage({ type, text, locale }, {
    rules: { "language-match": "off", "order-id": "off" },
  }).diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);
}

Deno.test("no-marketing: a price cut on ordering the next one", () => {
  const offers: [string, string][] = [
    ["nl-NL", "Bestel je de volgende doos bij ons, dan krijg je 10% korting."],
    ["en-GB", "Order the next tin from us and we'll take 10% off."],
    [
      "de-DE",
      "Bestellen Sie den nächsten Sack direkt bei uns, gibt es 10 % Rabatt.",
    ],
    ["fr-FR", "Commandez le prochain sac chez nous : 10 % de remise."],
    [
      "es-ES",
      "Pida el siguiente saco con nosotros y le hacemos un 10 % de descuento.",
    ],
    ["it-IT", "Ordini il prossimo sacco da noi e avrà il 10% di sconto."],
    ["sv-SE", "Beställer du nästa säck hos oss får du 10 % rabatt."],
  ];
  const missed = offers.filter(([locale, text]) =>
    !errors(locale, text).includes("no-marketing")
  );
  assert.deepEqual(missed, []);
});

Deno.test("no-marketing: the seller's new premises and size chart are no goods", () => {
  const clean: [string, string][] = [
    [
      "fr-FR",
      "Le réassort arrive le 3 mars dans notre nouvel entrepôt de Lyon ; votre lampe partira le jour même.",
    ],
    [
      "en-GB",
      "Your parcel now leaves from our new warehouse in Leeds, so it may arrive a day earlier.",
    ],
    [
      "de-DE",
      "Ihre Bestellung wird aus unserem neuen Lager in Kassel verschickt und kommt am Freitag.",
    ],
    [
      "es-MX",
      "Su talla 26 equivale a un 8 en nuestra tabla, y muchos clientes prefieren medio número más en este modelo.",
    ],
  ];
  const flagged = clean.filter(([locale, text]) =>
    errors(locale, text, "confirmOrderDetails").length > 0
  );
  assert.deepEqual(flagged, []);
});

Deno.test("no-review-manipulation: the seller's own assessment is no opinion asked", () => {
  const text =
    "Schicken Sie mir bitte ein Foto des Anschlusses, das hilft mir bei der Einschätzung, welches Kabel ich mitbringe.";
  assert.deepEqual(errors("de-DE", text, "confirmServiceDetails"), []);
});

Deno.test("link-policy: a regional carrier's tracking page in a delivery message", () => {
  const text =
    "Puede cambiar la cita en la página de seguimiento de TIPSA (https://www.tip-sa.com) con su número de envío.";
  assert.deepEqual(errors("es-ES", text, "confirmDeliveryDetails"), []);
});

Deno.test("no-marketing: a recommendation to others asked in Arabic", () => {
  const text = "إذا كان لديكِ صديقات يحتجن إلى الخدمة، يسعدنا أن ترشّحينا لهن.";
  assert.ok(errors("ar-AE", text).includes("no-marketing"));
});

Deno.test("no-marketing, no-review-manipulation: changes of the order, a job's costs and other senses", () => {
  const clean: [string, string, string][] = [
    [
      "fr-FR",
      "confirmDeliveryDetails",
      "Si vous rentrez plus tard, nous pouvons aussi retarder l'envoi de deux jours, il suffit de nous le dire.",
    ],
    [
      "en-GB",
      "confirmDeliveryDetails",
      "If you are away that week, we can also delay the dispatch until Monday, just let us know.",
    ],
    [
      "de-DE",
      "confirmServiceDetails",
      "Fehlt ein Anschlussstück, kann der Monteur es gegen Aufpreis direkt mitbringen und einbauen.",
    ],
    [
      "fr-FR",
      "confirmDeliveryDetails",
      "Vérifiez le carton devant le livreur : en cas de dommage, notez-le sur le bon de livraison.",
    ],
    [
      "sv-SE",
      "confirmServiceDetails",
      "Vi lämnar tillbaka maskinen i mars och hör av oss när säsongen närmar sig.",
    ],
    [
      "de-DE",
      "digitalAccessKey",
      "Hier ist Ihr Code. Lösen Sie ihn im Programm unter „Konto > Produkt aktivieren“ ein und melden Sie sich danach auf jedem Gerät mit demselben Konto an.",
    ],
    [
      "ja-JP",
      "digitalAccessKey",
      "メーカー公式サイトからインストーラーをダウンロードし、上記のキーを入力してください。",
    ],
  ];
  const flagged = clean.filter(([locale, type, text]) =>
    errors(locale, text, type).length > 0
  );
  assert.deepEqual(flagged, []);
});

Deno.test("no-marketing: the seller's supplier, the factory goods ship from and an appliance's units are no goods offered", () => {
  const clean: [string, string, string][] = [
    [
      "nl-NL",
      "unexpectedProblem",
      "Onze leverancier heeft de nieuwe partij pas vandaag ontvangen, dus je kast komt een week later.",
    ],
    [
      "pl-PL",
      "confirmDeliveryDetails",
      "Stół jest gotowy i w przyszłym tygodniu wyjedzie z naszej fabryki w Poznaniu.",
    ],
    [
      "fr-FR",
      "confirmServiceDetails",
      "Le technicien commencera par choisir avec vous l'emplacement de l'unité extérieure.",
    ],
  ];
  const flagged = clean.filter(([locale, type, text]) =>
    errors(locale, text, type).length > 0
  );
  assert.deepEqual(flagged, []);
});

Deno.test("no-opt-out, no-phone: stopping messages and a number to text, in their own words", () => {
  const cases: [string, string, string][] = [
    [
      "es-MX",
      "no-opt-out",
      "Si ya no desea recibir estos mensajes, respóndanos y lo damos de baja.",
    ],
    [
      "ja-JP",
      "no-opt-out",
      "こうしたご連絡がご不要でしたら、その旨ご返信ください。",
    ],
    [
      "nl-NL",
      "no-phone",
      "Sta je in de file, app dan gerust naar 06 12 34 56 78.",
    ],
  ];
  const missed = cases.filter(([locale, rule, text]) =>
    !errors(locale, text).includes(rule)
  );
  assert.deepEqual(missed, []);
});
