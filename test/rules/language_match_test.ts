import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import type { LanguageDetector } from "../../src/language/mod.ts";
import { languageMatch } from "../../src/rules/language_match.ts";
import { testRule } from "../_rule_tester.ts";

const de =
  "Guten Tag, leider verzögert sich der Versand Ihrer Bestellung 123-1234567-1234567 um einige Tage, weil ein Bauteil fehlt. Wir bitten um Entschuldigung und melden uns, sobald das Paket unterwegs ist.";
const pt =
  "Olá, infelizmente o envio do seu pedido 123-1234567-1234567 vai atrasar alguns dias porque falta uma peça. Pedimos desculpas e avisaremos assim que o pacote for enviado.";
const es =
  "Hola, lamentablemente el envío de su pedido 123-1234567-1234567 se retrasará unos días porque falta una pieza. Le pedimos disculpas y le avisaremos cuando el paquete esté en camino.";
const ja =
  "ご注文の商品の発送が遅れております。申し訳ございません。12月9日に発送予定です。";

testRule(languageMatch, {
  valid: [
    { text: de, locale: "de-DE" },
    { text: de, locale: "de-AT", name: "another region of the same language" },
    { text: pt, locale: "pt-BR" },
    { text: es, locale: "es-MX" },
    { text: ja, locale: "ja-JP" },
    {
      text: "Order 123-1234567-1234567 ok.",
      locale: "de-DE",
      name: "too short to judge",
    },
    { text: de, name: "no buyer locale: nothing to compare" },
    {
      text: de,
      locale: "ko-KR",
      name: "a Latin text for a Hangul buyer is judged by script",
      message: { template: { id: "unexpectedProblem", locale: "ko-KR" } },
    },
    {
      text:
        "Guten Tag, Ihre Bestellung Trail Runner 2 Waterproof Hiking Boots for men and women ist unterwegs.",
      locale: "de-DE",
      message: { dataSpans: [{ start: 27, end: 76 }] },
      name: "English product title inside data spans is ignored",
    },
    {
      message: { type: "warranty" },
      locale: "de-DE",
      name: "attachment types are not judged",
    },
    {
      text: "Any text",
      locale: "de-DE",
      message: { template: { id: "unexpectedProblem", locale: "de-DE" } },
      name: "a composed message is judged by its template's locale",
    },
  ],
  invalid: [
    {
      text: pt,
      locale: "es-ES",
      errors: [{
        messageId: "mismatch",
        severity: "error",
        message: "Portuguese",
      }],
    },
    {
      text: es,
      locale: "pt-BR",
      errors: [{
        messageId: "mismatch",
        severity: "error",
        message: "Spanish",
      }],
    },
    {
      text: de,
      locale: "fr-FR",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    { text: ja, locale: "zh-CN", errors: [{ messageId: "mismatch" }] },
    {
      text: "Hello",
      locale: "ko-KR",
      message: { template: { id: "unexpectedProblem", locale: "en-US" } },
      errors: [{
        messageId: "templateFallback",
        message: "add templates/unexpectedProblem/ko-KR.hbs",
      }],
    },
    { text: de, locale: "not a locale!", errors: [{ messageId: "badLocale" }] },
  ],
});

Deno.test("language-match uses a detector given as option", () => {
  const calls: string[][] = [];
  const alwaysFrench: LanguageDetector = (_text, candidates) => {
    calls.push([...candidates]);
    return [{ language: "fr", score: 1 }, { language: "de", score: 0 }];
  };
  const report = lintMessage({
    type: "unexpectedProblem",
    text: de,
    locale: "de-DE",
  }, {
    policy: {
      name: "t",
      rules: { "language-match": ["error", { detector: alwaysFrench }] },
    },
  });
  assert.ok(calls.length > 0);
  const found = report.diagnostics.filter((d) => d.ruleId === "language-match");
  assert.equal(found.length, 1);
  assert.equal(
    found[0]!.message,
    'The text reads as French, but the buyer\'s language is German ("de-DE"): write the message in German',
  );
  assert.throws(
    () =>
      lintMessage({ type: "unexpectedProblem", text: de }, {
        rules: { "language-match": ["error", { detector: 3 }] },
      }),
    /option "detector" must be a function/,
  );
});
