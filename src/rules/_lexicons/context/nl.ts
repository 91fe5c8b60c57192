// This module is browser compatible.

/**
 * Dutch context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Dutch context words. */
export const CONTEXT_NL: ContextWords = {
  segmentation: "words",
  can: ["kan", "kunnen"],
  also: ["ook"],
  // An extra offered on request or on the visit ("indien gewenst … voor
  // € 40", "neemt voor € 15 de oude machine meteen mee").
  canAlso: [
    "indien gewenst",
    "desgewenst",
    "op verzoek",
    "(?:als|mocht) u (?:dat |het )?(?:wilt|wenst|willen)",
    "meteen mee",
  ],
  orderCost: [
    "betaal",
    "verzend",
    "bezorg",
    "terugbetal",
    "rekening",
    "reparatie",
    "offerte",
    "voorrijkosten",
    "vergoed",
  ],
  extra: ["extra", "meer"],
  owners: [
    "technicus",
    "deskundige",
    "inspecteur",
    "controle",
    "expert",
    "taxateur",
    "werkplaats",
    "fabrikant",
    "vervoerder",
    "verzekeraar",
    "elektricien",
    "loodgieter",
    "schade",
    "klacht",
    "volgens",
    "staat",
    "kwaliteit",
    "resultaat",
  ],
  assessing: ["doet", "voert"],
  shows: ["toont", "wijst uit"],
  pronouns: ["hij"],
  records: [
    "adres",
    "tijd",
    "afspraak",
    "referentie",
    "naam",
    "sleutel",
    "wachtwoord",
    "bedrag",
  ],
  claims: ["verzoek", "aanvraag", "klacht"],
  availability: ["beschikbaarheid"],
  measures: [
    "gegevens",
    "maat",
    "afmeting",
    "gewicht",
    "lengte",
    "breedte",
    "hoogte",
    "spanning",
    "temperatuur",
  ],
  that: ["dat"],
  purpose: ["om", "zodat", "opdat"],
  alternative: ["alleen", "gewoon", "enkel", "slechts"],
  noAnswer: ["nee", "helemaal niet", "zeker niet"],
  need: ["nodig", "moet", "moeten", "verplicht", "vereist", "afhankelijk"],
  but: ["maar"],
  yes: ["ja", "natuurlijk", "zeker"],
  denial: ["nee", "niet", "geen", "nooit"],
  noNeed: ["nodig", "hoef"],
  asking: ["vrag"],
  quantityOf: ["van"],
};
