import { textLength } from "../../src/rules/text_length.ts";
import { testRule } from "../_rule_tester.ts";

testRule(textLength, {
  valid: [
    { text: "x".repeat(2000) },
    { text: "x".repeat(400), type: "digitalAccessKey" },
    { text: "x".repeat(800), type: "confirmCustomizationDetails" },
    {
      text: "😀".repeat(200),
      type: "digitalAccessKey",
      name: "200 emoji = 400 code units",
    },
    { message: { type: "warranty" }, name: "no text on an attachment type" },
  ],
  invalid: [
    {
      text: "x".repeat(2001),
      errors: [{
        messageId: "tooLong",
        column: 2001,
        message: "shorten it by 1",
      }],
    },
    {
      text: "😀".repeat(200) + "x",
      type: "digitalAccessKey",
      errors: [{ messageId: "tooLong" }],
    },
    { text: "", errors: [{ messageId: "empty" }] },
    { text: "  \n ", errors: [{ messageId: "blank" }] },
  ],
});
