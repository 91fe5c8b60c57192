import assert from "node:assert/strict";
import { bareContext } from "../_intent/_context.ts";
import type { LinearModel } from "../../../src/rules/_model/linear_model.ts";
import {
  type DoubtLimits,
  isDoubted,
} from "../../../src/rules/_model/doubt.ts";

// Scores a sentence by the first number in it, in per cent.
const model: LinearModel = {
  threshold: 0.9,
  score: (sentence) => Number(/\d+/.exec(sentence)?.[0] ?? 50) / 100,
};
const LIMITS: DoubtLimits = {
  below: 0.3,
  deniedBy: ["negatedReview"],
  never: ["positive"],
};
const whole = (text: string) => ({ start: 0, end: text.length });
const denied = new Map([[0, new Set(["review", "negatedReview"])]]);

Deno.test("isDoubted(): a finding in a sentence holding a denial, scored below the limit", () => {
  const doubted = (text: string) =>
    isDoubted(bareContext(text), model, whole(text), denied, LIMITS);
  assert.equal(doubted("The model scores this sentence at 20 per cent."), true);
  assert.equal(
    doubted("The model scores this sentence at 30 per cent."),
    false,
  );
  assert.equal(
    doubted("The model scores this sentence at 80 per cent."),
    false,
  );
});

Deno.test("isDoubted(): without a denial in the sentence, no score is low enough", () => {
  const text = "The model scores this sentence at 1 per cent.";
  const doubted = (held: string[]) =>
    isDoubted(
      bareContext(text),
      model,
      whole(text),
      new Map([[0, new Set(held)]]),
      LIMITS,
    );
  assert.equal(doubted([]), false);
  assert.equal(doubted(["review", "request"]), false);
  assert.equal(doubted(["review", "negatedReview"]), true);
  // A good review asked for is no denial.
  assert.equal(doubted(["review", "negatedReview", "positive"]), false);
  assert.equal(
    isDoubted(bareContext(text), model, whole(text), new Map(), LIMITS),
    false,
  );
});

Deno.test("isDoubted(): every sentence the finding overlaps must be doubted", () => {
  const text =
    "This first sentence scores 2 per cent. The second one scores 70 per cent.";
  const context = bareContext(text);
  const second = text.indexOf(" The") + 1;
  const concepts = new Map([
    [0, new Set(["negatedReview"])],
    [text.indexOf(". The") + 1, new Set(["negatedReview"])],
  ]);
  const first = { start: 0, end: text.indexOf(".") + 1 };
  assert.equal(isDoubted(context, model, first, concepts, LIMITS), true);
  assert.equal(
    isDoubted(context, model, { start: 0, end: second + 5 }, concepts, LIMITS),
    false,
  );
});

Deno.test("isDoubted(): no sentence long enough to score, no doubt", () => {
  for (const text of ["Rate 1 now", ""]) {
    assert.equal(
      isDoubted(bareContext(text), model, whole(text), denied, LIMITS),
      false,
    );
  }
});
