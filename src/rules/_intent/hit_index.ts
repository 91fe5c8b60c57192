// This module is browser compatible.

/**
 * Lookups over concept hits sorted by end offset: overlap, the first hit
 * ending after an offset (binary search), whether a hit lies inside one of
 * some sorted spans, and the hits of each concept. The windows the analysis
 * scans are bounded by `MAX_TERM`, the longest term.
 *
 * @module
 */

import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segment, segmentIndex } from "./segment.ts";

/** The longest overlap window: no term is longer. */
export const MAX_TERM = 64;
/** How close a negation stands to a request it belongs to. */
export const TOUCH = 3;

/**
 * Whether two hits share a code unit.
 *
 * @param a A hit.
 * @param b Another hit.
 * @returns Whether they overlap.
 */
export function overlaps(a: ConceptHit, b: ConceptHit): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The first index in `hits` (sorted by end) whose end is > offset (binary
 * search).
 *
 * @param hits The hits, sorted by end.
 * @param offset An offset in the text.
 * @returns The index, or `hits.length` when none ends after it.
 */
export function firstEndingAfter(
  hits: readonly ConceptHit[],
  offset: number,
): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Whether `[start, end)` lies inside one of sorted, disjoint spans.
 *
 * @param spans The spans, sorted.
 * @param start The start offset.
 * @param end The end offset.
 * @returns Whether one span holds it all.
 */
export function inside(
  spans: readonly Segment[],
  start: number,
  end: number,
): boolean {
  if (spans.length === 0) return false;
  const index = segmentIndex(spans, start);
  const span = spans[index]!;
  return span.start <= start && end <= span.end;
}

/**
 * The hits at some indices, in their order. A loop of pushes, so that every
 * list it returns has the same elements kind: optimized code that reads
 * them is not thrown away for a list of another kind.
 *
 * @example
 * ```ts
 * import { hitsAt } from "./hit_index.ts";
 * const hits = [{ concept: "review", language: "en", start: 0, end: 6 }];
 * hitsAt(hits, [0]); // the one hit
 * ```
 *
 * @param hits The hits.
 * @param indices Indices into `hits`; none when absent.
 * @returns The hits at those indices.
 */
export function hitsAt(
  hits: readonly ConceptHit[],
  indices: readonly number[] | undefined,
): ConceptHit[] {
  const out: ConceptHit[] = [];
  if (indices === undefined) return out;
  for (let i = 0; i < indices.length; i++) out.push(hits[indices[i]!]!);
  return out;
}

/**
 * The indices of the hits of each concept, each list sorted by end as the
 * hits are.
 *
 * @param hits The hits, sorted by end.
 * @returns Concept → indices into `hits`.
 */
export function conceptIndex(
  hits: readonly ConceptHit[],
): Map<string, number[]> {
  const byConcept = new Map<string, number[]>();
  for (let i = 0; i < hits.length; i++) {
    const concept = hits[i]!.concept;
    let list = byConcept.get(concept);
    if (list === undefined) byConcept.set(concept, list = []);
    list.push(i);
  }
  return byConcept;
}

/**
 * Whether a hit of `kept` (hits sorted by end) stands in `clause`, outside
 * the span [`from`, `to`) and, when given, not overlapping `own` (a term
 * that holds the word is the word's own phrase). Binary search, then a
 * scan of the clause's hits.
 *
 * @param kept The keeper hits, sorted by end.
 * @param clause The clause to look in.
 * @param from The start of the span whose hits do not count.
 * @param to The end of that span.
 * @param own A hit whose overlapping keepers do not count.
 * @returns Whether a keeper stands there.
 *
 * @example
 * ```ts
 * import { keeperInClause } from "./hit_index.ts";
 * import assert from "node:assert/strict";
 *
 * const kept = [{ concept: "request", language: "en", start: 0, end: 6 }];
 * assert.equal(keeperInClause(kept, { start: 0, end: 40 }, 10, 20), true);
 * assert.equal(keeperInClause(kept, { start: 0, end: 40 }, 0, 20), false);
 * ```
 */
export function keeperInClause(
  kept: readonly ConceptHit[],
  clause: Segment,
  from: number,
  to: number,
  own?: Segment,
): boolean {
  for (
    let j = firstEndingAfter(kept, clause.start);
    j < kept.length && kept[j]!.start < clause.end;
    j++
  ) {
    const keeper = kept[j]!;
    if (keeper.start < clause.start) continue;
    if (keeper.start >= from && keeper.end <= to) continue;
    if (own !== undefined && keeper.start < own.end && keeper.end > own.start) {
      continue;
    }
    return true;
  }
  return false;
}

/**
 * The keeper hits for `keeperInClause`, built once on first use: the hits
 * of the `keepers` concepts that are not cancelled when it is first
 * called, sorted by end as `hits` are. A pass that cancels hits as it goes
 * builds the list at its first need, from the cancellations made so far.
 *
 * @param hits The hits, sorted by end.
 * @param cancelled Per hit, 1 when cancelled.
 * @param keepers The concepts that keep a hit.
 * @returns A function that returns the keeper hits.
 *
 * @example
 * ```ts
 * import { keepersOf } from "./hit_index.ts";
 * import assert from "node:assert/strict";
 *
 * const hits = [
 *   { concept: "request", language: "en", start: 0, end: 6 },
 *   { concept: "review", language: "en", start: 7, end: 13 },
 *   { concept: "request", language: "en", start: 14, end: 20 },
 * ];
 * const cancelled = new Uint8Array(3);
 * const kept = keepersOf(hits, cancelled, ["request"]);
 * cancelled[2] = 1;
 * assert.deepEqual(kept(), [hits[0]]);
 * cancelled[0] = 1;
 * assert.deepEqual(kept(), [hits[0]]);
 * ```
 */
export function keepersOf(
  hits: readonly ConceptHit[],
  cancelled: Uint8Array,
  keepers: readonly string[],
): () => readonly ConceptHit[] {
  let kept: ConceptHit[] | undefined;
  return () => {
    if (kept === undefined) {
      const keeperSet = new Set(keepers);
      kept = hits.filter((other, j) =>
        !cancelled[j] && keeperSet.has(other.concept)
      );
    }
    return kept;
  };
}
