import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
  testRuleCases,
} from "./_lexicon_cases.ts";
import { MARKETING_EN } from "../../../src/rules/_lexicons/marketing/en.ts";
import { REVIEW_EN } from "../../../src/rules/_lexicons/review/en.ts";

Deno.test("the English lexicons have a sound shape", () => {
  assertLexiconShape(REVIEW_EN, "en", REVIEW_CONCEPTS);
  assertLexiconShape(MARKETING_EN, "en", MARKETING_CONCEPTS);
});

Deno.test("REVIEW_EN: wishes, the purchase and the design context", () => {
  check(REVIEW_EN, [
    ["A quick rating would make our day.", "review request"],
    ["Don't hesitate to leave a review.", "review request"],
    ["We'd love to hear what you think of it.", "opinion request purchase"],
    ["It would mean a lot if you shared your experience.", "opinion sharing"],
    ["Your honest impressions could help someone else decide.", "sharing"],
    ["Please send the wording before we engrave.", "", "review opinion"],
    ["Any thoughts on the font?", "opinion"],
  ]);
});

Deno.test("MARKETING_EN: weaker objects, cues and the ordered item", () => {
  check(MARKETING_EN, [
    ["Our new autumn range is out.", "assortment novelty"],
    ["The mugs go nicely with the teapot.", "recommendation"],
    ["We have them in packs of 6.", "availability"],
    ["You might also like our towels.", "recommendation ours"],
    ["Your replacement ships today.", "orderItem"],
    ["The blue one is out of stock.", "", "novelty"],
    ["Drop it at the collection point.", "", "assortment"],
    ["Search for our brand on Amazon.", "invitation promoObject"],
    ["The sale runs until Sunday.", "offer urgency"],
    ["Book this week and get 10% off.", "offer urgency"],
    ["If you run out, we sell refills too.", "recommendation ours"],
    ["We make those in oak too.", "availability"],
    ["Only limited time slots are left.", "", "offer"],
  ]);
});

// Wishes to hear how the purchase is going, told to other shoppers; where the
// seller lists more. Each clean twin keeps the words without the judgement.
testRuleCases("review", "en-GB", {
  valid: [
    "Please tell us how you find the new cover, so we can adjust the second one before we sew it.",
    "We would like to know how you found the delivery driver, as we are changing carriers.",
  ],
  invalid: [
    {
      text:
        "Fellow readers browsing the listing would love to know how you find the series.",
      messageId: "solicitation",
    },
    {
      text:
        "Other parents shopping for a crib would benefit from hearing how it holds up.",
      messageId: "solicitation",
    },
  ],
});

testRuleCases("marketing", "en-GB", {
  valid: [
    "The replacement is made from our range of spare parts and ships today.",
    "You will find the manual in the box with the kit.",
  ],
  invalid: [
    {
      text:
        "We make our own rattan baskets, which you'll find alongside the kit in our range.",
      messageId: "crossSell",
    },
  ],
});
