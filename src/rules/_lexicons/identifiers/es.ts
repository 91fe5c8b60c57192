// This module is browser compatible.

/**
 * Spanish words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Spanish labels of identifiers and words of phoning. */
export const IDENTIFIERS_ES: IdentifierWords = {
  labels: [
    "seguimiento",
    "rastreo",
    "envío",
    "envio",
    "guía",
    "guia",
    "cp",
    "código postal",
    "codigo postal",
    "pedido",
    "factura",
    "referencia",
    "caso",
    "serie",
    "modelo",
    "artículo",
    "lote",
    "código",
    "nif",
    "cif",
    "nie",
    "rfc",
  ],
  phone: [
    "teléfono",
    "llame",
    "llámenos",
    "llamar",
    "llámanos",
    "márcanos",
    "márquenos",
    "móvil",
    "celular",
  ],
  contact: [
    "whatsapp",
    "márcanos",
    "márquenos",
    "telegram",
    "llámenos",
    "llámanos",
    "llamarnos",
    "contáctenos",
    "contáctanos",
    "contactarnos",
    "escríbanos",
    "escríbenos",
    "escribirnos",
    "mándenos",
    "mándanos",
    "envíenos",
    "envíanos",
    "nuestro número",
    "nuestro teléfono",
    "nuestro celular",
    "nuestro móvil",
    "nuestra tienda",
    "nuestro taller",
    "nuestra oficina",
    "con nosotros al",
    "con nosotros en el",
    "mi número",
    "mi celular",
    "mi móvil",
  ],
};
