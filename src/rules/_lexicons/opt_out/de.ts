// This module is browser compatible.

/**
 * German opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

const MESSAGES =
  "(?:nachrichten|e-mails|mails|benachrichtigungen|mitteilungen|newsletter|updates|sms|hinweise|erinnerungen)";

/** German opt-out phrases. */
export const OPT_OUT_DE: readonly string[] = [
  String.raw`abmelde(?:n|link|-link)`,
  String.raw`(?:newsletter-?)?abmeldung`,
  String.raw`abbestell(?:en|ung|link)`,
  String.raw`abzu(?:melden|bestellen)`,
  "melden sie sich (?:hier |einfach |bitte |jederzeit )?(?:vom|von unserem|von diesem) ‥ ab",
  `keine (?:weiteren )?${MESSAGES} (?:mehr )?(?:von uns )?(?:erhalten|empfangen|bekommen|wünschen|möchten|wollen)`,
  `(?:antworten sie|antworte|antwortet|senden sie|schreiben sie|sende|schicken sie) ‥ ["„“]?(?:stopp?|abmelden)`,
  "(?:dem erhalt|der zusendung) ‥ widersprechen",
  "(?:verteiler|liste|newsletter) austragen",
  // Not a third party's messages ("keine SMS vom Paketdienst").
  `(?:möchten|wollen|wünschen|möchtest|willst)(?: sie| du)? keine (?:weiteren )?${MESSAGES}(?! (?:per \\S+ )?(?:vom|von der|von dem|des|der) )`,
  "nichts mehr von uns (?:hören|erhalten|bekommen|lesen)",
];
