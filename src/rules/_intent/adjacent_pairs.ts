// This module is browser compatible.

/**
 * Hits read together with a neighbour in their clause: a hit inside a hit
 * of its container is renamed ("5 stars": a rating, not a review), as is
 * one right after a partner ("a replacement is also available"); pairs of
 * hits next to each other add a concept (a star rating and a request, a
 * weak review word and an instruction, a reward given for it, other
 * shoppers told, an invitation to the seller's own goods). The order of a
 * pair flips in a verb-final language.
 *
 * @module
 */

import type { AnalyzeOptions } from "./analysis_types.ts";
import { firstEndingAfter, MAX_TERM, overlaps } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { CLAUSE_FINAL } from "./negation.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";
import { THANKS } from "./own_people.ts";
import { STAR_SIGN } from "./stars.ts";

/**
 * How far other shoppers may stand after the instruction that tells them
 * (`toldLink`): a particle and a preposition ("berätta då för").
 */
const TOLD_GAP = 10;
/**
 * A complementizer ending an instruction, which then introduces what is
 * said, not to whom: "note that", "säg att", "dites que", "sagen Sie, dass".
 */
const COMPLEMENTIZER_END =
  /(?:^|[\s,])(?:that|att|que|qu|dass|daß|che|dat|że|ki|أن|कि)$/u;
/** How far apart a hit renamed next to a partner may be (`renamedNextTo`). */
const NEXT_TO_GAP = 12;
/** How far apart the two hits of a pair may be (`starRequest`, `weakLink`). */
const PAIR_GAP = 16;
/**
 * How far a reward may stand from the weak review word it is given for
 * (`rewardLink`): a preposition and a determiner ("for a", "por su").
 */
const REWARD_GAP = 12;
/**
 * How far an instruction or a change may stand before the weak review word
 * it governs (`weakLink`): a verb, its own object, then where it goes
 * ("Mentionnez la livraison rapide dans votre commentaire").
 */
const LINK_GAP = 40;

/**
 * The hits renamed by their neighbours: a hit inside a hit of its
 * container (`contained`), then a hit right after a partner in its clause
 * (`renamedNextTo`).
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param byConcept The indices of each concept's hits.
 * @param options The analysis options (`contained`, `renamedNextTo`).
 * @returns Hit index → its new concept.
 */
export function renameHits(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  options: AnalyzeOptions,
): Map<number, string> {
  const { contained = {} } = options;
  const hitsOf = (concept: string): ConceptHit[] =>
    (byConcept.get(concept) ?? []).map((i) => hits[i]!);

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

  if (options.renamedNextTo !== undefined) {
    const [concept, partners, name] = options.renamedNextTo;
    const next = new Map<number, string>();
    pair(
      hits,
      segmentation,
      cancelled,
      new Set(partners),
      next,
      name,
      (i) => hits[i]!.concept === concept && !renamed.has(i),
      "partnerFirst",
      NEXT_TO_GAP,
    );
    for (const [i, to] of next) renamed.set(i, to);
  }
  return renamed;
}

/**
 * Hit index → the concept it adds: a star rating next to a request, a
 * weak review word next to an instruction or a change. Linear: each hit
 * looks at the partners in a bounded window around it.
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param renamed Hit index → new concept.
 * @param options The analysis options (the pairs to look for).
 * @returns Hit index → the concept its pair adds.
 */
export function adjacentPairs(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  renamed: ReadonlyMap<number, string>,
  options: AnalyzeOptions,
): Map<number, string> {
  const out = new Map<number, string>();
  const { starRequest, weakLink, rewardLink, follows, uncovered, text } =
    options;
  if (uncovered !== undefined) {
    const [concept, covering, produced] = uncovered;
    const covers: ConceptHit[] = [];
    for (let i = 0; i < hits.length; i++) {
      if (hits[i]!.concept === covering && !cancelled[i]) covers.push(hits[i]!);
    }
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      if (hit.concept !== concept || cancelled[i]) continue;
      let held = false;
      for (
        let j = firstEndingAfter(covers, hit.end - 1);
        j < covers.length && covers[j]!.end <= hit.end + MAX_TERM;
        j++
      ) {
        if (covers[j]!.start <= hit.start) {
          held = true;
          break;
        }
      }
      if (!held) out.set(i, produced);
    }
  }
  if (follows !== undefined) {
    const [object, verb, concept] = follows;
    pair(
      hits,
      segmentation,
      cancelled,
      new Set([verb]),
      out,
      concept,
      (i) => hits[i]!.concept === object,
      true,
    );
  }
  if (starRequest !== undefined) {
    const [request, qualifier, concept] = starRequest;
    const isStars = (i: number) =>
      renamed.get(i) === "rating" ||
      (hits[i]!.concept === qualifier && text !== undefined &&
        STAR_SIGN.test(text.slice(hits[i]!.start, hits[i]!.end)));
    pair(
      hits,
      segmentation,
      cancelled,
      new Set([request]),
      out,
      concept,
      isStars,
    );
    // A wish further before the stars in their clause ("we hope the fix is
    // worth 5 stars to you"), or closing a short clause before theirs
    // ("Wir hoffen, das Ergebnis ist Ihnen 5 Sterne wert").
    pair(
      hits,
      segmentation,
      cancelled,
      new Set([request]),
      out,
      concept,
      isStars,
      "partnerFirst",
      LINK_GAP,
    );
    if (text !== undefined) {
      frontedWish(
        hits,
        segmentation,
        cancelled,
        request,
        isStars,
        out,
        concept,
        text,
      );
    }
  }
  for (
    const [link, gap] of [[weakLink, LINK_GAP], [
      rewardLink,
      REWARD_GAP,
    ]] as const
  ) {
    if (link === undefined) continue;
    const [weak, partners, concept] = link;
    pair(
      hits,
      segmentation,
      cancelled,
      new Set(partners),
      out,
      concept,
      (i) => hits[i]!.concept === weak && !renamed.has(i),
      true,
      gap,
    );
  }
  if (weakLink !== undefined) {
    fronted(hits, segmentation, cancelled, renamed, weakLink, out, text);
  }
  if (options.oursNew !== undefined) {
    const [ours, novelty, concept] = options.oursNew;
    const isNew = (i: number) => hits[i]!.concept === novelty;
    // Newness that holds the seller's own goods ("vuelve nuestro" as one
    // term).
    const own: ConceptHit[] = [];
    for (let i = 0; i < hits.length; i++) {
      if (hits[i]!.concept === ours && !cancelled[i]) own.push(hits[i]!);
    }
    for (let i = 0; own.length > 0 && i < hits.length; i++) {
      const hit = hits[i]!;
      if (cancelled[i] || out.has(i) || !isNew(i)) continue;
      for (
        let j = firstEndingAfter(own, hit.start);
        j < own.length && own[j]!.end <= hit.end;
        j++
      ) {
        if (own[j]!.start >= hit.start) {
          out.set(i, concept);
          break;
        }
      }
    }
    // The seller's goods before their newness in a clause ("notre bûche
    // revient en décembre"), or right after it ("torna il nostro
    // panettone").
    pair(
      hits,
      segmentation,
      cancelled,
      new Set([ours]),
      out,
      concept,
      isNew,
      "partnerFirst",
      LINK_GAP,
    );
    pair(
      hits,
      segmentation,
      cancelled,
      new Set([ours]),
      out,
      concept,
      isNew,
      false,
      OURS_AFTER,
    );
  }
  if (options.toldLink !== undefined) {
    const [anchor, partners, concept] = options.toldLink;
    pair(
      hits,
      segmentation,
      cancelled,
      new Set(partners),
      out,
      concept,
      (i) => hits[i]!.concept === anchor,
      true,
      TOLD_GAP,
      // "Note that other customers…" says what, not to whom.
      (hit) =>
        text === undefined ||
        !COMPLEMENTIZER_END.test(text.slice(hit.start, hit.end)),
    );
    if (options.toldAt !== undefined) {
      // Other shoppers at a review place: told from further away.
      const places: ConceptHit[] = [];
      for (let i = 0; i < hits.length; i++) {
        if (hits[i]!.concept === options.toldAt && !cancelled[i]) {
          places.push(hits[i]!);
        }
      }
      const { clauses } = segmentation;
      const atPlace = (hit: ConceptHit): boolean => {
        const clause = clauses[segmentIndex(clauses, hit.start)]!;
        for (
          let j = firstEndingAfter(places, hit.start - TOLD_GAP);
          j < places.length && places[j]!.start <= hit.end + TOLD_GAP;
          j++
        ) {
          const place = places[j]!;
          if (
            place.language === hit.language && !overlaps(place, hit) &&
            place.start >= clause.start && place.end <= clause.end
          ) return true;
        }
        return false;
      };
      if (places.length > 0) {
        pair(
          hits,
          segmentation,
          cancelled,
          new Set(partners),
          out,
          concept,
          (i) => hits[i]!.concept === anchor && atPlace(hits[i]!),
          true,
          LINK_GAP,
          (hit) =>
            text === undefined ||
            !COMPLEMENTIZER_END.test(text.slice(hit.start, hit.end)),
        );
      }
    }
  }
  if (options.seenLink !== undefined) {
    const [anchors, partner, concept] = options.seenLink;
    const anchorSet = new Set(anchors);
    pair(
      hits,
      segmentation,
      cancelled,
      new Set([partner]),
      out,
      concept,
      (i) => anchorSet.has(hits[i]!.concept) && !renamed.has(i),
      false,
      NEXT_TO_GAP,
    );
  }
  return out;
}

/**
 * How far after newness the seller's goods may stand and still be what is
 * new: an article ("vuelve nuestro turrón", "torna il nostro panettone").
 */
const OURS_AFTER = 6;
/** How long a fronted phrase may be ("In your review,", "No seu comentário,"). */
const FRONTED = 32;
/** How far into the next clause its instruction may start: it opens it. */
const FRONTED_START = 2;

/**
 * A weak review word that ends a short phrase fronted before a comma ("In your
 * comment, say how long the battery lasts", "No seu comentário, conte
 * como…") is where the instruction that opens the next clause of its
 * sentence goes: it carries the `weakLink` concept, as if the instruction
 * stood before it. Linear: each weak hit looks its next clause up by
 * binary search and scans the partners starting there.
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param renamed Hit index → new concept (renamed hits do not count).
 * @param link [weak, partners, produced].
 * @param out Hit index → added concept; set here.
 * @param text The normalized text; without it nothing is linked.
 */
function fronted(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  renamed: ReadonlyMap<number, string>,
  link: readonly [string, readonly string[], string],
  out: Map<number, string>,
  text: string | undefined,
): void {
  if (text === undefined) return;
  const [weak, partnerList, concept] = link;
  const partnerSet = new Set(partnerList);
  const partners: ConceptHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    if (partnerSet.has(hits[i]!.concept) && !cancelled[i]) {
      partners.push(hits[i]!);
    }
  }
  if (partners.length === 0) return;
  const { clauses, sentences } = segmentation;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (
      cancelled[i] || out.has(i) || renamed.has(i) || hit.concept !== weak ||
      CLAUSE_FINAL.has(hit.language)
    ) continue;
    const index = segmentIndex(clauses, hit.start);
    const clause = clauses[index]!;
    const next = clauses[index + 1];
    const sentence = sentences[segmentIndex(sentences, hit.start)]!;
    if (
      next === undefined || next.start >= sentence.end ||
      clause.end - clause.start > FRONTED ||
      clause.start < sentence.start ||
      // The phrase ends with the weak word: "In your review," not "Your
      // review arrived,".
      !/^[\s\p{P}]*$/u.test(text.slice(hit.end, next.start)) ||
      // Nor a thank-you: "Obrigado pelo seu comentário, conte como…".
      THANKS.test(text.slice(clause.start, hit.end))
    ) continue;
    for (
      let j = firstEndingAfter(partners, next.start);
      j < partners.length && partners[j]!.start <= next.start + FRONTED_START;
      j++
    ) {
      const other = partners[j]!;
      if (other.language === hit.language && other.start >= next.start) {
        out.set(i, concept);
        break;
      }
    }
  }
}

/**
 * A request that closes a short clause fronted before a comma ("Wir
 * hoffen,", "We hope,") governs the next clause of its sentence: the star
 * counts there carry `concept`. Linear: one pass over the hits, each request
 * looked up once.
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param request The request concept.
 * @param isStars Whether a hit (by index) is a star count.
 * @param out Hit index → added concept; set here.
 * @param concept The concept to add.
 * @param text The normalized text.
 */
function frontedWish(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  request: string,
  isStars: (index: number) => boolean,
  out: Map<number, string>,
  concept: string,
  text: string,
): void {
  const { clauses, sentences } = segmentation;
  // Clause index → the language of a request that closes it, when short.
  const wishes = new Map<number, string>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || hit.concept !== request) continue;
    const index = segmentIndex(clauses, hit.start);
    const clause = clauses[index]!;
    if (
      clause.end - clause.start <= FRONTED &&
      /^[\s\p{P}]*$/u.test(text.slice(hit.end, clause.end))
    ) wishes.set(index, hit.language);
  }
  if (wishes.size === 0) return;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || out.has(i) || !isStars(i)) continue;
    const index = segmentIndex(clauses, hit.start);
    const sentence = sentences[segmentIndex(sentences, hit.start)]!;
    if (
      index > 0 && wishes.get(index - 1) === hit.language &&
      clauses[index - 1]!.start >= sentence.start
    ) out.set(i, concept);
  }
}

/**
 * Adds `concept` to `out` for every anchor hit with a partner hit of its
 * language in its clause, within `gap` of it and not overlapping it: in
 * either order, the partner first (`"partnerFirst"`), or the partner
 * first and last in a verb-final language (`true`).
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param partnerConcepts The partners' concepts.
 * @param out Hit index → added concept; anchors already in it are skipped.
 * @param concept The concept to add.
 * @param isAnchor Whether a hit (by index) is an anchor.
 * @param verbFirst Which order the pair must stand in.
 * @param gap How far apart the two hits may be.
 * @param isPartner Whether a hit of a partner concept counts.
 */
export function pair(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  partnerConcepts: ReadonlySet<string>,
  out: Map<number, string>,
  concept: string,
  isAnchor: (index: number) => boolean,
  verbFirst: boolean | "partnerFirst" = false,
  gap = PAIR_GAP,
  isPartner: (hit: ConceptHit) => boolean = () => true,
): void {
  const partners: ConceptHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    if (
      partnerConcepts.has(hits[i]!.concept) && !cancelled[i] &&
      isPartner(hits[i]!)
    ) {
      partners.push(hits[i]!);
    }
  }
  if (partners.length === 0) return;
  const { clauses } = segmentation;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || out.has(i) || !isAnchor(i)) continue;
    const clause = clauses[segmentIndex(clauses, hit.start)]!;
    // The gap lies between the two hits.
    const from = hit.start - gap;
    const to = hit.end + gap;
    for (
      let j = firstEndingAfter(partners, Math.max(clause.start, from));
      j < partners.length && partners[j]!.start <= to;
      j++
    ) {
      const other = partners[j]!;
      if (
        other.language === hit.language && other.start >= clause.start &&
        other.end <= clause.end && other.end >= from && other.start <= to &&
        !overlaps(other, hit) &&
        // The verb before its object, or after it in a verb-final
        // language ("change your comment", "コメントを変更").
        (!verbFirst ||
          (verbFirst === "partnerFirst"
            ? other.end <= hit.start
            : CLAUSE_FINAL.has(hit.language)
            ? other.start >= hit.end
            : other.end <= hit.start))
      ) {
        out.set(i, concept);
        break;
      }
    }
  }
}
