/**
 * Disguises written anew: a link with its ":", "/" and "." percent-encoded,
 * an address spelled with a hyphen, underscore or bar between every
 * character, digits for the letters of its domain ("gm41l.c0m"), an
 * address whose plain reading stops before a spaced full stop, an address
 * written out whole in Devanagari or Arabic letters, "www." with a space
 * after each dot ("www. shop. it/ video"), and the clean texts
 * that look like them (a measure after "@", everyday words around "point").
 */
import assert from "node:assert/strict";
import { lintMessage } from "../../src/lint/lint_message.ts";

function errorRules(text: string, locale = "en-US"): string[] {
  return lintMessage({ type: "unexpectedProblem", text, locale }).diagnostics
    .filter((d) => d.severity === "error").map((d) => d.ruleId);
}

const CAUGHT: readonly [rule: string, locale: string, text: string][] = [
  [
    "link-policy",
    "en-GB",
    "The sizing chart is at https%3A%2F%2Fbrightloom%2Eshop%2Fsizes if you want to check.",
  ],
  [
    "link-policy",
    "de-DE",
    "Die Anleitung finden Sie unter www%2Ekuechenprofi%2Dberlin%2Ede%2Fanleitung.",
  ],
  [
    "no-email",
    "en-US",
    "Send the artwork to h_e_l_l_o_@_p_r_i_n_t_b_a_r_n_._c_o_m and we will start.",
  ],
  [
    "no-email",
    "pl-PL",
    "Plik proszę wysłać na b|i|u|r|o|@|d|r|u|k|a|r|n|i|a|.|p|l, dziękujemy.",
  ],
  [
    "no-email",
    "es-MX",
    "Mándenos la foto a v3nt4s(@)y4h00(.)c0m y le reponemos la pieza.",
  ],
  [
    "no-email",
    "fr-FR",
    "Écrivez-nous à atelier.bois@menuiserie.fr . Nous répondons sous 24 h.",
  ],
  [
    "no-email",
    "en-US",
    "Please write to a-b-@-s-h-o-p-.-d-e with the photos.",
  ],
  [
    "no-email",
    "hi-IN",
    "सवाल हो तो ऑर्डर्स एट रंगोली क्राफ्ट्स डॉट कॉम पर मेल कीजिए।",
  ],
  [
    "no-email",
    "ar-AE",
    "للاستفسار راسلنا على: أوردرز آت بيت العود دوت كوم بدون مسافات.",
  ],
  [
    "link-policy",
    "it-IT",
    "Il video del montaggio è su www. arredi-ferri. it/ video (senza spazi).",
  ],
  [
    "link-policy",
    "en-GB",
    "The fitting guide is at www. oakandpine. co. uk if you need it.",
  ],
];

const CLEAN: readonly [locale: string, text: string][] = [
  ["en-US", "The 50%/50% mix of vinegar and water cleans the filter best."],
  ["en-US", "Your file logo%20final.png came through; the print starts today."],
  ["en-US", "Prices already include the 20% discount shown at checkout."],
  ["de-DE", "Die Teilenummer lautet A-7-B-2; sie steht auf dem Typenschild."],
  ["fr-FR", "La version 2.1.3 du micrologiciel corrige le souci de Wi-Fi."],
  ["en-US", "Type www. in front of it. Then the page opens as usual."],
  ["en-US", "Your order is on its way, see www.dhl.de. Best regards, Anna"],
  [
    "sv-SE",
    "Vi tar upp leveransen i punkt se nedan och skickar paketet i dag.",
  ],
];

Deno.test("encoded, spaced and leet addresses and links are caught", () => {
  const missed = CAUGHT.filter(([rule, locale, text]) =>
    !errorRules(text, locale).includes(rule)
  );
  assert.deepEqual(missed, []);
});

Deno.test("percent signs, part numbers and versions stay clean", () => {
  const flagged = CLEAN.filter(([locale, text]) =>
    errorRules(text, locale).length > 0
  );
  assert.deepEqual(flagged, []);
});
