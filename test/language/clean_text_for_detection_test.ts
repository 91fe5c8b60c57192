import assert from "node:assert/strict";
import { cleanTextForDetection } from "../../src/language/clean_text_for_detection.ts";
import { BENIGN, repeatTo } from "../_adversarial.ts";
import { fastestTime, retried } from "../_timing.ts";

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

Deno.test("cleanTextForDetection() merges overlapping spans", () => {
  assert.equal(
    cleanTextForDetection("Danke für Trail Runner Boots und mehr", {
      excludeSpans: [{ start: 10, end: 22 }, { start: 16, end: 28 }],
    }),
    "Danke für und mehr",
  );
});

// The patterns must not go quadratic on runs of what they repeat: each of
// these took seconds at 20 000 characters.
const ADVERSARIAL: readonly string[] = [
  "a-",
  "日本語の文章です",
  "ı",
  "a.",
  "1,2.3-4 ",
  "<!--",
  "ab",
  "www.",
  "a.b-",
  "a@",
  "&#",
  "<a ",
  "x",
];

Deno.test("cleanTextForDetection() is linear on adversarial text", () => {
  const clean = (text: string) => () => cleanTextForDetection(text);
  for (const unit of ADVERSARIAL) {
    const problem = retried(() => {
      const small = repeatTo(unit, 4_000);
      const large = repeatTo(unit, 16_000);
      const benign = fastestTime(clean(repeatTo(BENIGN, 16_000)), 3);
      const budget = Math.max(25 * benign, 2);
      const t1 = fastestTime(clean(small), 5, 10 * budget);
      const t4 = fastestTime(clean(large), 5, 10 * budget);
      if (t4 > budget) {
        return `${JSON.stringify(unit)} × 16000: ${
          t4.toFixed(1)
        } ms, benign text ${benign.toFixed(2)} ms`;
      }
      return t4 > 0.5 && t4 > 7 * t1
        ? `${JSON.stringify(unit)}: ${t1.toFixed(2)} ms × 4000, ${
          t4.toFixed(2)
        } ms × 16000`
        : undefined;
    });
    assert.equal(problem, undefined, problem);
  }
});
