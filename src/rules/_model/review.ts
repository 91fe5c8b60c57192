// This module is browser compatible.

/**
 * The review sentence model, decoded on first use.
 *
 * @module
 */

import { decodeModel, type LinearModel } from "./linear_model.ts";
import { REVIEW_MODEL } from "./review_model.gen.ts";

let decoded: LinearModel | undefined;

/**
 * The review sentence model: the probability that a sentence asks for,
 * steers or rewards a review in words the review lexicons do not hold
 * ("your thoughts would help other shoppers choose"), and the score from
 * which `no-review-manipulation` reports it.
 *
 * @returns The decoded model.
 *
 * @example
 * ```ts
 * import { reviewModel } from "./review.ts";
 * import assert from "node:assert/strict";
 *
 * const model = reviewModel();
 * assert.ok(model.threshold > 0.5 && model.threshold < 1);
 * ```
 */
export function reviewModel(): LinearModel {
  return decoded ??= decodeModel(REVIEW_MODEL);
}
