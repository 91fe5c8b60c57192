import { MARKETING_MODEL_DATA } from "../../../src/rules/_model/marketing_model.gen.ts";
import { testSentenceModel } from "./_held_out.ts";

// Measured when the model was last trained, on the held-out halves of sets
// a to d (caught 53.2%, 4.0% by the model alone, 1.2% of clean sentences
// flagged, nearly all by the concepts); a change that loses ground fails
// here. Since the lexicons took over some of the model's catches (the
// seller's other goods at its store, future bookings, pre-orders): caught
// 56.9%, 2.8% by the model alone, 1.25% flagged.
await testSentenceModel({
  family: "marketing",
  ruleId: "no-marketing",
  modelData: MARKETING_MODEL_DATA,
  task: "build:marketing-model",
  reported: "Use code SAVE10 for 10% off your next order.",
  caught: 0.52,
  added: 0.027,
  flagged: 0.013,
});
