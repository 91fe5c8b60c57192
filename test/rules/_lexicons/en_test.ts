import {
  assertLexiconShape,
  check,
  MARKETING_CONCEPTS,
  REVIEW_CONCEPTS,
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
