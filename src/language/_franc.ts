// This module is browser compatible.

/**
 * Private: a {@linkcode LanguageDetector} over any franc build (franc-min,
 * franc, franc-all, or `_franc_lite.ts` with only the models the default
 * detector needs), so the bench can compare them on equal terms.
 *
 * @module
 */

import type { LanguageDetector, LanguageGuess } from "./language_detector.ts";
import { detectScript } from "./detect_script.ts";
import {
  FRANC_CODES,
  LANGUAGE_SCRIPTS,
  mainScript,
  rankByScript,
} from "./_languages.ts";

/** The shape of franc's `francAll`. */
export type FrancAll = (
  value: string,
  options: { only: string[]; minLength: number },
) => [string, number][];

/**
 * Builds a detector: the script decides where it can (Han/Kana, Hangul,
 * Arabic, Devanagari, ... when one candidate uses it), franc ranks the
 * candidates that share the text's script otherwise.
 *
 * `models`, the franc codes `francAll` has trigram models for, is for a
 * franc build that holds only some languages: when a candidate written in
 * the text's script has no model, the detector cannot rank fairly and
 * answers nothing; candidates of other scripts without a model are left out
 * of `only`. Without `models`, every code of the text's script is passed
 * on (franc knows them).
 */
export function createFrancDetector(
  francAll: FrancAll,
  models?: ReadonlySet<string>,
): LanguageDetector {
  const fromFranc = new Map<string, string>(
    Object.entries(FRANC_CODES).map(([iso1, iso3]) => [iso3, iso1]),
  );
  function detect(
    text: string,
    candidates: readonly string[],
  ): readonly LanguageGuess[] {
    const profile = detectScript(text);
    const script = mainScript(profile);
    if (!script) return [];
    const byScript = rankByScript(profile, script, candidates);
    if (byScript) return byScript;
    // Only the candidates written in the text's main script: franc counts
    // scripts its own way and, on a near tie, might rank another script's.
    let only = candidates.filter((language) =>
      FRANC_CODES[language] !== undefined &&
      (LANGUAGE_SCRIPTS[language] ?? [])[0] === script
    ).map((language) => FRANC_CODES[language]);
    if (models !== undefined) {
      const unranked = candidates.some((language) =>
        (LANGUAGE_SCRIPTS[language] ?? [])[0] === script &&
        FRANC_CODES[language] !== undefined &&
        !models.has(FRANC_CODES[language])
      );
      if (unranked) return [];
      only = only.filter((code) => models.has(code));
    }
    const guesses: LanguageGuess[] = [];
    for (const [code, score] of francAll(text, { only, minLength: 1 })) {
      const language = fromFranc.get(code);
      if (language && candidates.includes(language)) {
        guesses.push({ language, score });
      }
    }
    return guesses;
  }
  // franc's top answer on short text is often wrong, and its scores nearly
  // tie: confirm with function words, and accept small margins.
  return Object.assign(detect, {
    calibration: { strongMargin: 0.01, confirmWithFunctionWords: true },
  });
}
