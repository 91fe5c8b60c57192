import assert from "node:assert/strict";
import type { AnalyzeOptions } from "../../../src/rules/_intent/analysis_types.ts";
import { countedNegations } from "../../../src/rules/_intent/negation.ts";
import { negate } from "../../../src/rules/_intent/negation_reach.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import {
  flagged,
  hitFinder,
  state,
  type TestLexicons,
} from "./_concept_hits.ts";

const LEXICONS: TestLexicons = {
  en: {
    negation: ["no", "not", "wouldn't", "don't"],
    incentive: ["voucher", "gift card"],
    request: ["please", "like to"],
    review: ["review"],
    rating: ["rating"],
    instruction: ["write in the review that"],
  },
  de: { negation: ["nicht"], incentive: ["gutschein"] },
  ja: { negation: ["ありません"], incentive: ["クーポン"] },
  pl: { negation: ["nie"], incentive: ["zwrot"] },
};
const find = hitFinder(LEXICONS);

function run(text: string, options: AnalyzeOptions = {}) {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  const denied = new Uint8Array(hits.length);
  const negated = new Uint8Array(hits.length);
  negate(
    hits,
    countedNegations(hits, byConcept, {}),
    segmentText(text),
    cancelled,
    new Set(options.negatable ?? ["incentive", "request"]),
    { text, ...options },
    new Set(options.denied?.[0] ?? []),
    denied,
    negated,
  );
  assert.deepEqual(cancelled, negated);
  return {
    cancelled: flagged(text, hits, cancelled),
    denied: flagged(text, hits, denied),
  };
}

Deno.test("negate() cancels a negatable hit a negation stands near in its clause", () => {
  assert.deepEqual(run("no voucher for a review").cancelled, [
    "incentive:voucher",
  ]);
  assert.deepEqual(run("a voucher is not needed").cancelled, [
    "incentive:voucher",
  ]);
  assert.deepEqual(run("no problem, a voucher for a review").cancelled, []);
  // Too far after it.
  assert.deepEqual(
    run("a voucher for a short and honest review is not what we offer")
      .cancelled,
    [],
  );
});

Deno.test("negate() reaches the rest of the clause in a verb-final or clause-closing language", () => {
  assert.deepEqual(
    run("クーポンのプレゼントやその他の特典のご用意はありません").cancelled,
    [
      "incentive:クーポン",
    ],
  );
  assert.deepEqual(
    run("einen gutschein gegen eine bewertung bieten wir nicht an").cancelled,
    [
      "incentive:gutschein",
    ],
  );
  // Not in English, nor when the German negation does not close the clause.
  assert.deepEqual(
    run("a voucher for your honest words about it is something we do not offer")
      .cancelled,
    [],
  );
  assert.deepEqual(
    run("einen gutschein gegen eine bewertung bieten wir nicht jedem kunden an")
      .cancelled,
    [],
  );
});

Deno.test("negate() reaches a purpose clause after the first clause and the items of a list", () => {
  assert.deepEqual(
    run("nie musi pan wystawiać opinii, aby otrzymać zwrot").cancelled,
    [
      "incentive:zwrot",
    ],
  );
  assert.deepEqual(
    run("nie musi pan wystawiać opinii, otrzyma pan zwrot").cancelled,
    [],
  );
  const list =
    "you do not need to fill in a form, answer a survey, write a review or give a rating";
  assert.deepEqual(run(list, { negatable: ["rating"] }).cancelled, []);
  assert.deepEqual(
    run(list, { negatable: ["rating"], listReach: ["rating"] }).cancelled,
    ["rating:rating"],
  );
});

Deno.test("negate() leaves a request in a question and a negation in what the buyer is told to write", () => {
  assert.deepEqual(
    run("wouldn't you like to leave a review?", { askedInQuestion: "request" })
      .cancelled,
    [],
  );
  assert.deepEqual(
    run("wouldn't you like to leave a review.", { askedInQuestion: "request" })
      .cancelled,
    ["request:like to"],
  );
  const told = "write in the review that it is not broken";
  assert.deepEqual(run(told, { negatable: ["review"] }).cancelled, [
    "review:review",
  ]);
  assert.deepEqual(
    run(told, { negatable: ["review"], quotes: ["instruction"] }).cancelled,
    [],
  );
});

Deno.test("negate() denies a deniable hit without cancelling it, unless the negation belongs to a request", () => {
  const options: AnalyzeOptions = {
    negatable: [],
    denied: [["review"], "denied"],
    askedInQuestion: "request",
  };
  assert.deepEqual(run("no review is needed", options), {
    cancelled: [],
    denied: ["review:review"],
  });
  // A negation right next to a request is part of it ("please don't…").
  assert.deepEqual(run("don't review it, please", options).denied, [
    "review:review",
  ]);
  assert.deepEqual(run("please don't review it", options).denied, []);
  assert.deepEqual(run("no review is needed?", options).denied, []);
});
