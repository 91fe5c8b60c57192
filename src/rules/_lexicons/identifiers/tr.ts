// This module is browser compatible.

/**
 * Turkish words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Turkish labels of identifiers and words of phoning. */
export const IDENTIFIERS_TR: IdentifierWords = {
  labels: [
    "takip",
    "gönderi",
    "gonderi",
    "kargo",
    "posta kodu",
    "sipariş",
    "siparis",
    "fatura",
    "referans",
    "talep",
    "seri",
    "kodu",
    "vergi",
    "vkn",
  ],
  phone: [
    "ara",
    "arayın",
    "arayin",
    "arayabilirsiniz",
    "gsm",
  ],
  contact: [
    "whatsapp",
    "telegram",
    "bizi arayın",
    "bizi arayin",
    "bizi arayabilirsiniz",
    "bizi arayınız",
    "bizi arayiniz",
    "bize ulaşın",
    "bize ulaşin",
    "bize ulaşabilirsiniz",
    "bize yazın",
    "bize yazin",
    "bize yazabilirsiniz",
    "numaramız",
    "numaramiz",
    "numaramızdan",
    "numaramizdan",
    "numaramıza",
    "numaramiza",
    "hattımız",
    "hattimiz",
    "hattımızdan",
    "hattimizdan",
    "mağazamız",
    "mağazamiz",
    "mağazamızı",
    "mağazamizi",
    "telefonumuz",
    "numaram",
  ],
};
