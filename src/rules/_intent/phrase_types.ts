// This module is browser compatible.

/**
 * The languages of the phrase rules and the types of their tables and matches.
 *
 * @module
 */

/** The languages every content rule covers. */
export const PHRASE_LANGUAGES = [
  "en",
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "sv",
  "pl",
  "tr",
  "ja",
  "pt",
  "ar",
  "hi",
  "zh",
] as const;

/** A language of {@linkcode PHRASE_LANGUAGES}. */
export type PhraseLanguage = typeof PHRASE_LANGUAGES[number];

/** Patterns by language, in the notation of this module. */
export type PhraseList = Readonly<
  Partial<Record<PhraseLanguage, readonly string[]>>
>;

/**
 * Patterns by category (the rule's `messageId`), then by language. The order
 * of the categories is their priority when matches overlap.
 */
export type PhraseTable<Category extends string> = Readonly<
  Record<Category, PhraseList>
>;

/** A phrase found in a text. */
export interface PhraseMatch<Category extends string = string> {
  /** The category whose pattern matched. */
  readonly category: Category;
  /** Offset of the first UTF-16 code unit in the original text. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
  /** The matched text, as it stands in the original. */
  readonly text: string;
}

/** Compiled phrase patterns. */
export interface PhraseMatcher<Category extends string = string> {
  /** The categories, in priority order. */
  readonly categories: readonly Category[];
  /**
   * Finds the phrases of a text: per category, leftmost and non-overlapping;
   * across categories, a match that overlaps one of a category listed
   * earlier is dropped.
   *
   * @param text The text.
   * @returns The matches, in text order.
   */
  find(text: string): PhraseMatch<Category>[];
}
