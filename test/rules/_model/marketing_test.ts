import assert from "node:assert/strict";
import {
  MARKETING_MODEL,
  MARKETING_MODEL_DATA,
} from "../../../src/rules/_model/marketing_model.gen.ts";
import {
  MARKETING_REPORT_THRESHOLD,
  marketingModel,
} from "../../../src/rules/_model/marketing.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";
import { testSentenceModel } from "./_held_out.ts";

// Measured when the model was last trained, on sets g and h, which it
// holds out whole (by writers who wrote no other set): caught 59.0%, 5.2%
// by the model alone, 1.0% of clean sentences flagged. (Trained on half of
// each set and measured on the other halves, it caught 56.9%, 2.8% by the
// model alone, 1.25% flagged.) Since the rule reports from
// MARKETING_REPORT_THRESHOLD: caught 62.4%, 8.0% by the model alone, 1.0%
// flagged. A change that loses ground fails here.
await testSentenceModel({
  family: "marketing",
  ruleId: "no-marketing",
  modelData: MARKETING_MODEL_DATA,
  task: "build:marketing-model",
  reported: "Use code SAVE10 for 10% off your next order.",
  caught: 0.61,
  added: 0.075,
  flagged: 0.0125,
});

Deno.test("marketingModel() counts from MARKETING_REPORT_THRESHOLD when the trainer's threshold is higher", () => {
  assert.equal(
    marketingModel().threshold,
    Math.min(MARKETING_MODEL.threshold, MARKETING_REPORT_THRESHOLD),
  );
  assert.ok(MARKETING_REPORT_THRESHOLD > 0.5 && MARKETING_REPORT_THRESHOLD < 1);
});

Deno.test("no-marketing: a sentence the model counts is a warning right after the buyer's question, an error elsewhere", () => {
  const sale = "By the way, we have a spring sale on garden chairs.";
  const lint = (text: string) =>
    lintMessage({ type: "unexpectedProblem", text, locale: "en-GB" })
      .diagnostics.filter((d) => d.ruleId === "no-marketing")
      .map((d) => `${d.severity}:${d.messageId}`);
  assert.deepEqual(lint(`Your table ships on Monday. ${sale}`), [
    "error:modelled",
  ]);
  assert.deepEqual(
    lint(`You asked about the garden chairs in your note. ${sale}`),
    ["warning:modelledAnswer"],
  );
});
