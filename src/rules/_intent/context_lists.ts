// This module is browser compatible.

/**
 * The context words of every language, joined field by field for the
 * engine's regular expressions (see `_lexicons/context/`): each word once,
 * in the order of the registry, which decides which of two words that
 * start alike is read first.
 *
 * @module
 */

import { CONTEXT_WORDS, type ContextWords } from "../_lexicons/context/mod.ts";
import type { Segmentation } from "../_lexicons/types.ts";

const DOTLESS_I = /[ıİ]/gu;

// A context word as the text it is matched on spells it: Turkish "ı" and
// "İ" fold to "i".
function folded(word: string): string {
  return word.replace(DOTLESS_I, "i");
}

/** A field of {@linkcode ContextWords} that holds a word list. */
export type ContextField = Exclude<keyof ContextWords, "segmentation">;

/**
 * The words of some fields in every language (or in the languages of one
 * segmentation), field after field, each word once.
 *
 * @param fields The fields, in order.
 * @param segmentation Only the languages written this way.
 * @returns The words, first occurrence first.
 *
 * @example
 * ```ts
 * import { contextWords } from "./context_lists.ts";
 * import assert from "node:assert/strict";
 *
 * const can = contextWords(["can"]);
 * assert.deepEqual(can.slice(0, 2), ["can", "could"]);
 * assert.equal(can.filter((word) => word === "kan").length, 1);
 * assert.ok(contextWords(["owners"], "chars").includes("鑑定"));
 * assert.ok(!contextWords(["owners"], "words").includes("鑑定"));
 * ```
 */
export function contextWords(
  fields: readonly ContextField[],
  segmentation?: Segmentation,
): string[] {
  const words = new Set<string>();
  for (const field of fields) {
    for (const language of Object.values(CONTEXT_WORDS)) {
      if (
        segmentation !== undefined && language.segmentation !== segmentation
      ) {
        continue;
      }
      for (const word of language[field] ?? []) words.add(folded(word));
    }
  }
  return [...words];
}

/**
 * The words of `fields` of one language's context words, folded as
 * {@linkcode contextWords} folds them, with the language's segmentation;
 * `undefined` for a language without context words.
 *
 * @param language A language code ("pt").
 * @param fields The fields.
 * @returns The words and the segmentation, or `undefined`.
 *
 * @example
 * ```ts
 * import { languageWords } from "./context_lists.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(languageWords("tr", ["denial"])!.words.includes("hayir"));
 * assert.equal(languageWords("ja", ["denial"])!.segmentation, "chars");
 * assert.equal(languageWords("xx", ["denial"]), undefined);
 * ```
 */
export function languageWords(
  language: string,
  fields: readonly ContextField[],
): { words: string[]; segmentation: Segmentation } | undefined {
  if (!Object.hasOwn(CONTEXT_WORDS, language)) return undefined;
  const lexicon = CONTEXT_WORDS[language]!;
  const words = new Set<string>();
  for (const field of fields) {
    for (const word of lexicon[field] ?? []) words.add(folded(word));
  }
  return { words: [...words], segmentation: lexicon.segmentation };
}

/**
 * Plain text as a regular expression that matches it literally.
 *
 * @param text The text.
 * @returns The text with the regular expression's special characters
 *   escaped.
 *
 * @example
 * ```ts
 * import { escapeRegExp } from "./context_lists.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(escapeRegExp("a.b (c)"), "a\\.b \\(c\\)");
 * ```
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Words as regular-expression fragments, an elided word's final apostrophe
 * matching either apostrophe ("l'" as `l['’]`).
 *
 * @param words The words; an elided one ends in "'".
 * @returns The fragments, in the same order.
 *
 * @example
 * ```ts
 * import { withApostrophes } from "./context_lists.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(withApostrophes(["de", "d'"]), ["de", "d['’]"]);
 * ```
 */
export function withApostrophes(words: readonly string[]): string[] {
  return words.map((word) =>
    word.endsWith("'") ? `${word.slice(0, -1)}['’]` : word
  );
}

/**
 * Words longest first, for an alternation that nothing follows: a word is
 * then read whole, not as a shorter word it starts with ("formulaire"
 * before "form"). Words of one length keep their order.
 *
 * @param words The words.
 * @returns The words, longest first.
 *
 * @example
 * ```ts
 * import { longestFirst } from "./context_lists.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(longestFirst(["form", "label", "formulaire"]), [
 *   "formulaire",
 *   "label",
 *   "form",
 * ]);
 * ```
 */
export function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
