// This module is browser compatible.

/**
 * Polish opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

/** Polish opt-out phrases. */
export const OPT_OUT_PL: readonly string[] = [
  String
    .raw`wypis\p{L}{0,6} (?:się|(?:pana |panią |pani |cię |państwa |was )?z (?:listy|newslettera|subskrypcji))`,
  String
    .raw`(?:zrezygn\p{L}{1,6}|rezygnacj\p{L}{1,2}) z (?:naszych |tych |dalszych |wszystkich )?(?:subskrypcji|newslettera|otrzymywania|powiadomień|wiadomości|subskrybowania|e-maili|sms\p{L}{0,3})`,
  // Not a product subscription managed with skips or pauses.
  String
    .raw`(?=anul|wyłącz)(?<!(?:(?<!\p{L})(?:pomi[nń]\p{L}{0,4}|wstrzyma\p{L}{0,4}|przesu[nń]\p{L}{0,4}) (?:jedną |najbliższą |kolejną |następną )?dostaw\p{L}{0,3}|zmie[nń]\p{L}{0,4} częstotliwoś\p{L}{0,3} dostaw\p{L}{0,3})[^.!?\n]{0,40})(?:anul\p{L}{1,6}|wyłącz\p{L}{0,6}) subskrypcj\p{L}{1,2}`,
  // Also the conditional ("gdyby nie chciała Pani dostawać").
  "nie (?:chcesz|chce pan|chce pani|chcą państwo|chcecie|chciał(?:a|by|aby)? (?:pan|pani)|chcieli(?:by)? państwo) (?:już |więcej |dłużej )?(?:otrzymywać|dostawać)",
  `(?:odpowiedz|odpowiedzieć|odpisz|odpisać|wyślij|wysłać|napisz|napisać) ‥ ["„”]?stop`,
  "(?:wolisz|woli pan|woli pani|wolą państwo|wolicie) (?:nie otrzymywać|nie dostawać|nie słyszeć)",
  String
    .raw`nie (?:chcesz|chce pan|chce pani|chcą państwo|chcecie) (?:już |więcej )?(?:wiadomości|powiadomień|e-maili|maili|sms\p{L}{0,3}|aktualizacji)`,
  String
    .raw`nie (?:życzysz|życzy|życzą|życzycie|zyczysz|zyczy|zycza|zyczycie) sobie (?:pan |pani |państwo )?(?:więcej |dalszych |kolejnych |już )?(?:wiadomości|powiadomień|e-maili|maili|sms\p{L}{0,3}|kontaktu)`,
  "przestaniemy (?:pisać|wysyłać|przesyłać)",
  `(?:odpowiedz|odpisz|wyślij|napisz) (?:sms )?(?:o treści )?["„”]?(?:nie|koniec)["„”]`,
];
