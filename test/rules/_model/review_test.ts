import { REVIEW_MODEL_DATA } from "../../../src/rules/_model/review_model.gen.ts";
import { testSentenceModel } from "./_held_out.ts";

// Measured when the model was last trained, on the held-out halves of sets
// a, d and e (caught 63.6%, 10.9% by the model alone, 3.3% of clean
// sentences flagged, nearly all by the concepts); a change that loses
// ground fails here.
await testSentenceModel({
  family: "review",
  ruleId: "no-review-manipulation",
  modelData: REVIEW_MODEL_DATA,
  task: "build:review-model",
  reported: "Please leave us a 5-star review.",
  caught: 0.63,
  added: 0.1,
  flagged: 0.035,
});
