// This module is browser compatible.

/**
 * The registry of the words around numbers (`no-phone`): one import and
 * one entry per language. Adding a language is adding its file and its
 * line here.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";
import { IDENTIFIERS_AR } from "./ar.ts";
import { IDENTIFIERS_DE } from "./de.ts";
import { IDENTIFIERS_EN } from "./en.ts";
import { IDENTIFIERS_ES } from "./es.ts";
import { IDENTIFIERS_FR } from "./fr.ts";
import { IDENTIFIERS_HI } from "./hi.ts";
import { IDENTIFIERS_IT } from "./it.ts";
import { IDENTIFIERS_JA } from "./ja.ts";
import { IDENTIFIERS_NL } from "./nl.ts";
import { IDENTIFIERS_PL } from "./pl.ts";
import { IDENTIFIERS_PT } from "./pt.ts";
import { IDENTIFIERS_SV } from "./sv.ts";
import { IDENTIFIERS_TR } from "./tr.ts";
import { IDENTIFIERS_ZH } from "./zh.ts";

/** The words around numbers of every language, in registry order. */
export const IDENTIFIER_WORDS: readonly IdentifierWords[] = [
  IDENTIFIERS_EN,
  IDENTIFIERS_DE,
  IDENTIFIERS_FR,
  IDENTIFIERS_ES,
  IDENTIFIERS_IT,
  IDENTIFIERS_PT,
  IDENTIFIERS_NL,
  IDENTIFIERS_SV,
  IDENTIFIERS_PL,
  IDENTIFIERS_TR,
  IDENTIFIERS_AR,
  IDENTIFIERS_HI,
  IDENTIFIERS_JA,
  IDENTIFIERS_ZH,
];
