// This module is browser compatible.

/**
 * Private: the verifier behind `francDetector`. The buyer's language is
 * known, so the question is not "which language is this?" but "is this text
 * in the expected language, or in one of its neighbours?". For the expected
 * language and each other Latin-script candidate it weighs, in one linear
 * log-odds score:
 *
 * - trigram evidence from franc's models, read as a likelihood (a trigram of
 *   rank r counts about -log r, as in Zipf's law) rather than franc's
 *   out-of-place distance, which is noisy on short text;
 * - function words (articles, pronouns, prepositions) that only one of the
 *   two languages has;
 * - letters that only one of the two alphabets has (å/ä/ö against æ/ø, ß,
 *   ñ, ã/õ, ç, ğ/ş/ı, ł/ą/ę, ...);
 * - spellings typical of one language (`ção`, `ij`, word-final `m`, ...).
 *
 * The weights were fit by logistic regression on the tune half of the
 * evaluation set (bench/language/fit_verifier.ts); the threshold 3.5 kept
 * false errors on correct text of that half at or under 0.1% in every length
 * bucket. Linear in the text: one pass over at most 2048 characters, and for
 * a mismatch one more over its sentences.
 *
 * @module
 */

import { modelsOf, trigramCounts } from "./_franc_lite.ts";
import { FRANC_CODES, LANGUAGE_SCRIPTS } from "./_languages.ts";
import { WORDS } from "./_function_words.ts";

/**
 * Letters beyond a–z that each language's alphabet uses. A letter that one
 * language of a pair uses and the other does not is evidence for the first.
 */
const ALPHABETS: Readonly<Record<string, string>> = {
  en: "",
  de: "äöüß",
  fr: "àâæçéèêëîïôœùûüÿ",
  es: "áéíñóúü",
  it: "àèéìíîòóùú",
  nl: "éëïöüè",
  sv: "åäöé",
  da: "æøåé",
  nb: "æøåé",
  pl: "ąćęłńóśźż",
  tr: "çğıöşüâî",
  pt: "áâãàçéêíóôõú",
};

/**
 * Spellings typical of each language and rare in its neighbours: `_` marks
 * the start or end of a word (`m_`: a word ending in m, as Portuguese "em",
 * "um", "com" and never Spanish).
 */
const MARKERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({
    en: "th wh ght ing_ ly_ ee oo ea _the_",
    de: "sch ei ung_ keit heit lich tz ck pf cht _zu ige_",
    fr: "eau oi ou ai ais_ ait_ eux_ ez_ ment_ qu",
    es: "ción ie ll dad_ ble_ d_ n_ ía_ _el_ ue",
    pt: "ção ções ão ões lh nh ei ou m_ ss vel_ dade_",
    it: "zione gli gn cch zz i_ o_ _il_ _di_ ch",
    nl: "ij oe aa ee uu oo lijk heid _v cht",
    sv: "a_ ar_ or_ rna_ tt ck ning sj",
    da: "e_ ne_ rne_ hv lse_ dt_ _ud gt_ øj",
    nb: "e_ ne_ hv lse_ gt_ øy",
    pl: "sz cz rz ów_ ych_ ego_ ie",
    tr: "ler lar yor _bir_ ın_ in_",
  }).map(([language, list]) => [
    language,
    list.split(" ").map((marker) => marker.replaceAll("_", " ")),
  ]),
);

/** Number of features of one (expected, competitor) pair. */
export const FEATURE_COUNT = 9;

/** The per-text tallies the pair features are drawn from. */
export interface VerifierEvidence {
  /** Per candidate: summed trigram log-ranks of trigrams the model has. */
  readonly hits: ReadonlyMap<string, number>;
  /** Per candidate: trigram occurrences the model lacks. */
  readonly misses: ReadonlyMap<string, number>;
  /** Per candidate: trigram occurrences of rank below 50 and 150. */
  readonly bands: ReadonlyMap<string, readonly [number, number]>;
  /** Per candidate: occurrences of its spelling markers. */
  readonly markers: ReadonlyMap<string, number>;
  /** The words of the text, lower-cased, with their counts. */
  readonly words: ReadonlyMap<string, number>;
  /** The letters beyond a–z, with their counts. */
  readonly letters: ReadonlyMap<string, number>;
  /** Trigram occurrences in the text. */
  readonly trigrams: number;
  /** Letters in the text. */
  readonly letterCount: number;
}

const LOG_300 = Math.log(300);

/** The weight of a trigram of each rank: log 300 - log(rank + 1). */
const LOG_WEIGHTS: Float64Array = Float64Array.from(
  { length: 300 },
  (_, rank) => LOG_300 - Math.log(rank + 1),
);

/** The Latin-script models side by side: trigram → rank per language. */
interface LatinTable {
  /** franc code → column. */
  readonly index: ReadonlyMap<string, number>;
  /** trigram → its rank in each column's model, -1 when absent. */
  readonly ranks: ReadonlyMap<string, Int16Array>;
}

let table: LatinTable | undefined;

function latinTable(): LatinTable {
  if (table === undefined) {
    const models = modelsOf("Latin");
    const index = new Map<string, number>();
    const ranks = new Map<string, Int16Array>();
    for (const [code, model] of models) {
      const column = index.size;
      index.set(code, column);
      for (const [trigram, rank] of model) {
        let row = ranks.get(trigram);
        if (row === undefined) {
          row = new Int16Array(models.size).fill(-1);
          ranks.set(trigram, row);
        }
        row[column] = rank;
      }
    }
    table = { index, ranks };
  }
  return table;
}

/**
 * Tallies `text` once against the trigram models of `candidates` (ISO 639-1
 * codes with a Latin-script franc model); linear in the text.
 */
export function gatherEvidence(
  text: string,
  candidates: readonly string[],
): VerifierEvidence {
  const table = latinTable();
  const counts = trigramCounts(text.slice(0, 2048));
  const indexes: number[] = [];
  const languages: string[] = [];
  for (const language of candidates) {
    const index = table.index.get(FRANC_CODES[language] ?? "");
    if (index !== undefined && !languages.includes(language)) {
      indexes.push(index);
      languages.push(language);
    }
  }
  const n = table.index.size;
  const hit: number[] = new Array(n).fill(0);
  const top: number[] = new Array(n).fill(0);
  const middle: number[] = new Array(n).fill(0);
  const found: number[] = new Array(n).fill(0);
  let trigrams = 0;
  for (const [trigram, count] of counts) {
    trigrams += count;
    const ranks = table.ranks.get(trigram);
    if (ranks === undefined) continue;
    for (const index of indexes) {
      const rank = ranks[index];
      if (rank < 0) continue;
      found[index] += count;
      hit[index] += count * LOG_WEIGHTS[rank];
      if (rank < 50) top[index] += count;
      else if (rank < 150) middle[index] += count;
    }
  }
  const hits = new Map<string, number>();
  const misses = new Map<string, number>();
  const bands = new Map<string, [number, number]>();
  languages.forEach((language, i) => {
    const index = indexes[i];
    hits.set(language, hit[index]);
    misses.set(language, trigrams - found[index]);
    bands.set(language, [top[index], middle[index]]);
  });
  const words = new Map<string, number>();
  const letters = new Map<string, number>();
  let letterCount = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = match[0];
    words.set(word, (words.get(word) ?? 0) + 1);
    for (const letter of word) {
      letterCount++;
      if (letter > "z") letters.set(letter, (letters.get(letter) ?? 0) + 1);
    }
  }
  // Words two spaces apart: a marker never spans two words.
  let joined = " ";
  for (const [word, count] of words) {
    joined += ` ${word}  `.repeat(count);
  }
  const markers = new Map<string, number>();
  for (const language of languages) {
    const list = MARKERS[language];
    if (!list) continue;
    let found = 0;
    for (const marker of list) {
      let at = joined.indexOf(marker);
      while (at !== -1) {
        found++;
        at = joined.indexOf(marker, at + marker.length);
      }
    }
    markers.set(language, found);
  }
  return {
    hits,
    misses,
    bands,
    markers,
    words,
    letters,
    trigrams,
    letterCount,
  };
}

/**
 * The features of `competitor` against `expected` (positive: evidence for
 * the competitor), or `undefined` when either has no model.
 */
export function pairFeatures(
  evidence: VerifierEvidence,
  expected: string,
  competitor: string,
): number[] | undefined {
  const hitE = evidence.hits.get(expected);
  const hitC = evidence.hits.get(competitor);
  if (hitE === undefined || hitC === undefined) return undefined;
  const missE = evidence.misses.get(expected)!;
  const missC = evidence.misses.get(competitor)!;
  let wordsC = 0;
  let wordsE = 0;
  const listE = WORDS.get(expected);
  const listC = WORDS.get(competitor);
  if (listE && listC) {
    for (const [word, count] of evidence.words) {
      const inE = listE.has(word);
      const inC = listC.has(word);
      if (inC && !inE) wordsC += count;
      else if (inE && !inC) wordsE += count;
    }
  }
  const alphabetE = ALPHABETS[expected] ?? "";
  const alphabetC = ALPHABETS[competitor] ?? "";
  let lettersC = 0;
  let lettersE = 0;
  for (const [letter, count] of evidence.letters) {
    const inE = alphabetE.includes(letter);
    const inC = alphabetC.includes(letter);
    if (inC && !inE) lettersC += count;
    else if (inE && !inC) lettersE += count;
  }
  const bandE = evidence.bands.get(expected)!;
  const bandC = evidence.bands.get(competitor)!;
  return [
    (hitC - hitE) / 10,
    (bandC[0] - bandE[0]) / 10,
    (bandC[1] - bandE[1]) / 10,
    (missE - missC) / 10,
    wordsC,
    wordsE,
    lettersC,
    lettersE,
    (evidence.markers.get(competitor) ?? 0) -
    (evidence.markers.get(expected) ?? 0),
  ];
}

/**
 * The fitted weights of {@linkcode pairFeatures}, then the intercept.
 * Mutable only so that the bench can fit and tune them.
 */
export const VERIFIER_WEIGHTS: number[] = [
  1.0158,
  -0.3703,
  0.038,
  1.7462,
  2.7006,
  -2.7006,
  2.2657,
  -2.2657,
  0.3394,
  0,
];

/**
 * A sentence or line of a longer text "reads as" the expected language when
 * its log-odds are at most `logOdds`, and it has at least `minLetters`
 * letters. Mutable only so that the bench can tune it.
 */
export const SEGMENT_RULE: { logOdds: number; minLetters: number } = {
  logOdds: -2,
  minLetters: 10,
};

/** The log-odds from which a competitor makes a strong mismatch. */
export const VERIFIER_STRONG_LOG_ODDS = 3.5;

/** The log-odds that `competitor` rather than `expected` wrote the text. */
export function pairScore(features: readonly number[]): number {
  let score = VERIFIER_WEIGHTS[FEATURE_COUNT];
  for (let index = 0; index < FEATURE_COUNT; index++) {
    score += VERIFIER_WEIGHTS[index] * features[index];
  }
  return score;
}

/** The verifier's verdict: the strongest competitor and its log-odds. */
export interface Verification {
  /** The competitor with the highest log-odds. */
  readonly language: string;
  /** Its log-odds against the expected language. */
  readonly logOdds: number;
  /** See `LanguageVerification.expectedShare`. */
  readonly expectedShare?: number;
}

/**
 * The share of a text's letters in sentences that read as the expected
 * language from which a mismatch is not strong (as `checkLanguage`'s).
 */
const SEGMENT_SHARE = 0.25;

/** Sentences and lines, as `checkLanguage` splits them. */
const SEGMENT_SPLIT = /\n+|(?<=[.!?。！？।؟])\s+/;

/**
 * The strongest competitor of `expected` among `candidates` (Latin-script
 * languages with a model), or `undefined` when `expected` has no model.
 */
export function verifyLanguage(
  text: string,
  expected: string,
  candidates: readonly string[],
): Verification | undefined {
  const table = latinTable();
  for (const language of candidates) {
    // A Latin-script candidate without a model cannot be weighed fairly.
    if (
      LANGUAGE_SCRIPTS[language]?.[0] === "Latin" &&
      !table.index.has(FRANC_CODES[language] ?? "")
    ) {
      return undefined;
    }
  }
  const sample = text.slice(0, 2048);
  const whole = gatherEvidence(sample, candidates);
  const best = strongest(whole, expected, candidates);
  if (best === undefined || best.logOdds <= 0) return best;
  // A mismatch: how much of the text reads as the expected language? A
  // sentence that does not even beat the detected language is skipped
  // before it is weighed against every candidate.
  const segments = sample.split(SEGMENT_SPLIT);
  if (segments.length < 2) return { ...best, expectedShare: 0 };
  const pair = [expected, best.language];
  const total = whole.letterCount;
  let reading = 0;
  let remaining = total;
  for (const segment of segments) {
    if (reading >= SEGMENT_SHARE * total) break;
    if (reading + remaining < SEGMENT_SHARE * total) break;
    const evidence = gatherEvidence(segment, pair);
    remaining -= evidence.letterCount;
    if (evidence.letterCount < SEGMENT_RULE.minLetters) continue;
    const against = strongest(evidence, expected, pair);
    if (!against || against.logOdds > SEGMENT_RULE.logOdds) continue;
    const verification = strongest(
      gatherEvidence(segment, candidates),
      expected,
      candidates,
    );
    if (verification && verification.logOdds <= SEGMENT_RULE.logOdds) {
      reading += evidence.letterCount;
    }
  }
  return { ...best, expectedShare: total === 0 ? 0 : reading / total };
}

/** The competitor with the highest log-odds against `expected`. */
function strongest(
  evidence: VerifierEvidence,
  expected: string,
  candidates: readonly string[],
): Verification | undefined {
  if (!evidence.hits.has(expected)) return undefined;
  let best: Verification | undefined;
  for (const competitor of candidates) {
    if (competitor === expected) continue;
    const features = pairFeatures(evidence, expected, competitor);
    if (!features) continue;
    const logOdds = pairScore(features);
    if (!best || logOdds > best.logOdds) {
      best = { language: competitor, logOdds };
    }
  }
  return best;
}
