/**
 * The labeled evaluation set for language detection: its languages, length
 * buckets, file locations and a loader. `build_eval_set.ts` writes it and
 * `evaluate.ts` (and a smoke test) read it.
 *
 * @module
 */

import { DETECTION_CANDIDATES } from "../../src/language/mod.ts";
import { LANGUAGE_SCRIPTS } from "../../src/language/_languages.ts";

/** The buyer languages the library supports plus the neighbour Danish. */
export const EVAL_LANGUAGES: readonly string[] = DETECTION_CANDIDATES;

/**
 * The evaluated languages written in Latin script, in the candidates' order:
 * those a detector must tell apart by their words rather than their letters.
 */
export const LATIN: readonly string[] = EVAL_LANGUAGES.filter((language) =>
  LANGUAGE_SCRIPTS[language]?.[0] === "Latin"
);

/** The closest neighbour of the languages that have one among the candidates. */
export const NEIGHBOUR: Readonly<Record<string, string>> = {
  es: "pt",
  pt: "es",
  nl: "de",
  de: "nl",
  sv: "da",
  da: "sv",
};

/** Length buckets, in UTF-16 code units of the original text. */
export const BUCKETS = ["20-60", "60-150", "150-400", "400-2000"] as const;

/** One length bucket. */
export type Bucket = typeof BUCKETS[number];

/** One labeled text. */
export interface EvalText {
  /** ISO 639-1 code of the language the text was published in. */
  readonly lang: string;
  /** The length bucket. */
  readonly bucket: Bucket;
  /** Where it comes from: ddtp, man, help, firefox, thunderbird, ... */
  readonly source: string;
  /** Held-out split, by source document: tune thresholds on "tune" only. */
  readonly split: "tune" | "test";
  /** The text. */
  readonly text: string;
}

/** The main set (Debian material). */
export const SET_PATH: URL = new URL("./data/eval_set.jsonl", import.meta.url);
/** The UDHR set, reported apart (franc was trained on the UDHR). */
export const UDHR_PATH: URL = new URL("./data/udhr.jsonl", import.meta.url);
/** English product-like titles for the noisy variant. */
export const TITLES_PATH: URL = new URL(
  "./data/english_titles.txt",
  import.meta.url,
);

/** Reads a JSONL set. */
export function loadSet(path: URL = SET_PATH): EvalText[] {
  return Deno.readTextFileSync(path).split("\n").filter((line) =>
    line.length > 0
  ).map((line) => JSON.parse(line) as EvalText);
}

/** Reads the English titles. */
export function loadTitles(): string[] {
  return Deno.readTextFileSync(TITLES_PATH).split("\n").filter((line) =>
    line.length > 0
  );
}
