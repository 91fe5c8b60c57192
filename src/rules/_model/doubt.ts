// This module is browser compatible.

/**
 * The sentence model's second opinion on what the concepts found: a
 * finding whose sentence the model reads as plainly ordinary is doubted,
 * and its rule reports it as a warning to check instead of an error.
 *
 * The concepts see words ("review", "please", "refund") and where they
 * stand; the model, trained on labeled seller sentences, sees the whole
 * sentence. Where a denial or another sense of a review word escapes the
 * concepts ("nothing about your refund hangs on a review"), the model
 * mostly scores the sentence near zero, while a real request, however
 * plain, rarely falls that low. The doubt is kept narrow because a
 * bag-of-words model also scores some long, plain requests low.
 *
 * @module
 */

import type { RuleContext } from "../../lint/rule.ts";
import type { LinearModel } from "./linear_model.ts";
import { overlappingSentences } from "./model_sentences.ts";

/** When the model doubts a finding. */
export interface DoubtLimits {
  /** Below this score a finding is doubted in any sentence. */
  readonly below: number;
  /**
   * Below this score a finding is doubted in a sentence that also holds
   * one of `deniedBy`: the concepts saw a denial, but not one that reached.
   */
  readonly deniedBelow: number;
  /** Concepts of a denial ("negatedReview"). */
  readonly deniedBy: readonly string[];
}

/**
 * Whether `model` doubts a finding over `range`: every sentence it
 * overlaps scores below `limits.below`, or below `limits.deniedBelow`
 * where the sentence holds a concept of `limits.deniedBy`. A finding with
 * no sentence long enough to score is not doubted.
 *
 * @param context The rule context.
 * @param model The family's sentence model.
 * @param range The finding, in original offsets.
 * @param concepts Each sentence's concepts, keyed by where it starts in
 *   the normalized text.
 * @param limits The scores below which the model doubts.
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
    const score = model.score(sentence.text, held);
    const limit = held !== undefined &&
        limits.deniedBy.some((concept) => held.has(concept))
      ? limits.deniedBelow
      : limits.below;
    if (score >= limit) return false;
  }
  return any;
}
