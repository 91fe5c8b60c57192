// This module is browser compatible.

/**
 * Spelling variants that sellers write interchangeably and that text
 * normalization (NFKC, lower case) does not fold, added to a lexicon's term
 * lists where it is defined, so each list is written once:
 *
 * - Arabic: the conjunction "و" joined to the first word ("ونرجو"), alef
 *   with hamza or madda written as bare alef ("أرجو" /
 *   "ارجو"), final ta marbuta written as ha ("تجربة" / "تجربه"), final ya
 *   and alef maqsura confused ("على" / "علي"), and vowel marks left out
 *   ("قيّم" / "قيم").
 * - Devanagari: the nukta written or left out ("ज़रूर" / "जरूर",
 *   "ख़रीद" / "खरीद"), and chandrabindu written as anusvara ("पाँच" /
 *   "पांच").
 *
 * @module
 */

const ARABIC_MARKS = /[\u064B-\u0652\u0670]/g;
const HAMZA_ALEF = /[\u0623\u0625\u0622]/g;
// A letter at the end of a word of a term: before a space, a `*` or the end.
const FINAL_TA_MARBUTA = /\u0629(?=$|[\s*])/g;
const FINAL_YA = /\u064A(?=$|[\s*])/g;
const FINAL_ALEF_MAQSURA = /\u0649(?=$|[\s*])/g;
const ARABIC_START = /^[\u0621-\u064A]/;

function unique(terms: Iterable<string>): string[] {
  return [...new Set(terms)];
}

/**
 * Adds the Arabic spelling variants of each term (see the module doc),
 * keeping the order: each term, then its variants; no duplicates.
 *
 * @param terms Terms as written in the lexicon.
 * @returns The terms with their variants.
 *
 * @example
 * ```ts
 * import { arabicSpellings } from "./_spelling.ts";
 * import assert from "node:assert/strict";
 *
 * assert.ok(arabicSpellings(["أرجو"]).includes("ارجو"));
 * assert.ok(arabicSpellings(["*مراجعة"]).includes("*مراجعه"));
 * ```
 */
export function arabicSpellings(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    const forms = new Set([term]);
    forms.add(term.replace(ARABIC_MARKS, ""));
    for (const form of [...forms]) {
      forms.add(form.replace(HAMZA_ALEF, "\u0627"));
    }
    for (const form of [...forms]) {
      forms.add(form.replace(FINAL_TA_MARBUTA, "\u0647"));
    }
    for (const form of [...forms]) {
      forms.add(form.replace(FINAL_YA, "\u0649"));
      forms.add(form.replace(FINAL_ALEF_MAQSURA, "\u064A"));
    }
    // "و" ("and") is written joined to the next word: "ونرجو", "وتابعونا".
    if (ARABIC_START.test(term)) {
      for (const form of [...forms]) forms.add(`\u0648${form}`);
    }
    out.push(...forms);
  }
  return unique(out);
}

const NUKTA = "\u093C";
const NUKTA_BASE = /[\u0916\u0917\u091C\u092B]/;
// At most this many letters of a term get both forms (2^n variants).
const MAX_NUKTA_LETTERS = 4;

// Every way of writing the nukta-taking letters (ख ग ज फ) of a term that
// has none, with or without it.
function nuktaForms(bare: string): string[] {
  let forms = [""];
  let toggled = 0;
  for (const ch of bare) {
    if (NUKTA_BASE.test(ch) && toggled < MAX_NUKTA_LETTERS) {
      toggled++;
      forms = forms.flatMap((form) => [form + ch, form + ch + NUKTA]);
    } else {
      forms = forms.map((form) => form + ch);
    }
  }
  return forms;
}

/**
 * Adds the Devanagari spelling variants of each term (see the module doc):
 * each of ख ग ज फ with and without a nukta, other nuktas left out, and
 * chandrabindu written as anusvara. Latin terms are returned as they are.
 *
 * @param terms Terms as written in the lexicon.
 * @returns The terms with their variants, without duplicates.
 *
 * @example
 * ```ts
 * import { devanagariSpellings } from "./_spelling.ts";
 * import assert from "node:assert/strict";
 *
 * const terms = devanagariSpellings(["अगली खरीद", "पाँच"]);
 * assert.ok(terms.includes("अगली ख\u093Cरीद"));
 * assert.ok(terms.includes("पांच"));
 * ```
 */
export function devanagariSpellings(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    const forms = new Set([term]);
    if (/[\u0900-\u097F]/.test(term)) {
      for (const form of nuktaForms(term.replaceAll(NUKTA, ""))) {
        forms.add(form);
      }
      for (const form of [...forms]) {
        forms.add(form.replaceAll("\u0901", "\u0902"));
      }
    }
    out.push(...forms);
  }
  return unique(out);
}
