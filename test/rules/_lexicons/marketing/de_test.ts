import assert from "node:assert/strict";
import { createLexiconMatcher } from "../../../../src/rules/_intent/lexicon_matcher.ts";
import { MARKETING_DE } from "../../../../src/rules/_lexicons/marketing/de.ts";

const MATCHER = createLexiconMatcher([MARKETING_DE]);

function concepts(text: string): string[] {
  return [...new Set(MATCHER.find(text.toLowerCase()).map((h) => h.concept))]
    .sort();
}

Deno.test("MARKETING_DE carries each concept, compounds included", () => {
  const table: [string, string][] = [
    ["unsere neue Herbstkollektion", "promoObject"],
    ["in unserem Onlineshop", "promoObject"],
    ["10 % Rabatt", "offer"],
    ["der Sommerschlussverkauf", "offer"],
    ["ein Gutscheincode", "offer"],
    ["stöbern Sie gern", "invitation"],
    ["folgen Sie uns", "invitation"],
    ["auf Ihre nächste Bestellung", "future"],
    ["nur für kurze Zeit", "future"],
    ["kein Gutschein nötig", "negation"],
  ];
  for (const [text, concept] of table) {
    assert.ok(concepts(text).includes(concept), `${text}: ${concepts(text)}`);
  }
});
