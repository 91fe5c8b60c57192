// This module is browser compatible.

import { defineRule } from "../lint/define_rule.ts";
import type { Rule, RuleContext } from "../lint/rule.ts";
import { decideReview, type ReviewFinding } from "./_intent/decide.ts";
import { conceptMatcher } from "./_intent/concept_matcher.ts";
import {
  ANSWERED_NO,
  type ConceptFinding,
  findingData,
  runConcepts,
} from "./_intent/run.ts";
import type { AnalyzeOptions } from "./_intent/analyze.ts";
import { reviewModel } from "./_model/review.ts";
import {
  reportModelSentences,
  validateSentenceModelOptions,
} from "./_model/model_sentences.ts";
import { type DoubtLimits, isDoubted } from "./_model/doubt.ts";

// Reviews are Amazon's business: its "Request a Review" button (the
// Solicitations API) asks every buyer the same neutral way, and a seller's
// own message may not. The rule finds, per sentence and language, the
// concepts of the review lexicons (src/rules/_lexicons/review/) and decides
// from their co-occurrence: a review word together with a request, a
// positive qualifier or "tell other shoppers" is a solicitation; with a
// reward, a sentiment condition, a change or an instruction it is the
// graver manipulation. Other senses ("review the proof", review words next
// to a proof or a design), technical values ("a rating of 3 A"), stars as
// the category of a place ("the 5-star hotel"), negations ("no review is
// needed") and the buyer's own words (order data, quotations) do not count.

/**
 * Concepts that deny a review ("no review is needed"): where a sentence
 * holds one, the review sentence model only warns, and its second opinion
 * may make a solicitation there a warning.
 */
export const REVIEW_DENIED = [
  "negatedReview",
  "negatedRequest",
  ANSWERED_NO,
] as const;

/**
 * When the review model doubts a finding of the concepts (see
 * {@linkcode isDoubted}): in a sentence that also holds a denial the
 * concepts did not let reach, a score below 25%. Chosen on the held-out
 * halves of the labeled review sentences (`training/review/`): of the
 * concepts' 87 false errors there, 12 became warnings, for 1 of 1,735
 * caught requests. (Doubting any sentence scored below 1% turned 18 into
 * warnings for 2, but let a plain request padded with order words through.)
 */
const REVIEW_DOUBT: DoubtLimits = {
  below: 0.25,
  deniedBy: REVIEW_DENIED,
  never: ["positive", "rating", "starRequest"],
};

/**
 * The findings the model may doubt, with the score below which it does: a
 * solicitation (a review word next to a request or a positive word, the
 * concepts' weakest evidence) and a reward below 25%; an instruction ("no
 * review is needed, only a photo of the box") below 5%, as an instruction
 * with a negation of something else in it ("say that the delay was the
 * carrier's, not ours") may score 20%. Doubting rewards and instructions as
 * well turned 7 more of the concepts' false errors on the held-out halves
 * and on sets f and g (3,680 clean sentences) into warnings, with none of
 * the 2,386 caught violations lost. Gating and changes stay errors: doubted,
 * they lost 2 caught violations for 2 false errors.
 */
const DOUBTS: ReadonlyMap<string, DoubtLimits> = new Map([
  ["solicitation", REVIEW_DOUBT],
  ["incentive", REVIEW_DOUBT],
  ["instructions", { ...REVIEW_DOUBT, below: 0.05 }],
]);

/** How the review family reads its concepts: other senses, negation, pairs and contexts. */
export const REVIEW_ANALYSIS: Omit<
  AnalyzeOptions,
  "foreign" | "primary" | "text"
> = {
  cancels: {
    // A sense of a review or sharing word that is not about reviews ("feedback
    // on the proof", "share your address with us").
    reviewOther: [
      "review",
      "reviewVerb",
      "positive",
      "opinion",
      "sharing",
      "shareVerb",
    ],
    // "Please accept our apologies", "please note that": no request, and
    // no instruction either.
    requestOther: ["request", "instruction"],
    // "Install the firmware update": no review is changed.
    changeOther: ["change"],
  },
  seenLink: [["review", "reviewVerb", "opinion"], "reviewSeen", "seenReview"],
  thankedLink: [
    ["review", "reviewVerb", "opinion"],
    "reviewThanked",
    "thankedReview",
  ],
  anchors: ["review", "reviewVerb", "opinion"],
  starRequest: ["request", "positive", "starRequest"],
  // "A negative review", "差评": a condition word that qualifies a review
  // word names a kind of review; it gates as the seller steers it.
  qualifiers: ["condition", ["review", "reviewVerb", "opinion"], "badReview"],
  askedInQuestion: "request",
  quotes: ["instruction"],
  // A later request about the order or a problem ("just tell us if the
  // parcel does not arrive") stands under the denial of a review before it.
  ownObjects: ["orderItem", "problemIf"],
  negatedMark: ["request", "negatedRequest"],
  listReach: ["review", "reviewVerb", "opinion", "request", "instruction"],
  denied: [["review", "reviewVerb", "opinion"], "negatedReview"],
  // "You haven't rated it yet": a review still to come.
  pending: "pendingReview",
  weakLink: ["opinion", ["instruction", "change"], "weakLink"],
  rewardLink: ["opinion", ["incentive"], "rewardLink"],
  toldLink: ["sharing", ["request", "instruction"], "toldSharing"],
  toldAt: "place",
  context: {
    canceller: "reviewOther",
    weak: [],
    marked: ["review", "reviewVerb", "opinion"],
    concept: "proofContext",
    quotedBy: ["instruction"],
  },
  // "5 stars" is a rating; the review word of "another customer's review"
  // is that customer's (`othersReview`), not one asked of the buyer, and
  // those customers are its authors, not shoppers to tell.
  contained: {
    review: [["positive", "rating"], ["othersReview", "othersReview"]],
    reviewVerb: [["othersReview", "othersReview"]],
    opinion: [["othersReview", "othersReview"]],
    sharing: [["othersReview", "othersReview"]],
    shareVerb: [["othersReview", "othersReview"]],
  },
  measured: ["review", "reviewVerb"],
  // "Just to be clear:", "Şunu belirtelim:": the seller's own lead-in.
  leadIn: [["instruction"], ["review", "reviewVerb", "opinion", "place"]],
  whether: ["review", "reviewVerb", "opinion"],
  placeCategory: ["positive", "review", "reviewVerb", "opinion"],
  starCategory: "starCategory",
  graded: "graded",
  starDesign: [["design", "reviewOther", "starCategory"], "place"],
  starCount: ["positive", "rating"],
  forget: ["forget", "request"],
  negatable: [
    "request",
    "incentive",
    "sharing",
    "shareVerb",
    "instruction",
    "change",
    "positive",
  ],
};

const ADVICE =
  ' Leave review requests to Amazon: use "Request a Review" in Seller Central or the Solicitations API.';

// A size chart or a manual on the product page (a size or colour word, or
// a product document, with a review place and no review word or word that
// asks: "the size chart is in the product page's photos") is where to look,
// not where to write: the model's reading of it is only a warning.
const PAGE_INFO = "pageInfo";
const REVIEW_OR_ASKING = [
  "review",
  "reviewVerb",
  "opinion",
  "rating",
  "positive",
  "sharing",
  "shareVerb",
  "instruction",
  "condition",
  "badReview",
  "problemIf",
  "request",
];
function pointsToPage(concepts: ReadonlySet<string>): boolean {
  return concepts.has("place") &&
    (concepts.has("variant") || concepts.has("manual")) &&
    !REVIEW_OR_ASKING.some((concept) => concepts.has(concept));
}

// A quotation that asks, appeals, rewards, asks for a change, instructs,
// shares, sets a condition or names a review place, and that nothing
// attributes or disowns, is the seller's own request ("“Please leave a
// review on the product page”, it helps us a lot"); a product's name with
// review or star words in it is not.
const REVIEW_RUN = {
  ...REVIEW_ANALYSIS,
  // A change or a denied request in a sentence that leaves the review to the
  // buyer ("whether you update your review is entirely up to you").
  choiceLeft: [["change", "negatedRequest"], "leftToBuyer"] as const,
  // The seller's voice inside a reported question, and what it is for.
  reportedVoice: {
    voice: ["appeal"],
    subjects: ["review", "reviewVerb", "rating", "opinion"],
  },
  sellersQuotes: [
    "request",
    "appeal",
    "incentive",
    "change",
    "changeIt",
    "instruction",
    "sharing",
    "shareVerb",
    "condition",
    "badReview",
    "place",
  ],
};

/**
 * The sentences of a lint context that the review concepts decide on, with
 * each sentence's concepts recorded in `seen` (keyed by where it starts in
 * the normalized text).
 *
 * @param context The rule context.
 * @param seen Receives each sentence's concepts.
 * @returns The findings, in text order.
 *
 * @example
 * ```ts ignore
 * const findings = findReview(context, new Map());
 * ```
 */
export function findReview(
  context: RuleContext<unknown>,
  seen?: Map<number, ReadonlySet<string>>,
): ConceptFinding<ReviewFinding>[] {
  return runConcepts<ReviewFinding>(
    context,
    conceptMatcher(),
    REVIEW_RUN,
    decideReview,
    ["review", "rating"],
    seen,
    [["buyerReport"], ["othersReview"]],
  );
}

/** Options of the `no-review-manipulation` rule. */
export interface NoReviewManipulationOptions {
  /**
   * Whether the rule consults its sentence model: for sentences the
   * concepts leave alone, and for a second opinion on the solicitations
   * they find in a sentence that also denies a review (one it reads as no
   * request is a warning).
   * `false` keeps only the concepts' findings, all of them errors.
   *
   * @default {true}
   */
  readonly sentenceModel: boolean;
}

/**
 * Disallows asking for reviews or feedback in buyer messages, and every
 * form of review manipulation, in every language with a review lexicon: a
 * request for a review or rating (also as a wish: "your thoughts would help
 * other shoppers"), rewards for a review (refund, gift card, free product),
 * asking only satisfied buyers ("if you are happy, leave a review; if not,
 * contact us first"; "write to us before you write anything"), asking to
 * change or remove a review (also in a later sentence: "We saw your 2-star
 * review. The new charger went out today. Could you update it?"), and
 * telling buyers what to write. Amazon asks for reviews itself; the compliant way
 * is its "Request a Review" (the Solicitations API). Other senses ("please
 * review the proof"), negations ("no review is needed"), a question answered
 * with a bare no ("Do I need to leave a review for the refund? No."), the
 * buyer's questions the seller reports ("you asked whether, to get the
 * refund, you must leave a review"), another customer's review the buyer
 * mentioned ("you wrote that another customer's review says the lid leaks")
 * and text from order data or quotations are not flagged; the label of a
 * control the seller points to is no quotation (the "Write a review"
 * button), nor is a request in quotation marks that nothing next to it
 * attributes to someone else (a card, the buyer's question, an impostor's
 * message) and nothing around it disowns ("“A review on Amazon would make
 * our day”, as we always say"). Each finding covers the sentence and
 * names the concepts seen. A sentence the concepts do not decide on is
 * scored by a sentence model trained on labeled seller sentences in the 16
 * locales: a roundabout request ("your thoughts would help other shoppers
 * choose") is reported as `modelled`. The same model gives a second opinion
 * on the solicitations the concepts find in a sentence that also denies a
 * review: one it reads as no request is reported as `doubted`, a warning
 * to check.
 *
 * @example Incorrect
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "unexpectedProblem", text: "Order 123-1234567-1234567: leave a 5-star review and we will send you a $10 gift card!" },
 *   { policy: "spec-only", rules: { "no-review-manipulation": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-review-manipulation").length, 1);
 * ```
 *
 * @example Correct
 * ```ts
 * import { lintMessage } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const report = lintMessage(
 *   { type: "confirmCustomizationDetails", text: "Order 123-1234567-1234567: please review the customization details below and reply to this message. We will send a free of charge replacement if the engraving is wrong." },
 *   { policy: "spec-only", rules: { "no-review-manipulation": "error" } },
 * );
 * assert.equal(report.diagnostics.filter((d) => d.ruleId === "no-review-manipulation").length, 0);
 * ```
 */
export const noReviewManipulation: Rule<NoReviewManipulationOptions> =
  defineRule<NoReviewManipulationOptions>({
    id: "no-review-manipulation",
    meta: {
      type: "problem",
      description:
        "Disallow review requests and manipulation: asking for reviews, incentives, asking only happy buyers, asking to change a review, dictating its content",
      defaultSeverity: "error",
      defaultOptions: { sentenceModel: true },
      validateOptions: validateSentenceModelOptions,
      messages: {
        solicitation:
          'Remove this request for a review or feedback ("{{phrase}}", seen: {{concepts}}): sellers may not ask for reviews in buyer messages.' +
          ADVICE,
        incentive:
          'Remove "{{phrase}}" (seen: {{concepts}}): offering a refund, gift card, discount, free product or any other reward for a review or feedback is forbidden.' +
          ADVICE,
        gating:
          'Remove "{{phrase}}" (seen: {{concepts}}): do not ask only satisfied buyers for a review, or steer unhappy buyers away from leaving one.' +
          ADVICE,
        change:
          'Remove "{{phrase}}" (seen: {{concepts}}): do not ask buyers to change, update or remove a review or feedback; whether it changes is the buyer\'s choice alone.',
        instructions:
          'Remove "{{phrase}}" (seen: {{concepts}}): do not tell buyers what to write or show in a review.' +
          ADVICE,
        doubted:
          'Check "{{phrase}}" (seen: {{concepts}}): its words could ask for a review, though it also denies one and a model trained on seller messages reads it as no request. If it asks for one, remove it.' +
          ADVICE,
        modelled:
          'Remove or rewrite "{{phrase}}": it reads like asking for a review or steering one, to a model trained on seller messages.' +
          ADVICE,
        modelledWish:
          'Check "{{phrase}}": it reads like asking for a review to a model trained on seller messages, though it only wishes the buyer a good experience. Leave reviews out of buyer messages altogether.',
        modelledOthers:
          'Check "{{phrase}}": it reads like asking for a review to a model trained on seller messages, though the review it names is another customer\'s. Leave reviews out of buyer messages altogether.',
        modelledPage:
          'Check "{{phrase}}": it reads like asking for a review to a model trained on seller messages, though it only points to a size chart or a manual on the product page. Leave reviews out of buyer messages altogether.',
        modelledDenied:
          'Check "{{phrase}}": it reads like asking for a review to a model trained on seller messages, though it also says no review is needed. Leave reviews out of buyer messages altogether.',
      },
    },
    check(context) {
      const seen = new Map<number, ReadonlySet<string>>();
      const findings = findReview(context, seen);
      const covered: { start: number; end: number }[] = [];
      const model = context.options.sentenceModel ? reviewModel() : undefined;
      for (const finding of findings) {
        covered.push(finding);
        if (finding.fromData) continue;
        // The model's second opinion: a sentence that also denies a review
        // and that it reads as no request is a warning to check.
        const limits = DOUBTS.get(finding.finding);
        const doubted = model !== undefined && limits !== undefined &&
          isDoubted(context, model, finding, seen, limits);
        context.report({
          messageId: doubted ? "doubted" : finding.finding,
          severity: doubted ? "warning" : undefined,
          start: finding.start,
          end: finding.end,
          data: findingData(context.text, finding),
        });
      }
      // A review request the concepts have no words for: a sentence the
      // model counts; a warning where the sentence denies a review or only
      // wishes the buyer a good experience.
      if (context.options.sentenceModel) {
        for (const [at, concepts] of seen) {
          if (pointsToPage(concepts)) {
            seen.set(at, new Set([...concepts, PAGE_INFO]));
          }
        }
        reportModelSentences(context, reviewModel(), covered, seen, {
          unsureWith: [...REVIEW_DENIED, "wellWish", "othersReview", PAGE_INFO],
          sure: "modelled",
          unsure: "modelledDenied",
          unsureBy: {
            wellWish: "modelledWish",
            othersReview: "modelledOthers",
            [PAGE_INFO]: "modelledPage",
          },
        });
      }
    },
  });
