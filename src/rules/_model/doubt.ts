// This module is browser compatible.

/**
 * The sentence model's second opinion on what the concepts found: a
 * finding whose sentence the model reads as plainly ordinary is doubted,
 * and its rule reports it as a warning to check instead of an error.
 *
 * The concepts see words ("review", "please", "refund") and where they
 * stand; the model, trained on labeled seller sentences, sees the whole
 * sentence. Where the concepts saw a denial that did not reach ("nothing
 * about your refund hangs on a review"), the model mostly scores the
 * sentence low, while a real request rarely falls that low. The doubt is
 * kept to such sentences because a bag-of-words model also scores some
 * long, plain requests low.
 *
 * @module
 */

import type { RuleContext } from "../../lint/rule.ts";
import type { LinearModel } from "./linear_model.ts";
import { overlappingSentences } from "./model_sentences.ts";

/** When the model doubts a finding. */
export interface DoubtLimits {
  /** Below this score a finding is doubted… */
  readonly below: number;
  /**
   * …in a sentence that holds one of these concepts: the concepts saw a
   * denial ("negatedReview"), but not one that reached…
   */
  readonly deniedBy: readonly string[];
  /** …and none of these ("positive": a good review asked for is no denial). */
  readonly never: readonly string[];
}

/**
 * Whether `model` doubts a finding over `range`: every sentence it
 * overlaps holds a concept of `limits.deniedBy` and scores below
 * `limits.below`. A finding with no sentence long enough to score is not
 * doubted. Only where the concepts themselves saw a denial: a plain request
 * padded with order words also scores low ("please confirm the address for
 * the replacement parcel and the return label, and leave a review").
 *
 * @param context The rule context.
 * @param model The family's sentence model.
 * @param range The finding, in original offsets.
 * @param concepts Each sentence's concepts, keyed by where it starts in
 *   the normalized text.
 * @param limits The score below which the model doubts, and the concepts of
 *   a denial.
 * @returns `true` when the finding is doubted.
 *
 * @example
 * ```ts ignore
 * if (isDoubted(context, reviewModel(), finding, seen, REVIEW_DOUBT)) {
 *   // report a warning instead of an error
 * }
 * ```
 */
export function isDoubted(
  context: RuleContext<unknown>,
  model: LinearModel,
  range: { readonly start: number; readonly end: number },
  concepts: ReadonlyMap<number, ReadonlySet<string>>,
  limits: DoubtLimits,
): boolean {
  let any = false;
  for (const sentence of overlappingSentences(context, range)) {
    any = true;
    const held = concepts.get(sentence.key);
    if (
      held === undefined ||
      !limits.deniedBy.some((concept) => held.has(concept)) ||
      limits.never.some((concept) => held.has(concept))
    ) return false;
    if (model.score(sentence.text, held) >= limits.below) return false;
  }
  return any;
}
