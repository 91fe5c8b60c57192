import assert from "node:assert/strict";
import {
  cancelLeadIns,
  cancelMeasured,
  cancelOtherSenses,
  cancelOutOfPart,
  cancelWhether,
} from "../../../src/rules/_intent/cancellers.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { flagged, hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: {
    review: ["review", "rating", "feedback", "review the product"],
    reviewOther: ["review the", "to review"],
    ordered: ["your order"],
    ownGoods: ["pillow cases"],
    instruction: ["mention", "be clear"],
  },
  de: { review: ["bewertung", "rückmeldung"] },
});

function senses(text: string, primary?: string): string[] {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  cancelOtherSenses(
    hits,
    byConcept,
    cancelled,
    { reviewOther: ["review"] },
    primary,
  );
  return flagged(text, hits, cancelled);
}

Deno.test("cancelOtherSenses() cancels a word another sense covers, unless a longer term wins", () => {
  assert.deepEqual(senses("please review the proof"), ["review:review"]);
  // The longer term "review the product" stays; only the short one goes.
  assert.deepEqual(senses("please review the product"), ["review:review"]);
  assert.deepEqual(senses("please leave a review"), []);
});

Deno.test("cancelOtherSenses() reads no English sense into the buyer's language before its word", () => {
  // "to" is Hinglish "then": "accha laga ho to review zaroor dena".
  const text = "accha laga ho to review zaroor dena";
  const hits = hitFinder({
    en: { review: ["review"], reviewOther: ["to review"] },
    hi: { review: ["review"] },
  })(text);
  const languages = (primary: string | undefined) => {
    const { byConcept, cancelled } = state(hits);
    cancelOtherSenses(
      hits,
      byConcept,
      cancelled,
      { reviewOther: ["review"] },
      primary,
    );
    return hits.filter((_, i) => cancelled[i]).map((hit) => hit.language);
  };
  // The English hit is cancelled, the Hindi one stays.
  assert.deepEqual(languages("hi"), ["en"]);
  assert.deepEqual(languages(undefined), ["en", "hi"]);
});

Deno.test("cancelMeasured() cancels a word right before a quantity with a unit", () => {
  for (
    const [text, expected] of [
      ["a rating of 3 a", ["review:rating"]],
      ["bewertung: 2000 w", ["review:bewertung"]],
      ["a rating of 3 apples", []],
      ["a rating of five stars", []],
    ] as const
  ) {
    const hits = find(text);
    const { byConcept, cancelled } = state(hits);
    cancelMeasured(hits, byConcept, cancelled, ["review"], text);
    assert.deepEqual(flagged(text, hits, cancelled), expected, text);
  }
});

Deno.test("cancelWhether() cancels a word right before a word that means only whether", () => {
  for (
    const [text, expected] of [
      ["your feedback whether the part fits", ["review:feedback"]],
      ["eine rückmeldung, ob das ersatzteil passt", ["review:rückmeldung"]],
      ["your feedback if you like it", []],
      ["your feedback. whether or not", []],
    ] as const
  ) {
    const hits = find(text);
    const { byConcept, cancelled } = state(hits);
    cancelWhether(hits, byConcept, cancelled, ["review"], text);
    assert.deepEqual(flagged(text, hits, cancelled), expected, text);
  }
});

Deno.test("cancelOutOfPart() keeps a scoped hit only in the part of its sentence with a partner", () => {
  const run = (text: string) => {
    const hits = find(text);
    const { cancelled } = state(hits);
    cancelOutOfPart(hits, text, segmentText(text), cancelled, [["ownGoods"], [
      "ordered",
    ]]);
    return flagged(text, hits, cancelled);
  };
  assert.deepEqual(
    run("your order ships tomorrow; we also make pillow cases"),
    ["ownGoods:pillow cases"],
  );
  assert.deepEqual(
    run("your order ships tomorrow; your order has pillow cases"),
    [],
  );
  // One part: nothing to scope.
  assert.deepEqual(
    run("your order ships tomorrow, we also make pillow cases"),
    [],
  );
});

Deno.test("cancelLeadIns() cancels an instruction in a short lead-in before a colon that names no review", () => {
  const run = (text: string) => {
    const hits = find(text);
    const { cancelled } = state(hits);
    cancelLeadIns(hits, text, segmentText(text), cancelled, [["instruction"], [
      "review",
    ]]);
    return flagged(text, hits, cancelled);
  };
  assert.deepEqual(
    run("Just to be clear: we ask for no review."),
    ["instruction:be clear"],
  );
  // A lead-in that names the review tells the buyer what to write.
  assert.deepEqual(run("In your review, mention this: the fit."), []);
  assert.deepEqual(run("For your review: mention the fit."), []);
  // Not at the start of the sentence, not before a colon, or too long.
  assert.deepEqual(run("Thanks, and mention: the fit."), []);
  assert.deepEqual(run("Please mention the fit in your review."), []);
  assert.deepEqual(
    run(
      "We would like to mention one more thing before you go on: nothing else.",
    ),
    [],
  );
  // Nothing after the colon: no lead-in.
  assert.deepEqual(run("Please mention:"), []);
});
