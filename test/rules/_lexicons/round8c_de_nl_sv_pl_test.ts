import { testProbeSets } from "./_lexicon_cases.ts";
import {
  ROUND8C_A,
  ROUND8C_A_LAST,
  ROUND8C_A_LATE,
  ROUND8C_A_MORE,
} from "./_round8c_a_de_nl_sv_pl.ts";
import { ROUND8C_B } from "./_round8c_b_de_nl_sv_pl.ts";

// Round-8 second-pass probes in German, Dutch, Swedish and Polish, clean
// messages only: set A (tuned on, with the batches written while tuning)
// and set B (held out, written before any change and never tuned on).
// KNOWN lists the probes the rules still get wrong; each step checks that
// it is still wrong, so one that starts to be judged right must be taken
// off the list.
const KNOWN: readonly string[] = [
  // Clean, but the review sentence model counts it (a false error).
  // "Not on Amazon but directly with us": the shape of taking a sale off
  // Amazon, here only to move an appointment.
  "Bitte melden Sie sich nicht bei Amazon, sondern direkt bei uns, wenn der Termin nicht passt; wir verschieben ihn gern.",
  // An engraving preview ("voorbeeld") is no proof word: an engraving is
  // also what review instructions name.
  "In de bijlage ziet u het voorbeeld van de gravure. We horen graag uw feedback over de plaats.",
  // A published book review that the buyer "mentions": the verb of
  // mentioning reads as an instruction.
  "De recensie die u in het boek noemt, is van de uitgever; we hebben u de ontbrekende pagina als pdf gestuurd.",
  "Recenzja, o której Pani wspomina, pochodzi od wydawnictwa i jest wydrukowana w książce; brakującą stronę wysłaliśmy jako PDF.",
  // The buyer's remarks ("uwagi") applied, with the product page in the
  // next part of the sentence as a review place.
  "Pani uwagi do tabeli rozmiarów wprowadziliśmy; nowa tabela będzie na stronie produktu od jutra.",
];

testProbeSets("round 8c", {
  "A": ROUND8C_A,
  "A more": ROUND8C_A_MORE,
  "A late": ROUND8C_A_LATE,
  "A last": ROUND8C_A_LAST,
  "B": ROUND8C_B,
}, KNOWN);
