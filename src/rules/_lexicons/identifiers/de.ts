// This module is browser compatible.

/**
 * German words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** German labels of identifiers and words of phoning. */
export const IDENTIFIERS_DE: IdentifierWords = {
  labels: [
    "sendung",
    "paket",
    "paketnummer",
    "lieferschein",
    "plz",
    "postleitzahl",
    "bestellung",
    "bestellnummer",
    "auftrag",
    "rechnung",
    "quittung",
    "beleg",
    "referenz",
    "vorgang",
    "fall",
    "kundennummer",
    "kunden-nr",
    "serien",
    "seriennummer",
    "modell",
    "typ",
    "teil",
    "artikel",
    "charge",
    "lizenz",
    "konto",
    "ust",
    "ust-idnr",
  ],
  phone: [
    "telefon",
    "telefonisch",
    "anruf",
    "anrufen",
    "rufen",
    "handy",
    "mobil",
    "festnetz",
  ],
  contact: [
    "whatsapp",
    "telegram",
    "rufen sie uns",
    "ruf uns",
    "rufen sie mich",
    "erreichen sie uns",
    "erreichst du uns",
    "uns anrufen",
    "uns unter",
    "mich unter",
    "mir unter",
    "unsere nummer",
    "unsere telefonnummer",
    "unsere handynummer",
    "unsere hotline",
    "unser büro",
    "unser laden",
    "unser shop",
    "unser team",
    "unsere werkstatt",
    "meine nummer",
    "meine handynummer",
    "schreiben sie uns",
    "schreib uns",
    "melden sie sich gern",
  ],
};
