// This module is browser compatible.

/**
 * Turns concept hits into the concepts each sentence holds, per language:
 * hits inside spans that are not the seller's words (order data, quotes) are
 * set apart, hits that another sense of the word covers are cancelled, and
 * negated hits dropped. A negation cancels hits of its own language only
 * (English loanwords also yield to the buyer's language's negation); it
 * reaches a short window around a hit, the rest of the clause in
 * verb-final languages (tr, ja, hi, ko) or up to a review word it denies
 * ("ne dépend en aucun cas d'une évaluation"), and a purpose clause after
 * a sentence's first clause ("…, aby otrzymać zwrot"); in a question it
 * does not cancel a request ("Wouldn't you like to…?"). Pairs next to each
 * other add concepts (a star rating and a request, a weak review word and
 * an instruction), and proof or design words set a context for the review
 * words near them. Linear in the number of hits: every lookup is a binary
 * search plus a scan of a window that terms' bounded length keeps small.
 *
 * This module assembles the steps, in order: other readings of the words
 * (`cancellers.ts`, `stars.ts`, `own_people.ts`, `context_words.ts` with
 * `assessed.ts`), renames
 * (`adjacent_pairs.ts`), the negations that count and their reach
 * (`negation.ts`, `negation_reach.ts`, `negation_lists.ts`,
 * `sentence_kinds.ts`), pairs (`adjacent_pairs.ts`), then the concepts of
 * each sentence with the marks that denials add (`denial.ts`).
 *
 * @module
 */

import type { AnalyzeOptions, SentenceConcepts } from "./analysis_types.ts";
import { adjacentPairs, renameHits } from "./adjacent_pairs.ts";
import {
  cancelLeadIns,
  cancelMeasured,
  cancelOtherSenses,
  cancelOutOfPart,
  cancelWhether,
} from "./cancellers.ts";
import { cancelByContext } from "./context_words.ts";
import {
  addDenied,
  addNegatedMarks,
  countDeniable,
  markHitSentence,
} from "./denial.ts";
import { conceptIndex, inside } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { countedNegations, forgetNegations, NOT_NEGATION } from "./negation.ts";
import { negate } from "./negation_reach.ts";
import { markAmounts, markOwnSpans } from "./amounts.ts";
import { findRecurringOffers } from "./recurring.ts";
import { undenyPending } from "./pending.ts";
import { findHandles } from "./handles.ts";
import { findPrices, markPrices } from "./prices.ts";
import { cancelOwnPeople, RESTOCK } from "./own_people.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";
import {
  cancelDesignStars,
  cancelPlaceCategories,
  starCounts,
} from "./stars.ts";

export type { AnalyzeOptions, SentenceConcepts } from "./analysis_types.ts";
export {
  findQuoted,
  findQuotes,
  findReported,
  leavesChoice,
  mergeSpans,
} from "./quotes.ts";
export {
  answersNo,
  asksNeed,
  asksQuestion,
  isQuestion,
} from "./sentence_kinds.ts";

const NO_HITS: ReadonlySet<number> = new Set();

/**
 * The concepts of each sentence, per language.
 *
 * @param hits The hits, sorted by end offset.
 * @param segmentation The text's sentences and clauses.
 * @param options Cancellation rules and foreign spans.
 * @returns One entry per sentence.
 */
export function analyzeConcepts(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  options: AnalyzeOptions = {},
): SentenceConcepts[] {
  const { cancels = {}, negatable = [], foreign = [] } = options;
  const reporting = new Set(options.reporting);
  const negatableSet = new Set(negatable);
  const cancelled = new Uint8Array(hits.length);
  const byConcept = conceptIndex(hits);

  // Other readings of the words first: other senses, technical values,
  // questions of fact, star categories and motifs, hits outside their part.
  cancelOtherSenses(hits, byConcept, cancelled, cancels, options.primary);
  if (options.measured !== undefined && options.text !== undefined) {
    cancelMeasured(hits, byConcept, cancelled, options.measured, options.text);
  }
  if (options.whether !== undefined && options.text !== undefined) {
    cancelWhether(hits, byConcept, cancelled, options.whether, options.text);
  }
  let grades: ConceptHit[] = [];
  if (options.placeCategory !== undefined && options.text !== undefined) {
    grades = cancelPlaceCategories(
      hits,
      options.text,
      cancelled,
      byConcept,
      options.placeCategory,
      options.starCategory,
    );
  }
  if (
    options.starDesign !== undefined && options.placeCategory !== undefined &&
    options.text !== undefined
  ) {
    cancelDesignStars(
      hits,
      options.text,
      segmentation,
      cancelled,
      byConcept,
      options.placeCategory,
      options.starDesign[0],
      options.starDesign[1],
    );
  }
  const thanked = options.ownPeople !== undefined && options.text !== undefined
    ? cancelOwnPeople(
      hits,
      options.text,
      segmentation,
      cancelled,
      byConcept,
      options.ownPeople[0],
    )
    : new Set<number>();
  if (options.partScoped !== undefined && options.text !== undefined) {
    cancelOutOfPart(
      hits,
      options.text,
      segmentation,
      cancelled,
      options.partScoped,
    );
  }
  if (options.leadIn !== undefined && options.text !== undefined) {
    cancelLeadIns(hits, options.text, segmentation, cancelled, options.leadIn);
  }
  const inContext = cancelByContext(
    hits,
    segmentation,
    cancelled,
    byConcept,
    options,
  );
  const renamed = renameHits(hits, segmentation, cancelled, byConcept, options);

  // The negations that count, then what they cancel or deny.
  let negations = countedNegations(hits, byConcept, cancels);
  if (options.forget !== undefined && negations.length > 0) {
    negations = forgetNegations(
      hits,
      negations,
      segmentation,
      cancelled,
      byConcept,
      renamed,
      options.forget,
      options.text,
    );
  }
  // Star counts that are no place's category are star ratings.
  const counted = options.starCount !== undefined && options.text !== undefined
    ? starCounts(
      hits,
      byConcept,
      cancelled,
      renamed,
      options.starCount[0],
      options.text,
    )
    : new Set<number>();
  const deniedHits = new Uint8Array(hits.length);
  const negatedHits = new Uint8Array(hits.length);
  const deniable = new Set(options.denied?.[0] ?? []);
  if (negations.length > 0 && (negatableSet.size > 0 || deniable.size > 0)) {
    negate(
      hits,
      negations,
      segmentation,
      cancelled,
      negatableSet,
      options,
      deniable,
      deniedHits,
      negatedHits,
    );
  }

  // A review denied with "yet" in its clause is one still to come.
  const pending = options.pending !== undefined &&
      options.text !== undefined && negations.length > 0
    ? undenyPending(
      hits,
      options.text,
      segmentation,
      negations,
      deniable,
      deniedHits,
    )
    : NO_HITS;

  const produced = adjacentPairs(
    hits,
    segmentation,
    cancelled,
    renamed,
    options,
  );

  const result: SentenceConcepts[] = segmentation.sentences.map((segment) => ({
    segment,
    own: new Map<string, Set<string>>(),
    all: new Map<string, Set<string>>(),
  }));
  // Per sentence and language: deniable hits, and how many are denied.
  const deniableCount = new Map<string, number>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (
      cancelled[i] || hit.concept === "negation" ||
      hit.concept === NOT_NEGATION || hit.concept in cancels ||
      (hit.concept === options.forget?.[0] && !renamed.has(i))
    ) {
      continue;
    }
    const sentence = result[segmentIndex(segmentation.sentences, hit.start)]!;
    const concepts = [renamed.get(i) ?? hit.concept];
    const extra = produced.get(i);
    if (extra !== undefined) concepts.push(extra);
    if (inContext.has(i)) concepts.push(options.context!.concept);
    if (counted.has(i)) concepts.push(options.starCount![1]);
    if (thanked.has(i)) concepts.push(options.ownPeople![1]);
    if (pending.has(i)) concepts.push(options.pending!);
    // Newness of a restock: in the words of the hit ("back in stock") or
    // of its clause ("once our restock arrives next week").
    if (
      hit.concept === options.restock?.[0] && options.text !== undefined
    ) {
      const clause = segmentation.clauses[
        segmentIndex(segmentation.clauses, hit.start)
      ]!;
      const span = options.text.slice(
        Math.min(hit.start, clause.start),
        Math.max(hit.end, clause.end),
      );
      if (RESTOCK.test(span)) concepts.push(options.restock[1]);
    }
    if (deniable.has(hit.concept)) {
      countDeniable(
        deniableCount,
        segmentIndex(segmentation.sentences, hit.start),
        hit.language,
        deniedHits[i]!,
      );
    }
    const all = sentence.all as Map<string, Set<string>>;
    let set = all.get(hit.language);
    if (set === undefined) all.set(hit.language, set = new Set());
    for (const concept of concepts) set.add(concept);
    if (
      reporting.has(hit.concept) || !inside(foreign, hit.start, hit.end)
    ) {
      const own = sentence.own as Map<string, Set<string>>;
      let ownSet = own.get(hit.language);
      if (ownSet === undefined) own.set(hit.language, ownSet = new Set());
      for (const concept of concepts) ownSet.add(concept);
    }
  }
  // A sentence that names a graded thing's stars ("5 stars in the crash
  // test") holds the `graded` concept, in the hit's language.
  if (options.graded !== undefined) {
    for (const hit of grades) {
      markHitSentence(result, segmentation, foreign, hit, options.graded);
    }
  }
  if (options.negatedMark !== undefined) {
    addNegatedMarks(
      result,
      hits,
      segmentation,
      foreign,
      deniedHits,
      negatedHits,
      options.negatedMark,
    );
  }
  // The prices serve the price and the amount marks: found once.
  const prices = options.text !== undefined &&
      (options.price !== undefined || options.amount !== undefined)
    ? findPrices(options.text)
    : [];
  if (options.price !== undefined && options.text !== undefined) {
    markPrices(
      result,
      hits,
      cancelled,
      options.text,
      segmentation,
      foreign,
      options.price,
      options.primary,
      prices,
    );
  }
  if (options.amount !== undefined && options.text !== undefined) {
    markAmounts(
      result,
      options.text,
      segmentation,
      foreign,
      options.amount,
      options.primary,
      prices,
    );
  }
  if (options.recurring !== undefined && options.text !== undefined) {
    markOwnSpans(
      result,
      findRecurringOffers(options.text, segmentation),
      segmentation,
      foreign,
      options.recurring,
      options.primary,
    );
  }
  if (options.handle !== undefined && options.text?.includes("@")) {
    markOwnSpans(
      result,
      findHandles(options.text),
      segmentation,
      foreign,
      options.handle,
      options.primary,
    );
  }
  addDenied(
    result,
    hits,
    cancelled,
    deniedHits,
    negations,
    segmentation,
    options,
    deniableCount,
  );
  return result;
}
