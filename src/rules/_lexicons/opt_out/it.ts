// This module is browser compatible.

/**
 * Italian opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

/** Italian opt-out phrases. */
export const OPT_OUT_IT: readonly string[] = [
  String
    .raw`(?:annull|cancell)\p{L}{1,5} (?:l'|la (?:sua |tua |propria )?)iscrizione`,
  String.raw`disiscri\p{L}{1,8}`,
  String.raw`per cancellar(?:si|ti|vi)\b`,
  "non (?:desidera|desideri|vuole|vuoi|desiderate|volete) (?:più (?:ricevere )?|ricevere (?:altri|ulteriori) )(?:i nostri |nostri |altri )?(?:messaggi|e-mail|email|comunicazioni|notifiche|sms)",
  "non (?:ricevere|riceverà|riceverai) più ‥ (?:messaggi|e-mail|email|comunicazioni|notifiche|sms|newsletter|aggiornamenti|avvisi|promemoria)",
  String
    .raw`non (?:desidera|desideri|vuole|vuoi|desiderate|volete) più (?:ricevere|sentirci|essere contattat\p{L})`,
  String
    .raw`(?:rispond\p{L}{1,4}|invi\p{L}{1,4}|scriv\p{L}{1,4}) ‥ ["“«]?stop`,
  String.raw`cancell\p{L}{0,5} dalla (?:nostra )?(?:lista|mailing list)`,
];
