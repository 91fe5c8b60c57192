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
  /**
   * Concepts a negation denies when it stands between a negatable hit and
   * one of them in a clause ("the refund does not depend on a review").
   */
  readonly anchors?: readonly string[];
  /**
   * The buyer's language. A negation cancels only hits of its own language,
   * and English hits (loanwords) also by a negation of this language; when
   * `undefined` (every language judges), English negations cancel hits of
   * any language.
   */
  readonly primary?: string;
  /** The normalized text, for the connectors that open purpose clauses. */
  readonly text?: string;
  /**
   * [request, qualifier, produced]: a request hit next to a star rating (a
   * qualifier hit with a digit or a star sign, or a renamed rating) in one
   * clause, in either order, adds the produced concept to the sentence
   * ("give us 5 stars", "星5をお願い").
   */
  readonly starRequest?: readonly [string, string, string];
  /**
   * A concept a negation does not cancel in a question: a negative
   * question asks ("Wouldn't you like to…?", "Möchten Sie nicht…?").
   */
  readonly askedInQuestion?: string;
  /**
   * [weak, partners, produced]: a weak review word next to a partner (an
   * instruction, a change) in one clause, the partner first (last in a
   * verb-final language), adds the
   * produced concept ("ajoutez une photo à votre commentaire", "change your
   * comment").
   */
  readonly weakLink?: readonly [string, readonly string[], string];
  /**
   * Concepts whose hits that name stars ("5 stars", "cinco estrelas",
   * "星级") are the category of a place, not a rating, right next to a word
   * for a hotel, a restaurant or a resort in any language ("the 5-star
   * hotel", "hotel 5 estrelas", "三星级宾馆"): they are cancelled. Needs
   * `text`.
   */
  readonly placeCategory?: readonly string[];
  /**
   * Concepts whose hits are a technical value, not a review, when a
   * quantity with a unit stands right after them ("a rating of 3 A",
   * "Bewertung: 2000 W", "評価 5V"): those hits are cancelled. Needs
   * `text`.
   */
  readonly measured?: readonly string[];
  /**
   * Context words (a proof, a mock-up, "maquette", "Entwurf"): a hit of
   * `canceller` that covers no word it cancels sets a context in its sentence
   * and in the next sentence, where hits of `weak` are cancelled and hits
   * of `marked` also carry `concept` ("Your proof is attached. Let us know
   * your opinion.").
   */
  readonly context?: {
    readonly canceller: string;
    readonly weak: readonly string[];
    readonly marked: readonly string[];
    readonly concept: string;
  };
}

/**
 * A quantity with a unit of measure, right after a word: "of 3 A", ": 230 V",
 * "at 2.5 kW", "为3A". The unit must end the word.
 */
const QUANTITY =
  /^[\s:=]{0,3}(?:(?:of|at|is|von|de|di|van|på|av|na|için|بقوة|من)\s{1,3})?(?:为|為|は|：)?\s?\d{1,5}(?:[.,]\d{1,3})?\s?(?:ma|mah|a|ah|v|va|kva|w|kw|kwh|hz|khz|db|kg|g|lbs?|psi|bar|nm|mm|cm|°c|°f)(?![\p{L}\p{N}])/u;
/** How far after a measured word its quantity may start. */
const QUANTITY_WINDOW = 24;

/**
 * Words for a place that stars rank, in the languages of the lexicons; they
 * may end a compound ("Sterne-Hotel", "sterrenhotel") and take endings.
 */
const VENUE =
  /hotel|hôtel|otel|resort|restaurant|ristorante|restaurante|restauracj|restoran|lokanta|michelin|albergo|hostal|pousada|pension|gasthof|camping|فندق|منتجع|مطعم|होटल|रेस्टोरेंट|रिसॉर्ट|ホテル|旅館|レストラン|酒店|宾馆|賓館|饭店|飯店|餐厅|餐廳|度假村/gu;
/** Words for stars, in the languages of the lexicons. */
const STAR_WORD =
  /star|stern|[ée]toile|estrel|stell|ster|stjärn|gwiazd|yıldız|نجم|نجوم|सितार|स्टार|星|★|⭐|☆/u;
/** How far from a place word a star category may stand. */
const VENUE_GAP = 12;

/** How far apart the two hits of a pair may be (`starRequest`, `weakLink`). */
const PAIR_GAP = 16;
const STAR_SIGN = /[0-9★⭐☆]/u;

/**
 * Languages whose negation closes the clause (verb-final order: "yorum
 * yapmanıza gerek yok", "レビューは必要ありません", "निर्भर नहीं है"): a negation after a
 * hit reaches it anywhere in the clause.
 */
const CLAUSE_FINAL = new Set(["tr", "ja", "hi", "ko"]);

/**
 * Connectors that open a purpose clause, which a negation of the clause
 * before it still governs ("Nie musi Pan wystawiać opinii, aby otrzymać
 * zwrot").
 */
const PURPOSE =
  /^[\s"'«»„“(]*(?:so that|in order to|so as to|um|damit|so ?dass|pour|afin de|afin qu|pour qu|para|pra|a fim de|a fin de|per|affinch[eé]|al fine di|om|zodat|opdat|för att|så att|aby|żeby|ażeby|by|w celu|لكي|كي|من أجل|ताकि|जिससे|以便|为了)(?![\p{L}\p{M}])/u;

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

  if (options.measured !== undefined && options.text !== undefined) {
    const text = options.text;
    for (const concept of options.measured) {
      for (const at of byConcept.get(concept) ?? []) {
        const hit = hits[at]!;
        const after = text.slice(hit.end, hit.end + QUANTITY_WINDOW);
        if (QUANTITY.test(after)) cancelled[at] = 1;
      }
    }
  }

  if (options.placeCategory !== undefined && options.text !== undefined) {
    cancelPlaceCategories(
      hits,
      options.text,
      cancelled,
      byConcept,
      options.placeCategory,
    );
  }

  const inContext = cancelByContext(
    hits,
    segmentation,
    cancelled,
    byConcept,
    options,
  );

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
    negate(hits, negations, segmentation, cancelled, negatableSet, options);
  }

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
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || hit.concept === "negation" || hit.concept in cancels) {
      continue;
    }
    const sentence = result[segmentIndex(segmentation.sentences, hit.start)]!;
    const concepts = [renamed.get(i) ?? hit.concept];
    const extra = produced.get(i);
    if (extra !== undefined) concepts.push(extra);
    if (inContext.has(i)) concepts.push(options.context!.concept);
    const all = sentence.all as Map<string, Set<string>>;
    let set = all.get(hit.language);
    if (set === undefined) all.set(hit.language, set = new Set());
    for (const concept of concepts) set.add(concept);
    if (!inside(foreign, hit.start, hit.end)) {
      const own = sentence.own as Map<string, Set<string>>;
      let ownSet = own.get(hit.language);
      if (ownSet === undefined) own.set(hit.language, ownSet = new Set());
      for (const concept of concepts) ownSet.add(concept);
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

// The negations that may cancel a hit of `language`: its own; for an
// English loanword those of the buyer's language too; and English ones
// when every language judges the text (no buyer's language known), since
// the loanwords of other lexicons then sit in English sentences.
function negationsFor(
  language: string,
  negations: readonly ConceptHit[],
  primary: string | undefined,
  cache: Map<string, ConceptHit[]>,
): ConceptHit[] {
  let list = cache.get(language);
  if (list === undefined) {
    list = negations.filter((negation) =>
      negation.language === language ||
      (primary !== undefined
        ? language === "en" && negation.language === primary
        : negation.language === "en")
    );
    cache.set(language, list);
  }
  return list;
}

// Cancels negated hits in place. Linear: every hit looks at a bounded
// window of negations (terms are short and rarely overlap).
function negate(
  hits: readonly ConceptHit[],
  negations: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  negatable: ReadonlySet<string>,
  options: AnalyzeOptions,
): void {
  const { clauses, sentences } = segmentation;
  const { primary, text } = options;
  const anchors = new Set(options.anchors ?? []);
  // The start of the last anchor of each clause (-1: none).
  const lastAnchor = new Int32Array(clauses.length).fill(-1);
  if (anchors.size > 0) {
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      if (!anchors.has(hit.concept) || cancelled[i]) continue;
      const c = segmentIndex(clauses, hit.start);
      if (hit.start > lastAnchor[c]!) lastAnchor[c] = hit.start;
    }
  }
  // Whether each clause opens a purpose clause (0 unknown, 1 yes, 2 no).
  const purpose = new Uint8Array(clauses.length);
  const cache = new Map<string, ConceptHit[]>();
  const question = new Uint8Array(sentences.length);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (!negatable.has(hit.concept) || cancelled[i]) continue;
    if (hit.concept === options.askedInQuestion && text !== undefined) {
      const s = segmentIndex(sentences, hit.start);
      if (question[s] === 0) {
        question[s] = isQuestion(text, sentences[s]!) ? 1 : 2;
      }
      if (question[s] === 1) continue;
    }
    const list = negationsFor(hit.language, negations, primary, cache);
    if (list.length === 0) continue;
    const c = segmentIndex(clauses, hit.start);
    const clause = clauses[c]!;
    // Before the hit, or just after it.
    const from = Math.max(clause.start, hit.start - NEGATION_BEFORE);
    const to = Math.min(clause.end, hit.end + NEGATION_AFTER);
    let negated = false;
    for (
      let j = firstEndingAfter(list, from);
      j < list.length && list[j]!.start < to;
      j++
    ) {
      const negation = list[j]!;
      if (
        negation.start >= from && negation.end <= to &&
        !overlaps(negation, hit)
      ) {
        negated = true;
        break;
      }
    }
    // Further after it in the clause: a verb-final language's negation, or
    // one that denies the link to a review word after it.
    if (!negated) {
      const anchor = lastAnchor[c]!;
      for (
        let j = firstEndingAfter(list, hit.end);
        j < list.length && list[j]!.start < clause.end;
        j++
      ) {
        const negation = list[j]!;
        if (negation.start < hit.end) {
          if (negation.end - hit.end > MAX_TERM) break;
          continue;
        }
        if (negation.end > clause.end) break;
        negated = CLAUSE_FINAL.has(negation.language) ||
          negation.end <= anchor;
        break;
      }
    }
    // A purpose clause after a sentence's first clause that holds a
    // negation.
    if (!negated && text !== undefined && c > 0) {
      const sentence = sentences[segmentIndex(sentences, hit.start)]!;
      const first = clauses[c - 1]!;
      if (first.start === sentence.start) {
        if (purpose[c] === 0) {
          const opening = text.slice(
            clause.start,
            Math.min(clause.end, clause.start + 40),
          );
          purpose[c] = PURPOSE.test(opening) ? 1 : 2;
        }
        if (purpose[c] === 1) {
          const negation = list[firstEndingAfter(list, first.start)];
          negated = negation !== undefined &&
            negation.start >= first.start && negation.end <= first.end;
        }
      }
    }
    if (negated) cancelled[i] = 1;
  }
}

// Star categories of a place ("5-star hotel"): hits that name stars
// within a short gap of a place word are cancelled. Linear: one scan finds
// the place words, each hit looks them up by binary search.
function cancelPlaceCategories(
  hits: readonly ConceptHit[],
  text: string,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  concepts: readonly string[],
): void {
  let venues: Segment[] | undefined;
  for (const concept of concepts) {
    for (const at of byConcept.get(concept) ?? []) {
      const hit = hits[at]!;
      if (cancelled[at] || !STAR_WORD.test(text.slice(hit.start, hit.end))) {
        continue;
      }
      if (venues === undefined) {
        venues = [];
        VENUE.lastIndex = 0;
        for (let m = VENUE.exec(text); m !== null; m = VENUE.exec(text)) {
          venues.push({ start: m.index, end: m.index + m[0].length });
        }
      }
      // The first place word ending after the gap before the hit.
      let low = 0;
      let high = venues.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (venues[mid]!.end >= hit.start - VENUE_GAP) high = mid;
        else low = mid + 1;
      }
      const venue = venues[low];
      if (venue !== undefined && venue.start <= hit.end + VENUE_GAP) {
        cancelled[at] = 1;
      }
    }
  }
}

// Hit index → the concept it adds: a star rating next to a request, a
// weak review word next to an instruction or a change. Linear: each hit
// looks at the partners in a bounded window around it.
function adjacentPairs(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  renamed: ReadonlyMap<number, string>,
  options: AnalyzeOptions,
): Map<number, string> {
  const out = new Map<number, string>();
  const { starRequest, weakLink, text } = options;
  if (starRequest !== undefined) {
    const [request, qualifier, concept] = starRequest;
    pair(
      hits,
      segmentation,
      cancelled,
      new Set([request]),
      out,
      concept,
      (i) =>
        renamed.get(i) === "rating" ||
        (hits[i]!.concept === qualifier && text !== undefined &&
          STAR_SIGN.test(text.slice(hits[i]!.start, hits[i]!.end))),
    );
  }
  if (weakLink !== undefined) {
    const [weak, partners, concept] = weakLink;
    pair(
      hits,
      segmentation,
      cancelled,
      new Set(partners),
      out,
      concept,
      (i) => hits[i]!.concept === weak && !renamed.has(i),
      true,
    );
  }
  return out;
}

function pair(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  partnerConcepts: ReadonlySet<string>,
  out: Map<number, string>,
  concept: string,
  isAnchor: (index: number) => boolean,
  verbFirst = false,
): void {
  const partners: ConceptHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    if (partnerConcepts.has(hits[i]!.concept) && !cancelled[i]) {
      partners.push(hits[i]!);
    }
  }
  if (partners.length === 0) return;
  const { clauses } = segmentation;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || out.has(i) || !isAnchor(i)) continue;
    const clause = clauses[segmentIndex(clauses, hit.start)]!;
    const from = Math.max(clause.start, hit.start - PAIR_GAP);
    const to = Math.min(clause.end, hit.end + PAIR_GAP);
    for (
      let j = firstEndingAfter(partners, from);
      j < partners.length && partners[j]!.end <= to + MAX_TERM;
      j++
    ) {
      const other = partners[j]!;
      if (
        other.language === hit.language && other.start >= from &&
        other.end <= to && !overlaps(other, hit) &&
        // The verb before its object, or after it in a verb-final
        // language ("change your comment", "コメントを変更").
        (!verbFirst ||
          (CLAUSE_FINAL.has(hit.language)
            ? other.start >= hit.end
            : other.end <= hit.start))
      ) {
        out.set(i, concept);
        break;
      }
    }
  }
}

function isQuestion(text: string, sentence: Segment): boolean {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1]!)) end--;
  const last = text[end - 1];
  return last === "?" || last === "？" || last === "؟";
}

// Context words (a proof, a mock-up) that cover no review word cancel the
// weak ones in their sentence and in the next one, and mark the others
// there. Linear: one pass marks sentences, one pass cancels.
function cancelByContext(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  options: AnalyzeOptions,
): Set<number> {
  const marked = new Set<number>();
  const { context, cancels = {} } = options;
  if (context === undefined) return marked;
  const { sentences } = segmentation;
  const covered = new Set(cancels[context.canceller] ?? []);
  const contexts = byConcept.get(context.canceller) ?? [];
  if (contexts.length === 0) return marked;
  const sentenceMarks = new Uint8Array(sentences.length);
  let any = false;
  for (const at of contexts) {
    const word = hits[at]!;
    // Hits overlapping it end at most a term's length after it.
    let alone = true;
    for (
      let j = firstEndingAfter(hits, word.start);
      j < hits.length && hits[j]!.end <= word.end + MAX_TERM;
      j++
    ) {
      if (covered.has(hits[j]!.concept) && overlaps(hits[j]!, word)) {
        alone = false;
        break;
      }
    }
    if (!alone) continue;
    sentenceMarks[segmentIndex(sentences, word.start)] = 1;
    any = true;
  }
  if (!any) return marked;
  const weak = new Set(context.weak);
  const mark = new Set(context.marked);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (!weak.has(hit.concept) && !mark.has(hit.concept)) continue;
    const s = segmentIndex(sentences, hit.start);
    if (!sentenceMarks[s] && !(s > 0 && sentenceMarks[s - 1])) continue;
    if (weak.has(hit.concept)) cancelled[i] = 1;
    else marked.add(i);
  }
  return marked;
}
