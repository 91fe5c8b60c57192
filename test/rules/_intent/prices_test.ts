import assert from "node:assert/strict";
import { findPrices } from "../../../src/rules/_intent/prices.ts";
import { lintMessage } from "../../../mod.ts";

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
