// This module is browser compatible.

/**
 * Italian words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Italian labels of identifiers and words of phoning. */
export const IDENTIFIERS_IT: IdentifierWords = {
  labels: [
    "spedizione",
    "tracciamento",
    "pacco",
    "cap",
    "codice postale",
    "ordine",
    "fattura",
    "riferimento",
    "pratica",
    "seriale",
    "modello",
    "articolo",
    "lotto",
    "codice",
    "licen",
    "p.iva",
    "partita iva",
  ],
  phone: [
    "telefono",
    "chiami",
    "chiamateci",
    "chiamare",
    "cellulare",
  ],
  contact: [
    "whatsapp",
    "telegram",
    "chiamaci",
    "chiamateci",
    "contattateci",
    "scriveteci",
    "ci chiami",
    "chiamarci",
    "contattarci",
    "contattaci",
    "ci contatti",
    "scriverci",
    "ci scriva",
    "scrivici",
    "mandarci",
    "ci mandi",
    "inviarci",
    "ci invii",
    "il nostro numero",
    "nostro numero",
    "nostro telefono",
    "nostro cellulare",
    "nostro negozio",
    "nostro laboratorio",
    "nostro ufficio",
    "il mio numero",
    "mio cellulare",
  ],
};
