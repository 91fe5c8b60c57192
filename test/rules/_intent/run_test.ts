import assert from "node:assert/strict";
import type { RuleContext } from "../../../src/lint/rule.ts";
import { decideReview } from "../../../src/rules/_intent/decide.ts";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import {
  ANSWERED_NO,
  foreignSpans,
  languagesFor,
  runConcepts,
} from "../../../src/rules/_intent/run.ts";
import { matchTextOf } from "../../../src/rules/_intent/normalized.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";

const EN: Lexicon<string> = {
  language: "en",
  segmentation: "words",
  concepts: {
    review: ["review*"],
    request: ["please"],
    incentive: ["gift card*"],
  },
};
const DE: Lexicon<string> = {
  language: "de",
  segmentation: "words",
  concepts: { review: ["bewertung*"], request: ["bitte"] },
};
const MATCHER = createLexiconMatcher([EN, DE]);

function context(
  text: string,
  extra: { locale?: string; dataSpans?: { start: number; end: number }[] } = {},
): RuleContext<unknown> {
  return {
    message: { type: "unexpectedProblem", text, ...extra },
    text,
    checkedLength: text.length,
    messageType: undefined,
    options: {},
    report() {},
  };
}

function run(text: string, extra = {}) {
  return runConcepts(context(text, extra), MATCHER, {}, decideReview, [
    "review",
  ]);
}

Deno.test("runConcepts() reports the trimmed sentence, its language and concepts", () => {
  const text = "Order ships today.  Please leave a REVIEW!\nThanks";
  const [finding] = run(text);
  assert.equal(
    text.slice(finding!.start, finding!.end),
    "Please leave a REVIEW!",
  );
  assert.equal(finding!.finding, "solicitation");
  assert.equal(finding!.language, "en");
  assert.deepEqual(finding!.concepts, ["request", "review"]);
  assert.equal(finding!.fromData, false);
});

Deno.test("runConcepts() uses the next sentence for rewards", () => {
  const [finding] = run("Please leave a review. You get a gift card.");
  assert.equal(finding!.finding, "incentive");
});

Deno.test("runConcepts() marks findings that need words of data spans", () => {
  const text = "We print: please leave a review.";
  const start = text.indexOf("please");
  const [finding] = run(text, { dataSpans: [{ start, end: text.length }] });
  assert.equal(finding!.fromData, true);
});

Deno.test("runConcepts() leaves alone a question answered with a bare no", () => {
  const seen = new Map<number, ReadonlySet<string>>();
  const text =
    "Please, is a review needed for the gift card? No. It is on its way.";
  assert.deepEqual(
    runConcepts(context(text), MATCHER, {}, decideReview, [], seen),
    [],
  );
  // The sentence models read the mark and only warn.
  assert.ok(seen.get(0)?.has(ANSWERED_NO));
  // Only a question whether something is needed: an offer answered no is
  // still an offer.
  assert.equal(
    run("Please, may we send a gift card for a review? No. Just a screenshot.")
      .length,
    1,
  );
  // Not answered, or answered with more than a "no", it asks.
  assert.equal(run("Please leave a review for a gift card? Yes.").length, 1);
  assert.equal(
    run("Please leave a review for a gift card? No pressure.").length,
    1,
  );
  assert.equal(run("Please leave a review for a gift card? No?").length, 1);
});

Deno.test("runConcepts() counts English loanwords in another language's sentence", () => {
  assert.equal(
    run("Bitte ein Review schreiben.", { locale: "de-DE" }).length,
    1,
  );
  assert.equal(run("Bitte eine Bewertung.", { locale: "de-DE" }).length, 1);
});

Deno.test("languagesFor() picks the buyer's language and English, or all", () => {
  const hits = MATCHER.find("bitte eine bewertung");
  assert.deepEqual([...languagesFor("de-DE", hits)!].sort(), ["de", "en"]);
  assert.equal(languagesFor(undefined, hits), undefined);
  // A text without a word of the buyer's language is judged in all.
  assert.equal(languagesFor("fr-FR", hits), undefined);
});

Deno.test("foreignSpans() joins data spans and quotations in normalized offsets", () => {
  const text = 'Ab \u200Bcd "quoted words" ef';
  const ctx = context(text, { dataSpans: [{ start: 0, end: 2 }] });
  const match = matchTextOf(ctx);
  const spans = foreignSpans(ctx, match);
  assert.equal(spans.length, 2);
  assert.equal(match.text.slice(spans[0]!.start, spans[0]!.end), "ab");
  assert.equal(
    match.text.slice(spans[1]!.start, spans[1]!.end),
    '"quoted words"',
  );
});
