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
  let letters = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    letters++;
    let script: Script = "Other";
    for (const [name, pattern] of PATTERNS) {
      if (pattern.test(char)) {
        script = name;
        break;
      }
    }
    counts[script]++;
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
