// This module is browser compatible.

/**
 * The default language detector, over franc's trigram models.
 *
 * @module
 */

import type { LanguageDetector } from "./language_detector.ts";
import { createFrancDetector } from "./_franc.ts";
import { FRANC_LITE_LANGUAGES, francAll } from "./_franc_lite.ts";
import { VERIFIER_STRONG_LOG_ODDS, verifyLanguage } from "./_verifier.ts";

/**
 * The default {@linkcode LanguageDetector}, small enough for edge bundles.
 * The script decides where it can (Kana → Japanese, Han alone → Chinese,
 * Arabic, Devanagari, Hangul, ...); among candidates that share the text's
 * script, npm `franc`'s trigram method ranks them, restricted to the
 * candidates. It carries franc's models of only the languages
 * `checkLanguage` can ask about with the default candidates (about 22 kB
 * gzipped with its code, instead of 125 kB with all 187 of franc's), and
 * ranks exactly as npm `franc` does for them: the Latin-script
 * `DETECTION_CANDIDATES` (en, de, fr, es, it, nl, sv, da, pl, tr, pt),
 * Arabic, Persian and Urdu, Hindi, Marathi and Nepali. With other
 * `candidates` in the text's script (such as Catalan for a Latin text, or
 * two Cyrillic languages) it answers nothing, so `checkLanguage` says
 * "undetermined": use `eldDetector` from the `detect-eld` entry point for
 * those.
 *
 * It also carries a verifier (`verify`, a `LanguageVerifier`),
 * which `checkLanguage` uses for Latin-script text: knowing the buyer's
 * language, it weighs trigram likelihoods from the same models, function
 * words and letters that only one of two alphabets has (å/ä/ö against æ/ø,
 * ñ against ã/õ, ...) into the log-odds of each other candidate against the
 * expected language, with weights fit on labeled text. It tells close
 * neighbours (es/pt, nl/de, sv/da) apart far better than franc's ranking.
 *
 * @example Ranking a German sentence
 * ```ts
 * import { francDetector } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const [best] = francDetector(
 *   "Vielen Dank für Ihre Bestellung, das Paket ist unterwegs.",
 *   ["en", "de", "nl"],
 * );
 * assert.equal(best.language, "de");
 * assert.equal(best.score, 1);
 * ```
 *
 * @example Verifying a Danish text for a Swedish buyer
 * ```ts
 * import { francDetector } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const verification = francDetector.verify?.(
 *   "Tak for din bestilling. Pakken er sendt i dag, og du kan følge den her.",
 *   "sv",
 *   ["sv", "da", "en"],
 * );
 * assert.equal(verification?.language, "da");
 * assert.ok(verification !== undefined && verification.logOdds > 0);
 * ```
 */
export const francDetector: LanguageDetector = Object.assign(
  createFrancDetector(francAll, FRANC_LITE_LANGUAGES),
  {
    calibration: {
      strongMargin: 0.01,
      confirmWithFunctionWords: true,
      strongLogOdds: VERIFIER_STRONG_LOG_ODDS,
    },
    verify: verifyLanguage,
  },
);
