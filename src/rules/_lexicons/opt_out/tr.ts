// This module is browser compatible.

/**
 * Turkish opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

/** Turkish opt-out phrases. */
export const OPT_OUT_TR: readonly string[] = [
  String
    .raw`abonel(?:ik|iğ)\p{L}{0,6} (?:çık|ayrıl|iptal|sonlandır)\p{L}{0,8}`,
  String
    .raw`(?:mesaj|e-posta|eposta|ileti|bildirim|sms|güncelleme|haber)\p{L}{0,6} (?:artık )?almak (?:istemiyorsan|istemezsen)\p{L}{0,3}`,
  String.raw`listemizden (?:çık|ayrıl)\p{L}{0,8}`,
  String.raw`(?:stop|ret) yaz\p{L}{0,6}`,
];
