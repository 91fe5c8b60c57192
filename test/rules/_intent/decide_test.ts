import assert from "node:assert/strict";
import {
  decideMarketing,
  decideReview,
} from "../../../src/rules/_intent/decide.ts";

const set = (...concepts: string[]) => new Set(concepts);

Deno.test("decideReview() decides from co-occurring concepts", () => {
  const table: [string[], string[], string[], string | undefined][] = [
    // current, next, previous, expected
    [["review"], [], [], undefined],
    [["request"], [], [], undefined],
    [["review", "request"], [], [], "solicitation"],
    [["review", "positive"], [], [], "solicitation"],
    [["review", "sharing"], [], [], "solicitation"],
    [["review", "place"], [], [], "solicitation"],
    [["opinion"], [], [], undefined],
    [["opinion", "request"], [], [], undefined],
    [["opinion", "sharing"], [], [], "solicitation"],
    [["opinion", "place"], [], [], "solicitation"],
    [["rating"], [], [], undefined],
    [["rating", "positive"], [], [], undefined],
    [["rating", "request"], [], [], undefined],
    [["rating", "place"], [], [], "solicitation"],
    [["rating", "incentive"], [], [], "incentive"],
    [["review", "incentive"], [], [], "incentive"],
    [["review", "request"], ["incentive"], [], "incentive"],
    [["review", "request"], [], ["incentive"], "incentive"],
    [["incentive"], ["review"], [], undefined],
    [["review", "condition"], [], [], "gating"],
    [["review", "request"], [], ["condition"], "gating"],
    [["review", "change"], [], [], "change"],
    [["review", "change", "condition"], [], [], "change"],
    [["review", "instruction"], [], [], "instructions"],
    [["reviewOther", "request"], [], [], undefined],
  ];
  for (const [current, next, previous, expected] of table) {
    assert.equal(
      decideReview(set(...current), set(...next), set(...previous)),
      expected,
      JSON.stringify([current, next, previous]),
    );
  }
});

Deno.test("decideMarketing() decides from co-occurring concepts", () => {
  const table: [string[], string[], string | undefined][] = [
    [["offer"], [], undefined],
    [["promoObject"], [], undefined],
    [["invitation"], [], undefined],
    [["future"], [], undefined],
    [["offer", "invitation"], [], "promotion"],
    [["offer", "future"], [], "promotion"],
    [["offer"], ["future"], "promotion"],
    [["offer"], ["invitation"], undefined],
    [["promoObject", "invitation"], [], "crossSell"],
    [["promoObject", "future"], [], "crossSell"],
    [["promoObject", "offer"], [], "promotion"],
    [["promoObject"], ["invitation"], "crossSell"],
    [["invitation", "future"], [], "promotion"],
  ];
  for (const [current, next, expected] of table) {
    assert.equal(
      decideMarketing(set(...current), set(...next)),
      expected,
      JSON.stringify([current, next]),
    );
  }
});
