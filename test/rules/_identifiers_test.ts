import assert from "node:assert/strict";
import {
  identifierShape,
  isMeasureOrMoney,
  labelBefore,
} from "../../src/rules/_identifiers.ts";

Deno.test("labelBefore() names identifiers in the 16 languages", () => {
  for (
    const before of [
      "Tracking number: ",
      "Ihre Sendungsnummer lautet ",
      "Numéro de suivi : ",
      "Número de seguimiento ",
      "Codice di spedizione ",
      "Zendingnummer ",
      "Spårningsnummer ",
      "Numer przesyłki ",
      "Kargo takip no ",
      "Código de rastreio ",
      "追跡番号：",
      "运单号：",
      "رقم التتبع ",
      "वेबिल नंबर ",
      "PLZ ",
      "CEP ",
      "Postcode ",
      "Rechnungsnummer ",
      "Serial number ",
      "IBAN ",
    ]
  ) {
    assert.equal(labelBefore(before), "identifier", before);
  }
  for (
    const before of [
      "Call us on ",
      "Telefonnummer: ",
      "Appelez le ",
      "Llámenos al ",
      "Bel ons op ",
      "お電話は ",
      "请致电 ",
      "اتصل بنا على ",
      "हमें कॉल करें ",
      "Tracking questions? Phone ",
    ]
  ) {
    assert.equal(labelBefore(before), "phone", before);
  }
  // Whole words: "para" is not the Turkish "ara" (call).
  assert.equal(labelBefore("Gracias para "), undefined);
});

Deno.test("identifierShape() and isMeasureOrMoney()", () => {
  assert.equal(identifierShape("2026-12-04"), "certain");
  assert.equal(identifierShape("978-3-16-148410-0"), "certain");
  assert.equal(identifierShape("1.234.567,89"), "certain");
  assert.equal(identifierShape("060-0042"), "likely");
  assert.equal(identifierShape("00740560"), "likely");
  assert.equal(identifierShape("1234567890123"), "likely");
  assert.equal(identifierShape("+49 30 1234567"), undefined);
  assert.equal(identifierShape("0212 123 45 67"), undefined);
  assert.equal(isMeasureOrMoney("", " mAh"), true);
  assert.equal(isMeasureOrMoney("IBAN DE89 ", ""), true);
  assert.equal(isMeasureOrMoney("call ", " now"), false);
});
