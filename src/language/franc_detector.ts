// This module is browser compatible.

/**
 * The default language detector, over franc's trigram models.
 *
 * @module
 */

import type { LanguageDetector } from "./language_detector.ts";
import { createFrancDetector } from "./_franc.ts";
import { FRANC_LITE_LANGUAGES, francAll } from "./_franc_lite.ts";

/**
 * The default {@linkcode LanguageDetector}, small enough for edge bundles.
 * The script decides where it can (Kana → Japanese, Han alone → Chinese,
 * Arabic, Devanagari, Hangul, ...); among candidates that share the text's
 * script, npm `franc`'s trigram method ranks them, restricted to the
 * candidates. It carries franc's models of only the languages
 * `checkLanguage` can ask about with the default candidates (about 24 kB
 * gzipped with its code, instead of 125 kB with all 187 of franc's), and
 * ranks exactly as npm `franc` does for them: the Latin-script
 * `DETECTION_CANDIDATES` (en, de, fr, es, it, nl, sv, da, pl, tr, pt),
 * Arabic, Persian and Urdu, Hindi, Marathi and Nepali, Russian, Ukrainian,
 * Bulgarian and Serbian. With other `candidates` in the text's script (such
 * as Catalan for a Latin text) it answers nothing, so `checkLanguage` says
 * "undetermined": use `eldDetector` from the `detect-eld` entry point for
 * those.
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
 */
export const francDetector: LanguageDetector = createFrancDetector(
  francAll,
  FRANC_LITE_LANGUAGES,
);
