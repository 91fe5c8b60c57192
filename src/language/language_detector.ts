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
  /**
   * For a detector with a {@linkcode LanguageVerifier}: the log-odds above
   * which a competitor makes a strong mismatch.
   */
  readonly strongLogOdds?: number;
}

/**
 * The answer of a {@linkcode LanguageVerifier}: the language most likely to
 * have written the text instead of the expected one, and how much more
 * likely, as natural log-odds (0: as likely; negative: the expected language
 * is the more likely).
 *
 * @example
 * ```ts
 * import type { LanguageVerification } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const verification: LanguageVerification = { language: "pt", logOdds: 7.5 };
 * assert.ok(verification.logOdds > 0);
 * ```
 */
export interface LanguageVerification {
  /** ISO 639-1 code of the strongest competitor, such as `"pt"`. */
  readonly language: string;
  /** Natural log-odds of the competitor against the expected language. */
  readonly logOdds: number;
  /**
   * For a mismatch: the share of the text's letters in sentences or lines
   * that read as the expected language, counted until it is clear whether
   * it reaches a quarter (then the mismatch is not strong). Without it,
   * `checkLanguage` asks the verifier about each sentence.
   */
  readonly expectedShare?: number;
}

/**
 * Answers "is `text` in `expected`, or rather in one of `candidates`?"; a
 * detector may carry one (`francDetector` does), and `checkLanguage` then
 * decides same-script mismatches by it. `undefined` when it cannot tell
 * (no model for `expected`).
 *
 * @example A verifier that only knows the English article
 * ```ts
 * import type { LanguageVerifier } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const verify: LanguageVerifier = (text, expected) =>
 *   expected === "en"
 *     ? undefined
 *     : { language: "en", logOdds: /\bthe\b/i.test(text) ? 5 : -5 };
 * assert.equal(verify("The parcel left", "de", ["de", "en"])?.logOdds, 5);
 * ```
 */
export type LanguageVerifier = (
  text: string,
  expected: string,
  candidates: readonly string[],
) => LanguageVerification | undefined;

/**
 * Detects the language of `text` among `candidates` (ISO 639-1 codes) and
 * returns guesses ranked best first; an empty array when it cannot tell.
 * Guesses are drawn from `candidates` only. A detector should not clean the
 * text: `checkLanguage` does that first. It may carry a `calibration` that
 * tunes `checkLanguage`'s defaults to its scores, and a `verify` function
 * ({@linkcode LanguageVerifier}) that `checkLanguage` prefers for telling
 * the expected language from its neighbours.
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
  & {
    readonly calibration?: DetectorCalibration;
    readonly verify?: LanguageVerifier;
  };
