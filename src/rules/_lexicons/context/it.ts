// This module is browser compatible.

/**
 * Italian context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Italian context words. */
export const CONTEXT_IT: ContextWords = {
  segmentation: "words",
  can: [
    "può",
    "possono",
    "possiamo",
    "potrebbe",
    "potrebbero",
    "potrà",
    "potranno",
    "potremo",
    "potremmo",
  ],
  also: ["anche"],
  orderCost: [
    "(?<!\\p{L})res[oi](?!\\p{L})",
    "pagat",
    "spedizion",
    "consegna",
    "rimbors",
    "differenz",
    "costava",
  ],
  extra: [
    "in più",
    "extra",
    "aggiuntiv[oiae]",
    "soltanto",
    "soli",
    "solo",
    "invece di",
    "anziché",
  ],
  owners: [
    "tecnico",
    "tecnici",
    "esperto",
    "ingegner",
    "ispettore",
    "officina",
    "produttore",
    "corriere",
    "assicurazion",
    "elettricista",
    "idraulico",
    "installatore",
    "danni",
    "danno",
    "difetto",
    "secondo",
    "stato",
    "qualità",
    "controllo",
    "risultat",
  ],
  assessing: ["farà", "effettuerà"],
  shows: [
    "indica(?:r|rá|ba)?",
    "mostra(?:r)?",
    "rivela",
    "evidenzia",
    "ha evidenziato",
    "ha mostrato",
  ],
  pronouns: ["lui"],
  records: [
    "numero",
    "codice",
    "indirizzo",
    "data",
    "orario",
    "appuntamento",
    "riferimento",
    "nome",
    "chiave",
    "importo",
  ],
  claims: ["richiest", "pratica"],
  availability: ["disponibilit"],
  measures: [
    "dati",
    "misur",
    "dimensioni",
    "peso",
    "lunghezza",
    "larghezza",
    "altezza",
    "tensione",
    "temperatura",
    "lettura",
  ],
  that: ["che"],
};
