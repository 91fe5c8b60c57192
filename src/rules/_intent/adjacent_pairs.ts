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
import { contextWords } from "./context_lists.ts";
import { firstEndingAfter, hitsAt, MAX_TERM, overlaps } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";
import { STAR_SIGN } from "./stars.ts";
import { framed, fronted, frontedWish } from "./framing.ts";
import { LINK_GAP, pair } from "./pair.ts";
import { writtenOnPage } from "./product_page.ts";

/**
 * How far other shoppers may stand after the instruction that tells them
 * (`toldLink`): a particle and a preposition ("berätta då för").
 */
const TOLD_GAP = 10;
/**
 * A complementizer ending an instruction, which then introduces what is
 * said, not to whom: "note that", "säg att", "dites que", "sagen Sie, dass"
 * (the `complementizer` context words of every language).
 */
const COMPLEMENTIZER_END = new RegExp(
  String.raw`(?:^|[\s,])(?:${contextWords(["complementizer"]).join("|")})$`,
  "u",
);
/** How far apart a hit renamed next to a partner may be (`renamedNextTo`). */
const NEXT_TO_GAP = 12;
/**
 * How far a reward may stand from the weak review word it is given for
 * (`rewardLink`): a preposition and a determiner ("for a", "por su").
 */
const REWARD_GAP = 12;

/**
 * How far a qualifier may stand from the word it qualifies (`qualifiers`):
 * the rest of the first word and one short word ("een negatieve review",
 * "olumsuz bir yorum").
 */
const QUALIFIER_GAP = 16;
/**
 * What may part a qualifier from its word: the rest of the first word (a
 * term's `*`), white space and at most one short word.
 */
const QUALIFIER_SPACE = /^[\p{L}\p{M}]{0,8}\s+(?:[\p{L}\p{M}]{1,4}\s+)?$/u;

// Whether `hit` qualifies `other`: holds it ("negative review"), or stands
// right before or after it ("negatywną opinię", "recensione negativa").
function qualifies(text: string, hit: ConceptHit, other: ConceptHit): boolean {
  if (other.start >= hit.start && other.end <= hit.end) return true;
  if (other.start >= hit.end) {
    return other.start - hit.end <= QUALIFIER_GAP &&
      QUALIFIER_SPACE.test(text.slice(hit.end, other.start));
  }
  return other.end <= hit.start && hit.start - other.end <= QUALIFIER_GAP &&
    QUALIFIER_SPACE.test(text.slice(other.end, hit.start));
}

/** Letters, marks and digits only: the rest of one word. */
const WORD_RUN = /^[\p{L}\p{M}\p{N}]*$/u;

/**
 * The hits renamed by their neighbours: a hit inside a hit of its
 * container (`contained`), a hit that holds a hit it qualifies
 * (`qualifiers`), then a hit right after a partner in its clause
 * (`renamedNextTo`).
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param byConcept The indices of each concept's hits.
 * @param options The analysis options (`contained`, `qualifiers`,
 *   `renamedNextTo`).
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
    hitsAt(hits, byConcept.get(concept));

  // A hit is within its container when it ends there too. A hit the
  // container absorbs (renamed to the container's own concept) is within
  // it also when it runs on in the word where the container's `*` term
  // ends ("diğer müşterilerin yorum*" absorbs "yorumlarında").
  const text = options.text ?? "";
  const within = (
    hit: ConceptHit,
    other: ConceptHit,
    absorbs: boolean,
  ): boolean =>
    hit.end <= other.end ||
    absorbs && hit.start < other.end &&
      WORD_RUN.test(text.slice(other.end, hit.end));
  const renamed = new Map<number, string>();
  for (const [concept, pairs] of Object.entries(contained)) {
    for (const [container, name] of pairs) {
      const containers = hitsOf(container);
      if (containers.length === 0) continue;
      for (const at of byConcept.get(concept) ?? []) {
        if (renamed.has(at)) continue;
        const hit = hits[at]!;
        for (
          let j = firstEndingAfter(containers, hit.start);
          j < containers.length && containers[j]!.start <= hit.start;
          j++
        ) {
          const other = containers[j]!;
          if (
            other.start <= hit.start && within(hit, other, name === container)
          ) {
            renamed.set(at, name);
            break;
          }
        }
      }
    }
  }

  if (options.qualifiers !== undefined) {
    const [concept, inner, name] = options.qualifiers;
    // The inner hits that stand, sorted by end.
    const held = inner.flatMap((one) => byConcept.get(one) ?? []).filter((
      i,
    ) => !cancelled[i]).map((i) => hits[i]!).sort((a, b) => a.end - b.end);
    for (const at of byConcept.get(concept) ?? []) {
      if (renamed.has(at) || cancelled[at]) continue;
      const hit = hits[at]!;
      // The inner hits ending from the gap before the hit to a term's
      // length past the gap after it (sorted by end, a longer one may
      // start before a shorter one).
      for (
        let j = firstEndingAfter(held, hit.start - QUALIFIER_GAP - 1);
        j < held.length && held[j]!.end <= hit.end + QUALIFIER_GAP + MAX_TERM;
        j++
      ) {
        if (qualifies(text, hit, held[j]!)) {
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
 * Where "next" stands from the noun of a later purchase, by language (the
 * others: before it).
 */
const NEXT_ORDER: Readonly<Record<string, "partnerAfter" | false>> = {
  ar: "partnerAfter",
  fr: false,
  es: false,
  it: false,
  pt: false,
};

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
  if (options.nextPurchase !== undefined) {
    const [next, noun, concept] = options.nextPurchase;
    // "Next" stands before its noun, but after it in Arabic and on either
    // side in the Romance languages ("vos achats futurs").
    for (const order of ["partnerFirst", "partnerAfter", false] as const) {
      pair(
        hits,
        segmentation,
        cancelled,
        new Set([next]),
        out,
        concept,
        (i) =>
          hits[i]!.concept === noun &&
          (NEXT_ORDER[hits[i]!.language] ?? "partnerFirst") === order,
        order,
      );
    }
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
    if (starRequest !== undefined && text !== undefined) {
      framed(
        hits,
        segmentation,
        cancelled,
        renamed,
        weakLink,
        starRequest[0],
        out,
        text,
      );
    }
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
    // panettone"); further after it, a possessive of one word that names
    // goods ("nächsten Monat kommen unsere Herbstdüfte", "le mois prochain
    // arrivent nos parfums"), not "us" after a preposition ("ab Januar
    // gelten bei uns neue Versandzeiten", "chez nous").
    const ownOrders: readonly OwnOrder[] = [
      ["partnerFirst", LINK_GAP],
      [false, OURS_AFTER],
      ...(text === undefined ? [] : [
        [
          "partnerAfter",
          LINK_GAP,
          (hit: ConceptHit) => !/\s/.test(text.slice(hit.start, hit.end)),
        ] as const,
      ]),
    ];
    const partners = new Set([ours]);
    for (const [order, gap, isPartner] of ownOrders) {
      pair(
        hits,
        segmentation,
        cancelled,
        partners,
        out,
        concept,
        isNew,
        order,
        gap,
        isPartner,
      );
    }
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
      (i) => hits[i]!.concept === anchor && !renamed.has(i),
      true,
      TOLD_GAP,
      // "Note that other customers…" says what, not to whom.
      (hit) =>
        text === undefined ||
        !COMPLEMENTIZER_END.test(text.slice(hit.start, hit.end)),
    );
    if (options.toldAt !== undefined && text !== undefined) {
      writtenOnPage(
        hits,
        segmentation,
        cancelled,
        partners,
        options.toldAt,
        concept,
        out,
        text,
      );
    }
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
          (i) =>
            hits[i]!.concept === anchor && !renamed.has(i) &&
            atPlace(hits[i]!),
          true,
          LINK_GAP,
          (hit) =>
            text === undefined ||
            !COMPLEMENTIZER_END.test(text.slice(hit.start, hit.end)),
        );
      }
    }
  }
  for (const link of [options.seenLink, options.thankedLink]) {
    if (link === undefined) continue;
    const [anchors, partner, concept] = link;
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

/**
 * Where the seller's goods stand around their newness (the order of the
 * pair), how far apart, and which of them count.
 */
type OwnOrder = readonly [
  order: false | "partnerFirst" | "partnerAfter",
  gap: number,
  isPartner?: (hit: ConceptHit) => boolean,
];

export { pair } from "./pair.ts";
