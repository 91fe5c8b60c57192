// This module is browser compatible.

/**
 * The types of the concept analysis: its options (which concepts cancel,
 * rename, pair with or deny one another, and the text and spans they are
 * read against) and its result per sentence. Types only; `analyze.ts`
 * re-exports them.
 *
 * @module
 */

import type { Segment } from "./segment.ts";

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
   * Concept → [container concept, new name] pairs: a hit inside a hit of a
   * container is renamed, by the first container that holds it (a `review`
   * word inside a `positive` one, "5 stars", becomes `rating`: a rating,
   * not yet a review).
   */
  readonly contained?: Readonly<
    Record<string, readonly (readonly [container: string, renamed: string])[]>
  >;
  /**
   * [concept, inner concepts, new name]: a hit of the concept that holds a
   * hit of an inner concept, or stands right next to one, is renamed (a
   * `condition` that qualifies a review word, "a negative review", "una
   * recensione negativa", becomes `badReview`: a kind of review, which
   * gates only as the seller steers it).
   */
  readonly qualifiers?: readonly [
    concept: string,
    inner: readonly string[],
    renamed: string,
  ];
  /** Concepts a nearby negation in the same clause cancels. */
  readonly negatable?: readonly string[];
  /** Spans that are not the seller's words, sorted. */
  readonly foreign?: readonly Segment[];
  /**
   * Concepts that are the seller's words reporting the buyer's ("you asked
   * whether"), own also where the report they open is foreign.
   */
  readonly reporting?: readonly string[];
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
   * reviews we cannot grow, please take a moment"). A problem gives one
   * too ("No review needed, write to us if the parcel does not arrive").
   * Nor does a request
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
   * [next, noun, produced]: a hit of the noun concept right after one of
   * the next concept in one clause (right before it in Arabic, whose
   * adjectives follow the noun, and on either side in French, Spanish,
   * Italian and Portuguese) adds the produced concept ("your next periodic
   * maintenance", "za kolejną usługę", "الزيارة القادمة", "vos achats
   * futurs").
   */
  readonly nextPurchase?: readonly [string, string, string];
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
   * The concept a sentence holds where `placeCategory` cancelled a hit in
   * it as the grade of a graded thing ("5 stars in the crash test").
   */
  readonly graded?: string;
  /**
   * [design, place]: with `placeCategory`, a hit naming stars in the clause
   * of a hit of a design concept (an embroidery, a print, a sticker, a
   * logo; a proof or mock-up), within a short gap before or after it, is a
   * motif of the product, not a rating, and is cancelled ("five stars
   * embroidered above the name", "a proof showing five stars around the
   * logo"), unless a hit of the place concept (a review place) stands in
   * that clause. Needs `text`.
   */
  readonly starDesign?: readonly [design: readonly string[], place: string];
  /**
   * [ours, thanked]: hits of the seller's own goods (`ours`) right before a
   * word for a person or the team, in any language, are cancelled ("unser
   * Techniker", "notre technicien", "我们的技术人员"); those in a sentence
   * that thanks carry the produced concept ("Se gostou da nossa
   * embalagem, obrigado."). Needs `text`.
   */
  readonly ownPeople?: readonly [ours: string, thanked: string];
  /**
   * [ours, novelty, produced]: a hit of newness with the seller's own goods
   * before it in its clause, or right after it, carries the produced
   * concept: those goods are what is new or back ("notre bûche revient en
   * décembre", "torna il nostro panettone"), not a date next to "us" ("ab
   * Januar gelten bei uns neue Versandzeiten"); so does one with a
   * possessive of one word further after it in the clause ("nächsten Monat
   * kommen unsere Herbstdüfte"). Needs `text` for the latter.
   */
  readonly oursNew?: readonly [ours: string, novelty: string, produced: string];
  /**
   * [novelty, produced]: a hit of the concept that names a restock or
   * availability, or stands in a clause that does ("back in stock",
   * "wieder vorrätig", "在庫", "once our restock arrives next week"), also
   * carries the produced concept: goods back in stock may be what the
   * buyer waits for, unlike goods back for a season. Needs `text`.
   */
  readonly restock?: readonly [novelty: string, produced: string];
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
   * [anchors, partner, produced]: as `seenLink`, for thanks ("thanks for
   * your feedback", "merci pour vos retours"): the review exists, but a
   * reward in the sentence may be given as that thanks.
   */
  readonly thankedLink?: readonly [readonly string[], string, string];
  /**
   * [concept, covering, produced]: a hit of the concept that no hit of the
   * covering concept holds adds the produced concept (an `offer` that is
   * not also a reward, `incentive`: "for an extra £30", not "a 10%
   * discount" given for a delay).
   */
  readonly uncovered?: readonly [string, string, string];
  /**
   * [blocking, produced, extra]: a sentence that names a price in the
   * seller's own words ("for £25", "für 9,90 €", "¥500で", "80元"), in any
   * language, holds the produced concept, unless a hit of a blocking
   * concept (the ordered item, a refund) stands in it outside the price,
   * or a word of payment, shipping, a return or a refund stands close to
   * the price: the price of something offered, not
   * what the order, its refund or its shipping costs. With "also" in those
   * clauses ("he can also descale it for £15"), it holds the extra concept
   * too: a price for something more than the order. With a word of an
   * extra right after or before the price instead ("€ 1,50 extra per
   * shirt", "25 € de plus"), it holds the surcharge concept, when one is
   * given (else the extra concept): the price of an option, which may be
   * the order's own. Needs `text`.
   */
  readonly price?: readonly [
    blocking: readonly string[],
    produced: string,
    extra?: string,
    surcharge?: string,
  ];
  /**
   * The concept that a sentence naming an amount in the seller's own words
   * holds: a percentage, a fraction of the price ("1割", "九折") or a price,
   * whatever it is for. Needs `text`.
   */
  readonly amount?: string;
  /**
   * The concept that a sentence offering a repeating delivery in the
   * seller's own words holds: a period with a verb of sending near it
   * ("we can send you a fresh bag every month"). Needs `text`.
   */
  readonly recurring?: string;
  /**
   * The concept that a sentence holds where a review word (a `denied`
   * concept) is denied with "yet" in its clause ("you haven't rated it
   * yet"): a review still to come, no longer denied. Needs `text`.
   */
  readonly pending?: string;
  /**
   * The concept that a sentence naming an account handle ("@shop.name") in
   * the seller's own words holds. Needs `text`.
   */
  readonly handle?: string;
  /**
   * [scoped, partners]: a hit of a scoped concept in a lead-in, the first
   * clause of a sentence ending at a colon and at most 40 code units long,
   * with no partner hit in it, is the seller announcing what follows, not
   * telling the buyer what to write ("Just to be clear:", "Şunu
   * belirtelim:"): cancelled. Needs `text`.
   */
  readonly leadIn?: readonly [
    scoped: readonly string[],
    partners: readonly string[],
  ];
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
