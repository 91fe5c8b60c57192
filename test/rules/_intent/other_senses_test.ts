import assert from "node:assert/strict";
import { testProbes } from "../_lexicons/_lexicon_cases.ts";
import { OTHER_SENSE_PROBES } from "./_other_sense_probes.ts";
import { cancelAssessed } from "../../../src/rules/_intent/assessed.ts";
import { findQuotes, findReported } from "../../../src/rules/_intent/quotes.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";

// Probes the rules still fail: a request word in another sense in the
// clause of an assessment keeps it ("plaatst" is also "post a review").
const KNOWN: readonly string[] = [
  "De monteur komt donderdag. Hij doet eerst een beoordeling van de wateraansluiting en plaatst daarna de vaatwasser.",
];

for (const [locale, probes] of Object.entries(OTHER_SENSE_PROBES)) {
  testProbes(locale, probes, KNOWN);
}

// A hit of `concept` on the first occurrence of `word` in `text`.
function hitOn(
  text: string,
  word: string,
  concept: string,
  language = "en",
): ConceptHit {
  const start = text.indexOf(word);
  assert.ok(start >= 0, `${word} not in ${text}`);
  return { concept, language, start, end: start + word.length };
}

// Whether cancelAssessed() cancels the review hit on `word`.
function assessed(
  text: string,
  word: string,
  language = "en",
  keeper?: string,
): boolean {
  const hits = [hitOn(text, word, "review", language)];
  if (keeper !== undefined) hits.push(hitOn(text, keeper, "request", language));
  hits.sort((a, b) => a.end - b.end);
  const cancelled = new Uint8Array(hits.length);
  cancelAssessed(hits, text, segmentText(text), cancelled, ["review"], [
    "request",
  ]);
  return cancelled[hits.findIndex((hit) => hit.concept === "review")] === 1;
}

Deno.test("cancelAssessed() cancels an assessor's or a source's review word", () => {
  assert.ok(
    assessed("the technician's assessment is that it failed.", "assessment"),
  );
  assert.ok(assessed("the carrier will evaluate the damage.", "evaluate"));
  assert.ok(
    assessed(
      "laut bewertung der werkstatt ist es ein transportschaden.",
      "bewertung",
      "de",
    ),
  );
  assert.ok(
    assessed(
      "die bewertung des sachverständigen ergab einen schaden.",
      "bewertung",
      "de",
    ),
  );
  assert.ok(
    assessed("l'évaluation de l'expert est terminée.", "évaluation", "fr"),
  );
  assert.ok(
    assessed("il fera d'abord une évaluation du mur.", "évaluation", "fr"),
  );
  assert.ok(assessed("検査センターの評価では、不良です。", "評価", "ja"));
  assert.ok(assessed("技术员的评价是主板坏了。", "评价", "zh"));
  assert.ok(assessed("तकनीशियन के आकलन के अनुसार मोटर खराब है।", "आकलन", "hi"));
  assert.ok(assessed("تقييم الخبير أن الشرخ من الشحن.", "تقييم", "ar"));
  assert.ok(
    assessed(
      "değerlendirmesine göre conta aşınmıştı.",
      "değerlendirmesine",
      "tr",
    ),
  );
});

Deno.test("cancelAssessed() keeps review words that are asked for or owned by the buyer", () => {
  // A request in the clause keeps it.
  assert.ok(
    !assessed(
      "please leave our technician a review.",
      "review",
      "en",
      "please",
    ),
  );
  // The buyer's review, about the courier: the courier is not its owner.
  assert.ok(!assessed("your review helps the manufacturer improve.", "review"));
  assert.ok(
    !assessed("先日のレビューは配送業者の問題でした。", "レビュー", "ja"),
  );
  assert.ok(!assessed("上次的评价是快递公司的问题。", "评价", "zh"));
  // Italian "il" is an article, not "he": only French reads it as one.
  assert.ok(!assessed("il suo voto ci aiuta.", "voto", "it"));
  // A third person far from the review word is not its subject.
  assert.ok(!assessed("he said that we would love a short review.", "review"));
});

Deno.test("findReported() takes the buyer's reported question to the end of its clause", () => {
  const spans = (text: string) =>
    findReported(text).map(({ start, end }) => text.slice(start, end));
  assert.deepEqual(
    spans(
      "you asked in your note whether you need a coupon. no coupon is needed.",
    ),
    ["you asked in your note whether you need a coupon"],
  );
  assert.deepEqual(
    spans("sie haben gefragt, ob sie einen code brauchen. nein."),
    ["sie haben gefragt, ob sie einen code brauchen"],
  );
  assert.deepEqual(
    spans("سألت في ملاحظتك إن كان هناك خصم؛ لا يوجد عرض كهذا"),
    ["سألت في ملاحظتك إن كان هناك خصم"],
  );
  // Verb-final: the question comes before its closing words.
  assert.deepEqual(
    spans(
      "kargo ücretsiz. indirim kodu gerekip gerekmediğini sormuştunuz; gerek yok.",
    ),
    ["indirim kodu gerekip gerekmediğini sormuştunuz"],
  );
  assert.deepEqual(spans("we asked the courier to call you."), []);
  // Answered with yes, or not denied, the question is the seller's offer
  // too.
  assert.deepEqual(
    spans("you asked whether a review gets you a voucher: it does!"),
    [],
  );
  assert.deepEqual(
    spans("you asked whether you may leave a review: yes, please do."),
    [],
  );
  // findQuotes() includes them, in order with the quotations.
  assert.deepEqual(
    findQuotes('you wrote "great". you asked if a code is needed: none is.')
      .length,
    2,
  );
});
