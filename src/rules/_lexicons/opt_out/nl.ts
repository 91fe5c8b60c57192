// This module is browser compatible.

/**
 * Dutch opt-out phrases (`no-opt-out`), in the notation of the phrase rules
 * (see `_phrases.ts`).
 *
 * @module
 */

const MESSAGES =
  "(?:berichten|berichtjes|e-mails|mails|nieuwsbrieven|meldingen|updates|sms'?jes)";

/** Dutch opt-out phrases. */
export const OPT_OUT_NL: readonly string[] = [
  "afmeld(?:link|ing|en via)",
  "(?:u|je|zich|jezelf|uzelf) (?:hier |eenvoudig |altijd |op elk moment )?(?:afmelden|uitschrijven)",
  "om (?:u |je |zich )?af te melden",
  String.raw`uitschrijv(?:ing|en via|link)`,
  "schrijf (?:u|je) (?:hier |eenvoudig )?uit",
  `geen ‥ ${MESSAGES} meer (?:wilt |wil )?(?:ontvangen|krijgen)`,
  `geen (?:verdere|andere|nieuwe) ${MESSAGES} (?:meer )?(?:wilt|wil|wenst|ontvangen|krijgen)`,
  `geen (?:${MESSAGES}|nieuws) meer(?: (?:wilt|wil|ontvangen|krijgen|nodig))?\\?`,
  `(?:antwoord|antwoordt|stuur|sms|reageer) ‥ ["“]?(?:stop|afmelden)`,
  "(?:hoort|hoor|horen|ontvangt|krijgt) (?:je |u )?niets meer van ons",
];
