import { testProbeSets } from "./_lexicon_cases.ts";
import { ROUND8C_A, ROUND8C_A_MORE } from "./_round8c_a_fr_it_es.ts";
import { ROUND8C_B } from "./_round8c_b_fr_it_es.ts";

// Clean traps in French, Italian and Spanish (Spain and Mexico), second
// pass of round 8: set A, which the word lists were tuned on, with its
// harder additions, and set B, written first and kept out of the tuning.
// No trap may get an error of the review or marketing rule. KNOWN lists
// the traps still flagged, each step checking that it still is, so one
// that starts to pass must leave the list: an energy-label letter grade
// ("note B") next to "the listing", an evaluation with an adjective before
// what it assesses, an opinion on a choice of dates with a number between,
// and a school mark book ("cahier de notes") next to a refund.
const KNOWN: readonly string[] = [
  // Set A.
  "Bonjour, les pneus de votre commande portent l'étiquette européenne : note B en consommation et A en adhérence sur sol mouillé, comme indiqué sur la fiche.",
  // Set A, harder additions.
  "Bonjour, merci pour votre évaluation rapide de la situation ; grâce à vos photos, la pièce de rechange part dès aujourd'hui.",
  "Bonjour, merci de nous donner votre avis sur les deux dates proposées pour la pose : mardi ou jeudi ?",
  // Set B.
  "Bonjour, votre fils a bien reçu le cahier de notes et l'agenda scolaire ; le protège-cahier était en rupture, il vous a été remboursé.",
];

testProbeSets(
  "round 8c",
  { "A": ROUND8C_A, "A more": ROUND8C_A_MORE, "B": ROUND8C_B },
  KNOWN,
);
