// This module is browser compatible.

/**
 * Swedish words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Swedish labels of identifiers and words of phoning. */
export const IDENTIFIERS_SV: IdentifierWords = {
  labels: [
    "kolli",
    "kollinummer",
    "försändelse",
    "sändning",
    "spårning",
    "spårningsnummer",
    "postnummer",
    "postnr",
    "beställning",
    "faktura",
    "referens",
    "ärende",
    "parti",
  ],
  phone: [
    "ring oss",
    "ringa",
  ],
  contact: [
    "whatsapp",
    "telegram",
    "ring oss",
    "ring mig",
    "sms:a oss",
    "messa oss",
    "slå en signal",
    "vårt nummer",
    "vårt telefonnummer",
    "vår telefon",
    "vår kundtjänst",
    "butiken på",
    "butiken på telefon",
    "kontakta oss",
    "nå oss",
    "mitt nummer",
  ],
};
