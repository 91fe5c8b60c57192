// This module is browser compatible.

/**
 * Lexicons whose word lists are built on first use: a lexicon file costs
 * next to nothing when it is imported, and only the languages a lint needs
 * allocate their lists (and their spelling variants).
 *
 * @module
 */

import type { Lexicon, Segmentation, SharedConcept } from "./types.ts";

/** A lexicon as a file writes it: the concepts behind a function. */
export interface LexiconSpec<C extends string> {
  /** ISO 639-1 code: `en`, `de`, `ja`, ... */
  readonly language: string;
  /** How terms meet the text. */
  readonly segmentation: Segmentation;
  /** Builds the terms of each concept, lower case; called once. */
  readonly concepts: () => Readonly<
    Partial<Record<C | SharedConcept, readonly string[]>>
  >;
}

/**
 * Makes a {@linkcode Lexicon} whose `concepts` are built on first read and
 * kept.
 *
 * @param spec The language, segmentation and the function that builds the
 * concepts.
 * @returns The lexicon.
 *
 * @example
 * ```ts
 * import { defineLexicon } from "./define_lexicon.ts";
 * import assert from "node:assert/strict";
 *
 * let built = 0;
 * const lexicon = defineLexicon<"review">({
 *   language: "en",
 *   segmentation: "words",
 *   concepts: () => {
 *     built++;
 *     return { review: ["review*"] };
 *   },
 * });
 * assert.equal(built, 0);
 * assert.deepEqual(lexicon.concepts.review, ["review*"]);
 * assert.deepEqual(lexicon.concepts.review, ["review*"]);
 * assert.equal(built, 1);
 * ```
 */
export function defineLexicon<C extends string>(
  spec: LexiconSpec<C>,
): Lexicon<C> {
  let concepts:
    | Readonly<Partial<Record<C | SharedConcept, readonly string[]>>>
    | undefined;
  return {
    language: spec.language,
    segmentation: spec.segmentation,
    get concepts() {
      return concepts ??= spec.concepts();
    },
  };
}
