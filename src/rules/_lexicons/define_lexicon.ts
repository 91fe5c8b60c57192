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

/**
 * A lexicon whose concepts also carry the terms of the concepts that imply
 * them (a storefront is a promoted object too), so each term is written in
 * one list. Built on first read, like the lexicon's own concepts.
 *
 * @param lexicon The lexicon.
 * @param implied Concept → the concepts its terms also belong to.
 * @returns The lexicon with the implied terms added (each term once per
 * concept).
 *
 * @example
 * ```ts
 * import { defineLexicon, withImpliedConcepts } from "./define_lexicon.ts";
 * import assert from "node:assert/strict";
 *
 * type Concept = "storefront" | "promoObject";
 * const own = defineLexicon<Concept>({
 *   language: "en",
 *   segmentation: "words",
 *   concepts: () => ({
 *     storefront: ["our brand page"],
 *     promoObject: ["our catalogue"],
 *   }),
 * });
 * const lexicon = withImpliedConcepts<Concept>(own, {
 *   storefront: ["promoObject"],
 * });
 * assert.deepEqual(lexicon.concepts.promoObject, [
 *   "our catalogue",
 *   "our brand page",
 * ]);
 * assert.deepEqual(lexicon.concepts.storefront, ["our brand page"]);
 * ```
 */
export function withImpliedConcepts<C extends string>(
  lexicon: Lexicon<C>,
  implied: Readonly<Partial<Record<C, readonly C[]>>>,
): Lexicon<C> {
  let concepts:
    | Readonly<Partial<Record<C | SharedConcept, readonly string[]>>>
    | undefined;
  const build = () => {
    const own = lexicon.concepts as Partial<
      Record<C | SharedConcept, readonly string[]>
    >;
    const merged: Partial<Record<C | SharedConcept, readonly string[]>> = {
      ...own,
    };
    for (const [from, targets] of Object.entries(implied) as [C, C[]][]) {
      const terms = own[from] ?? [];
      if (terms.length === 0) continue;
      for (const target of targets) {
        merged[target] = [...new Set([...(merged[target] ?? []), ...terms])];
      }
    }
    return merged;
  };
  return {
    language: lexicon.language,
    segmentation: lexicon.segmentation,
    get concepts() {
      return concepts ??= build();
    },
  };
}
