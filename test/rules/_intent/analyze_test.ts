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
    contained: { review: [["positive", "rating"]] },
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

const MIXED = createLexiconMatcher([
  LEXICON,
  {
    language: "tr",
    segmentation: "words",
    concepts: { incentive: ["iade"], review: ["yorum"], negation: ["yok"] },
  },
  {
    language: "es",
    segmentation: "words",
    concepts: { negation: ["no", "nunca"] },
  },
]);

function negated(
  text: string,
  options: { primary?: string; anchors?: string[] } = {},
): string[][] {
  return analyzeConcepts(MIXED.find(text), segmentText(text), {
    negatable: ["incentive", "request"],
    text,
    ...options,
  }).map((s) =>
    [...s.all].flatMap(([language, set]) =>
      [...set].map((concept) => `${language}:${concept}`)
    ).sort()
  );
}

Deno.test("analyzeConcepts() applies a negation only to hits of its language", () => {
  // Neither the English nor the Spanish "no" cancels a Turkish reward.
  assert.ok(negated("no iade yorum", { primary: "tr" })[0]!.includes(
    "tr:incentive",
  ));
  // An English loanword yields to the buyer's language's negation only.
  assert.ok(
    !negated("nunca gift card", { primary: "es" })[0]!.includes(
      "en:incentive",
    ),
  );
  assert.ok(negated("nunca gift card")[0]!.includes("en:incentive"));
  assert.ok(!negated("not gift card")[0]!.includes("en:incentive"));
});

Deno.test("analyzeConcepts() lets a verb-final negation reach its whole clause", () => {
  const far = "iade için bu ürüne uzun uzun bir yorum yazmanıza gerek yok";
  assert.ok(!negated(far)[0]!.includes("tr:incentive"));
  const english =
    "gift card for you and a long long review of this item, there is no";
  assert.ok(negated(english)[0]!.includes("en:incentive"));
});

Deno.test("analyzeConcepts() stays linear with many hits and negations in one clause", () => {
  const unit = "please gift card not review iade yorum yok ";
  const time = (copies: number): number => {
    const text = unit.repeat(copies);
    const hits = MIXED.find(text);
    const segmentation = segmentText(text);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      analyzeConcepts(hits, segmentation, {
        negatable: ["incentive", "request"],
        anchors: ["review"],
        starRequest: ["request", "positive", "starRequest"],
        weakLink: ["review", ["incentive"], "weakLink"],
        askedInQuestion: "request",
        primary: "en",
        text,
      });
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[2]!;
  };
  time(200);
  const small = time(250);
  const large = time(4000);
  // 16 times the text: linear is about 16 times the time, quadratic 256.
  assert.ok(large < small * 16 * 5 + 20, `${small} ms, then ${large} ms`);
});
