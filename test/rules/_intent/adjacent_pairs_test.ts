import assert from "node:assert/strict";
import {
  adjacentPairs,
  renameHits,
} from "../../../src/rules/_intent/adjacent_pairs.ts";
import type { AnalyzeOptions } from "../../../src/rules/_intent/analysis_types.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: {
    review: ["review", "stars"],
    positive: ["5 stars", "great stars"],
    request: ["give us"],
    weak: ["comment"],
    instruction: ["change", "note that"],
    reward: ["in return for", "discount code"],
    offer: ["discount"],
    ownGoods: ["frying pans"],
    invite: ["have a look at"],
    customers: ["other customers"],
    tell: ["tell"],
    seen: ["read"],
    availability: ["available"],
    replacement: ["replacement"],
  },
  ja: { weak: ["コメント"], instruction: ["変更"] },
});

const OPTIONS: AnalyzeOptions = {
  contained: { review: [["positive", "rating"]] },
  renamedNextTo: ["availability", ["replacement"], "itemAvailable"],
  starRequest: ["request", "positive", "starRequest"],
  weakLink: ["weak", ["instruction"], "weakReview"],
  rewardLink: ["weak", ["reward"], "rewardFor"],
  follows: ["ownGoods", "invite", "crossSell"],
  uncovered: ["offer", "reward", "incentive"],
  toldLink: ["customers", ["tell", "instruction"], "told"],
  seenLink: [["review"], "seen", "seenReview"],
};

function words(text: string, map: Map<number, string>, hits = find(text)) {
  return [...map].map(([i, concept]) =>
    `${text.slice(hits[i]!.start, hits[i]!.end)}→${concept}`
  ).sort();
}

function renames(text: string): string[] {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  return words(
    text,
    renameHits(hits, segmentText(text), cancelled, byConcept, OPTIONS),
    hits,
  );
}

function pairs(text: string): string[] {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  const segmentation = segmentText(text);
  const renamed = renameHits(hits, segmentation, cancelled, byConcept, OPTIONS);
  return words(
    text,
    adjacentPairs(hits, segmentation, cancelled, renamed, {
      ...OPTIONS,
      text,
    }),
    hits,
  );
}

Deno.test("renameHits() renames a hit inside its container and one right after a partner", () => {
  assert.deepEqual(renames("a review with 5 stars"), ["stars→rating"]);
  assert.deepEqual(renames("a replacement is also available"), [
    "available→itemAvailable",
  ]);
  assert.deepEqual(renames("available now, and a replacement"), []);
});

Deno.test("adjacentPairs() adds a star request, a weak review word's link and a reward for it", () => {
  // The qualifier with a digit and the rating renamed inside it.
  assert.deepEqual(pairs("give us 5 stars"), [
    "5 stars→starRequest",
    "stars→starRequest",
  ]);
  // A qualifier without a number of stars does not pair; its rating does.
  assert.deepEqual(pairs("give us great stars"), ["stars→starRequest"]);
  assert.deepEqual(pairs("change your comment"), ["comment→weakReview"]);
  assert.deepEqual(pairs("your comment may change"), []);
  // The verb after its object in a verb-final language.
  assert.deepEqual(pairs("コメントを変更"), ["コメント→weakReview"]);
  assert.deepEqual(pairs("a gift in return for a comment"), [
    "comment→rewardFor",
  ]);
});

Deno.test("adjacentPairs() adds an invitation to own goods, an uncovered offer, shoppers told and a review seen", () => {
  assert.deepEqual(pairs("have a look at our frying pans"), [
    "frying pans→crossSell",
  ]);
  assert.deepEqual(pairs("an extra discount"), ["discount→incentive"]);
  assert.deepEqual(pairs("your discount code"), []);
  assert.deepEqual(pairs("tell other customers"), ["other customers→told"]);
  // "Note that…" says what, not to whom.
  assert.deepEqual(pairs("note that other customers"), []);
  assert.deepEqual(pairs("we read your review"), ["review→seenReview"]);
  assert.deepEqual(pairs("your review, we read"), []);
});
