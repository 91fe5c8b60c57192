// This module is browser compatible.

/**
 * Reviews still to come: a review word that a negation denies, with "yet"
 * in its clause ("you haven't rated it yet", "noch nicht bewertet", "pas
 * encore donné votre avis", "还没有评价"), is no review denied but one the
 * seller is waiting for, which a request or an appeal next to it asks for.
 *
 * @module
 */

import type { ConceptHit } from "./lexicon_matcher.ts";
import { contextWords, escapeRegExp } from "./context_lists.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

let pattern: RegExp | undefined;

// The `notYet` context words: whole words, or anywhere in the languages
// written without spaces.
function notYet(): RegExp {
  if (pattern === undefined) {
    const words = contextWords(["notYet"], "words").map(escapeRegExp);
    const chars = contextWords(["notYet"], "chars").map(escapeRegExp);
    pattern = new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${words.join("|")})(?![\\p{L}\\p{M}])|${
        chars.join("|")
      }`,
      "u",
    );
  }
  return pattern;
}

/**
 * Whether a clause says "not yet": one of the `notYet` context words.
 *
 * @param clause The clause, normalized.
 * @returns Whether it holds "yet".
 *
 * @example
 * ```ts
 * import { saysNotYet } from "./pending.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(saysNotYet("you haven't rated the lamp yet"));
 * assert.ok(saysNotYet("dass sie den artikel noch nicht bewertet haben"));
 * assert.ok(saysNotYet("まだレビューをいただいておりません"));
 * assert.ok(!saysNotYet("we never ask for reviews"));
 * ```
 */
export function saysNotYet(clause: string): boolean {
  return notYet().test(clause);
}

/**
 * Finds the hits of `deniable` concepts whose clause holds a negation and
 * says "not yet", takes the denial off those a negation denied, and
 * returns them: reviews still to come (also where the negation reached
 * another word: "you haven't left a review yet").
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation Its sentences and clauses.
 * @param negations The negation hits that count.
 * @param deniable The concepts a negation denies (review words).
 * @param deniedHits Per hit, 1 when denied; updated.
 * @returns The indexes of the hits now pending.
 *
 * @example
 * ```ts ignore
 * const pending = undenyPending(hits, text, segmentation, negations, deniable, denied);
 * ```
 */
export function undenyPending(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  negations: readonly ConceptHit[],
  deniable: ReadonlySet<string>,
  deniedHits: Uint8Array,
): Set<number> {
  const pending = new Set<number>();
  const negated = new Set<number>();
  for (const negation of negations) {
    negated.add(segmentIndex(segmentation.clauses, negation.start));
  }
  const read = new Map<number, boolean>();
  for (let i = 0; i < hits.length; i++) {
    if (!deniable.has(hits[i]!.concept)) continue;
    const at = segmentIndex(segmentation.clauses, hits[i]!.start);
    if (!negated.has(at)) continue;
    let yet = read.get(at);
    if (yet === undefined) {
      const clause = segmentation.clauses[at]!;
      yet = saysNotYet(text.slice(clause.start, clause.end));
      read.set(at, yet);
    }
    if (!yet) continue;
    deniedHits[i] = 0;
    pending.add(i);
  }
  return pending;
}
