import assert from "node:assert/strict";
import { createLexiconMatcher } from "../../../../src/rules/_intent/lexicon_matcher.ts";
import { MARKETING_EN } from "../../../../src/rules/_lexicons/marketing/en.ts";

const MATCHER = createLexiconMatcher([MARKETING_EN]);

function concepts(text: string): string[] {
  return [...new Set(MATCHER.find(text.toLowerCase()).map((h) => h.concept))]
    .sort();
}

Deno.test("MARKETING_EN carries each concept in sellers' wording", () => {
  const table: [string, string][] = [
    ["our new spring collection", "promoObject"],
    ["follow us on Instagram", "promoObject"],
    ["we also sell matching covers", "promoObject"],
    ["25% off everything", "offer"],
    ["a discount code", "offer"],
    ["our Boxing Day sale", "offer"],
    ["check out our range", "invitation"],
    ["don't miss it", "invitation"],
    ["you might also like", "invitation"],
    ["on your next order", "future"],
    ["for a limited time", "future"],
    ["no coupon is needed", "negation"],
  ];
  for (const [text, concept] of table) {
    assert.ok(concepts(text).includes(concept), `${text}: ${concepts(text)}`);
  }
});

Deno.test("MARKETING_EN leaves order words alone", () => {
  for (
    const text of [
      "enter the code in the app",
      "our warehouse",
      "the postal code",
    ]
  ) {
    assert.deepEqual(
      // "ours" counts only next to a recommendation; "our warehouse" is the
      // seller's place, not its goods (`marketingOther`).
      concepts(text).filter((c) =>
        c !== "negation" && c !== "ours" && c !== "marketingOther"
      ),
      [],
      text,
    );
  }
});
