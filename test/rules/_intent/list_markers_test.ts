import assert from "node:assert/strict";
import { lintMessage } from "../../../src/lint/lint_message.ts";

// Mailing lists and customer circles named without the word "newsletter",
// written for these tests in the buyer's language.

function marketing(locale: string, text: string): string[] {
  return lintMessage({
    type: "confirmOrderDetails",
    text,
    locale,
    amazonOrderId: "123-1234567-1234567",
  }).diagnostics.filter((d) =>
    d.ruleId === "no-marketing" && d.severity === "error"
  ).map((d) => d.messageId);
}

Deno.test("joining a list of customers who hear of new goods is marketing", () => {
  const cases: [string, string][] = [
    [
      "en-GB",
      'Our bedding arrives in September: reply "keep me posted" and we\'ll add you to the customers who hear about it first.',
    ],
    [
      "tr-TR",
      "Yılda iki kez küçük bir sürpriz paket gönderiyoruz; bu listeye eklenmek isterseniz yanıtınıza EVET yazmanız yeterli.",
    ],
    [
      "de-DE",
      "Wenn Sie möchten, nehmen wir Sie gern in unsere Liste auf, dann erfahren Sie von neuen Kollektionen zuerst.",
    ],
    ["en-US", "Our new range lands in May, so be the first to know."],
    // The seller's other goods found by its name in Amazon's search.
    [
      "tr-TR",
      "Bu arada altın ürünlerimiz için ayrı bir mağazamız daha var; Amazon'da “Altın Dokunuş” diye arattığınızda karşınıza çıkıyor.",
    ],
    [
      "es-MX",
      "Si algún día busca muebles para la azotea, tenemos otra marca; la encuentra buscándola por nombre en Amazon.",
    ],
  ];
  const missed = cases.filter(([locale, text]) =>
    marketing(locale, text).length === 0
  );
  assert.deepEqual(missed, []);
});

Deno.test("being told first about the order, or what every customer gets, is no list", () => {
  for (
    const text of [
      "You will be the first to know when your replacement ships.",
      "Regular customers get the same two-year warranty as everyone.",
      "We will let you know when the new part arrives.",
    ]
  ) {
    assert.deepEqual(marketing("en-US", text), [], text);
  }
});

Deno.test("a rating asked of the course on Amazon is a review request", () => {
  const report = lintMessage({
    type: "digitalAccessKey",
    text:
      "Your code for order 123-1234567-1234567: WCB-4K7Q. After a few lessons, please take a minute to rate the course on Amazon.",
    locale: "en-US",
    amazonOrderId: "123-1234567-1234567",
  });
  assert.ok(
    report.diagnostics.some((d) =>
      d.ruleId === "no-review-manipulation" && d.severity === "error"
    ),
  );
});
