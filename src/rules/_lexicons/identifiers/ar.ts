// This module is browser compatible.

/**
 * Arabic words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Arabic labels of identifiers and words of phoning. */
export const IDENTIFIERS_AR: IdentifierWords = {
  labels: [
    "trn",
    "رقم التتبع",
    "رقم الشحنة",
    "رقم الطلب",
    "الرمز البريدي",
    "رمز بريدي",
    "الرقم التسلسلي",
    "رقم الفاتورة",
    "بوليصة",
  ],
  phone: [
    "هاتف",
    "اتصل",
    "جوال",
    "واتساب",
    "موبايل",
    "الهاتف",
  ],
  contact: [
    "واتساب",
    "واتس اب",
    "واتس آب",
    "اتصل بنا",
    "اتصلوا بنا",
    "اتصل بي",
    "تواصل معنا",
    "تواصلوا معنا",
    "راسلنا",
    "راسلونا",
    "رقمنا",
    "هاتفنا",
    "على رقمنا",
    "رقمي",
  ],
};
