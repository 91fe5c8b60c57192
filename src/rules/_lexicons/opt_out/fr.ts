// This module is browser compatible.

/**
 * French opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

/** French opt-out phrases. */
export const OPT_OUT_FR: readonly string[] = [
  String.raw`d[ée]s(?:abonn|inscri)\p{L}{0,6}(?:-vous)?`,
  String
    .raw`ne (?:souhaitez |voulez |désirez |desirez )?plus (?:recevoir|être contacté\p{L}{0,2}|etre contacte\p{L}{0,2}|avoir de nos nouvelles)`,
  String
    .raw`(?:répondez|repondez|envoyez|tapez|répondre|envoyer) ‥ ["«“]? ?stop`,
  String.raw`stop au \d{4,5}`,
  // Not a third party's messages ("plus de notifications du transporteur").
  "ne (?:souhaitez|voulez|désirez|desirez) plus (?:de |d'|nos |vos )?(?:messages|e-?mails|mails|courriels|notifications|sms)(?! (?:du|de la|de l'|des) )",
  "(?:retirer|supprimer) (?:votre adresse |vos coordonnées )?de (?:notre|la) liste (?:de diffusion|d'envoi)",
];
