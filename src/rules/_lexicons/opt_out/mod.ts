// This module is browser compatible.

/**
 * The registry of opt-out phrases (`no-opt-out`): one file per language,
 * each a list of patterns in the notation of the phrase rules (see
 * `_phrases.ts`). Adding a language is adding its file and its line here.
 *
 * @module
 */

import type { PhraseList } from "../../_phrases.ts";
import { OPT_OUT_AR } from "./ar.ts";
import { OPT_OUT_DE } from "./de.ts";
import { OPT_OUT_EN } from "./en.ts";
import { OPT_OUT_ES } from "./es.ts";
import { OPT_OUT_FR } from "./fr.ts";
import { OPT_OUT_HI } from "./hi.ts";
import { OPT_OUT_IT } from "./it.ts";
import { OPT_OUT_JA } from "./ja.ts";
import { OPT_OUT_NL } from "./nl.ts";
import { OPT_OUT_PL } from "./pl.ts";
import { OPT_OUT_PT } from "./pt.ts";
import { OPT_OUT_SV } from "./sv.ts";
import { OPT_OUT_TR } from "./tr.ts";
import { OPT_OUT_ZH } from "./zh.ts";

/** The opt-out phrases of every language. */
export const OPT_OUT_PHRASES: PhraseList = {
  en: OPT_OUT_EN,
  de: OPT_OUT_DE,
  fr: OPT_OUT_FR,
  es: OPT_OUT_ES,
  it: OPT_OUT_IT,
  nl: OPT_OUT_NL,
  sv: OPT_OUT_SV,
  pl: OPT_OUT_PL,
  tr: OPT_OUT_TR,
  ja: OPT_OUT_JA,
  pt: OPT_OUT_PT,
  ar: OPT_OUT_AR,
  hi: OPT_OUT_HI,
  zh: OPT_OUT_ZH,
};
