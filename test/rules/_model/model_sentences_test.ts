import assert from "node:assert/strict";
import { bareContext } from "../_intent/_context.ts";
import type { LinearModel } from "../../../src/rules/_model/linear_model.ts";
import {
  modelSentences,
  overlappingSentences,
} from "../../../src/rules/_model/model_sentences.ts";

const contextOf = (
  text: string,
  dataSpans?: { start: number; end: number }[],
) => bareContext(text, undefined, dataSpans);

// Counts a sentence that holds "shop", or the concept "novelty".
const model: LinearModel = {
  threshold: 0.5,
  score: (sentence, concepts) =>
    sentence.includes("shop") || [...(concepts ?? [])].includes("novelty")
      ? 0.9
      : 0.1,
};

Deno.test("modelSentences(): the sentences the model counts, as ranges of the original text", () => {
  const text =
    "Your order ships today.  See our SHOP for more lamps!\nThanks again.";
  const found = modelSentences(contextOf(text), model, []);
  assert.equal(found.length, 1);
  assert.equal(
    text.slice(found[0]!.start, found[0]!.end),
    "See our SHOP for more lamps!",
  );
  assert.equal(found[0]!.score, 0.9);
});

Deno.test("modelSentences(): skips covered ranges, order data, short sentences", () => {
  const text = "Your order ships today. See our shop for more lamps!";
  const start = text.indexOf("See");
  // Another finding covers the sentence.
  assert.deepEqual(
    modelSentences(contextOf(text), model, [{ start, end: start + 3 }]),
    [],
  );
  // The sentence is order data (a product title).
  assert.deepEqual(
    modelSentences(contextOf(text, [{ start, end: text.length }]), model, []),
    [],
  );
  // Too few letters to judge.
  assert.deepEqual(modelSentences(contextOf("Hi shop!"), model, []), []);
  assert.deepEqual(modelSentences(contextOf(""), model, []), []);
});

Deno.test("modelSentences(): passes each sentence its concepts, by where it starts", () => {
  const text = "Your order ships today. A new range arrives soon.";
  const second = text.indexOf("A new");
  // A sentence starts just after the one before it ends (its leading
  // space included); the text is normalized without changing offsets here.
  const found = modelSentences(
    contextOf(text),
    model,
    [],
    new Map([[text.indexOf(". A new") + 1, new Set(["novelty"])]]),
  );
  assert.deepEqual(found.map((f) => f.start), [second]);
});

Deno.test("overlappingSentences(): the sentences worth scoring that a range touches", () => {
  const text = "Your order ships today. Hi! See our shop for more lamps.";
  const context = contextOf(text);
  const see = text.indexOf("See");
  const texts = (range: { start: number; end: number }) =>
    overlappingSentences(context, range).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(texts({ start: see, end: see + 3 }), [
    "See our shop for more lamps.",
  ]);
  // "Hi!" has too few letters to score.
  assert.deepEqual(texts({ start: 0, end: text.length }), [
    "Your order ships today.",
    "See our shop for more lamps.",
  ]);
  assert.deepEqual(texts({ start: text.indexOf("Hi"), end: see - 1 }), []);
  assert.deepEqual(
    overlappingSentences(contextOf(""), { start: 0, end: 0 }),
    [],
  );
});
