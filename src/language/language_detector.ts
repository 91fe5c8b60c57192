// This module is browser compatible.

/**
 * The pluggable language-detector contract.
 *
 * @module
 */

/**
 * One ranked answer of a {@linkcode LanguageDetector}.
 *
 * @example
 * ```ts
 * import type { LanguageGuess } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const guess: LanguageGuess = { language: "de", score: 1 };
 * assert.equal(guess.language, "de");
 * ```
 */
export interface LanguageGuess {
  /** ISO 639-1 code, such as `"de"`. */
  readonly language: string;
  /**
   * From 0 to 1, higher is more likely. The best guess scores 1 and the
   * others score relative to it, so `1 - score` is how far a language is
   * behind the best one.
   */
  readonly score: number;
}

/**
 * How `checkLanguage` should read a detector's scores, when its defaults do
 * not fit. Each field is the default of the `checkLanguage` option of the
 * same name, which still wins when given.
 *
 * @example
 * ```ts
 * import type { DetectorCalibration } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const calibration: DetectorCalibration = { strongMargin: 0.05 };
 * assert.equal(calibration.strongMargin, 0.05);
 * ```
 */
export interface DetectorCalibration {
  /** See `CheckLanguageOptions.strongMargin`. */
  readonly strongMargin?: number;
  /** See `CheckLanguageOptions.confirmWithFunctionWords`. */
  readonly confirmWithFunctionWords?: boolean;
}

/**
 * Detects the language of `text` among `candidates` (ISO 639-1 codes) and
 * returns guesses ranked best first; an empty array when it cannot tell.
 * Guesses are drawn from `candidates` only. A detector should not clean the
 * text: `checkLanguage` does that first. It may carry a `calibration` that
 * tunes `checkLanguage`'s defaults to its scores.
 *
 * @example A detector that only knows English
 * ```ts
 * import type { LanguageDetector } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const englishOnly: LanguageDetector = (text, candidates) =>
 *   candidates.includes("en") && /\bthe\b/i.test(text)
 *     ? [{ language: "en", score: 1 }]
 *     : [];
 * assert.deepEqual(englishOnly("The parcel left today", ["en", "de"]), [
 *   { language: "en", score: 1 },
 * ]);
 * ```
 */
export type LanguageDetector =
  & ((
    text: string,
    candidates: readonly string[],
  ) => readonly LanguageGuess[])
  & { readonly calibration?: DetectorCalibration };
