// This module is browser compatible.

/**
 * Private: a {@linkcode LanguageDetector} over any eld database size, so the
 * bench can compare them on equal terms.
 *
 * @module
 */

import type { LanguageDetector, LanguageGuess } from "./language_detector.ts";
import { detectScript } from "./detect_script.ts";
import { mainScript, rankByScript } from "./_languages.ts";

/** The part of eld's API used here. */
export interface EldLike {
  detect(text: string): { getScores(): Record<string, number> };
}

/** eld's codes that differ from the ones used here. */
const FROM_ELD: Readonly<Record<string, string>> = { no: "nb" };

/** Builds a detector: script first, as franc's, then eld's scores. */
export function createEldDetector(eld: EldLike): LanguageDetector {
  function detect(
    text: string,
    candidates: readonly string[],
  ): readonly LanguageGuess[] {
    const profile = detectScript(text);
    const script = mainScript(profile);
    if (!script) return [];
    const byScript = rankByScript(profile, script, candidates);
    if (byScript) return byScript;
    const scores = eld.detect(text).getScores();
    const guesses: { language: string; score: number }[] = [];
    for (const [code, score] of Object.entries(scores)) {
      const language = FROM_ELD[code] ?? code;
      if (candidates.includes(language) && score > 0) {
        guesses.push({ language, score });
      }
    }
    guesses.sort((a, b) => b.score - a.score);
    const top = guesses[0]?.score ?? 1;
    return guesses.map((guess) => ({
      language: guess.language,
      score: guess.score / top,
    }));
  }
  // eld's close calls (within 5% of the best) are where it errs on correct
  // text; it needs no function-word confirmation.
  return Object.assign(detect, {
    calibration: { strongMargin: 0.05, confirmWithFunctionWords: false },
  });
}
