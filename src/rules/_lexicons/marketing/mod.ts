// This module is browser compatible.

/**
 * The registry of marketing-family lexicons (`no-marketing`): one import and
 * one entry per language. Adding a language is adding its file and its line
 * here.
 *
 * @module
 */

import { withImpliedConcepts } from "../define_lexicon.ts";
import type { Lexicon, MarketingConcept } from "../types.ts";
import { MARKETING_EN } from "./en.ts";
import { MARKETING_DE } from "./de.ts";
import { MARKETING_FR } from "./fr.ts";
import { MARKETING_ES } from "./es.ts";
import { MARKETING_IT } from "./it.ts";
import { MARKETING_PT } from "./pt.ts";
import { MARKETING_NL } from "./nl.ts";
import { MARKETING_SV } from "./sv.ts";
import { MARKETING_PL } from "./pl.ts";
import { MARKETING_TR } from "./tr.ts";
import { MARKETING_AR } from "./ar.ts";
import { MARKETING_HI } from "./hi.ts";
import { MARKETING_JA } from "./ja.ts";
import { MARKETING_ZH } from "./zh.ts";

/**
 * Concepts whose terms also carry others, in every language: the seller's
 * store or brand on Amazon and its own website are promoted objects too.
 */
const IMPLIED: Readonly<
  Partial<Record<MarketingConcept, readonly MarketingConcept[]>>
> = { storefront: ["promoObject"], ownSite: ["promoObject"] };

/** Every marketing-family lexicon, one per language. */
export const MARKETING_LEXICONS: readonly Lexicon<MarketingConcept>[] = [
  MARKETING_EN,
  MARKETING_DE,
  MARKETING_FR,
  MARKETING_ES,
  MARKETING_IT,
  MARKETING_PT,
  MARKETING_NL,
  MARKETING_SV,
  MARKETING_PL,
  MARKETING_TR,
  MARKETING_AR,
  MARKETING_HI,
  MARKETING_JA,
  MARKETING_ZH,
].map((lexicon) => withImpliedConcepts(lexicon, IMPLIED));
