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
    // Further after it, a possessive of one word that names goods
    // ("nächsten Monat kommen unsere Herbstdüfte", "le mois prochain
    // arrivent nos parfums"), not "us" after a preposition ("ab Januar
    // gelten bei uns neue Versandzeiten", "chez nous").
    if (text !== undefined) {
      pair(
        hits,
        segmentation,
        cancelled,
        new Set([ours]),
        out,
        concept,
        isNew,
        "partnerAfter",
        LINK_GAP,
        (hit) => !/\s/.test(text.slice(hit.start, hit.end)),
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
      (i) => hits[i]!.concept === anchor,
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
 * A product page or listing in a review place ("on the product page",
 * "auf der Produktseite", "sur la fiche produit", "商品ページ"): read by
 * other shoppers, unlike the buyer's account ("under your orders").
 */
const PAGE =
  /page|listing|seite|pagina|página|fiche|ficha|scheda|inserzione|anuncio|annonce|sida|stron|sayfa|صفحة|पेज|ページ|页/u;
/**
 * Verbs of writing or saying something, in the languages of the lexicons,
 * as they start a request or an instruction hit, or follow its first word
 * ("just say") ("write", "schreiben
 * Sie", "dites que", "scrivere che", "napisać", "yazmanız", "書いて",
 * "写一句", "تكتب", "लिख दीजिए").
 */
const WRITE =
  /^(?:\p{L}+\s+)?(?:writ|say|post|schreib|sag|écri|ecri|dites|di que|escrib|escrev|diga|scriv|dic|skriv|säg|schrijf|zeg|napis|yaz|söyle|تكتب|اكتب|كتب|قل|लिख|書|写|说)/u;
/**
 * How far a product page may stand from the verb of writing: a verb-final
 * clause puts what is written between them ("Ürün sayfasına … yazmanız").
 */
const PAGE_GAP = 64;
/**
 * Words right after a verb of writing that address the seller ("write to
 * us", "skriv till oss") or make it a state ("書いてある": "is written").
 */
const TO_US =
  /^[\s,]*(?:to us|us\b|uns\b|an uns|nous\b|à nous|nos\b|para nós|ci\b|a noi|ons\b|naar ons|aan ons|oss\b|till oss|nam\b|do nas|bize|لنا|إلينا|हमें|我们|当店|ある|あり)/u;
/** The seller addressed right before a verb of writing: "bize yazın". */
const TO_US_BEFORE =
  /(?:bize|bana|لنا|إلينا|हमें|当店に|当店まで|给我们|我们)\s*$/u;

/**
 * A request or an instruction to write or say something, in a clause
 * with a product page or listing (`place` words that name one), tells
 * other shoppers: its hit carries `concept` ("On the product page, just
 * say the straps are sturdier", "Skriv gärna på produktsidan att…",
 * "在商品页面上只要写一句…"). Not when the writing is addressed to the
 * seller ("write to us on the product page"). Linear: the page places are
 * collected once, each writing hit scans a bounded window of them.
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param partners The concepts of the writing hits (request, instruction).
 * @param place The place concept.
 * @param concept The concept to add.
 * @param out Hit index → added concept; set here.
 * @param text The normalized text.
 */
function writtenOnPage(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  partners: readonly string[],
  place: string,
  concept: string,
  out: Map<number, string>,
  text: string,
): void {
  const pages: ConceptHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (
      hit.concept === place && !cancelled[i] &&
      PAGE.test(text.slice(hit.start, hit.end))
    ) pages.push(hit);
  }
  if (pages.length === 0) return;
  const { clauses, sentences } = segmentation;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (
      cancelled[i] || out.has(i) || !partners.includes(hit.concept) ||
      !WRITE.test(text.slice(hit.start, hit.end)) ||
      TO_US.test(text.slice(hit.end, hit.end + 12)) ||
      TO_US_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start))
    ) continue;
    const index = segmentIndex(clauses, hit.start);
    const sentence = sentences[segmentIndex(sentences, hit.start)]!;
    // Its clause, or a short one fronted before it in its sentence ("On
    // the product page, just say…").
    const previous = clauses[index - 1];
    const from = previous !== undefined && previous.start >= sentence.start &&
        previous.end - previous.start <= FRONTED
      ? previous.start
      : clauses[index]!.start;
    const to = clauses[index]!.end;
    for (
      let j = firstEndingAfter(pages, Math.max(from, hit.start - PAGE_GAP));
      j < pages.length && pages[j]!.start <= hit.end + PAGE_GAP;
      j++
    ) {
      const page = pages[j]!;
      if (
        page.language === hit.language && page.start >= from &&
        page.end <= to && !overlaps(page, hit)
      ) {
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
function framed(
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
 * either order, the partner first (`"partnerFirst"`) or after
 * (`"partnerAfter"`), or the partner first and last in a verb-final
 * language (`true`).
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
  verbFirst: boolean | "partnerFirst" | "partnerAfter" = false,
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
            : verbFirst === "partnerAfter"
            ? other.start >= hit.end
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
