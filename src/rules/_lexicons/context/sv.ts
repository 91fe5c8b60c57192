// This module is browser compatible.

/**
 * Swedish context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Swedish context words. */
export const CONTEXT_SV: ContextWords = {
  segmentation: "words",
  can: ["kan", "kunde"],
  also: ["också", "även"],
  // An extra offered on request ("vid behov … för 400 kr", "om du vill
  // … för 290 kr").
  canAlso: [
    "vid behov",
    "om så önskas",
    "på begäran",
    "om du (?:så )?(?:vill|önskar)",
  ],
  orderCost: [
    "betal",
    "frakt",
    "leverans",
    "retur",
    "återbetal",
    "står vi för",
    "reparation",
    "offert",
    "framkörning",
    "ersätt",
  ],
  extra: ["extra", "mer"],
  owners: [
    "tekniker",
    "besiktning",
    "ingenjör",
    "inspektör",
    "kontroll",
    "expert",
    "värderings",
    "verkstad",
    "tillverkare",
    "transportbolag",
    "försäkringsbolag",
    "montör",
    "rörmokare",
    "installatör",
    "skada",
    "skadan",
    "enligt",
    "skick",
    "kvalitet",
    "resultat",
  ],
  assessing: ["gör", "utför"],
  shows: ["visar", "visade"],
  pronouns: ["han", "hon"],
  records: [
    "kod",
    "adress",
    "tid",
    "referens",
    "namn",
    "nyckel",
    "lösenord",
    "belopp",
  ],
  claims: ["begäran", "ärende"],
  availability: ["tillgänglighet"],
  measures: ["uppgifter", "mått", "vikt", "längd", "bredd", "höjd", "spänning"],
  that: ["att"],
  purpose: ["för att", "så att"],
  alternative: ["bara", "endast", "enbart"],
  noAnswer: ["nej", "inte alls", "absolut inte"],
  need: [
    "behöver",
    "behövs",
    "måste",
    "krävs",
    "nödvändig",
    "obligatorisk",
    "beror",
  ],
  but: ["men"],
  yes: ["ja", "absolut", "självklart"],
  denial: ["nej", "inte", "ingen", "aldrig"],
  noNeed: ["behöv", "behov"],
  asking: ["ber\\b"],
  quantityOf: ["på", "av"],
  whether: ["huruvida"],
};
