// This module is browser compatible.

/**
 * Turns concept hits into the concepts each sentence holds, per language:
 * hits inside spans that are not the seller's words (order data, quotes) are
 * set apart, hits that another sense of the word covers are cancelled, and
 * negated hits dropped. Linear in the number of hits: every lookup is a
 * binary search plus a scan of a window that terms' bounded length keeps
 * small.
 *
 * @module
 */

import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segment, type Segmentation, segmentIndex } from "./segment.ts";

/** The concepts one sentence holds in one language. */
export interface SentenceConcepts {
  /** The sentence. */
  readonly segment: Segment;
  /** Language → concepts found in the seller's own words. */
  readonly own: ReadonlyMap<string, ReadonlySet<string>>;
  /** Language → concepts found in any words, order data and quotes included. */
  readonly all: ReadonlyMap<string, ReadonlySet<string>>;
}

/** How hits cancel each other. */
export interface AnalyzeOptions {
  /**
   * Concept → the concepts its hits cancel where they overlap and are not
   * shorter (`reviewOther` cancels `review`).
   */
  readonly cancels?: Readonly<Record<string, readonly string[]>>;
  /**
   * Concept → [container concept, new name]: a hit inside a hit of the
   * container is renamed (a `review` word inside a `positive` one, "5
   * stars", becomes `rating`: a rating, not yet a review).
   */
  readonly contained?: Readonly<
    Record<string, readonly [container: string, renamed: string]>
  >;
  /** Concepts a nearby negation in the same clause cancels. */
  readonly negatable?: readonly string[];
  /** Spans that are not the seller's words, sorted. */
  readonly foreign?: readonly Segment[];
}

/** How far before a concept a negation reaches, in code units. */
const NEGATION_BEFORE = 48;
/** How far after a concept a negation reaches ("Gutschein ist nicht nötig"). */
const NEGATION_AFTER = 18;
/** The longest overlap window: no term is longer. */
const MAX_TERM = 64;

function overlaps(a: ConceptHit, b: ConceptHit): boolean {
  return a.start < b.end && b.start < a.end;
}

// First index in `hits` (sorted by end) whose end is > offset.
function firstEndingAfter(hits: readonly ConceptHit[], offset: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

function inside(
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
  const { cancels = {}, contained = {}, negatable = [], foreign = [] } =
    options;
  const negatableSet = new Set(negatable);
  const cancelled = new Uint8Array(hits.length);

  // Indices of the hits of each concept, each list sorted by end.
  const byConcept = new Map<string, number[]>();
  for (let i = 0; i < hits.length; i++) {
    const concept = hits[i]!.concept;
    let list = byConcept.get(concept);
    if (list === undefined) byConcept.set(concept, list = []);
    list.push(i);
  }
  const hitsOf = (concept: string): ConceptHit[] =>
    (byConcept.get(concept) ?? []).map((i) => hits[i]!);

  // Another sense of a word cancels the concept it overlaps, unless a longer
  // term of that concept covers more ("review the product" beats "review the").
  for (const [canceller, targets] of Object.entries(cancels)) {
    const cancellers = hitsOf(canceller);
    if (cancellers.length === 0) continue;
    for (const target of targets) {
      for (const at of byConcept.get(target) ?? []) {
        const hit = hits[at]!;
        const hitLength = hit.end - hit.start;
        for (
          let j = firstEndingAfter(cancellers, hit.start);
          j < cancellers.length && cancellers[j]!.end <= hit.end + MAX_TERM;
          j++
        ) {
          const other = cancellers[j]!;
          // Any language's other sense counts: the words are the same.
          if (!overlaps(hit, other)) continue;
          if (other.end - other.start >= hitLength) {
            cancelled[at] = 1;
            break;
          }
        }
      }
    }
  }

  const renamed = new Map<number, string>();
  for (const [concept, [container, name]] of Object.entries(contained)) {
    const containers = hitsOf(container);
    if (containers.length === 0) continue;
    for (const at of byConcept.get(concept) ?? []) {
      const hit = hits[at]!;
      for (
        let j = firstEndingAfter(containers, hit.start);
        j < containers.length && containers[j]!.start <= hit.start;
        j++
      ) {
        const other = containers[j]!;
        if (other.start <= hit.start && hit.end <= other.end) {
          renamed.set(at, name);
          break;
        }
      }
    }
  }

  // A negation inside a longer term of another concept ("don't forget",
  // "if not") is part of that term, not a negation.
  const negations = hitsOf("negation").filter((negation) => {
    for (
      let j = firstEndingAfter(hits, negation.start);
      j < hits.length && hits[j]!.end <= negation.end + MAX_TERM;
      j++
    ) {
      const other = hits[j]!;
      if (
        other.concept !== "negation" && other.start <= negation.start &&
        negation.end <= other.end &&
        other.end - other.start > negation.end - negation.start
      ) return false;
    }
    return true;
  });
  if (negations.length > 0 && negatableSet.size > 0) {
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      if (!negatableSet.has(hit.concept) || cancelled[i]) continue;
      const clause = segmentation
        .clauses[segmentIndex(segmentation.clauses, hit.start)]!;
      const from = Math.max(clause.start, hit.start - NEGATION_BEFORE);
      const to = Math.min(clause.end, hit.end + NEGATION_AFTER);
      for (
        let j = firstEndingAfter(negations, from);
        j < negations.length && negations[j]!.start < to;
        j++
      ) {
        const negation = negations[j]!;
        // Any language's negation counts: a sentence in one language also
        // hits loanwords of others, and its negation covers them too.
        if (
          negation.start >= from && negation.end <= to &&
          !overlaps(negation, hit)
        ) {
          cancelled[i] = 1;
          break;
        }
      }
    }
  }

  const result: SentenceConcepts[] = segmentation.sentences.map((segment) => ({
    segment,
    own: new Map<string, Set<string>>(),
    all: new Map<string, Set<string>>(),
  }));
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || hit.concept === "negation" || hit.concept in cancels) {
      continue;
    }
    const sentence = result[segmentIndex(segmentation.sentences, hit.start)]!;
    const concept = renamed.get(i) ?? hit.concept;
    const all = sentence.all as Map<string, Set<string>>;
    let set = all.get(hit.language);
    if (set === undefined) all.set(hit.language, set = new Set());
    set.add(concept);
    if (!inside(foreign, hit.start, hit.end)) {
      const own = sentence.own as Map<string, Set<string>>;
      let ownSet = own.get(hit.language);
      if (ownSet === undefined) own.set(hit.language, ownSet = new Set());
      ownSet.add(concept);
    }
  }
  return result;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  "“": "”",
  "„": "“",
  "«": "»",
  "»": "«",
  "「": "」",
  "『": "』",
  "‚": "‘",
};

/** The longest quotation taken as someone else's words. */
const MAX_QUOTE = 300;

/**
 * Quotations in a text: text between matching double quotes (or `「」`)
 * within one line, at most a few hundred characters. Linear: each opening
 * quote looks ahead at most that far, and a search resumes after the close.
 *
 * @param text The text.
 * @returns The quoted spans (quotes included), sorted.
 */
export function findQuotes(text: string): Segment[] {
  const spans: Segment[] = [];
  const opening = /["“„«»「『‚]/g;
  for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
    let i = m.index;
    const close = QUOTE_PAIRS[m[0]]!;
    const limit = Math.min(text.length, i + MAX_QUOTE);
    for (let j = i + 1; j < limit; j++) {
      const ch = text[j]!;
      if (ch === "\n") break;
      if (ch === close || (close === "“" && ch === "”")) {
        if (j > i + 1) spans.push({ start: i, end: j + 1 });
        i = j;
        opening.lastIndex = j + 1;
        break;
      }
    }
  }
  return spans;
}

/**
 * Merges sorted or unsorted spans into sorted, disjoint ones.
 *
 * @param spans Spans.
 * @returns Sorted disjoint spans.
 */
export function mergeSpans(spans: readonly Segment[]): Segment[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) =>
    a.start - b.start
  );
  const out: Segment[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last !== undefined && span.start <= last.end) {
      out[out.length - 1] = {
        start: last.start,
        end: Math.max(last.end, span.end),
      };
    } else out.push(span);
  }
  return out;
}
