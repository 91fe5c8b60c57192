import { noHtml } from "../../src/rules/no_html.ts";
import { testRule } from "../_rule_tester.ts";

testRule(noHtml, {
  valid: [
    "Salt & pepper set",
    "Size x < 5 cm and y > 2 cm",
    "A&B Outfitters, R&D team",
    "Use the <- arrow",
    "Preis: 5 € & Versand gratis",
    "注文番号 123-1234567-1234567 <> 確認",
    "if a < b and c > d",
  ],
  invalid: [
    {
      text: "Hello<br>there",
      errors: [{ messageId: "tag", span: "<br>", column: 6 }],
    },
    {
      text: "<p>Hi</p>",
      errors: [{ messageId: "tag", span: "<p>" }, {
        messageId: "tag",
        span: "</p>",
      }],
    },
    {
      text: 'See <a href="https://amazon.de">this</a>',
      errors: [{ messageId: "tag" }, { messageId: "tag", span: "</a>" }],
    },
    { text: "Line<br/>break", errors: [{ messageId: "tag", span: "<br/>" }] },
    {
      text: "Hi&nbsp;there",
      errors: [{ messageId: "entity", span: "&nbsp;" }],
    },
    {
      text: "x &#60; y &#x3C; z &amp; w",
      errors: [{ messageId: "entity", span: "&#60;" }, {
        messageId: "entity",
        span: "&#x3C;",
      }, { messageId: "entity", span: "&amp;" }],
    },
    {
      text: "Text <!-- hidden --> more",
      errors: [{ messageId: "comment", span: "<!--" }, {
        messageId: "comment",
        span: "-->",
      }],
    },
    {
      text: "Zeile 1\n<b>fett</b>",
      errors: [{ messageId: "tag", line: 2, column: 1 }, {
        messageId: "tag",
        line: 2,
        column: 8,
      }],
    },
    {
      text: "Bitte ＜ｂ＞jetzt＜／ｂ＞ antworten",
      errors: [{ messageId: "tag", span: "＜ｂ＞" }, {
        messageId: "tag",
        span: "＜／ｂ＞",
      }],
    },
    {
      text: "Hidden <\u200bscript>x",
      errors: [{ messageId: "tag", span: "<\u200bscript>" }],
    },
  ],
});
