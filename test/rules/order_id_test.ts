import { orderId } from "../../src/rules/order_id.ts";
import { testRule } from "../_rule_tester.ts";

testRule(orderId, {
  valid: [
    "Order 123-1234567-1234567 is late.",
    {
      text: "Bestellung 123-1234567-1234567",
      amazonOrderId: "123-1234567-1234567",
    },
    {
      text: "no id",
      type: "warranty",
      name: "types without text are not checked",
    },
    {
      message: { type: "unexpectedProblem" },
      name: "no text at all is another rule's business",
    },
  ],
  invalid: [
    {
      text: "Your order is late.",
      errors: [{ messageId: "missing", severity: "warning" }],
    },
    {
      text: "Order 1234-1234567-1234567 is late.",
      errors: [{ messageId: "missing" }],
    },
    {
      text: "Order 999-7654321-7654321 is late.",
      amazonOrderId: "123-1234567-1234567",
      errors: [{
        messageId: "otherOrder",
        severity: "error",
        span: "999-7654321-7654321",
      }],
    },
    {
      text:
        "Order 123-1234567-1234567 looks like a duplicate of order 999-7654321-7654321 placed a minute later.",
      amazonOrderId: "123-1234567-1234567",
      errors: [{
        messageId: "relatedOrder",
        severity: "warning",
        span: "999-7654321-7654321",
      }],
    },
  ],
});
