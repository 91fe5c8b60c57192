// This module is browser compatible.

/**
 * A high-accuracy language detector over npm `eld` (Efficient Language
 * Detector, the "small" database). It catches far more texts in a
 * neighbouring language (Portuguese for Spanish, Danish for Swedish, Dutch
 * for German) than the default franc detector, at several hundred kilobytes
 * gzipped: use it where bundle size does not matter (servers, CLIs, CI).
 *
 * @example Checking with eld instead of franc
 * ```ts
 * import { eldDetector } from "./detect_eld.ts";
 * import { checkLanguage } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const check = checkLanguage(
 *   "Tack för din beställning! Paketet skickades i dag och kommer fram " +
 *     "inom några dagar.",
 *   "da-DK",
 *   { detector: eldDetector },
 * );
 * assert.equal(check.verdict, "mismatch");
 * assert.equal(check.detected, "sv");
 * ```
 *
 * @module
 */

import { eld } from "eld/small";
import type { LanguageDetector } from "./language_detector.ts";
import { createEldDetector, type EldLike } from "./_eld.ts";

export type {
  DetectorCalibration,
  LanguageDetector,
  LanguageGuess,
  LanguageVerification,
  LanguageVerifier,
} from "./language_detector.ts";

/**
 * A {@linkcode LanguageDetector} over npm `eld` with its "small" database:
 * the script decides where it can (as in `francDetector`), eld ranks the
 * candidates that share the text's script. Scores are relative to the best
 * candidate, which scores 1.
 *
 * @example Ranking a Spanish sentence against Portuguese
 * ```ts
 * import { eldDetector } from "./detect_eld.ts";
 * import assert from "node:assert/strict";
 *
 * const [best] = eldDetector(
 *   "Muchas gracias por su pedido, lo enviamos mañana por la mañana.",
 *   ["es", "pt", "it"],
 * );
 * assert.equal(best.language, "es");
 * ```
 */
export const eldDetector: LanguageDetector = createEldDetector(
  eld as EldLike,
);
