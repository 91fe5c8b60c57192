// This module is browser compatible.

/**
 * The shape of the per-language word lists behind the concept-based policy
 * rules (`no-review-manipulation`, `no-marketing`). One file per rule family
 * and language: `_lexicons/<family>/<language>.ts` exports one
 * {@linkcode Lexicon}. Adding a language is adding those files.
 *
 * A rule does not match sentences: it finds the concepts a sentence (or
 * clause) holds and decides from their co-occurrence, with negation and
 * quotation taken into account. So a lexicon lists the words that carry each
 * concept, as sellers write them, not whole sentences.
 *
 * @module
 */

/**
 * How a term meets the text (both matched on normalized text: lower case,
 * NFKC, invisible characters removed, look-alike letters folded).
 *
 * - `"words"`: scripts with spaces. A term matches whole words; a term of
 *   several words matches them in that order with only spaces or
 *   punctuation between. A trailing `*` matches any ending of the last word
 *   (`"bewert*"` matches "bewerten", "Bewertung"); a leading `*` any start of
 *   the first (`"*bewertung"` matches "Produktbewertung", for compounds).
 * - `"chars"`: scripts without spaces (Japanese, Chinese). A term matches
 *   anywhere.
 */
export type Segmentation = "words" | "chars";

/** The concepts of the review family (`no-review-manipulation`). */
export type ReviewConcept =
  /** A product review, star rating or seller feedback, as a noun or verb: "review", "rating", "stars", "feedback", "rate". */
  | "review"
  /** A sense of a review word that is not about reviews, which cancels it: "review the proof", "feedback on the draft", "we reviewed your request". */
  | "reviewOther"
  /** Asking, wishing or urging: "please", "could you", "we would appreciate", "it would help us", "don't forget", "take a moment". */
  | "request"
  /** Positive qualifiers of a review: "positive", "5-star", "good", "glowing", "top". */
  | "positive"
  /** Sentiment conditions used to gate: "if you are happy", "if satisfied", "if not", "before leaving", "contact us first". */
  | "condition"
  /** Rewards: "refund", "gift card", "voucher", "free", "discount", "cashback", "reward", "in return", "in exchange". */
  | "incentive"
  /** Changing a review that exists: "update", "change", "remove", "delete", "revise", "edit", "take down". */
  | "change"
  /** Telling buyers what to write or show: "mention", "say that", "write that", "describe", "with a photo", "screenshot". */
  | "instruction"
  /** Telling other shoppers: "other customers", "other shoppers", "let others know", "share your experience". */
  | "sharing"
  /** A weaker review word that counts only with `sharing` or a `place`: "your thoughts", "your opinion", "your experience", "a few words", "what you think". */
  | "opinion"
  /** Where reviews live: "on amazon", "on the product page", "on the listing", "in your account under your orders". */
  | "place";

/** The concepts of the marketing family (`no-marketing`). */
export type MarketingConcept =
  /** What is promoted: "new collection", "new range", "season", "other products", "our store", "our shop", "catalogue", "bestsellers", "brand store". */
  | "promoObject"
  /** Promotional offers: "sale", "deal", "discount code", "coupon", "promotion", "% off", "special offer", "newsletter". */
  | "offer"
  /** Inviting to look or buy: "have a look", "check out", "browse", "discover", "visit", "don't miss", "follow us", "shop now". */
  | "invitation"
  /** Future purchases: "next purchase", "next order", "future orders", "come back". */
  | "future";

/** Words shared by both families. */
export type SharedConcept =
  /** Negation words and phrases: "no", "not", "don't need", "without", "never". */
  "negation";

/** Any concept id. */
export type Concept = ReviewConcept | MarketingConcept | SharedConcept;

/** The word lists of one rule family in one language. */
export interface Lexicon<C extends string = Concept> {
  /** ISO 639-1 code: `en`, `de`, `ja`, ... */
  readonly language: string;
  /** How terms meet the text. */
  readonly segmentation: Segmentation;
  /** The terms of each concept, lower case. */
  readonly concepts: Readonly<
    Partial<Record<C | SharedConcept, readonly string[]>>
  >;
}
