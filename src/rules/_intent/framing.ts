// This module is browser compatible.

/**
 * Weak review words framed as where an instruction goes: a phrase fronted
 * before a comma ("In your comment, say…"), "in your comment" with an
 * instruction after it in a sentence that asks, and a wish fronted before
 * a review word. Each links the instruction to the word as `weakLink`.
 *
 * @module
 */
import { firstEndingAfter } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { CLAUSE_FINAL } from "./negation.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";
import { THANKS } from "./own_people.ts";
import { LINK_GAP, pair } from "./pair.ts";

/** How long a fronted phrase may be ("In your review,", "No seu comentário,"). */
export const FRONTED = 32;
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
export function fronted(
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
 * The word for "in" before a weak review word, per language, with at most
 * one word (a possessive, an article) between: "in your comment", "en tu
 * comentario", "nel suo commento", "no seu comentário".
 */
const FRAMING_IN: Readonly<Record<string, RegExp>> = {
  en: /(?:^|[^\p{L}])in(?:\s+\p{L}+)?\s+$/u,
  de: /(?:^|[^\p{L}])(?:in|im)(?:\s+\p{L}+)?\s+$/u,
  fr: /(?:^|[^\p{L}])dans(?:\s+\p{L}+)?\s+$/u,
  es: /(?:^|[^\p{L}])en(?:\s+\p{L}+)?\s+$/u,
  it: /(?:^|[^\p{L}])(?:nel|nella|nei|nelle|in)(?:\s+\p{L}+)?\s+$/u,
  pt: /(?:^|[^\p{L}])(?:no|na|nos|nas|em)(?:\s+\p{L}+)?\s+$/u,
  nl: /(?:^|[^\p{L}])in(?:\s+\p{L}+)?\s+$/u,
  sv: /(?:^|[^\p{L}])i(?:\s+\p{L}+)?\s+$/u,
  pl: /(?:^|[^\p{L}])(?:w|we)(?:\s+\p{L}+)?\s+$/u,
};
/** How far before a weak word its "in" is looked for. */
const FRAMING_REACH = 24;

/**
 * A weak review word framed by "in" ("in your comment") with an
 * instruction after it in its clause, in a sentence that asks ("Nos
 * ayudaría que en tu comentario menciones el envío rápido", "Ci farebbe
 * piacere se nel suo commento descrivesse la qualità"), is where the
 * instruction goes: it carries the `weakLink` concept, as if the
 * instruction stood before it. Without a request in the sentence it is a
 * report of what the buyer wrote ("En su comentario menciona que falta una
 * pieza") and links nothing. Linear: the requests are marked per sentence
 * in one pass, then each weak hit scans the partners in a bounded window.
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param renamed Hit index → new concept (renamed hits do not count).
 * @param link [weak, partners, produced].
 * @param request The request concept.
 * @param out Hit index → added concept; set here.
 * @param text The normalized text.
 */
export function framed(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  renamed: ReadonlyMap<number, string>,
  link: readonly [string, readonly string[], string],
  request: string,
  out: Map<number, string>,
  text: string,
): void {
  const [weak, partnerList, concept] = link;
  const { clauses, sentences } = segmentation;
  // Sentence index → the languages of its requests.
  const asking = new Map<number, Set<string>>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || hit.concept !== request) continue;
    const index = segmentIndex(sentences, hit.start);
    let languages = asking.get(index);
    if (languages === undefined) asking.set(index, languages = new Set());
    languages.add(hit.language);
  }
  if (asking.size === 0) return;
  pair(
    hits,
    segmentation,
    cancelled,
    new Set(partnerList),
    out,
    concept,
    (i) => {
      const hit = hits[i]!;
      const framing = FRAMING_IN[hit.language];
      if (
        framing === undefined || hit.concept !== weak || renamed.has(i) ||
        !asking.get(segmentIndex(sentences, hit.start))?.has(hit.language)
      ) return false;
      const clause = clauses[segmentIndex(clauses, hit.start)]!;
      const from = Math.max(clause.start, hit.start - FRAMING_REACH);
      return framing.test(text.slice(from, hit.start));
    },
    "partnerAfter",
    LINK_GAP,
  );
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
export function frontedWish(
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
