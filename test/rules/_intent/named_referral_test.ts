import assert from "node:assert/strict";
import { findNamedReferrals } from "../../../src/rules/_intent/named_referral.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";

const REFERRALS: [string, string][] = [
  [
    "es",
    "Si más adelante quiere graduarlos, le recomendamos la Óptica Luz Norte de la colonia Roma.",
  ],
  ["tr", "Elektrik işleri için bölgenizdeki Kaya Elektrik'i önerebiliriz."],
  ["en", "For new sockets we recommend Harper Electrical in Leeds."],
  ["de", "Für neue Steckdosen empfehlen wir Ihnen die Elektro Schmidt GmbH."],
  ["fr", "Pour vos rideaux, nous vous recommandons le pressing Lavandou."],
  ["it", "Per le tende le consigliamo la tintoria Bianchi di Monza."],
  // A trade after an elided article.
  ["it", "Per l'impianto le consigliamo l'elettricista Ferraro di Bergamo."],
  ["fr", "Pour le montage, nous vous recommandons l'atelier Dubois à Lyon."],
  ["nl", "Voor het ophangen raden we Klusbedrijf De Vries uit Utrecht aan."],
  ["sv", "För montering rekommenderar vi Snickeri Lindqvist i Uppsala."],
  ["pl", "Do montażu polecamy firmę Elektro-Serwis Nowak z Krakowa."],
  ["pt", "Para a instalação, recomendamos a Elétrica Silva, aqui do bairro."],
];

const ADVICE: [string, string][] = [
  ["en", "We recommend having a licensed electrician install the new outlet."],
  ["en", "We recommend a Gas Safe registered engineer for the boiler."],
  [
    "de",
    "Wir empfehlen, die Montage von einem Elektriker durchführen zu lassen.",
  ],
  ["de", "Zur Reinigung empfehlen wir Essigwasser und ein weiches Tuch."],
  ["en", "We recommend contacting Amazon Customer Service about the refund."],
  ["fr", "Nous recommandons de faire appel à un électricien qualifié."],
  ["it", "Le consigliamo di far controllare l'impianto da un elettricista."],
  [
    "en",
    "We recommend the Bosch Professional drill bits that come in the box.",
  ],
];

Deno.test("findNamedReferrals: a business recommended by name, in the languages written in Latin letters", () => {
  const missed = REFERRALS.filter(([language, text]) =>
    findNamedReferrals(text, language).length === 0
  );
  assert.deepEqual(missed, []);
});

Deno.test("findNamedReferrals: a trade recommended without a name, or no trade, is advice", () => {
  const flagged = ADVICE.filter(([language, text]) =>
    findNamedReferrals(text, language).length > 0
  );
  assert.deepEqual(flagged, []);
});

Deno.test("findNamedReferrals: a name in order data or in quotation marks does not count", () => {
  const text = "We recommend Harper Electrical in Leeds.";
  const start = text.indexOf("Harper");
  assert.deepEqual(
    findNamedReferrals(text, "en", [{ start, end: start + 17 }]),
    [],
  );
});

Deno.test("no-marketing: a business recommended by name is cross-selling; one quoted from the buyer is not", () => {
  const referral = lintMessage({
    type: "confirmServiceDetails",
    text:
      "Your installation for order 123-1234567-1234567 is on Monday. If you also need new sockets, we recommend Harper Electrical in Leeds.",
    locale: "en-GB",
  }).diagnostics.filter((d) => d.ruleId === "no-marketing");
  assert.equal(referral.length, 1);
  assert.equal(referral[0]!.severity, "error");
  const quoted = lintMessage({
    type: "confirmCustomizationDetails",
    text:
      'For order 123-1234567-1234567 your sign will read "Harper Electrical". We recommend a larger font for the name.',
    locale: "en-GB",
  }).diagnostics.filter((d) => d.ruleId === "no-marketing");
  assert.deepEqual(quoted, []);
});
