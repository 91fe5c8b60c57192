import assert from "node:assert/strict";
import { findPrices } from "../../../src/rules/_intent/prices.ts";
import { lintMessage } from "../../../mod.ts";
import { findMarketing } from "../../../src/rules/no_marketing.ts";
import { bareContext } from "./_context.ts";

function prices(text: string): string[] {
  return findPrices(text).map(({ start, end }) => text.slice(start, end));
}

Deno.test("findPrices: an amount with its currency before or after, in any script", () => {
  assert.deepEqual(prices("£25 or 9,90 € or r$ 60"), [
    "£25",
    "9,90 €",
    "r$ 60",
  ]);
  assert.deepEqual(prices("500円、80元、150 درهم、400 रुपये"), [
    "500円",
    "80元",
    "150 درهم",
    "400 रुपये",
  ]);
  assert.deepEqual(prices("60 zł, 149 kr, 1.299,00 eur"), [
    "60 zł",
    "149 kr",
    "1.299,00 eur",
  ]);
});

Deno.test("findPrices: an Arabic currency word with its accusative ending", () => {
  assert.deepEqual(prices("بـ 60 درهمًا أو 45 درهماً أو 20 ريالًا"), [
    "60 درهمًا",
    "45 درهماً",
    "20 ريالًا",
  ]);
  // The ending is no longer left outside the price, where as a reward word
  // of the review lexicon it kept the price from counting.
  assert.ok(
    lintMessage({
      type: "confirmServiceDetails",
      text:
        "صيانة دراجتك يوم السبت. وبما أنها ستكون عندنا، نركب لك فحمات فرامل جديدة بـ 60 درهمًا.",
      locale: "ar-AE",
    } as never).diagnostics.some((d) => d.ruleId === "no-marketing"),
  );
});

Deno.test("findPrices: order ids, quantities, times and model numbers are no prices", () => {
  assert.deepEqual(prices("order 304-1234567-7654321, 2 items at 10:30"), []);
  assert.deepEqual(prices("model kr500x, size 42eu"), []);
});

const marketing = (text: string, locale: string) =>
  lintMessage({ type: "confirmServiceDetails", text, locale } as never)
    .diagnostics.some((d) => d.ruleId === "no-marketing");

Deno.test("a price for an extra the seller can also do is paid cross-selling", () => {
  assert.ok(marketing(
    "Your chimney sweep for order 026-0578947-5732375 is on Thursday. He can also clear your gutters for £35 while he is there.",
    "en-GB",
  ));
  assert.ok(marketing(
    "Die Montage für Bestellung 304-1234567-1234567 ist am Dienstag. Für 39 € kann der Monteur auch die alte Spüle entsorgen.",
    "de-DE",
  ));
});

Deno.test("a price of the order, its shipping, a return or a refund is not", () => {
  assert.equal(
    marketing(
      "For order 026-0578947-5732375, return postage costs £3.99, or you can also drop it off at a post office.",
      "en-GB",
    ),
    false,
  );
  assert.equal(
    marketing(
      "Wir erstatten Ihnen für Bestellung 304-1234567-1234567 die 12,50 € für den Versand.",
      "de-DE",
    ),
    false,
  );
});

Deno.test("a price that a word marks as an extra is paid cross-selling, a charge of the order is not", () => {
  // "25 € de plus", "por solo 25 €", "12 € au lieu de 19 €": something more
  // is offered at that price, with no "also" and even next to the fitting.
  assert.ok(marketing(
    "Votre lit sera livré vendredi. Nos livreurs peuvent le monter dans la chambre pour 25 € de plus.",
    "fr-FR",
  ));
  assert.ok(marketing(
    "Su colchón llega el viernes. Nuestros operarios le montan el somier por solo 25 €.",
    "es-ES",
  ));
  assert.ok(marketing(
    "La bici è pronta: il portapacchi costa 35 € in più, montaggio compreso.",
    "it-IT",
  ));
  // Under a condition of the job, a surcharge is a cost of the job
  // disclosed ("if the doors scrape, we shorten them for 20 € more each").
  assert.equal(
    marketing(
      "Si las puertas rozan con el suelo nuevo, se las recortamos por 20 € más cada una.",
      "es-ES",
    ),
    false,
  );
  assert.equal(
    marketing(
      "Falls die Türen über dem neuen Boden schleifen, kürzen wir sie für 20 € mehr pro Tür.",
      "de-DE",
    ),
    false,
  );
  // Charged, paid, a difference absorbed: what the order costs.
  assert.equal(
    marketing(
      "Vous avez été débité de 5 € de plus par erreur ; nous vous les remboursons aujourd'hui.",
      "fr-FR",
    ),
    false,
  );
  assert.equal(
    marketing(
      "La talla XL costaba 3 € más y la diferencia la asumimos nosotros.",
      "es-ES",
    ),
    false,
  );
  assert.equal(
    marketing(
      "Nuestro técnico también podrá hacer la instalación, está incluida en los 30 € que ya pagó.",
      "es-ES",
    ),
    false,
  );
});

Deno.test("a price given back, at the same price or instead of the ordered item is no extra sold", () => {
  const marketing = (locale: string, text: string) =>
    lintMessage({
      type: "confirmOrderDetails",
      text,
      locale,
      amazonOrderId: "123-1234567-1234567",
    }).diagnostics.filter((d) => d.ruleId === "no-marketing")
      .map((d) => d.messageId);
  assert.deepEqual(
    marketing(
      "nl-NL",
      "Wilt u het boek toch ontvangen? Dan krijgt u € 4,00 terug, omdat de staat niet 'Zo goed als nieuw' is.",
    ),
    [],
  );
  assert.deepEqual(
    marketing(
      "sv-SE",
      "Vill du att vi skickar ett 6-pack E14 med samma ljus i stället, till samma pris, 189 kr?",
    ),
    [],
  );
  // An extra sold is still one.
  assert.deepEqual(
    marketing(
      "en-GB",
      "For an extra £6 we also sell a hanging kit, have a look.",
    ),
    ["promotion"],
  );
});

Deno.test('a surcharge offered with a bare "can" is both an extra and a surcharge; with "also" only an extra', () => {
  const conceptsOf = (text: string, locale: string) => {
    const seen = new Map<number, ReadonlySet<string>>();
    findMarketing(bareContext(text, locale), seen);
    return new Set([...seen.values()].flatMap((concepts) => [...concepts]));
  };
  const can = conceptsOf(
    "Nous pouvons le faire, pour 2 € de plus par bavoir.",
    "fr-FR",
  );
  assert.ok(can.has("pricedExtra") && can.has("pricedSurcharge"));
  const also = conceptsOf(
    "Il peut aussi nettoyer les filtres pour 20 € de plus.",
    "fr-FR",
  );
  assert.ok(also.has("pricedExtra") && !also.has("pricedSurcharge"));
});
