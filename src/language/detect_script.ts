// This module is browser compatible.

/**
 * Writing-system (script) statistics of a text, the first step of language
 * detection: many buyer languages are decided by their script alone.
 *
 * @module
 */

/** A writing system that {@linkcode detectScript} counts letters of. */
export type Script =
  | "Latin"
  | "Han"
  | "Kana"
  | "Hangul"
  | "Arabic"
  | "Devanagari"
  | "Hebrew"
  | "Cyrillic"
  | "Greek"
  | "Thai"
  | "Other";

/** Letter counts per script, as returned by {@linkcode detectScript}. */
export interface ScriptProfile {
  /** All letters counted (Unicode general category L). */
  readonly letters: number;
  /** Letters per script; scripts without letters are `0`. */
  readonly counts: Readonly<Record<Script, number>>;
  /** The script with the most letters, or `undefined` when there are none. */
  readonly dominant: Script | undefined;
}

/** Every script {@linkcode detectScript} reports, in a stable order. */
export const SCRIPTS: readonly Script[] = Object.freeze([
  "Latin",
  "Han",
  "Kana",
  "Hangul",
  "Arabic",
  "Devanagari",
  "Hebrew",
  "Cyrillic",
  "Greek",
  "Thai",
  "Other",
]);

const PATTERNS: readonly (readonly [Script, RegExp])[] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Han", /\p{Script=Han}/u],
  ["Kana", /[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Thai", /\p{Script=Thai}/u],
];

const LETTER = /\p{L}/u;

/** The index in SCRIPTS of a letter's script, or -1 for a non-letter. */
function classify(char: string): number {
  if (!LETTER.test(char)) return -1;
  for (const [name, pattern] of PATTERNS) {
    if (pattern.test(char)) return SCRIPTS.indexOf(name);
  }
  return SCRIPTS.indexOf("Other");
}

// Per UTF-16 code unit of the Basic Multilingual Plane, its class + 2 (0:
// not yet known), filled as characters are met: most texts use few.
let classes: Uint8Array | null = null;

/**
 * Counts the letters of `text` per script (Latin, Han, Kana, Hangul, Arabic,
 * Devanagari, Hebrew, Cyrillic, Greek, Thai, other). Digits, punctuation,
 * symbols and combining marks are not letters. Hiragana and Katakana count
 * together as `Kana`, including the prolonged sound mark `ー`.
 *
 * @param text The text, best cleaned with `cleanTextForDetection` first.
 * @returns The letter counts and the dominant script.
 *
 * @example Profiling a Japanese sentence
 * ```ts
 * import { detectScript } from "./mod.ts";
 * import assert from "node:assert/strict";
 *
 * const profile = detectScript("ご注文ありがとうございます");
 * assert.equal(profile.dominant, "Kana");
 * assert.equal(profile.counts.Han, 2);
 * assert.equal(profile.letters, 13);
 * ```
 */
export function detectScript(text: string): ScriptProfile {
  const counts: Record<Script, number> = {
    Latin: 0,
    Han: 0,
    Kana: 0,
    Hangul: 0,
    Arabic: 0,
    Devanagari: 0,
    Hebrew: 0,
    Cyrillic: 0,
    Greek: 0,
    Thai: 0,
    Other: 0,
  };
  const perScript = new Array<number>(SCRIPTS.length).fill(0);
  const table = classes ??= new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let index: number;
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        index = classify(text.slice(i, i + 2));
        i++;
      } else index = -1;
    } else {
      const known = table[code]!;
      if (known !== 0) index = known - 2;
      else {
        index = classify(String.fromCharCode(code));
        table[code] = index + 2;
      }
    }
    if (index >= 0) perScript[index]!++;
  }
  let letters = 0;
  for (const [index, script] of SCRIPTS.entries()) {
    counts[script] = perScript[index]!;
    letters += perScript[index]!;
  }
  let dominant: Script | undefined;
  for (const script of SCRIPTS) {
    if (
      counts[script] > 0 && (!dominant || counts[script] > counts[dominant])
    ) {
      dominant = script;
    }
  }
  return Object.freeze({ letters, counts: Object.freeze(counts), dominant });
}
