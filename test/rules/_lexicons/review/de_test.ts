import assert from "node:assert/strict";
import { createLexiconMatcher } from "../../../../src/rules/_intent/lexicon_matcher.ts";
import { REVIEW_DE } from "../../../../src/rules/_lexicons/review/de.ts";

const MATCHER = createLexiconMatcher([REVIEW_DE]);

function concepts(text: string): string[] {
  return [...new Set(MATCHER.find(text.toLowerCase()).map((h) => h.concept))]
    .sort();
}

Deno.test("REVIEW_DE carries each concept, compounds and both forms of address", () => {
  const table: [string, string][] = [
    ["eine ehrliche Produktbewertung", "review"],
    ["bewerten Sie uns", "review"],
    ["eine kurze Rezension", "review"],
    ["den Schaden vor Ort bewerten", "reviewOther"],
    ["würden wir uns sehr freuen", "request"],
    ["könntest du kurz", "request"],
    ["mit 5 Sternen", "positive"],
    ["wenn Sie zufrieden sind", "condition"],
    ["bevor Sie etwas schreiben", "condition"],
    ["einen Amazon-Gutschein", "incentive"],
    ["als kleines Dankeschön", "incentive"],
    ["noch einmal überdenken", "change"],
    ["erwähnen Sie bitte", "instruction"],
    ["mit einem Foto", "instruction"],
    ["hilft anderen Käufern", "sharing"],
    ["ein paar Worte", "opinion"],
    ["auf der Produktseite", "place"],
    ["keine Bewertung nötig", "negation"],
  ];
  for (const [text, concept] of table) {
    assert.ok(concepts(text).includes(concept), `${text}: ${concepts(text)}`);
  }
});
