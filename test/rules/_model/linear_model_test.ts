import assert from "node:assert/strict";
import { decodeModel } from "../../../src/rules/_model/linear_model.ts";
import { sentenceFeatures } from "../../../src/rules/_model/sentence_features.ts";

Deno.test("decodeModel() reads four-bit weights, the even bucket in the low bits", () => {
  // Buckets 0..3 hold -7, 7, 0, 3 steps: bytes 0x1 | 0xF << 4, 0x8 | 0xB << 4.
  const weights = btoa(
    String.fromCharCode(0x01 | (0x0F << 4), 0x08 | (0x0B << 4)),
  );
  const model = decodeModel({
    buckets: 4,
    scale: 0.5,
    bias: 0.25,
    threshold: 0.9,
    weights,
  });
  const step = [-3.5, 3.5, 0, 1.5];
  for (const sentence of ["new range", "our shop", "look"]) {
    let sum = 0.25;
    for (const f of sentenceFeatures(sentence, 4)) sum += step[f]!;
    assert.equal(model.score(sentence), 1 / (1 + Math.exp(-sum)), sentence);
  }
  assert.equal(model.threshold, 0.9);
});

Deno.test("decodeModel(): concepts change the score", () => {
  // Every bucket +1 step: each feature adds 1.
  const model = decodeModel({
    buckets: 8,
    scale: 1,
    bias: 0,
    threshold: 0.5,
    weights: btoa(String.fromCharCode(0x99, 0x99, 0x99, 0x99)),
  });
  assert.ok(model.score("look", ["novelty"]) > model.score("look"));
});

Deno.test("decodeModel(): concepts the model was not trained on are no input", () => {
  const stored = {
    buckets: 8,
    scale: 1,
    bias: 0,
    threshold: 0.5,
    weights: btoa(String.fromCharCode(0x99, 0x99, 0x99, 0x99)),
  };
  const model = decodeModel({ ...stored, concepts: ["novelty"] });
  const score = (concepts: string[]) => model.score("a sentence", concepts);
  assert.equal(score(["exchange"]), score([]));
  assert.notEqual(score(["novelty"]), score([]));
  // Without the list, every concept is input.
  const open = decodeModel(stored);
  assert.notEqual(
    open.score("a sentence", ["exchange"]),
    open.score("a sentence"),
  );
});
