// This module is browser compatible.

/**
 * The seller's people, places and gratitude, which are not its goods:
 * "our" before a word for a person, the team or a place of work ("unser
 * Techniker", "notre technicien", "nuestro almacén", "我们的技术人员")
 * names who does the work or where, and a sentence that thanks ("Se gostou da nossa embalagem, obrigado.") offers
 * nothing. Hits of the seller's own goods (`ours`) before a person word
 * are cancelled, in every language, so that an invitation or a tip next to
 * them ("Sichern Sie sich Ihren Termin bei unserem Techniker", "Ein Tipp:
 * Unser Techniker kommt auch samstags") is not cross-selling; those in a
 * sentence that thanks are marked, and an invitation next to them is not
 * cross-selling either.
 *
 * @module
 */

import { contextWords } from "./context_lists.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/**
 * Words for the seller's people and places of work, the `people` context
 * words of every language; they may take endings ("Technikerin",
 * "monteurs") and a few, the `peopleHeads`, end a compound
 * ("Kundenberater", "Serviceteam").
 */
const PEOPLE = new RegExp(
  String.raw`^\p{Script=Latin}*[\s\p{P}]*(?:\p{Script=Latin}{3,16}(?:${
    contextWords(["peopleHeads"]).join("|")
  })|${contextWords(["people"]).join("|")})`,
  "u",
);
/** How far after a hit of the seller's own goods a person word may start. */
const PEOPLE_WINDOW = 24;
/** Thanks, the `thanks` context words of every language. */
export const THANKS: RegExp = new RegExp(
  contextWords(["thanks"]).join("|"),
  "u",
);

/**
 * Cancels the hits of the seller's own goods that name a person or the
 * team ("our technician"), and returns those in a sentence that thanks
 * ("if you liked our packaging, thank you"): an invitation next to them
 * offers nothing. Linear: each hit reads a bounded window after it; one
 * scan finds the thanking sentences.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param byConcept The indices of each concept's hits.
 * @param ours The concept of the seller's own goods.
 * @returns The indices of the hits in a sentence that thanks.
 */
export function cancelOwnPeople(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  ours: string,
): Set<number> {
  const thanked = new Set<number>();
  const own = byConcept.get(ours) ?? [];
  if (own.length === 0) return thanked;
  const { sentences } = segmentation;
  const thanking = sentenceTest(text, THANKS, sentences);
  const priced = sentenceTest(text, PRICE, sentences);
  for (const at of own) {
    if (cancelled[at]) continue;
    const hit = hits[at]!;
    // A person or place word right after the hit, past the rest of its
    // word ("our technician", "unserem Techniker", "我们的技术人员").
    const sentence = segmentIndex(sentences, hit.start);
    // Unless a price stands in the sentence: the work is then sold ("for
    // a small extra charge our technician can also clean the AC").
    if (
      PEOPLE.test(text.slice(hit.end, hit.end + PEOPLE_WINDOW)) &&
      !priced(sentence)
    ) {
      cancelled[at] = 1;
      continue;
    }
    if (thanking(sentence)) thanked.add(at);
  }
  return thanked;
}

/**
 * Words of a restock or of availability, the `restock` context words of
 * every language: goods back in stock may be what the buyer waits for
 * ("Unsere Decken sind wieder vorrätig"), unlike goods back for a season
 * or just launched.
 */
export const RESTOCK: RegExp = new RegExp(
  contextWords(["restock"]).join("|"),
  "u",
);

/**
 * A price or an extra charge: a currency sign or code, or a word of a
 * price, the `price` (whole words) and `priceParts` (anywhere) context
 * words of every language ("fee", "extra charge", "Aufpreis", "料金").
 */
const PRICE = new RegExp(
  String.raw`[€£$¥₹]|(?<!\p{L})(?:aed|eur|usd|sek|pln|inr|zł|tl|${
    contextWords(["price"]).join("|")
  })(?!\p{L})|${contextWords(["priceParts"]).join("|")}`,
  "u",
);

// Whether the pattern matches in a sentence, asked of the sentences that
// hold the seller's goods only, each at most once: a search from the
// sentence's start that stops at the first match.
function sentenceTest(
  text: string,
  pattern: RegExp,
  sentences: Segmentation["sentences"],
): (sentence: number) => boolean {
  const known = new Int8Array(sentences.length);
  const all = new RegExp(pattern.source, "gu");
  return (sentence) => {
    if (known[sentence] === 0) {
      const { start, end } = sentences[sentence]!;
      all.lastIndex = start;
      const m = all.exec(text);
      known[sentence] = m !== null && m.index < end ? 1 : -1;
    }
    return known[sentence] === 1;
  };
}
