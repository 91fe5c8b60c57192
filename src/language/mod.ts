// This module is browser compatible.

/**
 * Language detection for the `language-match` lint rule: clean a message,
 * decide non-Latin languages by their script, rank Latin-script ones with a
 * pluggable detector (franc by default), and report a mismatch with a
 * strength.
 *
 * @example Checking a message against the buyer's locale
 * ```ts
 * import { checkLanguage } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const check = checkLanguage(
 *   "Hartelijk dank voor uw bestelling 123-1234567-1234567. " +
 *     "Het pakket is vandaag verzonden en komt binnen twee dagen aan.",
 *   "de-DE",
 * );
 * assert.equal(check.verdict, "mismatch");
 * assert.equal(check.detected, "nl");
 * ```
 *
 * @module
 */

export * from "./language_detector.ts";
export * from "./clean_text_for_detection.ts";
export * from "./detect_script.ts";
export * from "./franc_detector.ts";
export * from "./check_language.ts";
