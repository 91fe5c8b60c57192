// This module is browser compatible.

/**
 * Arabic context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Arabic context words. */
export const CONTEXT_AR: ContextWords = {
  segmentation: "words",
  canAlso: [
    "(?<!\\p{L})[وف]?يمكن[\\p{L}\\p{M}]*\\s+(?:[\\p{L}\\p{M}]+\\s+)?أيض",
  ],
  orderCost: ["دفع", "الشحن", "شحن", "التوصيل", "توصيل", "الإرجاع", "استرداد"],
  owners: [
    "الفني",
    "فني",
    "الخبير",
    "خبير",
    "المهندس",
    "مهندس",
    "المفتش",
    "الورشة",
    "المختبر",
    "المصنع",
    "شركة الشحن",
    "شركة التأمين",
    "الضرر",
    "الأضرار",
    "التلف",
    "بحسب",
    "حسب",
    "وفقا",
    "وفقًا",
    "الجودة",
    "نتيجة",
  ],
  shows: ["أظهر", "أظهرت", "يظهر", "تظهر", "يشير", "تشير"],
  records: [
    "رقم",
    "رمز",
    "كود",
    "عنوان",
    "تاريخ",
    "موعد",
    "اسم",
    "مفتاح",
    "مبلغ",
  ],
  purpose: ["لكي", "كي", "من أجل"],
  alternative: ["فقط", "بس"],
  noAnswer: ["لا", "كلا", "أبدا", "أبداً"],
  need: ["يلزم", "يجب", "ضروري", "مطلوب", "شرط", "يتوقف"],
  but: ["لكن", "ولكن", "لكنه", "لكننا"],
};
