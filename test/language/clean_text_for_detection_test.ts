import assert from "node:assert/strict";
import { cleanTextForDetection } from "../../src/language/clean_text_for_detection.ts";

const CASES: readonly { name: string; text: string; expected: string }[] = [
  {
    name: "strips an Amazon order id",
    text: "Bestellung 123-1234567-1234567 versandt",
    expected: "Bestellung versandt",
  },
  {
    name: "strips URLs with a scheme, www. and bare Amazon domains",
    text:
      "Voir https://www.amazon.fr/dp/B0ABCDEFGH et www.example.com ou amazon.co.jp/gp/css",
    expected: "Voir et ou",
  },
  {
    name: "strips email addresses",
    text: "Escríbanos a soporte.tienda+es@example.es, gracias",
    expected: "Escríbanos a, gracias",
  },
  {
    name: "strips HTML tags, comments and character references",
    text: "<p>Merci&nbsp;<b>beaucoup</b><!-- x --></p>&#233;",
    expected: "Merci beaucoup",
  },
  {
    name: "strips tokens with digits: prices, sizes, ASINs, dates",
    text: "Größe 42EU, Preis 19,99€, ASIN B07XJ8C8F5, Datum 2024-05-01 bleibt",
    expected: "Größe, Preis,, ASIN, Datum bleibt",
  },
  {
    name: "keeps Japanese letters next to digits",
    text: "注文番号123-1234567-1234567の商品は2個です",
    expected: "注文番号 の商品は 個です",
  },
  {
    name: "keeps line breaks and collapses spaces",
    text: "Hallo   Welt\n\n\n\nTschüss\t123",
    expected: "Hallo Welt\n\nTschüss",
  },
];

for (const { name, text, expected } of CASES) {
  Deno.test(`cleanTextForDetection() ${name}`, () => {
    assert.equal(cleanTextForDetection(text), expected);
  });
}

Deno.test("cleanTextForDetection() leaves out the given data spans", () => {
  const text = "Merci pour votre achat de Trail Runner Boots, à bientôt";
  const title = "Trail Runner Boots";
  const start = text.indexOf(title);
  assert.equal(
    cleanTextForDetection(text, {
      excludeSpans: [{ start, end: start + title.length }, {
        start: 0,
        end: 6,
      }],
    }),
    "pour votre achat de, à bientôt",
  );
});

Deno.test("cleanTextForDetection() clamps spans outside the text", () => {
  assert.equal(
    cleanTextForDetection("Danke schön", {
      excludeSpans: [{ start: 5, end: 500 }, { start: -3, end: 0 }],
    }),
    "Danke",
  );
});
