// This module is browser compatible.

/**
 * What denied and negated hits add to their sentence: a request a negation
 * cancels that governs a denied word of its clause marks a denied request
 * ("you don't have to leave a review"), and a sentence whose every
 * deniable hit is denied holds the denial's concept ("No review is needed,
 * the refund is on its way"), unless a request in a later clause stands
 * apart from the negation ("Without reviews we cannot grow, please take a
 * moment").
 *
 * @module
 */

import type { AnalyzeOptions, SentenceConcepts } from "./analysis_types.ts";
import { inside } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { CLAUSE_FINAL } from "./negation.ts";
import { type Segment, type Segmentation, segmentIndex } from "./segment.ts";
import { offersAlternative } from "./sentence_kinds.ts";

/**
 * Per sentence and language (a "sentence language" key): how many
 * deniable hits it holds and how many of them are denied, packed.
 */
export type DeniableCounts = Map<string, number>;

/**
 * Counts one deniable hit of a sentence and language.
 *
 * @param counts The counts so far; updated.
 * @param sentence The index of the hit's sentence.
 * @param language The hit's language.
 * @param denied 1 when a negation denies the hit, else 0.
 */
export function countDeniable(
  counts: DeniableCounts,
  sentence: number,
  language: string,
  denied: number,
): void {
  const key = `${sentence} ${language}`;
  const [total, deniedSoFar] = unpack(counts.get(key));
  counts.set(key, pack(total + 1, deniedSoFar + denied));
}

/**
 * Adds the produced concept of `negatedMark` to the sentences where a
 * negated hit of its concept governs a denied word of its clause: stands
 * before it (after it in a verb-final language).
 *
 * @param result The sentences' concepts; updated.
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param foreign Spans that are not the seller's words, sorted.
 * @param deniedHits Per hit, 1 when denied.
 * @param negatedHits Per hit, 1 when a negation cancelled it.
 * @param negatedMark [concept, produced], as `AnalyzeOptions.negatedMark`.
 */
export function addNegatedMarks(
  result: readonly SentenceConcepts[],
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  foreign: readonly Segment[],
  deniedHits: Uint8Array,
  negatedHits: Uint8Array,
  [concept, produced]: readonly [string, string],
): void {
  // Per clause: the last start and the first end of its denied hits.
  const { clauses } = segmentation;
  const lastDenied = new Int32Array(clauses.length).fill(-1);
  const firstDenied = new Int32Array(clauses.length).fill(-1);
  for (let i = 0; i < hits.length; i++) {
    if (!deniedHits[i]) continue;
    const hit = hits[i]!;
    const c = segmentIndex(clauses, hit.start);
    if (hit.start > lastDenied[c]!) lastDenied[c] = hit.start;
    if (firstDenied[c]! < 0 || hit.end < firstDenied[c]!) {
      firstDenied[c] = hit.end;
    }
  }
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (!negatedHits[i] || hit.concept !== concept) continue;
    // The request governs a denied word of its clause: before it (after
    // it in a verb-final language), not after it ("una reseña no le
    // lleva más de un minuto" says something of the review).
    const c = segmentIndex(clauses, hit.start);
    const governs = CLAUSE_FINAL.has(hit.language)
      ? firstDenied[c]! >= 0 && firstDenied[c]! <= hit.start
      : lastDenied[c]! >= hit.end;
    if (!governs) continue;
    markHitSentence(result, segmentation, foreign, hit, produced);
  }
}

/**
 * Adds `concept` to the sentence of `hit`, in the hit's language: to all of
 * its concepts, and to its own where the hit is the seller's words (not in
 * `foreign`).
 *
 * @param result The sentences' concepts; updated.
 * @param segmentation The text's sentences.
 * @param foreign Spans that are not the seller's words, sorted.
 * @param hit The hit.
 * @param concept The concept to add.
 */
export function markHitSentence(
  result: readonly SentenceConcepts[],
  segmentation: Segmentation,
  foreign: readonly Segment[],
  hit: ConceptHit,
  concept: string,
): void {
  const sentence = result[segmentIndex(segmentation.sentences, hit.start)]!;
  const sets = inside(foreign, hit.start, hit.end)
    ? [sentence.all]
    : [sentence.all, sentence.own];
  for (const which of sets) {
    const map = which as Map<string, Set<string>>;
    let set = map.get(hit.language);
    if (set === undefined) map.set(hit.language, set = new Set());
    set.add(concept);
  }
}

/**
 * Adds the produced concept of `denied` to each sentence and language whose
 * every deniable hit is denied, unless a request stands apart from the
 * negation there.
 *
 * @param result The sentences' concepts; updated.
 * @param hits The hits, sorted by end.
 * @param cancelled Per hit, 1 when cancelled.
 * @param deniedHits Per hit, 1 when denied.
 * @param negations The negations that count (`countedNegations`, without
 * those a verb of forgetting owns), sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param options The analysis options (`denied`, `ownObjects`, ...).
 * @param counts The deniable hits per sentence and language.
 */
export function addDenied(
  result: readonly SentenceConcepts[],
  hits: readonly ConceptHit[],
  cancelled: Uint8Array,
  deniedHits: Uint8Array,
  negations: readonly ConceptHit[],
  segmentation: Segmentation,
  options: AnalyzeOptions,
  counts: DeniableCounts,
): void {
  if (options.denied === undefined) return;
  const produced = options.denied[1];
  const apart = requestsApart(
    hits,
    cancelled,
    deniedHits,
    negations,
    segmentation,
    options,
  );
  for (const [key, value] of counts) {
    const [total, denied] = unpack(value);
    if (total === 0 || denied < total || apart.has(key)) continue;
    const space = key.indexOf(" ");
    const sentence = result[Number(key.slice(0, space))]!;
    const language = key.slice(space + 1);
    for (const which of [sentence.all, sentence.own]) {
      (which.get(language) as Set<string> | undefined)?.add(produced);
    }
  }
}

/**
 * The sentences (by "sentence language" key) where a request stands in a
 * clause after the first one with a denied review word: the request is not
 * under the negation ("Without reviews we cannot grow, please take a
 * moment").
 */
function requestsApart(
  hits: readonly ConceptHit[],
  cancelled: Uint8Array,
  denied: Uint8Array,
  negations: readonly ConceptHit[],
  segmentation: Segmentation,
  options: AnalyzeOptions,
): Set<string> {
  const { sentences, clauses } = segmentation;
  // Per sentence and language: the first clause with a denied word.
  const deniedClauses = new Map<string, number>();
  for (let i = 0; i < hits.length; i++) {
    if (!denied[i]) continue;
    const hit = hits[i]!;
    const key = `${segmentIndex(sentences, hit.start)} ${hit.language}`;
    const clause = segmentIndex(clauses, hit.start);
    const first = deniedClauses.get(key);
    if (first === undefined || clause < first) deniedClauses.set(key, clause);
  }
  const apart = new Set<string>();
  if (deniedClauses.size === 0) return apart;
  // The clauses (by "clause language" key) whose request has its own
  // object.
  const objects = new Set(options.ownObjects ?? []);
  const withObject = new Set<string>();
  if (objects.size > 0) {
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      if (!objects.has(hit.concept) || cancelled[i]) continue;
      withObject.add(`${segmentIndex(clauses, hit.start)} ${hit.language}`);
    }
  }
  // The clauses (by "clause language" key) that hold a negation of their
  // own: a request there asks not to do something ("We don't ask for
  // feedback, so please don't feel any obligation to post anything"). Only
  // the negations that count: one inside a request ("don't forget") urges.
  const withNegation = new Set(
    negations.map((negation) =>
      `${segmentIndex(clauses, negation.start)} ${negation.language}`
    ),
  );
  // Per clause: whether it offers an alternative (0 unknown, 1 yes, 2 no).
  const alternative = new Uint8Array(clauses.length);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.concept !== options.askedInQuestion || cancelled[i]) continue;
    const key = `${segmentIndex(sentences, hit.start)} ${hit.language}`;
    const first = deniedClauses.get(key);
    const clause = segmentIndex(clauses, hit.start);
    if (
      first === undefined || clause <= first ||
      withObject.has(`${clause} ${hit.language}`) ||
      withNegation.has(`${clause} ${hit.language}`)
    ) continue;
    if (alternative[clause] === 0 && options.text !== undefined) {
      alternative[clause] = offersAlternative(options.text, clauses[clause]!)
        ? 1
        : 2;
    }
    if (alternative[clause] !== 1) apart.add(key);
  }
  return apart;
}

// Two counts in one number (both stay far below 2^20).
function pack(total: number, denied: number): number {
  return total * 0x100000 + denied;
}
function unpack(value: number | undefined): [number, number] {
  if (value === undefined) return [0, 0];
  return [Math.floor(value / 0x100000), value % 0x100000];
}
