import assert from "node:assert/strict";
import {
  saysNotYet,
  undenyPending,
} from "../../../src/rules/_intent/pending.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";

const hit = (text: string, word: string, concept: string): ConceptHit => {
  const start = text.indexOf(word);
  return { concept, language: "en", start, end: start + word.length };
};

Deno.test("saysNotYet: the yet of not yet, in the languages with spaces and without", () => {
  assert.ok(saysNotYet("you haven't rated the lamp yet"));
  assert.ok(saysNotYet("vous n'avez pas encore donné votre avis"));
  assert.ok(saysNotYet("您还没有评价这款台灯"));
  assert.ok(!saysNotYet("we do not ask for reviews"));
  // A whole word: "nog" is no part of "nogal".
  assert.ok(!saysNotYet("dat is nogal een gedoe"));
});

Deno.test("undenyPending: a review denied with yet in its clause is pending, one in another clause stays denied", () => {
  const text = "you haven't left a review yet. we don't need a review, thanks.";
  const hits = [
    hit(text, "haven't", "negation"),
    hit(text, "review", "review"),
    hit(text, "don't", "negation"),
    { ...hit(text, "review, thanks", "review"), end: text.indexOf(", thanks") },
  ].sort((a, b) => a.end - b.end);
  const denied = new Uint8Array(hits.length).fill(1);
  denied[0] = 0;
  denied[2] = 0;
  const pending = undenyPending(
    hits,
    text,
    segmentText(text),
    hits.filter((h) => h.concept === "negation"),
    new Set(["review"]),
    denied,
  );
  assert.deepEqual([...pending], [1]);
  assert.deepEqual([...denied], [0, 0, 0, 1]);
});

const errorsOf = (locale: string, text: string) =>
  lintMessage({ type: "unexpectedProblem", text, locale }, {
    rules: { "language-match": "off", "order-id": "off" },
  }).diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);

Deno.test("no-review-manipulation: a review still to come, then a sentence that only asks", () => {
  const asked: [string, string][] = [
    [
      "de-DE",
      "Sie haben die Jacke noch nicht bewertet. Holen Sie das doch gern nach.",
    ],
    [
      "fr-FR",
      "Vous n'avez pas encore laissé d'avis sur le sac. N'hésitez pas !",
    ],
    ["nl-NL", "U heeft de jas nog niet beoordeeld. Wilt u dat nog doen?"],
    ["sv-SE", "Du har inte recenserat kannan än. Gör gärna det!"],
    ["hi-IN", "आपने अभी तक बैग की समीक्षा नहीं की है। कृपया ज़रूर करें।"],
  ];
  const missed = asked.filter(([locale, text]) =>
    !errorsOf(locale, text).includes("no-review-manipulation")
  );
  assert.deepEqual(missed, []);
});

Deno.test("no-review-manipulation: what the seller has not yet assessed is no review asked for", () => {
  const clean: [string, string][] = [
    [
      "de-DE",
      "Wir haben Ihre Fotos noch nicht bewertet. Bitte haben Sie etwas Geduld.",
    ],
    ["en-GB", "We haven't reviewed your photos yet. Please bear with us."],
    [
      "fr-FR",
      "Notre atelier n'a pas encore évalué la pièce. Merci de patienter.",
    ],
    [
      "nl-NL",
      "We hebben uw foto's nog niet beoordeeld. Even geduld alstublieft.",
    ],
    [
      "it-IT",
      "Non abbiamo ancora valutato le foto. La preghiamo di pazientare.",
    ],
    [
      "en-US",
      "The proof hasn't been reviewed by our designer yet. Please wait for it.",
    ],
    ["zh-CN", "我们还没有评估您的照片。请耐心等待。"],
  ];
  const flagged = clean.filter(([locale, text]) =>
    errorsOf(locale, text).length > 0
  );
  assert.deepEqual(flagged, []);
});
