// This module is browser compatible.

/**
 * The registry of review-family lexicons (`no-review-manipulation`): one
 * import and one entry per language. Adding a language is adding its file
 * and its line here.
 *
 * @module
 */

import type { Lexicon, ReviewConcept } from "../types.ts";
import { REVIEW_EN } from "./en.ts";
import { REVIEW_DE } from "./de.ts";
import { REVIEW_FR } from "./fr.ts";
import { REVIEW_ES } from "./es.ts";
import { REVIEW_IT } from "./it.ts";
import { REVIEW_PT } from "./pt.ts";
import { REVIEW_NL } from "./nl.ts";
import { REVIEW_SV } from "./sv.ts";
import { REVIEW_PL } from "./pl.ts";
import { REVIEW_TR } from "./tr.ts";
import { REVIEW_AR } from "./ar.ts";
import { REVIEW_HI } from "./hi.ts";
import { REVIEW_JA } from "./ja.ts";
import { REVIEW_ZH } from "./zh.ts";

/** Every review-family lexicon, one per language. */
export const REVIEW_LEXICONS: readonly Lexicon<ReviewConcept>[] = [
  REVIEW_EN,
  REVIEW_DE,
  REVIEW_FR,
  REVIEW_ES,
  REVIEW_IT,
  REVIEW_PT,
  REVIEW_NL,
  REVIEW_SV,
  REVIEW_PL,
  REVIEW_TR,
  REVIEW_AR,
  REVIEW_HI,
  REVIEW_JA,
  REVIEW_ZH,
];
