// This module is browser compatible.

/**
 * The phrase machinery of the rules whose signal is a phrase (`no-opt-out`:
 * "unsubscribe", "reply STOP"): per-language phrase patterns,
 * compiled into one regular expression per category, matched with
 * Unicode-aware word boundaries, and reported with offsets into the original
 * text.
 *
 * ## Pattern notation
 *
 * A pattern is the source of a regular expression (flags `giu`: Unicode,
 * case-insensitive), plus:
 *
 * - a space matches one or more whitespace characters (`" ?"`: an optional
 *   one), in Japanese and Chinese zero or more;
 * - `‥` matches a few intervening words (up to 25 characters; 8 in Japanese
 *   and Chinese), `…` up to 45 characters (15), `……` up to 90 characters
 *   (30): always within one sentence (no `.`, `!`, `?`, `。`, `؟`, `।` or
 *   line break), and, outside Japanese and Chinese, only between whole
 *   words;
 * - `ı` (Turkish dotless i) also matches `I`, and a Devanagari letter with
 *   nukta written decomposed (`ड़`) also matches its precomposed form: never
 *   write either inside `[]`;
 * - `\p{L}` is a letter or combining mark of a spaced script (Latin, Greek,
 *   Cyrillic, Hebrew, Arabic, Devanagari), `\p{N}` an ASCII digit, and
 *   `\p{M}` may only appear inside a class (`[\p{L}\p{M}]`).
 *
 * The text is matched after {@linkcode foldText}, which never changes its
 * length, so offsets are offsets into the original text.
 *
 * Patterns of spaced languages are anchored at word boundaries on both ends:
 * not preceded or followed by a letter, combining mark or digit of a spaced
 * script (Han, kana and Hangul do not count, so `Instagramで` still ends a
 * word). Japanese and Chinese patterns have no boundaries.
 *
 * Quantifiers must stay bounded, alternatives inside a pattern must not
 * overlap in ways that backtrack, and a pattern has at most three gaps:
 * matching stays linear in the length of the text.
 *
 * ## Speed
 *
 * A text is not searched with every pattern: each pattern is read for the
 * literal words every match of it contains ("review" or "rating", and
 * "refund" or "gift card"...), one scan finds those words, and only the
 * patterns whose words are all there are searched, only in the sentences
 * that have them when no match of the pattern can cross a sentence end.
 * This never changes what is found (`compilePhrases(table, { prefilter:
 * false })` searches everything, and the tests compare the two), only how
 * fast: a pattern stays fast when it has a selective literal word (four
 * letters or more, two Han characters, a currency sign) outside optional
 * parts. One with only short, common words is searched wherever they occur;
 * one whose matches may cross a sentence end (a literal `.` not followed by
 * a digit, `?`, `!`) in the whole text whenever its words occur; one with
 * no literal word at all in every text.
 *
 * The search is linear in the text: quantifiers are bounded, gaps are
 * bounded and lazy, and the patterns a text selects are searched each with
 * its own expression, compiled once, so that no choice of words in a text
 * makes a new expression to compile.
 *
 * The parts live in small modules beside the concept engine
 * (`_intent/phrase_*.ts`): the languages and types, the notation, the
 * folding, the prefilter's needs and scanner, the matcher and the
 * reporting. This module gathers their exports.
 *
 * @module
 */

export {
  PHRASE_LANGUAGES,
  type PhraseLanguage,
  type PhraseList,
  type PhraseMatch,
  type PhraseMatcher,
  type PhraseTable,
} from "./_intent/phrase_types.ts";
export { WORD_CHAR } from "./_intent/phrase_notation.ts";
export { foldText } from "./_intent/phrase_folding.ts";
export {
  compilePhrases,
  type CompilePhrasesOptions,
} from "./_intent/phrase_matcher.ts";
export {
  type PhraseReportContext,
  quotePhrase,
  reportPhrases,
} from "./_intent/phrase_report.ts";
