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
   * Concepts a negation also reaches in the later items of a list that its
   * clause opens, with at least three words after it there ("You do not need
   * to fill in a form, answer a survey, write a review or give a rating").
   * Not across a turn ("…, but please leave a review") nor in a verb-final
   * language (its negation closes the list). Needs `text`.
   */
  readonly listReach?: readonly string[];
  /**
   * Concepts that tell the buyer what to write (an instruction): a negation
   * after one, in its sentence, is in what the buyer is told to write and
   * cancels nothing up to it ("写评价时请提一下完全没有异味", "mention
   * that it does not smell"). In a verb-final language only after one that
   * ends with a complementizer ("लिखिए कि कोई गंध नहीं थी"), since its content
   * otherwise stands before it. Needs `text`.
   */
  readonly quotes?: readonly string[];
  /**
   * A concept a negation does not cancel in a question: a negative
   * question asks ("Wouldn't you like to…?", "Möchten Sie nicht…?").
   */
  readonly askedInQuestion?: string;
  /**
   * [concepts, produced]: hits of these concepts that a negation reaches
   * (as it reaches a negatable hit) stay, but a sentence whose every such
   * hit is negated also holds the produced concept ("No review is needed,
   * the refund is on its way": the review word is denied, so the refund is
   * not its reward). Not in a question ("Why not leave a review?").
   */
  readonly denied?: readonly [readonly string[], string];
  /**
   * Concepts that give a request its own object: a request in a later
   * clause than a denied review word does not undo the denial when its
   * clause holds one of them ("评价的事您不用放在心上，请先签收换货": the
   * request is about the replacement), as it does otherwise ("Without
   * reviews we cannot grow, please take a moment"). Nor does a request
   * offered as the alternative ("…, please just wait for the courier").
   */
  readonly ownObjects?: readonly string[];
  /**
   * [concept, produced]: a sentence where a negation cancels a hit of the
   * concept that governs a denied word of its clause (stands before it,
   * after it in a verb-final language) also holds the produced concept (a
   * request denied: "you don't have to leave a review", "non deve scrivere
   * alcun commento").
   */
  readonly negatedMark?: readonly [string, string];
  /**
   * [object, verb, produced]: a hit of the object concept right after one
   * of the verb concept in one clause (before it in a verb-final
   * language) adds the produced concept ("have a look at our frying pans":
   * an invitation, then the seller's own goods).
   */
  readonly follows?: readonly [string, string, string];
  /**
   * [weak, partners, produced]: a weak review word next to a partner (an
   * instruction, a change) in one clause, the partner first (last in a
   * verb-final language), adds the
   * produced concept ("ajoutez une photo à votre commentaire", "change your
   * comment").
   */
  readonly weakLink?: readonly [string, readonly string[], string];
  /**
   * [weak, partners, produced]: a reward right before a weak review word in
   * one clause (right after it in a verb-final language), with only a
   * preposition and a determiner between, adds the produced concept: the
   * reward is in exchange for it ("in return for a few words", "in cambio
   * di qualche riga", "como agradecimiento por su opinión").
   */
  readonly rewardLink?: readonly [string, readonly string[], string];
  /**
   * Concepts whose hits that name stars ("5 stars", "cinco estrelas",
   * "星级") are the category of a place, not a rating, right next to a word
   * for a hotel, a restaurant or a resort in any language ("the 5-star
   * hotel", "hotel 5 estrelas", "三星级宾馆"): they are cancelled. Needs
   * `text`.
   */
  readonly placeCategory?: readonly string[];
  /**
   * A concept of head nouns that stars grade other than a review (a hotel,
   * an energy class, a crash test, a product grade, a pattern: "the 5-star
   * model", "vier Sterne im Crashtest", "3 स्टार इन्वर्टर"): with
   * `placeCategory`, a hit naming stars right next to one of its hits, before
   * or after it, is cancelled too, as next to a word for a hotel.
   */
  readonly starCategory?: string;
  /**
   * [qualifier, produced]: a qualifier hit that names a number of stars
   * ("five stars", "5 Sterne", "★★★★★") and stands as no place's category
   * also carries the produced concept: it is a star rating ("Five stars
   * from you on the listing would make our week").
   */
  readonly starCount?: readonly [string, string];
  /**
   * [concept, produced]: verbs of forgetting (de "vergessen", nl "vergeet",
   * sv "glöm"). A negation of the verb's clause right before it, shortly
   * after it or closing the clause belongs to it: "don't forget"
   * ("Vergessen Sie die Bewertung nicht!", "Vergeet de beoordeling niet",
   * "nicht vergessen"). That negation denies nothing, and the verb carries
   * the produced concept (a request, an invitation). A verb of forgetting
   * without such a negation adds nothing ("wir haben es vergessen").
   */
  readonly forget?: readonly [string, string];
  /**
   * Concepts whose hits are a technical value, not a review, when a
   * quantity with a unit stands right after them ("a rating of 3 A",
   * "Bewertung: 2000 W", "評価 5V"): those hits are cancelled. Needs
   * `text`.
   */
  readonly measured?: readonly string[];
  /**
   * Concepts whose hits ask about a fact, not for a review, when a
   * "whether" follows them ("feedback whether the part fits", "Rückmeldung,
   * ob das Ersatzteil passt", "opinię, czy"): those hits are cancelled.
   * Only words that mean "whether" alone count, not those that also mean
   * "if" ("si", "se", "om"). Needs `text`.
   */
  readonly whether?: readonly string[];
  /**
   * [concept, partners, renamed]: a hit of the concept right after a
   * partner in one clause is renamed ("a replacement is also available":
   * what is available is the ordered item, `availability` becomes
   * `itemAvailable`), so another hit of the concept still counts.
   */
  readonly renamedNextTo?: readonly [string, readonly string[], string];
  /**
   * [anchor, partners, produced]: other shoppers right after a request or
   * an instruction in one clause (before it in a verb-final language), as
   * whom the buyer tells, add the produced concept ("Berätta då för andra
   * kunder hur jackan sitter", "أخبر باقي العملاء عنه").
   */
  readonly toldLink?: readonly [string, readonly string[], string];
  /**
   * A review place: with `toldLink`, other shoppers right next to one
   * ("other dog owners on Amazon") may stand further from the request or
   * the instruction that tells them, with what is told between ("please
   * share a picture of him wearing it with other dog owners on Amazon").
   */
  readonly toldAt?: string;
  /**
   * [anchors, partner, produced]: a hit of an anchor concept right next to
   * a hit of the partner in one clause, in either order, adds the produced
   * concept ("we read your review", "Ihre Bewertung gelesen").
   */
  readonly seenLink?: readonly [readonly string[], string, string];
  /**
   * [concept, covering, produced]: a hit of the concept that no hit of the
   * covering concept holds adds the produced concept (an `offer` that is
   * not also a reward, `incentive`: "for an extra £30", not "a 10%
   * discount" given for a delay).
   */
  readonly uncovered?: readonly [string, string, string];
  /**
   * [scoped, partners]: a hit of a scoped concept counts only in the part of
   * its sentence between semicolons that holds a hit of a partner, when the
   * sentence has more than one part ("Your order ships tomorrow; we also
   * make matching pillow cases": the ordered item does not keep the
   * second part from cross-selling). Needs `text`.
   */
  readonly partScoped?: readonly [
    scoped: readonly string[],
    partners: readonly string[],
  ];
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
    /**
     * Concepts that tell the buyer what to write (an instruction): a
     * context word after one in its clause (before it in a verb-final
     * language) is what the buyer is told to write, not a context ("when
     * you leave the review, say that the engraving came in two days").
     */
    readonly quotedBy?: readonly string[];
  };
}

/**
 * A quantity with a unit of measure, right after a word: "of 3 A", ": 230 V",
 * "at 2.5 kW", "为3A". The unit must end the word.
 */
const QUANTITY =
  /^[\s:=]{0,3}(?:(?:of|at|is|von|de|di|van|på|av|na|için|بقوة|من)\s{1,3})?(?:为|為|は|：)?\s?\d{1,5}(?:[.,]\d{1,3})?\s?(?:ma|mah|a|ah|v|va|kva|w|kw|kwh|hz|khz|db|kg|g|lbs?|psi|bar|nm|mm|cm|°c|°f)(?![\p{L}\p{N}])/u;
/**
 * "Whether" right after a word (the rest of the word, then "on", "about"
 * or "as to" between):
 * words that mean only "whether" in the languages of the lexicons.
 */
const WHETHER =
  /^[\p{L}\p{M}]*[\s,:]{0,3}(?:(?:on|about|as to|darüber|dazu|na temat tego|o tym)\s{1,3})?(?:whether|ob|czy|huruvida)(?![\p{L}\p{N}])/u;
/** How far after a word its "whether" may start. */
const WHETHER_WINDOW = 24;
/** How far after a measured word its quantity may start. */
const QUANTITY_WINDOW = 24;

/**
 * Words for a place that stars rank, in the languages of the lexicons; they
 * may end a compound ("Sterne-Hotel", "sterrenhotel") and take endings.
 */
const VENUE =
  /hotel|hôtel|otel|resort|restaurant|ristorant|restaurante|restauracj|restoran|lokanta|michelin|alberg|hostal|pousada|pension|gasthof|camping|فندق|منتجع|مطعم|होटल|रेस्टोरेंट|रिसॉर्ट|ホテル|旅館|レストラン|酒店|宾馆|賓館|饭店|飯店|餐厅|餐廳|度假村/gu;
/** Words for stars, in the languages of the lexicons. */
const STAR_WORD =
  /star|stern|[ée]toile|estrel|stell|ster|stjärn|gwiazd|yıldız|نجم|نجوم|सितार|स्टार|星|★|⭐|☆/u;
/** How far from a place word a star category may stand. */
const VENUE_GAP = 12;
/**
 * How far after a verb of forgetting its negation may start without closing
 * the clause: a pronoun between ("vergessen Sie nicht", "vergeet u niet").
 */
const FORGET_GAP = 8;

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
 * A number of stars in a qualifier: a digit, a star sign or the word for
 * five ("five stars would make our week", "fünf Sterne", "cinq étoiles").
 */
const STAR_SIGN =
  /[0-9★⭐☆五]|five|fünf|cinq|cinco|cinque|vijf|fem|pięć|beş|bes|خمس|पांच|पाँच/u;
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
 * Languages whose negation closes the clause (verb-final order: "yorum
 * yapmanıza gerek yok", "レビューは必要ありません", "निर्भर नहीं है"): a negation after a
 * hit reaches it anywhere in the clause.
 */
const CLAUSE_FINAL = new Set(["tr", "ja", "hi", "ko"]);

/**
 * Languages whose main clause may close with its negation after the verb
 * and a fronted object ("Einen Gutschein gegen eine Bewertung bieten wir
 * nicht an", "Ett presentkort mot en recension erbjuder vi aldrig", "Een
 * cadeaubon voor een recensie bieden wij niet aan"): a negation that closes
 * the clause reaches it all, unless the clause asks ("Vergessen Sie die
 * Bewertung nicht"). It cancels the reward or the request, not the
 * review word ("Eine Bewertung schadet nie" is not denied).
 */
const CLAUSE_CLOSING = new Set(["de", "nl", "sv"]);
/**
 * What may follow a closing negation: up to two short words ("an",
 * "geval aan", "mehr"), then the clause's end.
 */
const CLOSING_REST = /^\s*(?:[\p{L}]{1,5}\s*){0,2}[.!;:,…)"'»“”]*\s*$/u;

/**
 * Connectors that open a purpose clause, which a negation of the clause
 * before it still governs ("Nie musi Pan wystawiać opinii, aby otrzymać
 * zwrot").
 */
const PURPOSE =
  /^[\s"'«»„“(]*(?:so that|in order to|so as to|um|damit|so ?dass|pour|afin de|afin qu|pour qu|para|pra|a fim de|a fin de|per|affinch[eé]|al fine di|om|zodat|opdat|för att|så att|aby|żeby|ażeby|by|w celu|لكي|كي|من أجل|ताकि|जिससे|以便|为了)(?![\p{L}\p{M}])/u;

/**
 * A complementizer ending an instruction in a verb-final language, after
 * which what the buyer is told to write follows ("लिखिए कि").
 */
const COMPLEMENTIZER = /(?:^|\s)कि$/u;

/** Terms that cover a look-alike of a negation ("paslanmaz", "不锈钢"). */
const NOT_NEGATION = "notNegation";

/** How far before a concept a negation reaches, in code units. */
const NEGATION_BEFORE = 48;
/** How close a negation stands to a request it belongs to. */
const TOUCH = 3;
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
          // Any language's other sense counts: the words are the same. But
          // an English sense that starts before a word of the buyer's
          // language reads the word before it as English ("to review"; "to"
          // in Hinglish is "then": "accha laga ho to review zaroor dena").
          if (!overlaps(hit, other)) continue;
          if (
            other.language === "en" && hit.language !== "en" &&
            hit.language === options.primary && other.start < hit.start
          ) continue;
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

  if (options.whether !== undefined && options.text !== undefined) {
    const text = options.text;
    for (const concept of options.whether) {
      for (const at of byConcept.get(concept) ?? []) {
        const hit = hits[at]!;
        const after = text.slice(hit.end, hit.end + WHETHER_WINDOW);
        if (WHETHER.test(after)) cancelled[at] = 1;
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
      options.starCategory,
    );
  }

  if (options.partScoped !== undefined && options.text !== undefined) {
    cancelOutOfPart(
      hits,
      options.text,
      segmentation,
      cancelled,
      options.partScoped,
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

  // A negation inside a longer term of another concept ("don't forget",
  // "if not") is part of that term, not a negation; so is one that a
  // `notNegation` term covers ("paslanmaz", "不锈钢").
  let negations = hitsOf("negation").filter((negation) => {
    for (
      let j = firstEndingAfter(hits, negation.start);
      j < hits.length && hits[j]!.end <= negation.end + MAX_TERM;
      j++
    ) {
      const other = hits[j]!;
      // Another sense of a word (a canceller) holding a negation keeps it:
      // "yıldız vermeniz gerekmiyor" denies the list before it too.
      if (
        other.concept !== "negation" && !(other.concept in cancels) &&
        other.start <= negation.start && negation.end <= other.end &&
        (other.end - other.start > negation.end - negation.start ||
          other.concept === NOT_NEGATION)
      ) return false;
    }
    return true;
  });
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
  const starCounts = new Set<number>();
  if (options.starCount !== undefined && options.text !== undefined) {
    const [qualifier] = options.starCount;
    for (const at of byConcept.get(qualifier) ?? []) {
      if (cancelled[at] || renamed.has(at)) continue;
      const hit = hits[at]!;
      const words = options.text.slice(hit.start, hit.end);
      if (STAR_WORD.test(words) && STAR_SIGN.test(words)) starCounts.add(at);
    }
  }
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
    if (starCounts.has(i)) concepts.push(options.starCount![1]);
    if (deniable.has(hit.concept)) {
      const s = segmentIndex(segmentation.sentences, hit.start);
      const key = `${s} ${hit.language}`;
      const [total, denied] = unpack(deniableCount.get(key));
      deniableCount.set(key, pack(total + 1, denied + deniedHits[i]!));
    }
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
  if (options.negatedMark !== undefined) {
    const [concept, produced] = options.negatedMark;
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
      const sentence = result[segmentIndex(segmentation.sentences, hit.start)]!;
      const sets = inside(foreign, hit.start, hit.end)
        ? [sentence.all]
        : [sentence.all, sentence.own];
      for (const which of sets) {
        const map = which as Map<string, Set<string>>;
        let set = map.get(hit.language);
        if (set === undefined) map.set(hit.language, set = new Set());
        set.add(produced);
      }
    }
  }
  if (options.denied !== undefined) {
    const produced = options.denied[1];
    const apart = requestsApart(
      hits,
      cancelled,
      deniedHits,
      segmentation,
      options,
    );
    for (const [key, value] of deniableCount) {
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
  return result;
}

// The sentences (by "sentence language" key) where a request stands in a
// clause after the first one with a denied review word: the request is not
// under the negation ("Without reviews we cannot grow, please take a
// moment").
function requestsApart(
  hits: readonly ConceptHit[],
  cancelled: Uint8Array,
  denied: Uint8Array,
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
      withObject.has(`${clause} ${hit.language}`)
    ) continue;
    if (alternative[clause] === 0 && options.text !== undefined) {
      const { start, end } = clauses[clause]!;
      alternative[clause] = ALTERNATIVE.test(options.text.slice(start, end))
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
  deniable: ReadonlySet<string>,
  denied: Uint8Array,
  negatedOut: Uint8Array,
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
  let listed: Uint8Array | undefined;
  let lists: Int32Array | undefined;
  const listReach = new Set(options.listReach ?? []);
  // The requests, for the negations that belong to one ("n'oubliez pas").
  const requests = hits.filter((hit, i) =>
    hit.concept === options.askedInQuestion && !cancelled[i]
  );
  // Whether a negation stands right next to a request: it is part of it
  // ("N'oubliez pas de laisser un avis"), it does not deny a review word.
  const touchesRequest = (negation: ConceptHit): boolean => {
    for (
      let j = firstEndingAfter(requests, negation.start - TOUCH);
      j < requests.length && requests[j]!.start <= negation.end + TOUCH;
      j++
    ) {
      if (requests[j]!.end >= negation.start - TOUCH) return true;
    }
    return false;
  };
  // The instructions, for the negations in what they tell to write.
  const quoting = new Set(options.quotes ?? []);
  const instructions = quoting.size === 0 || text === undefined
    ? []
    : hits.filter((hit, i) =>
      quoting.has(hit.concept) && !cancelled[i] &&
      (!CLAUSE_FINAL.has(hit.language) ||
        COMPLEMENTIZER.test(text.slice(hit.start, hit.end)))
    );
  // Whether an instruction of the hit's sentence ends between the hit's end
  // and the negation: the negation is in what the buyer is told to write.
  const quoted = (negation: ConceptHit, hit: ConceptHit): boolean => {
    if (instructions.length === 0) return false;
    // The last instruction ending at or before the negation's start.
    const j = firstEndingAfter(instructions, negation.start) - 1;
    if (j < 0) return false;
    const instruction = instructions[j]!;
    return instruction.end >= hit.end &&
      segmentIndex(sentences, instruction.start) ===
        segmentIndex(sentences, hit.start) &&
      segmentIndex(sentences, negation.start) ===
        segmentIndex(sentences, hit.start);
  };
  // Whether a negation closes its clause in a language that may close
  // with one, in a clause without a request.
  const closesClause = (negation: ConceptHit, clause: Segment): boolean => {
    if (!CLAUSE_CLOSING.has(negation.language) || text === undefined) {
      return false;
    }
    if (!CLOSING_REST.test(text.slice(negation.end, clause.end))) return false;
    for (
      let j = firstEndingAfter(requests, clause.start);
      j < requests.length && requests[j]!.start < clause.end;
      j++
    ) {
      if (requests[j]!.start >= clause.start) return false;
    }
    return true;
  };
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const denies = deniable.has(hit.concept);
    if ((!negatable.has(hit.concept) && !denies) || cancelled[i]) continue;
    if (
      (hit.concept === options.askedInQuestion || denies) && text !== undefined
    ) {
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
        !overlaps(negation, hit) && !(denies && touchesRequest(negation)) &&
        !quoted(negation, hit)
      ) {
        negated = true;
        break;
      }
    }
    // Further after it in the clause: a verb-final language's negation, or
    // one that denies the link to a review word after it. In a verb-final
    // language, a negation in the last clause of the sentence closes the
    // whole sentence, across the commas of an enumeration ("クーポンコードの
    // ご入力や、レビューのご投稿など、お手続きは一切ございません"), not
    // across a condition or a reason ("…参考になれば、…喜びはありません").
    if (!negated) {
      const anchor = lastAnchor[c]!;
      let end = clause.end;
      let lastClauseStart = clause.start;
      if (CLAUSE_FINAL.has(hit.language) && text !== undefined) {
        listed ??= enumerations(text, segmentation);
      }
      if (listed !== undefined && CLAUSE_FINAL.has(hit.language) && listed[c]) {
        const sentence = sentences[segmentIndex(sentences, hit.start)]!;
        end = sentence.end;
        lastClauseStart = clauses[segmentIndex(clauses, sentence.end - 1)]!
          .start;
      }
      for (
        let j = firstEndingAfter(list, hit.end);
        j < list.length && list[j]!.start < end;
        j++
      ) {
        const negation = list[j]!;
        if (negation.start < hit.end) {
          if (negation.end - hit.end > MAX_TERM) break;
          continue;
        }
        if (negation.end > end) break;
        if (quoted(negation, hit)) continue;
        if (negation.end > clause.end) {
          // Past the hit's clause: only the sentence's closing negation.
          if (negation.start < lastClauseStart) {
            const next = firstEndingAfter(list, lastClauseStart);
            if (next > j + 1) j = next - 1;
            continue;
          }
          negated = CLAUSE_FINAL.has(negation.language) &&
            !(denies && touchesRequest(negation));
          break;
        }
        negated = (CLAUSE_FINAL.has(negation.language) ||
          negation.end <= anchor ||
          (!denies && closesClause(negation, clause))) &&
          !(denies && touchesRequest(negation));
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
    // An item of a list whose first clause holds the negation ("You do not
    // need to fill in a form, answer a survey, write a review or give a
    // rating"); not in a verb-final language, whose negation closes the
    // list.
    if (
      !negated && text !== undefined && c > 0 &&
      !CLAUSE_FINAL.has(hit.language) && listReach.has(hit.concept)
    ) {
      lists ??= listChains(text, segmentation);
      negated = negatedListItem(text, clauses, lists, list, c);
    }
    if (negated) {
      if (denies) denied[i] = 1;
      else cancelled[i] = negatedOut[i] = 1;
    }
  }
}

/**
 * Words that make a request an alternative to what a negation denied
 * before it ("No review is needed, please just wait for the courier"):
 * "just", "only", "simply", in the languages of the lexicons.
 */
const ALTERNATIVE =
  /(?:^|[^\p{L}\p{M}])(?:just|simply|only|juste|simplement|seulement|uniquement|solo|soltanto|solamente|semplicemente|sólo|simplemente|únicamente|apenas|só|simplesmente|somente|nur|einfach|lediglich|bloß|alleen|gewoon|enkel|slechts|bara|endast|enbart|tylko|jedynie|po prostu|sadece|yalnızca|فقط|بس|सिर्फ़|सिर्फ|केवल|बस)(?![\p{L}\p{M}])|只需|只要|だけ/u;

/** The longest clause read as an item of a list. */
const ITEM_MAX = 60;
/** How many items before its own a list item looks for a negation. */
const LIST_REACH = 6;
/**
 * A word that joins the last item of a list, in the languages of the
 * lexicons ("or", "nor", "ni", "oder", "noch", "eller", "ani", "of", "أو").
 */
const LIST_JOIN =
  /(?:^|[\s,])(?:or|nor|and|ou|ni|et|o|u|y|e|ed|oder|noch|und|eller|varken|och|eller|lub|albo|ani|i|oraz|of|noch|en|ou|nem|أو|ولا|या|और|न)(?=[\s]|$)/u;
/**
 * Words that turn from a list to something else ("…, but please leave a
 * review", "…, just rate us"): a clause with one ends the list.
 */
const LIST_BREAK =
  /(?:^|[\s,])(?:but|just|please|kindly|however|instead|though|although|simply|aber|doch|bitte|nur|einfach|mais|juste|simplement|s'il vous pla[iî]t|pero|sino|solo|sólo|simplemente|por favor|ma|però|basta|per favore|maar|alleen|gewoon|graag|alsjeblieft|men|bara|utan|gärna|ale|lecz|tylko|wystarczy|proszę|mas|porém|apenas|só|lütfen|ama|sadece|لكن|فقط|من فضلك|लेकिन|बस|कृपया)(?=[\s,.!?]|$)/u;
/** The marks that join the items of a list. */
const ITEM_MARK = /[,\u060C\uFF0C\u3001]\s*$/u;

/**
 * Per clause: the first clause of its list (clauses of one sentence joined
 * by commas whose items after the first are short and one of which holds a
 * joining word), or -1 when it is in none. Linear: one pass, each clause's
 * text read once.
 */
function listChains(text: string, segmentation: Segmentation): Int32Array {
  const { clauses, sentences } = segmentation;
  const first = new Int32Array(clauses.length).fill(-1);
  let s = 0;
  let start = 0;
  let joined = false;
  const close = (end: number) => {
    // Clauses start..end-1 form a chain; it lists when an item joins.
    if (joined && end - start > 1) {
      for (let k = start; k < end; k++) first[k] = start;
    }
  };
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    while (
      s + 1 < sentences.length && sentences[s + 1]!.start <= clause.start
    ) s++;
    const previous = clauses[c - 1];
    const continues = c > 0 && previous!.end > sentences[s]!.start &&
      ITEM_MARK.test(
        text.slice(Math.max(previous!.start, previous!.end - 3), previous!.end),
      ) &&
      clause.end - clause.start <= ITEM_MAX &&
      !LIST_BREAK.test(text.slice(clause.start, clause.end));
    if (!continues) {
      close(c);
      start = c;
      joined = false;
      continue;
    }
    if (!joined) {
      joined = LIST_JOIN.test(text.slice(clause.start, clause.end));
    }
  }
  close(clauses.length);
  return first;
}

// Whether a negation in an earlier clause of the list of clause `c`, with
// at least three words after it in its clause (the first item: "do not need
// to fill in a form", not "Don't worry"), reaches clause `c`.
function negatedListItem(
  text: string,
  clauses: readonly Segment[],
  lists: Int32Array,
  negations: readonly ConceptHit[],
  c: number,
): boolean {
  const start = lists[c]!;
  if (start < 0) return false;
  for (let n = c - 1; n >= start && n >= c - LIST_REACH; n--) {
    const clause = clauses[n]!;
    for (
      let j = firstEndingAfter(negations, clause.start);
      j < negations.length && negations[j]!.end <= clause.end;
      j++
    ) {
      const negation = negations[j]!;
      if (negation.start < clause.start) continue;
      const after = text.slice(
        negation.end,
        Math.min(clause.end, negation.end + ITEM_MAX),
      ).match(
        /[\p{L}\p{N}]+/gu,
      );
      if (after !== null && after.length >= 3) return true;
    }
  }
  return false;
}

/**
 * The end of a clause that lists (a noun, "や", "など", "ve", "या") rather
 * than closing a condition, a reason or a verb, before `、` or a comma.
 */
const LISTING =
  /(?:や|など|とか|も|か|および|及び|または|ve|veya|ya da|ile|और|या|तथा|आदि|및|등|나)\s*[、,，]\s*$/u;

// Per clause: 1 when it lists and every clause after it in its sentence
// but the last lists too, so a negation closing the sentence reaches it.
// Linear: one backward pass.
function enumerations(text: string, segmentation: Segmentation): Uint8Array {
  const { clauses, sentences } = segmentation;
  const out = new Uint8Array(clauses.length);
  let s = sentences.length - 1;
  let chain = false;
  for (let c = clauses.length - 1; c >= 0; c--) {
    const clause = clauses[c]!;
    while (s > 0 && sentences[s]!.start > clause.start) s--;
    const sentence = sentences[s]!;
    if (clause.end >= sentence.end) {
      chain = true; // The last clause: the next one before it may list.
      continue;
    }
    const tail = text.slice(
      Math.max(clause.start, clause.end - 12),
      clause.end,
    );
    chain = chain && LISTING.test(tail);
    out[c] = chain ? 1 : 0;
  }
  return out;
}

/** The marks that end a part of a sentence (`partScoped`). */
const PART_MARK = /[;\uFF1B\u061B]\s*$/u;

// Hits of scoped concepts in a part of a sentence (between semicolons)
// without a partner hit of their language are cancelled. Linear: one pass
// numbers the parts, one pass marks the parts with partners, one cancels.
function cancelOutOfPart(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  [scoped, partners]: readonly [readonly string[], readonly string[]],
): void {
  const scopedSet = new Set(scoped);
  if (!hits.some((hit, i) => scopedSet.has(hit.concept) && !cancelled[i])) {
    return;
  }
  const { clauses, sentences } = segmentation;
  // Per clause: its part; a part is split (its sentence has more).
  const part = new Int32Array(clauses.length);
  const split = new Set<number>();
  let p = 0;
  let s = 0;
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const previous = clauses[c - 1];
    let newSentence = false;
    while (
      s + 1 < sentences.length && sentences[s + 1]!.start <= clause.start
    ) {
      s++;
      newSentence = true;
    }
    if (c > 0) {
      if (newSentence) p++;
      else if (
        PART_MARK.test(
          text.slice(
            Math.max(previous!.start, previous!.end - 3),
            previous!.end,
          ),
        )
      ) {
        split.add(p);
        p++;
        split.add(p);
      }
    }
    part[c] = p;
  }
  if (split.size === 0) return;
  const partnerSet = new Set(partners);
  const held = new Set<string>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !partnerSet.has(hit.concept)) continue;
    held.add(`${part[segmentIndex(clauses, hit.start)]} ${hit.language}`);
  }
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !scopedSet.has(hit.concept)) continue;
    const at = part[segmentIndex(clauses, hit.start)]!;
    if (split.has(at) && !held.has(`${at} ${hit.language}`)) cancelled[i] = 1;
  }
}

// The negations that belong to a verb of forgetting ("Vergessen Sie die
// Bewertung nicht", "nicht vergessen") are taken out of the list, and the
// verb renamed to the produced concept. Each verb looks at the nearest
// negation before it, the nearest after it and the last of its clause, by
// binary search: linear in the number of hits.
function forgetNegations(
  hits: readonly ConceptHit[],
  negations: ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  renamed: Map<number, string>,
  [concept, produced]: readonly [string, string],
  text: string | undefined,
): ConceptHit[] {
  const verbs = byConcept.get(concept) ?? [];
  if (verbs.length === 0) return negations;
  const { clauses } = segmentation;
  const owned = new Set<ConceptHit>();
  for (const at of verbs) {
    if (cancelled[at]) continue;
    const verb = hits[at]!;
    const clause = clauses[segmentIndex(clauses, verb.start)]!;
    const sameLanguage = (negation: ConceptHit | undefined) =>
      negation !== undefined && negation.language === verb.language &&
      negation.start >= clause.start && negation.end <= clause.end;
    // Right before it ("nicht vergessen", "niet vergeten").
    const before = negations[firstEndingAfter(negations, verb.start) - 1];
    // The first after it, and the last of its clause.
    const after = negations[firstEndingAfter(negations, verb.end)];
    const last = negations[firstEndingAfter(negations, clause.end) - 1];
    let negation: ConceptHit | undefined;
    if (sameLanguage(before) && verb.start - before!.end <= TOUCH) {
      negation = before;
    } else if (
      sameLanguage(after) && after!.start >= verb.end &&
      after!.start - verb.end <= FORGET_GAP
    ) negation = after;
    else if (
      sameLanguage(last) && last!.start >= verb.end && text !== undefined &&
      CLOSING_REST.test(text.slice(last!.end, clause.end))
    ) negation = last;
    if (negation === undefined) continue;
    owned.add(negation);
    renamed.set(at, produced);
  }
  return owned.size === 0
    ? negations
    : negations.filter((negation) => !owned.has(negation));
}

// Star categories of a place ("5-star hotel") or of another graded thing
// ("5-star model", `starCategory`): hits that name stars within a short gap
// of such a word are cancelled. Linear: one scan finds the place words,
// each hit looks them up by binary search.
function cancelPlaceCategories(
  hits: readonly ConceptHit[],
  text: string,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  concepts: readonly string[],
  starCategory: string | undefined,
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
        if (starCategory !== undefined) {
          for (const i of byConcept.get(starCategory) ?? []) {
            if (!cancelled[i]) venues.push(hits[i]!);
          }
          venues.sort((a, b) => a.end - b.end);
        }
      }
      // The first place word ending after the gap before the hit, then
      // those ending a term's length later (a longer one may start before).
      let low = 0;
      let high = venues.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (venues[mid]!.end >= hit.start - VENUE_GAP) high = mid;
        else low = mid + 1;
      }
      for (
        let j = low;
        j < venues.length && venues[j]!.end <= hit.end + VENUE_GAP + MAX_TERM;
        j++
      ) {
        const venue = venues[j]!;
        if (venue.start <= hit.end + VENUE_GAP) {
          cancelled[at] = 1;
          break;
        }
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

function pair(
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

/**
 * Whether a sentence ends with a question mark (Latin, full-width or
 * Arabic), white space aside.
 *
 * @param text The text.
 * @param sentence The sentence.
 * @returns Whether it asks.
 */
export function isQuestion(text: string, sentence: Segment): boolean {
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
  // The instructions, and the review words between which and a context
  // word the context word is no longer what the buyer is told to write.
  const { clauses } = segmentation;
  const quoting = new Set(context.quotedBy ?? []);
  const markedConcepts = new Set(context.marked);
  const instructions: ConceptHit[] = [];
  const reviewWords: ConceptHit[] = [];
  if (quoting.size > 0) {
    for (let i = 0; i < hits.length; i++) {
      if (cancelled[i]) continue;
      if (quoting.has(hits[i]!.concept)) instructions.push(hits[i]!);
      else if (markedConcepts.has(hits[i]!.concept)) {
        reviewWords.push(hits[i]!);
      }
    }
  }
  // Whether a review word lies within [from, to).
  const reviewBetween = (from: number, to: number): boolean => {
    for (
      let k = firstEndingAfter(reviewWords, from);
      k < reviewWords.length && reviewWords[k]!.end <= to;
      k++
    ) {
      if (reviewWords[k]!.start >= from) return true;
    }
    return false;
  };
  // Whether the context word is in what an instruction of its clause tells
  // the buyer to write: right after it with no review word between, or in
  // a verb-final language before it with no review word after it.
  const quoted = (word: ConceptHit): boolean => {
    if (instructions.length === 0) return false;
    const clause = clauses[segmentIndex(clauses, word.start)]!;
    if (CLAUSE_FINAL.has(word.language)) {
      // The instruction closes the clause: a review word after the context
      // word is what the context word is about ("Gravür metni hakkındaki
      // yorumunuzu").
      for (
        let j = firstEndingAfter(instructions, word.end);
        j < instructions.length && instructions[j]!.end <= clause.end;
        j++
      ) {
        if (instructions[j]!.start < word.end) continue;
        return !reviewBetween(word.end, clause.end);
      }
      return false;
    }
    const j = firstEndingAfter(instructions, word.start) - 1;
    if (j < 0 || instructions[j]!.start < clause.start) return false;
    return !reviewBetween(instructions[j]!.end, word.start);
  };
  for (const at of contexts) {
    const word = hits[at]!;
    if (quoted(word)) continue;
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
