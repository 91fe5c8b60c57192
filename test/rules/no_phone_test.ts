import { noPhone } from "../../src/rules/no_phone.ts";
import { testRule } from "../_rule_tester.ts";

testRule(noPhone, {
  valid: [
    "Order 123-1234567-1234567 ships 2026-12-04.",
    "Delivery 04.12.2026 between 08:00 and 12:00",
    "Total: € 1.234.567,89",
    "Price $1,234,567.99",
    "Board 40 x 25 cm, weight 1500000 g",
    "Key X7KD-93LM-QP42-ZT8W",
    "Tracking 1Z999AA10123456784",
    "DHL tracking 00340434161234567890",
    "Version 10.2.3.4567",
    "ISBN 978-3-16-148410-0",
    "Reference 12345678 for your records",
    {
      text: "Manufacturer warranty line: +49 30 1234 5678",
      options: { allowAfter: ["warranty"] },
    },
    "１２月４日に発送します",
  ],
  invalid: [
    {
      text: "Call us on +49 30 1234 5678.",
      errors: [{
        messageId: "phone",
        span: "+49 30 1234 5678",
        severity: "warning",
      }],
    },
    {
      text: "Ring (555) 123-4567 now",
      errors: [{ messageId: "phone", span: "(555) 123-4567" }],
    },
    {
      text: "Number 555-123-4567",
      errors: [{ messageId: "phone", span: "555-123-4567" }],
    },
    {
      text: "Rufen Sie an: 030 12345678",
      errors: [{ messageId: "phone", span: "030 12345678" }],
    },
    {
      text: "Appelez le 01 23 45 67 89",
      errors: [{ messageId: "phone", span: "01 23 45 67 89" }],
    },
    {
      text: "Llámenos al 912345678",
      errors: [{ messageId: "phone", span: "912345678" }],
    },
    {
      text: "お電話は 03-1234-5678 まで",
      errors: [{ messageId: "phone", span: "03-1234-5678" }],
    },
    {
      text: "请致电 010-12345678",
      errors: [{ messageId: "phone", span: "010-12345678" }],
    },
    { text: "0044 20 7946 0958 is our line", errors: [{ messageId: "phone" }] },
    { text: "Warranty: +49 30 1234 5678", errors: [{ messageId: "phone" }] },
  ],
});
