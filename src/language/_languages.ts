// This module is browser compatible.

/**
 * Private tables: which script each language is written in, the default
 * detection candidates, ISO 639-3 codes for franc, and the script-level
 * ranking shared by the detectors.
 *
 * @module
 */

import type { LanguageGuess } from "./language_detector.ts";
import type { Script, ScriptProfile } from "./detect_script.ts";

/**
 * ISO 639-1 → the scripts its text is written in, the main one first.
 * Chinese and Japanese share Han and are told apart by kana (see
 * {@linkcode rankByScript}), so both list Han and Kana.
 */
export const LANGUAGE_SCRIPTS: Readonly<Record<string, readonly Script[]>> = {
  en: ["Latin"],
  de: ["Latin"],
  fr: ["Latin"],
  es: ["Latin"],
  it: ["Latin"],
  nl: ["Latin"],
  sv: ["Latin"],
  da: ["Latin"],
  nb: ["Latin"],
  nn: ["Latin"],
  pl: ["Latin"],
  tr: ["Latin"],
  pt: ["Latin"],
  ca: ["Latin"],
  gl: ["Latin"],
  ro: ["Latin"],
  cs: ["Latin"],
  sk: ["Latin"],
  hu: ["Latin"],
  fi: ["Latin"],
  et: ["Latin"],
  lt: ["Latin"],
  lv: ["Latin"],
  sl: ["Latin"],
  hr: ["Latin"],
  id: ["Latin"],
  ms: ["Latin"],
  vi: ["Latin"],
  af: ["Latin"],
  ja: ["Han", "Kana"],
  zh: ["Han", "Kana"],
  ko: ["Hangul", "Han"],
  ar: ["Arabic"],
  fa: ["Arabic"],
  ur: ["Arabic"],
  hi: ["Devanagari"],
  mr: ["Devanagari"],
  ne: ["Devanagari"],
  he: ["Hebrew"],
  ru: ["Cyrillic"],
  uk: ["Cyrillic"],
  bg: ["Cyrillic"],
  sr: ["Cyrillic"],
  el: ["Greek"],
  th: ["Thai"],
};

/**
 * The languages `checkLanguage` tells apart by default: the buyer languages
 * the library has templates for, plus Danish, the close neighbour of Swedish
 * that a seller might paste by mistake. Norwegian Bokmål is left out: franc
 * mistakes Swedish for it too often, and Amazon has no Norwegian store.
 * `francDetector` carries franc's trigram models for these (and the few
 * languages `checkLanguage` adds to them), so a Latin-script language added
 * to custom `candidates` needs another detector, such as `eldDetector`.
 * (Defined here so that `scripts/build_language_data.ts` can read it without
 * loading the detector.)
 *
 * @example
 * ```ts
 * import { DETECTION_CANDIDATES } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(DETECTION_CANDIDATES.includes("pt"));
 * assert.ok(DETECTION_CANDIDATES.includes("da"));
 * ```
 */
export const DETECTION_CANDIDATES: readonly string[] = Object.freeze([
  "en",
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "sv",
  "pl",
  "tr",
  "ja",
  "pt",
  "ar",
  "hi",
  "zh",
  "da",
]);

/** ISO 639-1 → ISO 639-3 as franc names its languages. */
export const FRANC_CODES: Readonly<Record<string, string>> = {
  en: "eng",
  de: "deu",
  fr: "fra",
  es: "spa",
  it: "ita",
  nl: "nld",
  sv: "swe",
  da: "dan",
  nb: "nob",
  nn: "nno",
  pl: "pol",
  tr: "tur",
  pt: "por",
  ca: "cat",
  gl: "glg",
  ro: "ron",
  cs: "ces",
  sk: "slk",
  hu: "hun",
  fi: "fin",
  et: "est",
  lt: "lit",
  lv: "lvs",
  sl: "slv",
  hr: "hrv",
  id: "ind",
  ms: "zlm",
  vi: "vie",
  af: "afr",
  ar: "arb",
  fa: "pes",
  ur: "urd",
  hi: "hin",
  mr: "mar",
  ne: "npi",
  ru: "rus",
  uk: "ukr",
  bg: "bul",
  sr: "srp",
};

/** Old or macro-language codes → the code used here. */
const ALIASES: Readonly<Record<string, string>> = {
  no: "nb",
  iw: "he",
  in: "id",
  ji: "yi",
  fil: "tl",
  cmn: "zh",
  arb: "ar",
};

/**
 * The primary language subtag of a BCP 47 tag, lower-cased and aliased:
 * `"de-DE"` → `"de"`, `"pt_BR"` → `"pt"`, `"no"` → `"nb"`.
 */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
  return ALIASES[primary] ?? primary;
}

/** Scripts whose letters carry more information each than Latin letters. */
const DENSE: ReadonlySet<Script> = new Set(["Han", "Kana", "Hangul"]);

/**
 * Letters weighted for comparing scripts: one Han, Kana or Hangul character
 * says about as much as two Latin letters.
 */
export function weightedLetters(
  profile: ScriptProfile,
  script: Script,
): number {
  return DENSE.has(script)
    ? profile.counts[script] * 2
    : profile.counts[script];
}

/** The weighted share of the text's letters that are in `scripts`. */
export function scriptShare(
  profile: ScriptProfile,
  scripts: readonly Script[],
): number {
  let own = 0;
  let total = 0;
  for (const script of Object.keys(profile.counts) as Script[]) {
    const weighted = weightedLetters(profile, script);
    total += weighted;
    if (scripts.includes(script)) own += weighted;
  }
  return total === 0 ? 0 : own / total;
}

/**
 * The script a text is mainly written in, with Han and Kana taken together
 * (Japanese mixes them) and weighted as in {@linkcode weightedLetters}.
 */
export function mainScript(profile: ScriptProfile): Script | undefined {
  let best: Script | undefined;
  let bestWeight = 0;
  for (const script of Object.keys(profile.counts) as Script[]) {
    let weight = weightedLetters(profile, script);
    if (script === "Han" || script === "Kana") {
      weight = weightedLetters(profile, "Han") +
        weightedLetters(profile, "Kana");
    }
    if (weight > bestWeight) {
      best = script;
      bestWeight = weight;
    }
  }
  if (best === "Kana" || best === "Han") {
    return profile.counts.Kana > 0 ? "Kana" : "Han";
  }
  return best;
}

/** Japanese rarely goes 40 Han characters without kana; Chinese never uses it. */
const KANA_SHARE_FOR_JAPANESE = 0.05;

/**
 * Ranks the `candidates` written in `script`, when the script alone decides
 * between them; `undefined` when a statistical model must choose.
 */
export function rankByScript(
  profile: ScriptProfile,
  script: Script,
  candidates: readonly string[],
): LanguageGuess[] | undefined {
  if (script === "Han" || script === "Kana") {
    const cjk = profile.counts.Han + profile.counts.Kana;
    const kana = cjk === 0 ? 0 : profile.counts.Kana / cjk;
    const japanese = kana >= KANA_SHARE_FOR_JAPANESE;
    const ranked: LanguageGuess[] = japanese
      ? [{ language: "ja", score: 1 }, { language: "zh", score: 1 - kana }]
      : [{ language: "zh", score: 1 }, { language: "ja", score: kana * 10 }];
    return ranked.filter((guess) => candidates.includes(guess.language));
  }
  const same = candidates.filter((language) =>
    (LANGUAGE_SCRIPTS[language] ?? [])[0] === script
  );
  if (same.length <= 1) {
    return same.map((language) => ({ language, score: 1 }));
  }
  return undefined;
}
