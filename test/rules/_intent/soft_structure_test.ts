import assert from "node:assert/strict";
import { findPrices } from "../../../src/rules/_intent/prices.ts";
import { decideMarketing } from "../../../src/rules/_intent/decide.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";
import { noMarketing } from "../../../src/rules/no_marketing.ts";
import { scoreProbes } from "../_lexicons/_lexicon_cases.ts";
import { SOFT_STRUCTURE_PROBES } from "./_soft_structure_probes.ts";

function marketingErrors(locale: string, text: string): number {
  return lintMessage({ type: "unexpectedProblem", text, locale }, {
    policy: { name: "probe", rules: { [noMarketing.id]: "error" } },
  }).diagnostics.filter((d) => d.severity === "error").length;
}

Deno.test("findPrices finds amounts with a currency in every script", () => {
  const cases: readonly [string, readonly string[]][] = [
    ["for £25 more", ["£25"]],
    ["für 9,90 € zusätzlich", ["9,90 €"]],
    ["por 15 €, solo dígaselo", ["15 €"]],
    ["por mais r$ 25 também", ["r$ 25"]],
    ["あと600円で、壁掛けセットも", ["600円"]],
    ["追加料金3,000円で清掃も", ["3,000円"]],
    ["再加20元还可以配", ["20元"]],
    ["za dodatkowe 25 zł sprzedajemy", ["25 zł"]],
    ["för 149 kr extra", ["149 kr"]],
    ["¥500で", ["¥500"]],
    ["voor € 15 ook", ["€ 15"]],
    ["برسوم قدرها 150 درهم", ["150 درهم"]],
  ];
  for (const [text, prices] of cases) {
    assert.deepEqual(
      findPrices(text).map(({ start, end }) => text.slice(start, end)),
      prices,
      text,
    );
  }
  // Numbers without a currency are no prices: order numbers, sizes, dates.
  for (
    const text of [
      "order 304-1234567-7654321",
      "size 42, 2 pairs",
      "on 12.03 at 10:00",
      "3 kg",
      "10 krzeseł",
      "5 tlf",
      "try 3 times",
    ]
  ) {
    assert.deepEqual(findPrices(text), [], text);
  }
});

Deno.test("decideMarketing: a price with an offered extra cross-sells", () => {
  assert.equal(
    decideMarketing(new Set(["price", "availability"])),
    "crossSell",
  );
  assert.equal(decideMarketing(new Set(["price", "invitation"])), "crossSell");
  // A price alone, with the seller's own alone ("our labour is £40 an
  // hour"), or next to the ordered item or help content, is not.
  assert.equal(decideMarketing(new Set(["price"])), undefined);
  assert.equal(decideMarketing(new Set(["price", "ours"])), undefined);
  assert.equal(
    decideMarketing(new Set(["price", "availability", "orderItem"])),
    undefined,
  );
  assert.equal(
    decideMarketing(new Set(["price", "availability", "helpContent"])),
    undefined,
  );
});

Deno.test("decideMarketing: the seller's goods with a pitch next to them", () => {
  assert.equal(
    decideMarketing(
      new Set(["ours"]),
      new Set(["recommendation"]),
    ),
    "crossSell",
  );
  assert.equal(
    decideMarketing(new Set(["ours"]), new Set(), new Set(["novelty"])),
    "crossSell",
  );
  // Not when the pitch is about the ordered item or help content.
  assert.equal(
    decideMarketing(
      new Set(["ours"]),
      new Set(["recommendation", "orderItem"]),
    ),
    undefined,
  );
  assert.equal(
    decideMarketing(
      new Set(["ours", "helpContent"]),
      new Set(["recommendation"]),
    ),
    undefined,
  );
});

Deno.test("no-marketing reads prices, coming goods and pitches structurally", async (t) => {
  const flagged: readonly [string, string][] = [
    [
      "es-ES",
      "El pedido sale hoy. Ya que el montador estará allí, también puede ajustarle las puertas del armario por 20 €.",
    ],
    [
      "pl-PL",
      "Zamówienie jest w drodze. Przy okazji monter może też wyczyścić okap za 80 zł.",
    ],
    [
      "ja-JP",
      "ご注文の品は本日発送しました。あと800円で、替えのカバーもお付けできます。",
    ],
    [
      "de-DE",
      "Die Lampe ist unterwegs. Nächsten Monat kommen dann auch unsere Wandleuchten in Messing.",
    ],
    // "Can also" next to a price, with no cue word of the lexicon.
    ["fr-FR", "Le technicien peut aussi vérifier le joint pour 20 €."],
    [
      "nl-NL",
      "Als de monteur er toch is, kan hij voor € 15 ook uw waterkoker ontkalken.",
    ],
    ["zh-CN", "师傅上门时还可以顺便清洗空调，另付60元即可。"],
    [
      "sv-SE",
      "Montören kommer på tisdag. När han ändå är där kan han även rensa golvbrunnen för 350 kr.",
    ],
    [
      "ar-AE",
      "سيصل الفني يوم الثلاثاء، ويمكنه أيضًا تنظيف المكيف الآخر مقابل 120 درهم.",
    ],
    [
      "tr-TR",
      "Teknisyen salı günü gelecek. Oradayken 300 TL karşılığında kombinizin bakımını da yapabilir.",
    ],
  ];
  const clean: readonly [string, string][] = [
    ["en-GB", "We refunded the £4.99 shipping fee to your card this morning."],
    [
      "en-GB",
      "Return postage costs £3.99, or you can also drop it at a post office for free.",
    ],
    ["de-DE", "Ab Januar gelten bei uns neue Versandzeiten."],
    // A price that the order, its payment or its shipping costs.
    ["de-DE", "Die Montage kostet 49 €, das Altgerät nehmen wir auch mit."],
    ["en-GB", "The total was £49.99 and the cable is included too."],
    ["en-GB", "You can also pay the £20 balance by card."],
    ["es-ES", "El importe de 30 € también incluye el montaje."],
    [
      "fr-FR",
      "Vous avez payé 25 € pour la pose, et le technicien vérifiera aussi le raccordement.",
    ],
    [
      "en-GB",
      "The courier can also deliver on Saturday for £5 if that suits you.",
    ],
    ["zh-CN", "您支付的80元也包含安装费。"],
    ["sv-SE", "Du betalade 300 kr, och det gäller även monteringen."],
    ["ar-AE", "دفعت 120 درهم، ويمكنك أيضًا طباعة الفاتورة."],
    ["tr-TR", "Kargo ücreti olan 40 TL iade edildi."],
    ["hi-IN", "शिपिंग के 50 रुपये आपके खाते में वापस कर दिए गए हैं।"],
    [
      "en-GB",
      "Here is a £10 gift card for the trouble; you can also keep the old one.",
    ],
    ["nl-NL", "Volgende maand kunt u ons ook op zaterdag bellen."],
    [
      "en-GB",
      "Sorry for our mistake with the label. Tip: charge the battery fully before first use.",
    ],
    [
      "de-DE",
      "Unsere Verpackung ist recycelbar. Tipp: Heben Sie den Karton für eine Rücksendung auf.",
    ],
  ];
  for (const [locale, text] of flagged) {
    await t.step(`flags (${locale}): ${text}`, () => {
      assert.ok(marketingErrors(locale, text) > 0, text);
    });
  }
  for (const [locale, text] of clean) {
    await t.step(`clean (${locale}): ${text}`, () => {
      assert.equal(marketingErrors(locale, text), 0, text);
    });
  }
});

// The probes the rules still miss (mostly stock, refills or a coming range
// worded with no cue word of the language's lexicon). Only the clean traps
// and the other violations are asserted: a probe that starts to be caught
// may stay on this list.
const KNOWN: ReadonlySet<string> = new Set([
  "The rug should arrive on Friday. In March we are adding a runner version in the same weave, which might suit your hallway.",
  "Hope the shaver works well. Spare heads are kept in stock here, so whenever yours wear out you know where to find them.",
  "Your candle has shipped. Next month our autumn scents arrive, including a cedar one we think you'd enjoy.",
  "Viel Freude mit dem Rasierer. Ersatzköpfe haben wir immer vorrätig, falls Ihre einmal abgenutzt sind.",
  "Le tapis arrive vendredi. En mars, nous ajoutons une version passage dans le même tissage, qui pourrait convenir à votre couloir.",
  "Bonne utilisation du rasoir. Nous avons toujours des têtes de rechange en stock, le jour où les vôtres seront usées.",
  "La alfombra llega el viernes. En marzo añadimos una versión de pasillo con el mismo tejido, que podría quedar bien en su entrada.",
  "Que disfrute de la afeitadora. Siempre tenemos cabezales de repuesto en stock, por si los suyos se desgastan.",
  "Il pacco è partito stamattina. Anche il cesto portabiancheria abbinato lo vendiamo noi.",
  "Il tappeto arriva venerdì. A marzo aggiungiamo una versione passatoia con la stessa trama, che potrebbe stare bene nel suo corridoio.",
  "Buon uso del rasoio. Abbiamo sempre testine di ricambio in magazzino, per quando le sue si consumeranno.",
  "Seu pedido saiu hoje cedo. O cesto de roupa combinando também é vendido por nós.",
  "O tapete chega na sexta. Em março vamos lançar uma passadeira com a mesma trama, que pode ficar ótima no seu corredor.",
  "Aproveite o barbeador. Sempre temos lâminas de reposição em estoque, para quando as suas gastarem.",
  "Sua vela foi enviada. No mês que vem chegam nossas fragrâncias de outono, incluindo uma de cedro que você deve gostar.",
  "Het kleed komt vrijdag. In maart voegen we een loper toe in hetzelfde weefsel, misschien iets voor uw gang.",
  "Veel plezier met het scheerapparaat. Reservekoppen hebben we altijd op voorraad, voor als de uwe versleten zijn.",
  "Dywan dotrze w piątek. W marcu dodajemy chodnik z tym samym splotem, może przyda się do przedpokoju.",
  "Miłego korzystania z golarki. Zapasowe głowice zawsze mamy na stanie, gdyby Pana się zużyły.",
  "Świeca została wysłana. W przyszłym miesiącu wchodzą nasze jesienne zapachy, w tym cedrowy, który może się Panu spodobać.",
  "ラグは金曜日に届きます。3月には同じ織りのロングタイプも加わる予定ですので、廊下用にいかがでしょうか。",
  "シェーバーをお楽しみください。替刃はいつでも在庫がございますので、すり減った際はどうぞ。",
  "キャンドルを発送しました。来月は秋の香りが入荷予定で、シダーの香りもきっと気に入っていただけると思います。",
  "コーヒーミルは昨日出荷しました。多くのお客様が当店のセラミック保存缶と一緒に使って、豆の鮮度を保っています。",
  "地毯周五送到。三月份我们会上同款编织的长条款，放在走廊应该很合适。",
  "祝您使用愉快。备用刀头我们一直有现货，以后磨损了随时可以找我们。",
  "餐桌今天已发货。大多数顾客都说我们的蜂蜡护理油能让桌面多年如新。",
  "蜡烛已寄出。下个月我们的秋季香型就到货了，其中雪松味的您应该会喜欢。",
]);

for (const [locale, probes] of Object.entries(SOFT_STRUCTURE_PROBES)) {
  Deno.test(`soft marketing structure probes (${locale})`, () => {
    const clean = new Set(probes["marketing-soft"]!.clean);
    for (const score of scoreProbes(locale, probes)) {
      const wrong = score.failing.filter((text) =>
        clean.has(text) || !KNOWN.has(text)
      );
      assert.deepEqual(wrong, [], `${locale} ${score.name}`);
    }
  });
}
