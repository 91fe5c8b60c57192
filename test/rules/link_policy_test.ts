import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import { linkPolicy } from "../../src/rules/link_policy.ts";
import { testRule } from "../_rule_tester.ts";
import { fastestTime, retried } from "../_timing.ts";

testRule(linkPolicy, {
  valid: [
    "Your order history: https://www.amazon.de/gp/css/order-history",
    "Details: https://amazon.co.jp/gp/help.",
    "Size 2.5 cm, file manual.pdf, Node.js, v1.2.3",
    "We use DHL Freight. Reply to this message.",
    {
      text: "Book here: https://www.dhl.de/en/booking",
      options: { allowedDomains: ["dhl.de"] },
    },
    {
      text: "Book at https://termin.dhl.de/x",
      options: { allowedDomains: ["dhl.de"] },
    },
    "Order 123-1234567-1234567 at 10.30.",
  ],
  invalid: [
    {
      text: "Visit https://myshop.com/deals",
      errors: [{ messageId: "external", span: "https://myshop.com/deals" }],
    },
    {
      text: "Visit www.myshop.com.",
      errors: [{ messageId: "external", span: "www.myshop.com" }],
    },
    {
      text: "Go to myshop.de for help",
      errors: [{ messageId: "external", span: "myshop.de" }],
    },
    { text: "Short: https://bit.ly/abc", errors: [{ messageId: "shortener" }] },
    {
      text: "Short: amzn.to/abc",
      errors: [{ messageId: "shortener", span: "amzn.to/abc" }],
    },
    {
      text: "See http://www.amazon.com/gp/help",
      errors: [{ messageId: "insecure" }],
    },
    {
      text: "See www.amazon.fr/gp/help",
      errors: [{ messageId: "bare", span: "www.amazon.fr/gp/help" }],
    },
    {
      text: "Click here: https://www.amazon.com/gp/help",
      errors: [{
        messageId: "vagueText",
        severity: "warning",
        message: '"Click here"',
      }],
    },
    {
      text: "Hier klicken https://www.amazon.de/x",
      errors: [{ messageId: "vagueText" }],
    },
    {
      text: "Evil: https://amazon.de.evil.com/x",
      errors: [{ messageId: "external" }],
    },
    {
      text: "Evil: https://notamazon.de/x",
      errors: [{ messageId: "external" }],
    },
    {
      text: "Amazon off: https://www.amazon.de/x",
      options: { allowAmazon: false },
      errors: [{ messageId: "external" }],
    },
  ],
});

Deno.test("link-policy trims the punctuation after a link in one pass", () => {
  const lint = (text: string) =>
    lintMessage({ type: "unexpectedProblem", text }, {
      policy: { name: "t", rules: { "link-policy": "error" } },
    }).diagnostics;
  // Punctuation after the link is not part of it, however much there is.
  const [found] = lint("See https://www.example.com/a,.;:!?。、 now");
  assert.equal(found?.message.includes('"https://www.example.com/a"'), true);
  // A link full of commas: trimming it with /[.,]+$/ tried every comma.
  const text = `https://www.amazon.de/${",".repeat(1970)}x`;
  const benign = "Please see the order page for the details. ".repeat(46)
    .slice(0, text.length);
  const problem = retried(() => {
    const baseline = fastestTime(() => lint(benign));
    const time = fastestTime(() => lint(text), 5, 100);
    return time <= 20 * baseline + 0.5
      ? undefined
      : `${time.toFixed(2)} ms, a plain text ${baseline.toFixed(2)} ms`;
  });
  assert.equal(problem, undefined, problem);
});
