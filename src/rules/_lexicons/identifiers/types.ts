// This module is browser compatible.

/**
 * The shape of the words around numbers that `no-phone` reads: per
 * language, the labels sellers write before an identifier and the words
 * that make a number a phone number. One file per language,
 * `_lexicons/identifiers/<language>.ts`; `mod.ts` lists them.
 *
 * Entries are plain text, lower case (the text is matched without case).
 * Entries in Latin letters are matched at the start of a word and, for
 * labels, run on into the rest of it ("sendung" in "Sendungsnummer"); the
 * others are matched anywhere.
 *
 * @module
 */

/** The words around numbers of one language. */
export interface IdentifierWords {
  /**
   * Labels of identifiers, as sellers write them before the number:
   * tracking ("tracking", "Sendung", "追跡番号"), postal codes ("PLZ",
   * "CEP", "郵便番号"), orders, invoices, references, cases, customers,
   * serial and model numbers, articles, batches, keys, bank and tax ids.
   */
  readonly labels: readonly string[];
  /**
   * Words that make a number a phone number ("phone", "call", "anrufen",
   * "appelez", "電話", "致电").
   */
  readonly phone: readonly string[];
  /**
   * Words that offer the seller's own line, making a phone number a way
   * to reach the seller outside Amazon: a messaging app ("WhatsApp",
   * "微信"), a plea to call ("call us", "rufen Sie uns an", "llámenos"),
   * the seller's number or shop ("our number", "butiken på").
   */
  readonly contact: readonly string[];
}
