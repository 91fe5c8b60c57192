// This module is browser compatible.

/**
 * Polish words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Polish labels of identifiers and words of phoning. */
export const IDENTIFIERS_PL: IdentifierWords = {
  labels: [
    "przesyłk",
    "przesylk",
    "paczk",
    "list przewozowy",
    "kod pocztowy",
    "zamówieni",
    "zamowieni",
    "referencja",
    "zgłoszeni",
    "numer seryjny",
    "partia",
    "kod",
    "nip",
    "regon",
  ],
  phone: [
    "zadzwoń",
    "zadzwon",
    "komórk",
    "komork",
    "telefonu",
  ],
  contact: [
    "whatsapp",
    "telegram",
    "zadzwoń do nas",
    "zadzwonić do nas",
    "prosimy dzwonić",
    "prosimy zadzwonić",
    "prosimy o telefon",
    "proszę zadzwonić",
    "skontaktuj się z nami",
    "prosimy o kontakt",
    "napisz do nas",
    "napisać do nas",
    "nasz numer",
    "nasz telefon",
    "naszego numeru",
    "nasz sklep",
    "nasza pracownia",
    "mój numer",
  ],
};
