import assert from "node:assert/strict";
import { createLexiconMatcher } from "../../../../src/rules/_intent/lexicon_matcher.ts";
import { REVIEW_EN } from "../../../../src/rules/_lexicons/review/en.ts";

const MATCHER = createLexiconMatcher([REVIEW_EN]);

function concepts(text: string): string[] {
  return [...new Set(MATCHER.find(text.toLowerCase()).map((h) => h.concept))]
    .sort();
}

Deno.test("REVIEW_EN carries each concept in sellers' wording", () => {
  const table: [string, string][] = [
    ["Leave us a quick product review", "review"],
    ["some seller feedback", "review"],
    ["rate us when it lands", "review"],
    ["review the attached proof", "reviewOther"],
    ["a 2000 W power rating", "reviewOther"],
    ["could you spare a moment", "request"],
    ["it would mean the world to us", "request"],
    ["a glowing 5-star write-up", "positive"],
    ["if you're happy with it", "condition"],
    ["please contact us first", "condition"],
    ["a $20 Amazon gift card", "incentive"],
    ["we'll unlock the pro pack", "incentive"],
    ["would you consider taking down", "change"],
    ["mention the fast shipping", "instruction"],
    ["send us a screenshot", "instruction"],
    ["it helps other shoppers decide", "sharing"],
    ["your honest opinion", "opinion"],
    ["on the product page", "place"],
    ["you don't need to", "negation"],
  ];
  for (const [text, concept] of table) {
    assert.ok(concepts(text).includes(concept), `${text}: ${concepts(text)}`);
  }
});

Deno.test("REVIEW_EN leaves everyday words alone", () => {
  for (
    const text of ["preview the shipping", "the exchange rate", "a starfish"]
  ) {
    assert.ok(!concepts(text).includes("review"), text);
  }
});
