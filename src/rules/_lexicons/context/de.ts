// This module is browser compatible.

/**
 * German context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** German context words. */
export const CONTEXT_DE: ContextWords = {
  segmentation: "words",
  can: ["kann", "könnte", "können"],
  also: ["auch", "ebenfalls"],
  // An extra offered on request or on the visit ("bei Bedarf … für 40 €",
  // "nimmt für 19 € das Altgerät gleich mit").
  canAlso: [
    "auf wunsch",
    "bei bedarf",
    "falls gewünscht",
    "wenn gewünscht",
    "(?:wenn|falls) sie (?:es )?(?:möchten|mögen|wünschen|wollen)",
    "gleich mit",
  ],
  orderCost: [
    "zahl",
    "versand",
    "liefer",
    "rücksend",
    "porto",
    "paket",
    "übernehm",
    "reparatur",
    "kostenvoranschlag",
    "anfahrt",
    "erstatt",
  ],
  extra: ["extra", "mehr"],
  owners: [
    "techniker",
    "monteur",
    "gutachte",
    "sachverständig",
    "prüfer",
    "kontrolleur",
    "expert",
    "prüfstelle",
    "werkstatt",
    "labor",
    "hersteller",
    "spedition",
    "versicherung",
    "kundendienst",
    "elektriker",
    "installateur",
    "ingenieur",
    "schaden",
    "schäden",
    "mangel",
    "reklamation",
    "laut",
    "gemäß",
    "zustand",
    "qualität",
    "ergebnis",
  ],
  assessing: ["nimmt", "führt"],
  shows: ["ergibt", "ergab"],
  pronouns: ["er"],
  records: [
    "nummer",
    "datum",
    "uhrzeit",
    "termin",
    "referenz",
    "schlüssel",
    "passwort",
    "betrag",
  ],
  claims: ["anfrage", "antrag", "reklamation"],
  measures: [
    "maß",
    "maße",
    "abmessung",
    "gewicht",
    "länge",
    "breite",
    "höhe",
    "spannung",
    "temperatur",
  ],
  that: ["dass"],
};
