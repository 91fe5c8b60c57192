// This module is browser compatible.

/**
 * A logistic model over hashed sentence features, stored as quantized
 * weights: the form the generated models ship in.
 *
 * @module
 */

import { featureSum } from "./sentence_features.ts";

/** A model as a generated module writes it. */
export interface StoredModel {
  /** The size of the hashed space, a power of two. */
  readonly buckets: number;
  /** What one step of a quantized weight is worth. */
  readonly scale: number;
  /** The intercept. */
  readonly bias: number;
  /** The score from which a sentence counts (a probability). */
  readonly threshold: number;
  /**
   * The weights in base64, two to a byte (the even bucket in the low four
   * bits): each is a number of `scale` steps from -7 to 7, stored plus 8.
   */
  readonly weights: string;
  /**
   * The concepts the model saw in training. Others are no input: it has no
   * weights of its own for them (their hashes fall on other features'
   * weights). Absent, every concept is.
   */
  readonly concepts?: readonly string[];
}

/** What a generated model was trained on, and what it was not. */
export interface ModelData {
  /** The sets of labeled sentences trained on ("a", "b", …). */
  readonly sets: readonly string[];
  /** `true`: the sets whole; `false`: their first halves by line number. */
  readonly whole: boolean;
  /** Sets held out whole (with `whole`); otherwise none. */
  readonly held: readonly string[];
  /** A hash of the trained sets' files. */
  readonly fingerprint: string;
}

/** A decoded model. */
export interface LinearModel {
  /**
   * The probability that `sentence` (normalized, lower case), holding
   * `concepts`, is of the class.
   */
  score(sentence: string, concepts?: Iterable<string>): number;
  /** The score from which a sentence counts. */
  readonly threshold: number;
}

/**
 * Decodes a stored model.
 *
 * @param stored The stored model.
 * @returns The model.
 *
 * @example A model with no weights scores every sentence by its bias
 * ```ts
 * import { decodeModel } from "./linear_model.ts";
 * import assert from "node:assert/strict";
 *
 * const model = decodeModel({ buckets: 4, scale: 1, bias: 0, threshold: 0.5, weights: "iIg=" });
 * assert.equal(model.score("anything at all"), 0.5);
 * ```
 */
export function decodeModel(stored: StoredModel): LinearModel {
  // The weights stay packed: a lookup reads its four bits (decoding them all
  // up front would cost milliseconds on a cold start).
  const binary = atob(stored.weights);
  const known = stored.concepts === undefined
    ? undefined
    : new Set(stored.concepts);
  const weight = (feature: number): number =>
    (((binary.charCodeAt(feature >> 1) >> ((feature & 1) * 4)) & 15) - 8) *
    stored.scale;
  return {
    threshold: stored.threshold,
    score(sentence, concepts) {
      const trained: string[] = [];
      for (const concept of concepts ?? []) {
        if (known === undefined || known.has(concept)) trained.push(concept);
      }
      const sum = featureSum(
        sentence,
        stored.buckets,
        trained,
        weight,
        stored.bias,
      );
      return 1 / (1 + Math.exp(-sum));
    },
  };
}
