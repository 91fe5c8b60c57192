// This module is browser compatible.

/**
 * The pattern notation of the phrase rules: gaps, optional spaces, word characters, Turkish dotless i and Devanagari nukta letters, expanded to regular-expression source.
 *
 * @module
 */

import type { PhraseLanguage } from "./phrase_types.ts";

export const UNSPACED: ReadonlySet<PhraseLanguage> = new Set(["ja", "zh"]);

// Han, kana, Hangul and CJK punctuation, as ranges (faster than
// \p{Script_Extensions=...}).
export const CJK = String
  .raw`\u1100-\u11FF\u2E80-\u2FDF\u3000-\u30FF\u3130-\u318F\u31C0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF5F-\uFFDC\u{16FE0}-\u{16FFF}\u{1AFF0}-\u{1B16F}\u{20000}-\u{3FFFF}`;

// Letters and combining marks of the spaced scripts the rules cover (Latin,
// Greek, Cyrillic, Hebrew, Arabic, Devanagari), without their punctuation
// (Arabic comma and question mark, Devanagari danda). Explicit ranges compile
// an order of magnitude faster than \p{L} under the `iu` flags.
const LETTER_RANGES = String
  .raw`a-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u037D\u037F-\u03FF\u0400-\u052F\u0591-\u05C7\u05D0-\u05EA\u0610-\u061A\u0620-\u065F\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\u08A0-\u08FF\u0900-\u0963\u0971-\u097F\u1E00-\u1FFF\uFB00-\uFB4F\uFB50-\uFDFF\uFE70-\uFEFF`;

/**
 * A letter, combining mark or digit of a spaced script: what must not stand
 * right before or after a phrase of a spaced language. Han, kana and Hangul
 * do not count, so `Instagramで` still ends a word.
 */
export const WORD_CHAR: string = `[0-9${LETTER_RANGES}]`;

// In patterns, \p{L} means a letter of a spaced script, \p{M} is included
// in it, and \p{N} is an ASCII digit (other digits are folded to ASCII).
function replaceProperties(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const property = /^\\p\{([LMN])\}/.exec(source.slice(i, i + 5));
      if (property !== null) {
        const ranges = property[1] === "L"
          ? LETTER_RANGES
          : property[1] === "N"
          ? "0-9"
          : "";
        if (ranges === "" && !inClass) {
          throw new TypeError(
            String
              .raw`Cannot compile phrase "${source}": write \p{M} inside a class, as [\p{L}\p{M}]`,
          );
        }
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    out += ch;
  }
  return out;
}

const SENTENCE_END = String.raw`.!?。！？؟।\n\r`;

// What may stand between two words of a spaced language. A gap starts and
// ends with one, so the words around it stay whole.
const SEPARATOR = String.raw`[\s,;:()"'«»“”„‚‘’\-–—/،]`;

function spacedGap(max: number): string {
  return `${SEPARATOR}(?:[^${SENTENCE_END}]{0,${max - 1}}?${SEPARATOR})??`;
}

function unspacedGap(max: number): string {
  return `[^${SENTENCE_END}]{0,${max}}?`;
}

// Each gap multiplies the work per starting position by its length, so a
// pattern has at most three.
export const MAX_GAPS = 3;

const GAPS = {
  spaced: { few: spacedGap(25), short: spacedGap(45), long: spacedGap(90) },
  unspaced: {
    few: unspacedGap(8),
    short: unspacedGap(15),
    long: unspacedGap(30),
  },
};

// Devanagari letters with nukta come decomposed (NFC) or precomposed: a
// pattern written decomposed matches both.
const NUKTA_PRECOMPOSED: Readonly<Record<string, string>> = {
  "\u0915\u093C": "\u0958",
  "\u0916\u093C": "\u0959",
  "\u0917\u093C": "\u095A",
  "\u091C\u093C": "\u095B",
  "\u0921\u093C": "\u095C",
  "\u0922\u093C": "\u095D",
  "\u092B\u093C": "\u095E",
  "\u092F\u093C": "\u095F",
};

// The notation's tokens: a gap marker with the spaces around it, an
// optional space, a space, a Turkish dotless i, a Devanagari nukta letter.
const TOKEN =
  / ?(……|…|‥) ?| \?| |ı|[\u0915-\u0917\u091C\u0921\u0922\u092B\u092F]\u093C/g;

export function expand(source: string, spaced: boolean): string {
  const gaps = spaced ? GAPS.spaced : GAPS.unspaced;
  return replaceProperties(source).replace(
    TOKEN,
    (token: string, mark: string | undefined) => {
      if (mark !== undefined) {
        return mark === "……" ? gaps.long : mark === "…" ? gaps.short : gaps.few;
      }
      if (token === " ?") return String.raw`\s?`;
      if (token === " ") return spaced ? String.raw`\s+` : String.raw`\s*`;
      if (token === "ı") return "[ıI]";
      return `(?:${token}|${NUKTA_PRECOMPOSED[token]})`;
    },
  );
}

// Length-preserving folds, so that offsets into the folded text are offsets
