import { testProbes } from "../_lexicon_cases.ts";
import {
  FRESH_CLEAN_C,
  FRESH_PROBES,
  FRESH_PROBES_B,
  FRESH_PROBES_E,
  FRESH_REVIEW_D,
} from "./_fresh_probes_de_nl_sv_pl.ts";

// Fresh probe sets in German, Dutch, Swedish and Polish (see the probe
// file): soft cross-selling in five families, clean look-alikes, review
// words in other senses, review instructions and rewards. KNOWN lists the
// violations the rules still miss; each step checks that it is still
// missed, so one that starts to be caught must be taken off the list.
const KNOWN: readonly string[] = [
  // Clean, but the review sentence model counts it (a false error).
  // Another colour coming next month, with no object word: newness and
  // another form together are not read as cross-selling.
  "Wazon jutro odbierze kurier InPost. W przyszłym miesiącu będzie dostępny także w butelkowej zieleni. W razie pytań jesteśmy do dyspozycji.",
  // The seller's goods in another form, with no invitation or suggestion.
  // Refills offered when the tin is empty, in a sentence where "we send
  // you" makes the other form read as the ordered item's.
  "Der Tee ist unterwegs. Sollte die Dose mal leer sein, schicken wir Ihnen gern Nachfüllbeutel.",
  "De thee is onderweg. Is het blik leeg, dan sturen we u graag navulzakjes.",
  "Teet är på väg. När burken är tom skickar vi gärna påfyllningspåsar.",
  "Herbata jest w drodze. Gdy puszka się opróżni, chętnie wyślemy torebki do uzupełnienia.",
];

for (
  const set of [
    FRESH_PROBES,
    FRESH_PROBES_B,
    FRESH_CLEAN_C,
    FRESH_REVIEW_D,
    FRESH_PROBES_E,
  ]
) {
  for (const [locale, probes] of Object.entries(set)) {
    testProbes(locale, probes, KNOWN);
  }
}

// A longer warranty or a service plan pitched after the job, written after
// the lexicons learnt them, next to the warranty the buyer has or booked.
testProbes("de-DE", {
  "marketing-soft warranty": {
    violations: [
      "Das Gerät ist angeschlossen. Eine Garantieverlängerung auf fünf Jahre lohnt sich bei so einem Gerät.",
    ],
    clean: [
      "Ihre Garantie gilt zwei Jahre; eine Verlängerung ist nicht nötig.",
      "Die verlängerte Garantie, die Sie gebucht haben, ist jetzt aktiv.",
    ],
  },
});
testProbes("pl-PL", {
  "marketing-soft warranty": {
    violations: [
      "Technik podłączy urządzenie i zabierze stare. Warto też rozważyć przedłużony serwis na trzy lata.",
    ],
    clean: [
      "Przedłużona gwarancja, którą Pan wykupił, jest już aktywna.",
    ],
  },
});
