import assert from "node:assert/strict";
import {
  analyzeConcepts,
  findQuotes,
  mergeSpans,
} from "../../../src/rules/_intent/analyze.ts";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";

const LEXICON: Lexicon<string> = {
  language: "en",
  segmentation: "words",
  concepts: {
    review: ["review*", "stars"],
    reviewOther: ["review the"],
    positive: ["5 stars"],
    incentive: ["voucher*", "gift card*"],
    request: ["please", "don't forget"],
    negation: ["no", "not", "don't"],
  },
};
const MATCHER = createLexiconMatcher([LEXICON]);

function concepts(
  text: string,
  foreign: { start: number; end: number }[] = [],
) {
  return analyzeConcepts(MATCHER.find(text), segmentText(text), {
    cancels: { reviewOther: ["review"] },
    contained: { review: ["positive", "rating"] },
    negatable: ["incentive", "request"],
    foreign,
  }).map((s) => ({
    own: [...(s.own.get("en") ?? [])].sort(),
    all: [...(s.all.get("en") ?? [])].sort(),
  }));
}

Deno.test("analyzeConcepts() groups concepts per sentence", () => {
  assert.deepEqual(concepts("please leave a review. a voucher"), [
    { own: ["request", "review"], all: ["request", "review"] },
    { own: ["incentive"], all: ["incentive"] },
  ]);
});

Deno.test("analyzeConcepts() lets another sense cancel the word it covers, and a longer term win", () => {
  assert.deepEqual(concepts("please review the proof")[0]!.own, ["request"]);
  assert.deepEqual(
    concepts("please review the proof and leave a review")[0]!.own,
    [
      "request",
      "review",
    ],
  );
});

Deno.test("analyzeConcepts() drops a concept a negation in the same clause covers", () => {
  assert.deepEqual(concepts("no voucher for a review")[0]!.own, ["review"]);
  assert.deepEqual(concepts("no problem, a voucher for a review")[0]!.own, [
    "incentive",
    "review",
  ]);
  // A negation that is part of a longer term is not one.
  assert.deepEqual(concepts("don't forget a review")[0]!.own, [
    "request",
    "review",
  ]);
});

Deno.test("analyzeConcepts() renames a review word inside a rating", () => {
  assert.deepEqual(concepts("a hotel with 5 stars")[0]!.own, [
    "positive",
    "rating",
  ]);
  assert.deepEqual(concepts("a review with 5 stars")[0]!.own, [
    "positive",
    "rating",
    "review",
  ]);
});

Deno.test("analyzeConcepts() keeps the words of foreign spans apart", () => {
  const text = "we print 'leave a review' for you";
  const start = text.indexOf("leave");
  assert.deepEqual(concepts(text, [{ start, end: start + 14 }])[0], {
    own: [],
    all: ["review"],
  });
});

Deno.test("findQuotes() finds quotations within a line", () => {
  const text = 'He wrote "leave a review" and «bonjour» but "not\nthis"';
  assert.deepEqual(
    findQuotes(text).map((s) => text.slice(s.start, s.end)),
    ['"leave a review"', "«bonjour»"],
  );
  assert.deepEqual(findQuotes('"'.repeat(10_000)).length, 0);
});

Deno.test("mergeSpans() sorts and merges overlapping spans", () => {
  assert.deepEqual(
    mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 2 }, {
      start: 7,
      end: 9,
    }, { start: 3, end: 3 }]),
    [{ start: 0, end: 2 }, { start: 5, end: 9 }],
  );
});
