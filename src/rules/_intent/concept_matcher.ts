// This module is browser compatible.

/**
 * The one matcher of the concept rules: every lexicon of every family
 * (their concept names do not overlap but for the shared `negation`), so a
 * lint scans a text once for `no-review-manipulation` and `no-marketing`
 * together. The hits of the last text are kept for the next rule.
 *
 * @module
 */

import { MARKETING_LEXICONS } from "../_lexicons/marketing/mod.ts";
import { REVIEW_LEXICONS } from "../_lexicons/review/mod.ts";
import {
  type ConceptHit,
  createLexiconMatcher,
  type LexiconMatcher,
} from "./lexicon_matcher.ts";

let matcher: LexiconMatcher | undefined;
let last: { text: string; hits: ConceptHit[] } | undefined;

/**
 * The shared matcher over the review and marketing lexicons, built on first
 * use; `find` returns the same array for the same text twice in a row.
 *
 * @returns The matcher.
 *
 * @example
 * ```ts
 * import { conceptMatcher } from "./concept_matcher.ts";
 * import assert from "node:assert/strict";
 *
 * const hits = conceptMatcher().find("please leave a review. 20% off your next order");
 * const concepts = new Set(hits.map((hit) => hit.concept));
 * assert.ok(concepts.has("review") && concepts.has("offer"));
 * ```
 */
export function conceptMatcher(): LexiconMatcher {
  return SHARED;
}

const SHARED: LexiconMatcher = {
  find(text: string): ConceptHit[] {
    if (last !== undefined && last.text === text) return last.hits;
    matcher ??= createLexiconMatcher([
      ...REVIEW_LEXICONS,
      ...MARKETING_LEXICONS,
    ]);
    const hits = matcher.find(text);
    last = { text, hits };
    return hits;
  },
};
