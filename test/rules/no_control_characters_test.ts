import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import type { Diagnostic } from "../../src/lint/rule.ts";
import { noControlCharacters } from "../../src/rules/no_control_characters.ts";
import { testRule } from "../_rule_tester.ts";

// Clean text in each supported locale, with the invisible and directional
// characters real text of that language uses: they must pass.
const CLEAN: Readonly<Record<string, string>> = {
  "ar-AE":
    "مرحبا، طلبك رقم \u200F123-1234567-1234567\u200F في الطريق وسيصل خلال \u061C3 أيام.",
  "de-DE":
    "Guten Tag,\r\nIhre Bestellung 123-1234567-1234567 ist unterwegs.\tDanke!",
  "en-GB": "Hello,\n\nYour order 123-1234567-1234567 has shipped. Kind regards",
  "en-US":
    "Thanks for your order 123-1234567-1234567 👨\u200D👩\u200D👧 ❤\uFE0F",
  "es-ES": "Hola, su pedido 123-1234567-1234567 llegará el día 5.",
  "es-MX": "¡Hola! Tu pedido 123-1234567-1234567 va en camino.",
  "fr-FR":
    "Bonjour\u202F! Votre commande 123-1234567-1234567 arrive\u00A0demain\u202F: merci.",
  "hi-IN":
    "नमस्ते, आपका ऑर्डर 123-1234567-1234567 भेज दिया गया है। क्\u200Dष और र्\u200Dय, ज़्\u200Cन",
  "it-IT": "Buongiorno, l'ordine 123-1234567-1234567 è in consegna.",
  "ja-JP":
    "ご注文 123-1234567-1234567 は発送済みです。葛\u{E0100}城様、ありがとうございます。",
  "nl-NL": "Hallo, uw bestelling 123-1234567-1234567 is onderweg.",
  "pl-PL": "Dzień dobry, zamówienie 123-1234567-1234567 jest w drodze.",
  "pt-BR": "Olá, o seu pedido 123-1234567-1234567 foi enviado.",
  "sv-SE": "Hej, din beställning 123-1234567-1234567 är på väg.",
  "tr-TR":
    "Merhaba, 123-1234567-1234567 numaralı siparişiniz yolda. İyi günler",
  "zh-CN": "您好，您的订单 123-1234567-1234567 已发货。\u3000谢谢！",
};

testRule(noControlCharacters, {
  valid: [
    ...Object.entries(CLEAN).map(([locale, text]) => ({
      text,
      locale,
      name: `clean ${locale} text`,
    })),
    "Tabs\tand\r\nCRLF line endings\r\nare fine",
    "Persian uses the non-joiner: می\u200Cخواهم",
    "A flag: 🇩🇪, a keycap: 1\uFE0F\u20E3, a skin tone: 👍🏽",
    "Astral letters: 𠀀𝒜 are fine",
    { message: { type: "warranty" }, name: "no text" },
  ],
  invalid: [
    {
      text: "Null\u0000byte",
      errors: [{
        messageId: "control",
        column: 5,
        span: "\u0000",
        message: "U+0000 (NULL)",
      }],
    },
    {
      text: "Bell\u0007 and escape\u001B[31m and delete\u007F",
      errors: [
        { messageId: "control", span: "\u0007", message: "U+0007" },
        { messageId: "control", span: "\u001B", message: "U+001B (ESCAPE)" },
        { messageId: "control", span: "\u007F", message: "U+007F (DELETE)" },
      ],
    },
    {
      name: "a run of C1 controls is one finding",
      text: "C1\u0080\u0085\u009Fcontrols",
      errors: [{
        messageId: "control",
        span: "\u0080\u0085\u009F",
        message: "U+0080 and 2 more",
      }],
    },
    {
      name: "vertical tab and form feed",
      text: "a\u000Bb\u000Cc",
      errors: [{ messageId: "control" }, { messageId: "control" }],
    },
    {
      name: "a lone carriage return",
      text: "Old\rMac line\r\nending",
      errors: [{
        messageId: "lineBreak",
        line: 1,
        column: 4,
        span: "\r",
        message: "U+000D (CARRIAGE RETURN)",
      }],
    },
    {
      name: "line and paragraph separators",
      text: "One\u2028two\u2029three",
      errors: [
        { messageId: "lineBreak", span: "\u2028" },
        { messageId: "lineBreak", span: "\u2029" },
      ],
    },
    {
      name: "a lone high surrogate",
      text: "Cut emoji \uD83D here",
      errors: [{
        messageId: "loneSurrogate",
        column: 11,
        span: "\uD83D",
        message: "U+D83D",
      }],
    },
    {
      name: "a lone low surrogate, and one at the end",
      text: "\uDE00 start and end \uD83D",
      errors: [
        { messageId: "loneSurrogate", column: 1, span: "\uDE00" },
        { messageId: "loneSurrogate", span: "\uD83D" },
      ],
    },
    {
      name: "two high surrogates: both unpaired",
      text: "x\uD83D\uD83Dy",
      errors: [{
        messageId: "loneSurrogate",
        span: "\uD83D\uD83D",
        message: "and 1 more",
      }],
    },
    {
      name: "a right-to-left override hiding an amount",
      text: "Your refund of \u202E001$\u202C is on its way",
      errors: [
        {
          messageId: "bidi",
          span: "\u202E",
          message: "U+202E (RIGHT-TO-LEFT OVERRIDE)",
        },
        { messageId: "bidi", span: "\u202C" },
      ],
    },
    {
      name: "every embedding, override and isolate",
      text: "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j",
      errors: [..."\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"]
        .map((ch) => ({ messageId: "bidi", span: ch })),
    },
    {
      name: "invisible characters that split words are warnings",
      text: "free\u200Bcoupon, re\u00ADview, \uFEFFbom, word\u2060joiner",
      errors: [
        {
          messageId: "invisible",
          severity: "warning",
          span: "\u200B",
          message: "U+200B (ZERO WIDTH SPACE)",
        },
        { messageId: "invisible", severity: "warning", span: "\u00AD" },
        { messageId: "invisible", severity: "warning", span: "\uFEFF" },
        { messageId: "invisible", severity: "warning", span: "\u2060" },
      ],
    },
    {
      name: "tag characters smuggling text",
      text: "Hi\u{E0068}\u{E0069} there",
      errors: [{
        messageId: "invisible",
        severity: "warning",
        span: "\u{E0068}\u{E0069}",
        message: "U+E0068 and 1 more",
      }],
    },
    {
      name: "a Hangul filler as a blank",
      text: "Name: \u3164",
      errors: [{ messageId: "invisible", span: "\u3164" }],
    },
    {
      name: "kinds next to each other are separate findings",
      text: "a\u0000\u202E\u200Bb",
      errors: [
        { messageId: "control", span: "\u0000" },
        { messageId: "bidi", span: "\u202E" },
        { messageId: "invisible", span: "\u200B" },
      ],
    },
  ],
});

function lint(text: string): readonly Diagnostic[] {
  return lintMessage({ type: "unexpectedProblem", text }, {
    policy: { name: "t", rules: { "no-control-characters": "error" } },
  }).diagnostics;
}

function applyFixes(text: string, found: readonly Diagnostic[]): string {
  let out = text;
  for (const d of [...found].reverse()) {
    out = out.slice(0, d.fix!.range.start.offset) + d.fix!.text +
      out.slice(d.fix!.range.end.offset);
  }
  return out;
}

Deno.test("no-control-characters offers fixes that remove the characters", () => {
  const text =
    "Re\u00ADfund \u202E$01\u202C for\u0000 order\r\u{E0041} 123-1234567-1234567\uD83D";
  const found = lint(text);
  assert.ok(found.every((d) => d.fix !== undefined));
  const fixed = applyFixes(text, found);
  assert.equal(fixed, "Refund $01 for order\n 123-1234567-1234567");
  assert.deepEqual(lint(fixed), []);
});

Deno.test("no-control-characters is on in both built-in policies", () => {
  const text = "Order 123-1234567-1234567\u0000";
  for (const policy of ["recommended", "spec-only"] as const) {
    const report = lintMessage({ type: "unexpectedProblem", text }, {
      policy,
    });
    assert.ok(
      report.diagnostics.some((d) =>
        d.ruleId === "no-control-characters" && d.severity === "error"
      ),
      policy,
    );
  }
});

Deno.test("no-control-characters reports every character of a 2000-character text once, fast", () => {
  // Every kind, alternating with letters so no two are in one run.
  const bad = ["\u0000", "\u202E", "\u200B", "\uD800", "\r", "\u0085"];
  const text = Array.from({ length: 1000 }, (_, i) => `a${bad[i % 6]}`)
    .join("");
  const start = performance.now();
  const found = lint(text);
  const elapsed = performance.now() - start;
  assert.equal(found.length, 1000);
  assert.ok(elapsed < 500, `${elapsed.toFixed(0)} ms`);
});
