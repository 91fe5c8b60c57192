// Builds concept hits for the tests of the analysis modules from small
// lexicons, as the rules do: terms meet the text through the real matcher.

import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";
import { conceptIndex } from "../../../src/rules/_intent/hit_index.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";

/** Language → concept → terms. */
export type TestLexicons = Record<string, Record<string, string[]>>;

/**
 * A function that finds the hits of small lexicons in a text, sorted by end.
 *
 * @param lexicons Language → concept → terms; ja, zh and ko match by
 * characters, the others by words.
 * @returns The finder.
 */
export function hitFinder(
  lexicons: TestLexicons,
): (text: string) => ConceptHit[] {
  const matcher = createLexiconMatcher(
    Object.entries(lexicons).map(([language, concepts]): Lexicon<string> => ({
      language,
      segmentation: ["ja", "zh", "ko"].includes(language) ? "chars" : "words",
      concepts,
    })),
  );
  return (text) => matcher.find(text);
}

/**
 * The hits, their index by concept and a fresh cancelled array.
 *
 * @param hits The hits, sorted by end.
 * @returns What the analysis steps take.
 */
export function state(hits: readonly ConceptHit[]): {
  byConcept: Map<string, number[]>;
  cancelled: Uint8Array;
} {
  return {
    byConcept: conceptIndex(hits),
    cancelled: new Uint8Array(hits.length),
  };
}

/**
 * The words of the hits whose flag is set.
 *
 * @param text The text.
 * @param hits The hits.
 * @param flags Per hit, 1 when set.
 * @returns "concept:words" of each flagged hit.
 */
export function flagged(
  text: string,
  hits: readonly ConceptHit[],
  flags: Uint8Array,
): string[] {
  return hits.flatMap((hit, i) =>
    flags[i] ? [`${hit.concept}:${text.slice(hit.start, hit.end)}`] : []
  );
}
