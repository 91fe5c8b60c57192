// This module is browser compatible.

/**
 * Dutch words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Dutch labels of identifiers and words of phoning. */
export const IDENTIFIERS_NL: IdentifierWords = {
  labels: [
    "zending",
    "zendingnummer",
    "pakket",
    "bestelling",
    "factuur",
    "referentie",
    "serienummer",
    "btw",
    "kvk",
  ],
  phone: [
    "telefoon",
    "bel",
    "bellen",
    "mobiel",
  ],
  contact: [
    "whatsapp",
    "app dan",
    "app gerust",
    "app naar",
    "appen naar",
    "appje",
    "telegram",
    "bel ons",
    "bel me",
    "bel mij",
    "belt u ons",
    "app ons",
    "app me",
    "ons bellen",
    "ons appen",
    "ons bereiken",
    "ons nummer",
    "ons telefoonnummer",
    "onze klantenservice",
    "onze winkel",
    "onze werkplaats",
    "stuur ons",
    "mijn nummer",
    "mijn mobiele nummer",
  ],
};
