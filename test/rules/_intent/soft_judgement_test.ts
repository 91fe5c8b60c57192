import assert from "node:assert/strict";
import { bareContext } from "./_context.ts";
import {
  decideMarketing,
  decideReview,
} from "../../../src/rules/_intent/decide.ts";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { type Decide, runConcepts } from "../../../src/rules/_intent/run.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";
import { MARKETING_ANALYSIS } from "../../../src/rules/no_marketing.ts";

// The engine's judgement of cross-selling without promotional keywords, of
// wishes about the purchase and of technical values, in scripts with and
// without spaces, through small lexicons written for these tests.

const set = (...concepts: string[]) => new Set(concepts);

Deno.test("decideMarketing() finds cross-selling from an object and a cue", () => {
  const table: [string[], string[], string[], string | undefined][] = [
    // current, next, previous, expected
    [["assortment"], [], [], undefined],
    [["novelty"], [], [], undefined],
    [["assortment", "novelty"], [], [], "crossSell"],
    [["promoObject", "recommendation"], [], [], "crossSell"],
    [["assortment", "availability"], [], [], "crossSell"],
    [["assortment", "invitation"], [], [], "crossSell"],
    [["ours", "recommendation"], [], [], "crossSell"],
    // Next to the ordered item: a compatibility note, unless it invites.
    [["ours", "recommendation", "orderItem"], [], [], undefined],
    [
      ["ours", "recommendation", "orderItem", "invitation"],
      [],
      [],
      "crossSell",
    ],
    [
      ["ours", "recommendation", "orderItem", "assortment"],
      [],
      [],
      "crossSell",
    ],
    [["availability", "invitation", "orderItem"], [], [], "crossSell"],
    [["availability", "invitation", "helpContent"], [], [], undefined],
    [["availability"], [], ["question"], "crossSell"],
    [["availability", "orderItem"], [], ["question"], undefined],
    [["ours", "novelty"], [], [], undefined],
    [["ours", "novelty", "oursNew", "restock"], [], [], undefined],
    [["ours", "novelty", "oursNew"], [], [], "crossSell"],
    [["ours", "availability"], [], [], undefined],
    [["invitation", "availability"], [], [], "crossSell"],
    [["assortment", "novelty", "orderItem"], [], [], undefined],
    [["promoObject", "availability", "orderItem"], [], [], undefined],
    [["assortment"], ["novelty"], [], "crossSell"],
    [["assortment"], [], ["recommendation"], "crossSell"],
    [["assortment"], ["novelty", "orderItem"], [], undefined],
    [["assortment"], ["availability"], [], undefined],
    [["recommendation"], [], [], undefined],
    [["availability"], [], [], undefined],
    // An offer on the ordered item, a future visit in the next sentence.
    [["offer"], ["future"], [], "promotion"],
    [["offer", "orderItem"], ["future"], [], undefined],
  ];
  for (const [current, next, previous, expected] of table) {
    assert.equal(
      decideMarketing(set(...current), set(...next), set(...previous)),
      expected,
      `${current} | ${next} | ${previous}`,
    );
  }
});

Deno.test("decideReview() counts a weaker word with a request about the purchase", () => {
  const table: [string[], string[], string | undefined][] = [
    [["opinion", "request"], [], undefined],
    [["opinion", "purchase"], [], undefined],
    [["opinion", "request", "purchase"], [], "solicitation"],
    [["opinion", "request", "purchase", "proofContext"], [], undefined],
    // A review word alone is no request, even next to a refund.
    [["review"], ["incentive"], undefined],
    [["review", "request"], ["incentive"], "incentive"],
    [["review", "incentive"], [], "incentive"],
  ];
  for (const [current, next, expected] of table) {
    assert.equal(
      decideReview(set(...current), set(...next)),
      expected,
      `${current} | ${next}`,
    );
  }
});

const context = (text: string, locale: string) => bareContext(text, locale);

const JA_MARKETING: Lexicon<string> = {
  language: "ja",
  segmentation: "chars",
  concepts: {
    promoObject: ["当店のストア"],
    invitation: ["ご覧ください"],
    assortment: ["コレクション", "シリーズ"],
    novelty: ["入荷しました", "入荷"],
    recommendation: ["もおすすめ", "相性抜群"],
    availability: ["まとめ買い"],
    ours: ["当店の"],
    orderItem: ["交換品", "ご注文の商品"],
    marketingOther: ["入荷待ち"],
    negation: ["ません"],
  },
};
const JA = createLexiconMatcher([JA_MARKETING]);

function findings<F extends string>(
  matcher: ReturnType<typeof createLexiconMatcher>,
  options: Parameters<typeof runConcepts>[2],
  decide: Decide<F>,
  text: string,
  locale: string,
): (F | undefined)[] {
  return runConcepts(context(text, locale), matcher, options, decide).map(
    (f) => f.finding,
  );
}

Deno.test("runConcepts() judges soft cross-selling in a script without spaces", () => {
  const table: [string, string[]][] = [
    ["秋の新作コレクションが入荷しました。", ["crossSell"]],
    ["当店の保護ケースもおすすめです。", ["crossSell"]],
    ["新しいシリーズです。本日入荷しました。", ["crossSell"]],
    ["交換品が入荷しました。明日発送します。", []],
    ["ご注文の商品は入荷しました。", []],
    ["コレクションは入荷待ちです。", []],
    ["当店のストアをご覧ください。", ["crossSell"]],
  ];
  for (const [text, expected] of table) {
    assert.deepEqual(
      findings(
        JA,
        MARKETING_ANALYSIS,
        (current, next, previous) => decideMarketing(current, next, previous),
        text,
        "ja-JP",
      ),
      expected,
      text,
    );
  }
});

const ZH_REVIEW: Lexicon<string> = {
  language: "zh",
  segmentation: "chars",
  concepts: {
    review: ["评分", "评价", "星级"],
    reviewOther: ["设计稿"],
    request: ["请"],
    opinion: ["看法"],
    purchase: ["这款产品"],
    negation: ["不"],
  },
};
const ZH = createLexiconMatcher([ZH_REVIEW]);

const REVIEW_OPTIONS = {
  cancels: { reviewOther: ["review", "positive", "opinion"] },
  measured: ["review"],
  placeCategory: ["review"],
  context: {
    canceller: "reviewOther",
    weak: [],
    marked: ["review", "opinion"],
    concept: "proofContext",
  },
  negatable: ["request"],
};

Deno.test("runConcepts() judges review words in other senses in a script without spaces", () => {
  const table: [string, string[]][] = [
    ["请给我们评分。", ["solicitation"]],
    // A technical value: a rating with a unit.
    ["额定评分为3A，请使用原装充电器。", []],
    // Next to a design, in the sentence or the one before.
    ["设计稿已附上。请给出评价。", []],
    ["请对设计稿给出评价。", []],
    // A weaker word with a request about the purchase.
    ["请告诉我们您对这款产品的看法。", ["solicitation"]],
    ["请告诉我们您对字体的看法。", []],
    // Stars as the category of a place.
    ["请确认送货地址：三星级宾馆前台。", []],
    ["请给我们五星级评价。", ["solicitation"]],
  ];
  for (const [text, expected] of table) {
    assert.deepEqual(
      findings(ZH, REVIEW_OPTIONS, decideReview, text, "zh-CN"),
      expected,
      text,
    );
  }
});
