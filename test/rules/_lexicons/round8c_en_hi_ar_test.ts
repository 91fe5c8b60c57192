import { testProbeSets } from "./_lexicon_cases.ts";
import { ROUND8C_A } from "./_round8c_a_en_hi_ar.ts";
import { ROUND8C_B } from "./_round8c_b_en_hi_ar.ts";

// Clean messages in English, Hindi and Arabic, each with a trap: review,
// rating, feedback and evaluation words in everyday senses, stars that are
// no rating, prices and "also" about the order itself, our own staff,
// negations, product names with promotional words. Set A was tuned on;
// set B was written before any change and held out (measured before and
// after, never tuned on). No clean message may get an error of the review
// or marketing rule.
//
// KNOWN lists the messages the rules still get wrong.
const KNOWN: readonly string[] = [];

testProbeSets("round 8c", { "A": ROUND8C_A, "B": ROUND8C_B }, KNOWN);
