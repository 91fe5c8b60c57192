import { messageShape } from "../../src/rules/message_shape.ts";
import { testRule } from "../_rule_tester.ts";

const a = { uploadDestinationId: "d", fileName: "f.pdf" };

testRule(messageShape, {
  valid: [
    { text: "Order 123-1234567-1234567 is late." },
    { message: { type: "warranty", attachments: [a] } },
    { message: { type: "invoice", attachments: [a, a, a, a, a] } },
    { message: { type: "legalDisclosure" } },
    {
      message: {
        type: "warranty",
        attachments: [a],
        coverageStartDate: "2026-01-01T00:00:00Z",
        coverageEndDate: "2026-01-01T00:00:00+00:00",
      },
    },
    {
      text: "hi",
      message: { locale: "de-DE", amazonOrderId: "1", marketplaceId: "X" },
    },
  ],
  invalid: [
    {
      message: { type: "createWarranty" },
      errors: [{ messageId: "unknownType" }],
    },
    {
      message: { type: "negativeFeedbackRemoval" },
      errors: [{ messageId: "deprecatedType", severity: "warning" }],
    },
    {
      message: { type: "warranty", text: "x" },
      errors: [{ messageId: "textNotAllowed" }, {
        messageId: "tooFewAttachments",
      }],
    },
    {
      message: { type: "invoice" },
      errors: [{ messageId: "tooFewAttachments" }],
    },
    {
      message: { type: "invoice", attachments: [a, a, a, a, a, a] },
      errors: [{ messageId: "tooManyAttachments", message: "has 6" }],
    },
    {
      text: "x",
      message: { attachments: [a] },
      errors: [{ messageId: "attachmentsNotAllowed" }],
    },
    {
      message: {
        type: "warranty",
        attachments: [a, { fileName: "" } as never],
      },
      errors: [{ messageId: "badAttachment", message: "Attachment 2" }],
    },
    {
      text: "x",
      message: { subject: "Hi" },
      errors: [{ messageId: "unknownField", message: '"subject"' }],
    },
    {
      message: {
        type: "warranty",
        attachments: [a],
        coverageStartDate: "2026-01-01",
      },
      errors: [{ messageId: "badDate" }],
    },
    {
      message: {
        type: "warranty",
        attachments: [a],
        coverageStartDate: "2027-01-01T00:00:00Z",
        coverageEndDate: "2026-01-01T00:00:00Z",
      },
      errors: [{ messageId: "datesReversed" }],
    },
    {
      text: "x",
      message: { coverageStartDate: "2027-01-01T00:00:00Z" },
      errors: [{ messageId: "fieldNotAllowed" }],
    },
  ],
});
