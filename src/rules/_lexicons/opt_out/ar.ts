// This module is browser compatible.

/**
 * Arabic opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

// Proclitics: و/ف (and), ب (with), ل (for), ك (like), ال (the).
const AR = "(?:[وفبلك]?(?:ال)?|[وف]?لل)";

/** Arabic opt-out phrases. */
export const OPT_OUT_AR: readonly string[] = [
  `${AR}[إا]لغاء (?:ال)?اشتراك\\p{L}{0,3}`,
  `${AR}(?:إيقاف|ايقاف|وقف) (?:تلقي|استلام|استقبال) ‥ (?:ال)?رسائل`,
  `${AR}(?:إيقاف|ايقاف|وقف) (?:هذه )?(?:ال)?رسائل`,
  "(?:لا|لم تعد|لم تعودوا) (?:ترغب|تريد|تود)\\p{L}{0,2} (?:في )?(?:تلقي|استلام|استقبال)",
  "(?:أرسل|ارسل|رد|أجب|اكتب)\\p{L}{0,2} ‥ (?:stop|توقف|إيقاف)",
  `${AR}(?:إزالة|ازالة|حذف) ‥ من (?:ال)?قائمة (?:ال)?(?:بريدية|مراسلات)`,
];
