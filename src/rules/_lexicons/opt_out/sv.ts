// This module is browser compatible.

/**
 * Swedish opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

const MESSAGES =
  "(?:meddelanden|mejl|e-post|e-postmeddelanden|utskick|sms|notiser|nyhetsbrev|uppdateringar|påminnelser|aviseringar)";

/** Swedish opt-out phrases. */
export const OPT_OUT_SV: readonly string[] = [
  String.raw`avregistrer\p{L}{0,4}`,
  String.raw`avprenumerer\p{L}{0,4}`,
  // Not a product subscription managed with skips or pauses ("hoppa över
  // en leverans, ändra intervallet eller avsluta prenumerationen").
  String
    .raw`(?=avsluta)(?<!(?:(?<!\p{L})(?:hoppa|hoppar) över (?:en|nästa) leverans|(?<!\p{L})pausa leverans\p{L}*|(?<!\p{L})skjut\p{L}{0,2} upp (?:en |nästa )?leverans\p{L}*|ändra leveransintervall\p{L}*|ändra intervallet för leveranser\p{L}*)[^.!?\n]{0,40})avsluta ‥ prenumeration\p{L}{0,3}`,
  String.raw`avanmäl\p{L}{0,4}`,
  `(?:sluta|slippa|slipper) (?:att )?(?:ta emot|få) ‥ ${MESSAGES}`,
  `inte (?:längre )?vill (?:ta emot|få|ha) ‥ ${MESSAGES}`,
  `vill (?:du|ni) inte (?:längre )?(?:ta emot|få|ha) ‥ ${MESSAGES}`,
  `(?:inga|inte) (?:fler|flera|mer) ${MESSAGES}\?`,
  `svara ‥ ["”]?stopp?`,
  "(?:slippa|slipper) (?:höra från oss|våra utskick)",
];
