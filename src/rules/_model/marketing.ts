// This module is browser compatible.

/**
 * The marketing sentence model, decoded on first use.
 *
 * @module
 */

import { decodeModel, type LinearModel } from "./linear_model.ts";
import { MARKETING_MODEL } from "./marketing_model.gen.ts";

let decoded: LinearModel | undefined;

/**
 * The marketing sentence model: the probability that a sentence promotes
 * something beyond the order (other products, a new range, the store), and
 * the score from which `no-marketing` reports it.
 *
 * @returns The decoded model.
 *
 * @example
 * ```ts
 * import { marketingModel } from "./marketing.ts";
 * import assert from "node:assert/strict";
 *
 * const model = marketingModel();
 * assert.ok(model.threshold > 0.5 && model.threshold < 1);
 * ```
 */
export function marketingModel(): LinearModel {
  return decoded ??= decodeModel(MARKETING_MODEL);
}
