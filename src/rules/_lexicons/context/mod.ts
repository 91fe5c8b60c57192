// This module is browser compatible.

/**
 * The registry of the concept engine's context words: one file per
 * language (see `types.ts`). Adding a language is adding its file and its
 * line here.
 *
 * The engine joins each field over the languages in this order, and the
 * order matters where one entry is a prefix of another ("adresse" before
 * "adres", "temperatura" before "temperatur"): the first that matches is
 * the one read. A new language goes at the end.
 *
 * @module
 */

import type { ContextWords } from "./types.ts";
import { CONTEXT_AR } from "./ar.ts";
import { CONTEXT_DE } from "./de.ts";
import { CONTEXT_EN } from "./en.ts";
import { CONTEXT_ES } from "./es.ts";
import { CONTEXT_FR } from "./fr.ts";
import { CONTEXT_HI } from "./hi.ts";
import { CONTEXT_IT } from "./it.ts";
import { CONTEXT_JA } from "./ja.ts";
import { CONTEXT_NL } from "./nl.ts";
import { CONTEXT_PL } from "./pl.ts";
import { CONTEXT_PT } from "./pt.ts";
import { CONTEXT_SV } from "./sv.ts";
import { CONTEXT_TR } from "./tr.ts";
import { CONTEXT_ZH } from "./zh.ts";

export type { ContextWords } from "./types.ts";

/** The context words of every language, in the order they are tried. */
export const CONTEXT_WORDS: Readonly<Record<string, ContextWords>> = {
  en: CONTEXT_EN,
  fr: CONTEXT_FR,
  es: CONTEXT_ES,
  pt: CONTEXT_PT,
  it: CONTEXT_IT,
  de: CONTEXT_DE,
  nl: CONTEXT_NL,
  sv: CONTEXT_SV,
  pl: CONTEXT_PL,
  tr: CONTEXT_TR,
  ar: CONTEXT_AR,
  hi: CONTEXT_HI,
  ja: CONTEXT_JA,
  zh: CONTEXT_ZH,
};
