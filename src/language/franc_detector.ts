// This module is browser compatible.

/**
 * The default language detector, over franc.
 *
 * @module
 */

import { francAll } from "franc";
import type { LanguageDetector } from "./language_detector.ts";
import { createFrancDetector, type FrancAll } from "./_franc.ts";

/**
 * The default {@linkcode LanguageDetector}, small enough for edge bundles.
 * The script decides where it can (Kana → Japanese, Han alone → Chinese,
 * Arabic, Devanagari, Hangul, ...); among candidates that share the text's
 * script, npm `franc` (187 languages, about 120 kB gzipped) ranks them by
 * trigrams, restricted to the candidates. `franc-min` would be half the size
 * but lacks Danish and Norwegian, the neighbours of Swedish.
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
  francAll as FrancAll,
);
