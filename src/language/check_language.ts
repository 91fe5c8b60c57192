// This module is browser compatible.

/**
 * Checks that a message is written in the buyer's language.
 *
 * @module
 */

import type {
  LanguageDetector,
  LanguageGuess,
  LanguageVerification,
} from "./language_detector.ts";
import {
  cleanTextForDetection,
  type TextSpan,
} from "./clean_text_for_detection.ts";
import { detectScript, type Script } from "./detect_script.ts";
import { francDetector } from "./franc_detector.ts";
import {
  DETECTION_CANDIDATES,
  LANGUAGE_SCRIPTS,
  mainScript,
  primaryLanguage,
  scriptShare,
  weightedLetters,
} from "./_languages.ts";
import { distinctiveWords, FUNCTION_WORD_RULE } from "./_function_words.ts";
import { SEGMENT_RULE } from "./_verifier.ts";
import { englishLanguageName } from "./english_names.ts";

export { DETECTION_CANDIDATES };

/** Options of {@linkcode checkLanguage}. */
export interface CheckLanguageOptions {
  /**
   * The detector that ranks candidate languages. `eldDetector` from the
   * `detect-eld` entry point is more accurate and much larger.
   *
   * @default {francDetector}
   */
  readonly detector?: LanguageDetector;
  /**
   * ISO 639-1 codes of the languages the text may be in. A buyer language
   * outside this list (and not decided by its script) is never reported.
   * The default `francDetector` has trigram models for the default
   * candidates only: with another language of the text's script among them
   * (Catalan, Romanian, ...) it cannot tell, and the verdict is
   * "undetermined"; pass `eldDetector` for those.
   *
   * @default {DETECTION_CANDIDATES}
   */
  readonly candidates?: readonly string[];
  /**
   * Ranges of `text` to leave out, such as template data (product titles,
   * names) that is not in the buyer's language.
   *
   * @default {[]}
   */
  readonly excludeSpans?: readonly TextSpan[];
  /**
   * Below this many letters, after cleaning, the verdict is "undetermined".
   *
   * @default {20}
   */
  readonly minLetters?: number;
  /**
   * Below this many letters a mismatch is only ever "weak" (a warning). Tuned
   * on the evaluation set: at 30, eld raises errors on about 0.5% of correct
   * texts of 20–60 characters; at 40, on none.
   *
   * @default {40}
   */
  readonly strongMinLetters?: number;
  /**
   * Whether a strong mismatch also needs the text's function words (articles,
   * pronouns, prepositions, ...) to side with the detected language: more
   * words that only the detected language has than words that only the
   * expected one has. franc's top answer on short text is often wrong, so
   * this check keeps it from raising errors on correct text; eld needs none.
   * Applies to Latin-script languages with a word list.
   *
   * @default {the detector's `calibration`, else false (true for francDetector)}
   */
  readonly confirmWithFunctionWords?: boolean;
  /**
   * How far (in score, from 0 to 1) the expected language must trail the
   * detected one for a mismatch to be "strong". Near ties are never errors.
   *
   * @default {the detector's `calibration`, else 0.01 (0.05 for eldDetector)}
   */
  readonly strongMargin?: number;
  /**
   * For a detector with a verifier (`francDetector`): the log-odds of
   * another language against the expected one from which a mismatch is
   * "strong". `strongMargin` and `confirmWithFunctionWords` do not apply
   * then.
   *
   * @default {the detector's `calibration`, else 4}
   */
  readonly strongLogOdds?: number;
}

/** The result of {@linkcode checkLanguage}. */
export interface LanguageCheck {
  /**
   * `"match"`: written in the expected language; `"mismatch"`: written in
   * another one; `"undetermined"`: too short, or a language that cannot be
   * told apart.
   */
  readonly verdict: "match" | "mismatch" | "undetermined";
  /** The expected language as an ISO 639-1 code, such as `"de"`. */
  readonly expected: string;
  /** The language found, when one was. */
  readonly detected?: string;
  /**
   * `"strong"` when the evidence is clear (for a mismatch: an error),
   * `"weak"` otherwise (for a mismatch: a warning at most).
   */
  readonly strength: "strong" | "weak";
  /** Letters counted after cleaning. */
  readonly letters: number;
  /** A short sentence for the diagnostic. */
  readonly reason: string;
}

const SCRIPT_NAMES: Readonly<Record<Script, string>> = {
  Latin: "Latin",
  Han: "Chinese characters",
  Kana: "Japanese kana",
  Hangul: "Hangul",
  Arabic: "Arabic",
  Devanagari: "Devanagari",
  Hebrew: "Hebrew",
  Cyrillic: "Cyrillic",
  Greek: "Greek",
  Thai: "Thai",
  Other: "another script",
};

function nameOf(language: string): string {
  return englishLanguageName(language) ?? `"${language}"`;
}

/** Scripts whose one candidate language the script alone names. */
const SCRIPT_LANGUAGE: Readonly<Partial<Record<Script, string>>> = {
  Kana: "ja",
  Han: "zh",
  Hangul: "ko",
  Arabic: "ar",
  Devanagari: "hi",
  Hebrew: "he",
  Greek: "el",
  Thai: "th",
};

/** Two languages whose written forms are too close to call an error. */
const TWINS: readonly (readonly [string, string])[] = [["da", "nb"], [
  "nb",
  "nn",
]];

function twins(a: string, b: string): boolean {
  return TWINS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** The share of letters below which a text is not in the expected script. */
const SCRIPT_MISMATCH_SHARE = 0.5;
/** The share of letters below which a script mismatch is strong. */
const SCRIPT_STRONG_SHARE = 0.2;

/** Segments shorter than this are not checked on their own. */
const SEGMENT_MIN_LETTERS = 10;
/** The share of letters in segments of the expected language that vetoes. */
const SEGMENT_SHARE = 0.25;

const SEGMENT_SPLIT = /\n+|(?<=[.!?。！？।؟])\s+/;

/**
 * Checks that `text` is written in the language of the buyer's locale
 * `expected`. The text is cleaned first (URLs, emails, HTML, numbers, order
 * ids and `excludeSpans` go); a text with fewer than `minLetters` letters is
 * "undetermined". Non-Latin buyer languages are decided by their script
 * (Kana/Han, Hangul, Arabic, Devanagari, ...), Latin-script ones by the
 * detector's top answer among `candidates`. A mismatch is "strong" only when
 * the text has at least `strongMinLetters` letters, the expected language
 * trails by at least `strongMargin`, the function words side with the
 * detected language (`confirmWithFunctionWords`), and the sentences that read
 * as the expected language hold less than a quarter of the letters (so an
 * English product title in a German message is at most a warning). A text
 * mostly in another script is a mismatch by script; it is strong when at most
 * a fifth of its letters are in the expected script.
 *
 * @param text The message text.
 * @param expected The buyer's BCP 47 locale or language, such as `"de-DE"`.
 * @param options Detector, candidates, data spans and thresholds.
 * @returns The verdict, its strength and a reason.
 *
 * @example A Portuguese text for a Spanish buyer
 * ```ts
 * import { checkLanguage } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const check = checkLanguage(
 *   "Olá! O seu pedido foi enviado hoje e deve chegar em poucos dias. " +
 *     "Obrigado pela sua compra e não hesite em nos contactar.",
 *   "es-ES",
 * );
 * assert.equal(check.verdict, "mismatch");
 * assert.equal(check.detected, "pt");
 * assert.equal(check.strength, "strong");
 * ```
 *
 * @example Too short to tell
 * ```ts
 * import { checkLanguage } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(checkLanguage("Danke!", "fr-FR").verdict, "undetermined");
 * ```
 */
export function checkLanguage(
  text: string,
  expected: string,
  options: CheckLanguageOptions = {},
): LanguageCheck {
  const detector = options.detector ?? francDetector;
  const candidates = options.candidates ?? DETECTION_CANDIDATES;
  const minLetters = options.minLetters ?? 20;
  const strongMinLetters = options.strongMinLetters ?? 40;
  const calibration = detector.calibration ?? {};
  const strongMargin = options.strongMargin ?? calibration.strongMargin ??
    0.01;
  const strongLogOdds = options.strongLogOdds ?? calibration.strongLogOdds ??
    4;
  const confirm = options.confirmWithFunctionWords ??
    calibration.confirmWithFunctionWords ?? false;
  const language = primaryLanguage(expected);

  const cleaned = cleanTextForDetection(text, {
    excludeSpans: options.excludeSpans,
  });
  const profile = detectScript(cleaned);
  const letters = profile.letters;
  function result(
    verdict: LanguageCheck["verdict"],
    strength: LanguageCheck["strength"],
    reason: string,
    detected?: string,
  ): LanguageCheck {
    return detected === undefined
      ? { verdict, expected: language, strength, letters, reason }
      : { verdict, expected: language, detected, strength, letters, reason };
  }

  if (letters < minLetters) {
    return result(
      "undetermined",
      "weak",
      `The text has ${letters} letters, too few to tell its language`,
    );
  }
  const scripts = LANGUAGE_SCRIPTS[language];
  if (!scripts) {
    return result(
      "undetermined",
      "weak",
      `The language ${nameOf(language)} cannot be detected`,
    );
  }

  // 1. The script: a text mostly in another script is in another language.
  const share = scriptShare(profile, scripts);
  const script = mainScript(profile);
  if (script && share < SCRIPT_MISMATCH_SHARE && !scripts.includes(script)) {
    let detected = SCRIPT_LANGUAGE[script];
    if (script === "Latin" || !detected) {
      const sameScript = candidates.filter((candidate) =>
        (LANGUAGE_SCRIPTS[candidate] ?? [])[0] === script
      );
      detected = sameScript.length > 0
        ? detector(cleaned, sameScript)[0]?.language
        : undefined;
    }
    const foreign = weightedLetters(profile, script) +
      (script === "Kana" ? weightedLetters(profile, "Han") : 0);
    const strong = share <= SCRIPT_STRONG_SHARE && foreign >= strongMinLetters;
    return result(
      "mismatch",
      strong ? "strong" : "weak",
      `The text is written in ${SCRIPT_NAMES[script]}, not in the script of ${
        nameOf(language)
      }`,
      detected,
    );
  }

  // 2. Languages of the same script: the detector decides. A language with
  // a script of its own (Hangul for Korean, Cyrillic for Russian) can be
  // matched by script even when it is not a candidate.
  const pool = candidates.includes(language) || scripts[0] === "Latin"
    ? candidates
    : [...candidates, language];
  if (!pool.includes(language)) {
    return result(
      "undetermined",
      "weak",
      `The language ${nameOf(language)} is not among the detection candidates`,
    );
  }
  const sameScript = pool.filter((candidate) => {
    const own = LANGUAGE_SCRIPTS[candidate] ?? [];
    return own.some((s) => scripts.includes(s)) ||
      (script !== undefined && own.includes(script));
  });
  // A verifier answers for the expected language directly.
  const verification = detector.verify?.(cleaned, language, sameScript);
  if (verification !== undefined) return verified(verification);
  const guesses = detector(cleaned, sameScript);
  const top = guesses[0];
  if (!top) {
    return result(
      "undetermined",
      "weak",
      "The detector cannot tell the language of the text",
    );
  }
  if (top.language === language) {
    return result(
      "match",
      letters >= strongMinLetters ? "strong" : "weak",
      `The text is in ${nameOf(language)}`,
      language,
    );
  }
  const margin = top.score - scoreOf(guesses, language);
  let strong = letters >= strongMinLetters && margin >= strongMargin &&
    !twins(language, top.language);
  if (strong) {
    // Function words must agree: more words of the detected language alone
    // than of the expected language alone.
    const words = confirm
      ? distinctiveWords(cleaned, top.language, language)
      : undefined;
    if (words) {
      strong = words[0] >= FUNCTION_WORD_RULE.min &&
        words[0] >= FUNCTION_WORD_RULE.ratio * words[1];
    }
  }
  if (strong) {
    strong = !partReads(
      cleaned,
      language,
      top.language,
      sameScript,
      detector,
      letters,
    );
  }
  return result(
    "mismatch",
    strong ? "strong" : "weak",
    `The text reads as ${nameOf(top.language)}, not ${nameOf(language)}`,
    top.language,
  );

  function verified(verification: LanguageVerification): LanguageCheck {
    if (verification.logOdds <= 0) {
      return result(
        "match",
        letters >= strongMinLetters ? "strong" : "weak",
        `The text is in ${nameOf(language)}`,
        language,
      );
    }
    const detected = verification.language;
    const strong = letters >= strongMinLetters &&
      verification.logOdds >= strongLogOdds && !twins(language, detected) &&
      !(verification.expectedShare !== undefined
        ? verification.expectedShare >= SEGMENT_SHARE
        : partVerifies(cleaned, language, sameScript, detector, letters));
    return result(
      "mismatch",
      strong ? "strong" : "weak",
      `The text reads as ${nameOf(detected)}, not ${nameOf(language)}`,
      detected,
    );
  }
}

/**
 * {@linkcode partReads} for a detector with a verifier: the sentences or
 * lines where the expected language is the most likely hold a good part of
 * the letters.
 */
function partVerifies(
  text: string,
  language: string,
  candidates: readonly string[],
  detector: LanguageDetector,
  letters: number,
): boolean {
  return readsInPart(text, letters, SEGMENT_RULE.minLetters, (segment) => {
    const verification = detector.verify?.(segment, language, candidates);
    return verification !== undefined &&
      verification.logOdds <= SEGMENT_RULE.logOdds;
  });
}

function scoreOf(guesses: readonly LanguageGuess[], language: string): number {
  return guesses.find((guess) => guess.language === language)?.score ?? 0;
}

/**
 * Whether the sentences or lines of a longer text that read as `language`
 * hold a good part of its letters (a message in the buyer's language with a
 * foreign product title or quote). A sentence only counts when its function
 * words do not side with the `detected` language.
 */
function partReads(
  text: string,
  language: string,
  detected: string,
  candidates: readonly string[],
  detector: LanguageDetector,
  letters: number,
): boolean {
  return readsInPart(text, letters, SEGMENT_MIN_LETTERS, (segment) => {
    if (detector(segment, candidates)[0]?.language !== language) return false;
    const words = distinctiveWords(segment, language, detected);
    return !words || words[0] >= words[1];
  });
}

/**
 * Whether the sentences or lines of a text (two at least) that `reads`
 * accepts hold a good part of its letters; segments with fewer than
 * `minLetters` letters do not count.
 */
function readsInPart(
  text: string,
  letters: number,
  minLetters: number,
  reads: (segment: string) => boolean,
): boolean {
  const segments = text.split(SEGMENT_SPLIT);
  if (segments.length < 2) return false;
  let reading = 0;
  for (const segment of segments) {
    const count = detectScript(segment).letters;
    if (count >= minLetters && reads(segment)) reading += count;
  }
  return reading >= SEGMENT_SHARE * letters;
}
