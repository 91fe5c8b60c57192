// This module is browser compatible.

/**
 * The matchers of the concept rules: one per language over that language's
 * lexicons of every family (their concept names do not overlap but for the
 * shared `negation`), each built on first use, so a lint scans a text once
 * per judging language for `no-review-manipulation` and `no-marketing`
 * together and builds only the automata of the languages it needs. The hits
 * of the last text are kept for the next rule.
 *
 * @module
 */

import { MARKETING_LEXICONS } from "../_lexicons/marketing/mod.ts";
import { REVIEW_LEXICONS } from "../_lexicons/review/mod.ts";
import type { Lexicon } from "../_lexicons/types.ts";
import {
  type ConceptHit,
  createLexiconMatcher,
  type LexiconMatcher,
} from "./lexicon_matcher.ts";

/** A matcher that can limit a scan to some languages. */
export interface ConceptMatcher extends LexiconMatcher {
  /**
   * The hits of the given languages' lexicons in `text`, ordered as
   * {@linkcode LexiconMatcher.find} orders them.
   *
   * @param text The normalized (lower-case) text.
   * @param languages The languages; every language when `undefined`.
   * @returns The hits.
   */
  findIn(text: string, languages?: readonly string[]): ConceptHit[];
  /** Whether a language has lexicons. */
  has(language: string): boolean;
  /**
   * Whether a language's lexicons list terms for a concept (an optional
   * concept a decision depends on).
   *
   * @param language The language.
   * @param concept The concept.
   * @returns Whether it has terms.
   */
  defines(language: string, concept: string): boolean;
}

const BY_LANGUAGE = new Map<string, Lexicon<string>[]>();
for (const lexicon of [...REVIEW_LEXICONS, ...MARKETING_LEXICONS]) {
  let list = BY_LANGUAGE.get(lexicon.language);
  if (list === undefined) BY_LANGUAGE.set(lexicon.language, list = []);
  list.push(lexicon);
}
const ALL_LANGUAGES: readonly string[] = [...BY_LANGUAGE.keys()];

const matchers = new Map<string, LexiconMatcher>();
const defined = new Map<string, boolean>();
const last = new Map<string, { text: string; hits: ConceptHit[] }>();
let lastMerged: { text: string; key: string; hits: ConceptHit[] } | undefined;

function hitsOf(language: string, text: string): ConceptHit[] {
  const cached = last.get(language);
  if (cached !== undefined && cached.text === text) return cached.hits;
  let matcher = matchers.get(language);
  if (matcher === undefined) {
    matcher = createLexiconMatcher(BY_LANGUAGE.get(language) ?? []);
    matchers.set(language, matcher);
  }
  const hits = matcher.find(text);
  last.set(language, { text, hits });
  return hits;
}

function byEnd(a: ConceptHit, b: ConceptHit): number {
  return a.end - b.end || (b.end - b.start) - (a.end - a.start);
}

/**
 * The shared matcher over the review and marketing lexicons; per language,
 * `findIn` returns the same hits for the same text twice in a row.
 *
 * @returns The matcher.
 *
 * @example
 * ```ts
 * import { conceptMatcher } from "./concept_matcher.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "please leave a review. 20% off your next order";
 * const hits = conceptMatcher().findIn(text, ["en"]);
 * const concepts = new Set(hits.map((hit) => hit.concept));
 * assert.ok(concepts.has("review") && concepts.has("offer"));
 * assert.ok(hits.every((hit) => hit.language === "en"));
 * ```
 */
export function conceptMatcher(): ConceptMatcher {
  return SHARED;
}

const SHARED: ConceptMatcher = {
  find(text: string): ConceptHit[] {
    return SHARED.findIn(text);
  },
  findIn(text: string, languages = ALL_LANGUAGES): ConceptHit[] {
    const lists: ConceptHit[][] = [];
    for (const language of new Set(languages)) {
      if (!BY_LANGUAGE.has(language)) continue;
      const hits = hitsOf(language, text);
      if (hits.length > 0) lists.push(hits);
    }
    if (lists.length === 0) return [];
    if (lists.length === 1) return lists[0]!;
    const key = languages.join();
    if (lastMerged?.text === text && lastMerged.key === key) {
      return lastMerged.hits;
    }
    const hits = lists.flat().sort(byEnd);
    lastMerged = { text, key, hits };
    return hits;
  },
  has(language: string): boolean {
    return BY_LANGUAGE.has(language);
  },
  defines(language: string, concept: string): boolean {
    const key = `${language} ${concept}`;
    let known = defined.get(key);
    if (known === undefined) {
      known = (BY_LANGUAGE.get(language) ?? []).some((lexicon) =>
        ((lexicon.concepts as Record<string, readonly string[] | undefined>)[
          concept
        ]?.length ?? 0) > 0
      );
      defined.set(key, known);
    }
    return known;
  },
};
