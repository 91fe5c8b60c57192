// This module is browser compatible.

/**
 * Length-preserving folding of a text before phrase matching.
 *
 * @module
 */

// into the original: Turkish İ, full-width ASCII, typographic apostrophes
// and hyphens, Arabic-Indic and Devanagari digits, the Arabic percent sign.
const FOLDABLE =
  /[\u0130\uFF01-\uFF5E\u2018\u2019\u02BC\u2032\u2010\u2011\u2012\u2013\u2212\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u066A]/g;

/**
 * Folds a text for matching without changing its length: `İ` → `i`,
 * full-width ASCII → ASCII, `’` → `'`, `‐` → `-`, `٣`/`३` → `3`, `٪` → `%`.
 *
 * @param text The text.
 * @returns The folded text, as long as `text` (in UTF-16 code units).
 */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x0130) return "i";
    if (code >= 0xFF01 && code <= 0xFF5E) {
      return String.fromCharCode(code - 0xFEE0);
    }
    if (code >= 0x0660 && code <= 0x0669) {
      return String.fromCharCode(code - 0x0660 + 48);
    }
    if (code >= 0x06F0 && code <= 0x06F9) {
      return String.fromCharCode(code - 0x06F0 + 48);
    }
    if (code >= 0x0966 && code <= 0x096F) {
      return String.fromCharCode(code - 0x0966 + 48);
    }
    if (code === 0x066A) return "%";
    if (
      code === 0x2018 || code === 0x2019 || code === 0x02BC || code === 0x2032
    ) {
      return "'";
    }
    return "-";
  });
}

// ## Prefilter
//
// Matching every pattern at every word of a text is what makes the rules
// slow, yet a pattern can only match where some words occur: "review",
// "Bewertung" or "レビュー", and "refund" or "Gutschein" near it. The source
// of each pattern is read for sets of literal strings ("factors") one member
// of each of which every match contains. One scan of the text finds the
// factors; the patterns whose factors are all there are then searched
// together, each with an expression of its own (compiled once), finding
// exactly what the category's full expression finds; none is run when there
// are none. Most patterns cannot match across a sentence end, so for them
// the factors must be in one sentence, and only that sentence is searched.
