import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";
import { lineBreaks } from "../../src/rules/line_breaks.ts";
import { testRule } from "../_rule_tester.ts";

testRule(lineBreaks, {
  valid: [
    "One\nTwo",
    "One\n\nTwo",
    "One\r\n\r\nTwo",
    "One\n \nTwo",
    "Trailing\n\n",
  ],
  invalid: [
    {
      text: "One\n\n\nTwo",
      errors: [{
        messageId: "tooMany",
        line: 1,
        column: 4,
        message: "3 line breaks",
      }],
    },
    { text: "One\n  \n\t\nTwo", errors: [{ messageId: "tooMany" }] },
    {
      text: "A\r\n\r\n\r\nB\n\n\n\nC",
      errors: [{ messageId: "tooMany" }, {
        messageId: "tooMany",
        message: "4 line breaks",
      }],
    },
    { text: "A\r\r\rB", errors: [{ messageId: "tooMany" }] },
  ],
});

Deno.test("line-breaks offers a fix that keeps one empty line", () => {
  const text = "One\n\n\n\nTwo";
  const [found] = lintMessage({ type: "unexpectedProblem", text }, {
    policy: { name: "t", rules: { "line-breaks": "error" } },
  }).diagnostics;
  const fixed = text.slice(0, found!.fix!.range.start.offset) +
    found!.fix!.text +
    text.slice(found!.fix!.range.end.offset);
  assert.equal(fixed, "One\n\nTwo");
});
