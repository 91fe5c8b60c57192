// This module is browser compatible.

/**
 * The hits that another reading of their words cancels before any pairing
 * or negation: another sense of the word (a canceller that overlaps them),
 * a technical value ("a rating of 3 A"), a question of fact ("feedback
 * whether the part fits"), and a scoped hit outside the part of its
 * sentence (between semicolons) that holds its partner. Each marks
 * `cancelled` in place.
 *
 * @module
 */

import { contextWords } from "./context_lists.ts";
import { firstEndingAfter, hitsAt, MAX_TERM, overlaps } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/** Units of measure (symbols, the same in every language). */
const UNIT =
  "(?:ma|mah|a|ah|v|va|kva|w|kw|kwh|hz|khz|db|kg|g|lbs?|psi|bar|nm|mm|cm|°c|°f)";
/**
 * A quantity with a unit of measure, right after a word: "of 3 A", ": 230 V",
 * "at 2.5 kW", "为3A" (after one of the `quantityOf` context words of every
 * language, or none). The unit must end the word.
 */
const QUANTITY = new RegExp(
  String.raw`^[\s:=]{0,3}(?:(?:${
    contextWords(["quantityOf"], "words").join("|")
  })\s{1,3})?(?:${contextWords(["quantityOf"], "chars").join("|")}|：)?` +
    String.raw`\s?\d{1,5}(?:[.,]\d{1,3})?\s?${UNIT}(?![\p{L}\p{N}])`,
  "u",
);
/**
 * "Whether" right after a word (the rest of the word, then "on", "about"
 * or "as to" between, the `whetherAbout` context words): words that mean
 * only "whether", the `whether` context words of every language.
 */
const WHETHER = new RegExp(
  String.raw`^[\p{L}\p{M}]*[\s,:]{0,3}(?:(?:${
    contextWords(["whetherAbout"]).join("|")
  })\s{1,3})?(?:${contextWords(["whether"]).join("|")})(?![\p{L}\p{N}])`,
  "u",
);
/** How far after a word its "whether" may start. */
const WHETHER_WINDOW = 24;
/** How far after a measured word its quantity may start. */
const QUANTITY_WINDOW = 24;
/**
 * A value with decimals right after a word, not a count of stars ("ISEER
 * रेटिंग 5.2 है", "la note de 2,1 au test ADAC", "Bewertung: 1,8"; not
 * "4.5 stars", "4,5/5").
 */
const DECIMAL_VALUE =
  /^[\s:=]{0,3}(?:(?:of|at|is|von|de|di|van|på|av|na|için|من)\s{1,3})?\d{1,2}[.,]\d{1,2}(?![\d.,])(?!\s*(?:\/|von 5|out of|sur 5|de 5|su 5|van 5|av 5|na 5|\p{L}{0,3}(?:star|stern|étoile|etoile|estrel|stell|ster|stjärn|gwiazd|yıldız|yildiz|نجم|स्टार|सितार|星|★|⭐)))/u;

/** The marks that end a part of a sentence (`partScoped`). */
const PART_MARK = /[;\uFF1B\u061B]\s*$/u;

/**
 * Another sense of a word cancels the concept it overlaps, unless a longer
 * term of that concept covers more ("review the product" beats "review
 * the").
 *
 * @param hits The hits, sorted by end.
 * @param byConcept The indices of each concept's hits.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param cancels Canceller concept → the concepts it cancels.
 * @param primary The buyer's language, if known.
 */
export function cancelOtherSenses(
  hits: readonly ConceptHit[],
  byConcept: ReadonlyMap<string, readonly number[]>,
  cancelled: Uint8Array,
  cancels: Readonly<Record<string, readonly string[]>>,
  primary: string | undefined,
): void {
  for (const [canceller, targets] of Object.entries(cancels)) {
    const cancellers = hitsAt(hits, byConcept.get(canceller));
    if (cancellers.length === 0) continue;
    for (const target of targets) {
      for (const at of byConcept.get(target) ?? []) {
        const hit = hits[at]!;
        const hitLength = hit.end - hit.start;
        for (
          let j = firstEndingAfter(cancellers, hit.start);
          j < cancellers.length && cancellers[j]!.end <= hit.end + MAX_TERM;
          j++
        ) {
          const other = cancellers[j]!;
          // Any language's other sense counts: the words are the same. But
          // an English sense that starts before a word of the buyer's
          // language reads the word before it as English ("to review"; "to"
          // in Hinglish is "then": "accha laga ho to review zaroor dena").
          if (!overlaps(hit, other)) continue;
          if (
            other.language === "en" && hit.language !== "en" &&
            hit.language === primary && other.start < hit.start
          ) continue;
          if (other.end - other.start >= hitLength) {
            cancelled[at] = 1;
            break;
          }
        }
      }
    }
  }
}

/**
 * Hits of the concepts right before a quantity with a unit ("a rating of
 * 3 A", "Bewertung: 2000 W") or a value with decimals ("ISEER rating 5.2")
 * are a technical value: they are cancelled.
 *
 * @param hits The hits, sorted by end.
 * @param byConcept The indices of each concept's hits.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param concepts The measured concepts.
 * @param text The normalized text.
 */
export function cancelMeasured(
  hits: readonly ConceptHit[],
  byConcept: ReadonlyMap<string, readonly number[]>,
  cancelled: Uint8Array,
  concepts: readonly string[],
  text: string,
): void {
  cancelFollowedBy(hits, byConcept, cancelled, concepts, text, [
    QUANTITY,
    QUANTITY_WINDOW,
  ]);
  cancelFollowedBy(hits, byConcept, cancelled, concepts, text, [
    DECIMAL_VALUE,
    QUANTITY_WINDOW,
  ]);
  // A short code of letters and digits right before the word names a
  // technical class ("IP67 rating", "IPX4-Rating", "UL94-Bewertung").
  for (const concept of concepts) {
    for (const at of byConcept.get(concept) ?? []) {
      const hit = hits[at]!;
      const before = text.slice(
        Math.max(0, hit.start - CODE_WINDOW),
        hit.start,
      );
      if (CODE_BEFORE.test(before)) cancelled[at] = 1;
    }
  }
}

/**
 * A technical code right before a word: one to three letters, one to three
 * digits, at most two more letters or digits ("ip67", "ipx4", "ul94"), then
 * a space or a hyphen. Not a number alone ("5 stars") nor a longer code.
 */
const CODE_BEFORE =
  /(?<![\p{L}\p{N}])\p{L}{1,3}\p{N}{1,3}[\p{L}\p{N}]{0,2}[\s-]?$/u;
/** How far before a measured word its code may start. */
const CODE_WINDOW = 10;

/**
 * Hits of the concepts right before a "whether" ("feedback whether the
 * part fits", "Rückmeldung, ob") ask about a fact: they are cancelled.
 *
 * @param hits The hits, sorted by end.
 * @param byConcept The indices of each concept's hits.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param concepts The concepts a "whether" cancels.
 * @param text The normalized text.
 */
export function cancelWhether(
  hits: readonly ConceptHit[],
  byConcept: ReadonlyMap<string, readonly number[]>,
  cancelled: Uint8Array,
  concepts: readonly string[],
  text: string,
): void {
  cancelFollowedBy(hits, byConcept, cancelled, concepts, text, [
    WHETHER,
    WHETHER_WINDOW,
  ]);
}

// Cancels the hits of `concepts` whose next `window` code units match
// `pattern`.
function cancelFollowedBy(
  hits: readonly ConceptHit[],
  byConcept: ReadonlyMap<string, readonly number[]>,
  cancelled: Uint8Array,
  concepts: readonly string[],
  text: string,
  [pattern, window]: readonly [RegExp, number],
): void {
  for (const concept of concepts) {
    for (const at of byConcept.get(concept) ?? []) {
      const hit = hits[at]!;
      if (pattern.test(text.slice(hit.end, hit.end + window))) {
        cancelled[at] = 1;
      }
    }
  }
}

/**
 * Hits of scoped concepts in a part of a sentence (between semicolons)
 * without a partner hit of their language are cancelled. Linear: one pass
 * numbers the parts, one pass marks the parts with partners, one cancels.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation Its sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param partScoped [scoped, partners], as `AnalyzeOptions.partScoped`.
 */
export function cancelOutOfPart(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  [scoped, partners]: readonly [readonly string[], readonly string[]],
): void {
  const scopedSet = new Set(scoped);
  if (!hits.some((hit, i) => scopedSet.has(hit.concept) && !cancelled[i])) {
    return;
  }
  const { clauses, sentences } = segmentation;
  // Per clause: its part; a part is split (its sentence has more).
  const part = new Int32Array(clauses.length);
  const split = new Set<number>();
  let p = 0;
  let s = 0;
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const previous = clauses[c - 1];
    let newSentence = false;
    while (
      s + 1 < sentences.length && sentences[s + 1]!.start <= clause.start
    ) {
      s++;
      newSentence = true;
    }
    if (c > 0) {
      if (newSentence) p++;
      else if (
        PART_MARK.test(
          text.slice(
            Math.max(previous!.start, previous!.end - 3),
            previous!.end,
          ),
        )
      ) {
        split.add(p);
        p++;
        split.add(p);
      }
    }
    part[c] = p;
  }
  if (split.size === 0) return;
  const partnerSet = new Set(partners);
  const held = new Set<string>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !partnerSet.has(hit.concept)) continue;
    held.add(`${part[segmentIndex(clauses, hit.start)]} ${hit.language}`);
  }
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !scopedSet.has(hit.concept)) continue;
    const at = part[segmentIndex(clauses, hit.start)]!;
    if (split.has(at) && !held.has(`${at} ${hit.language}`)) cancelled[i] = 1;
  }
}

/** How long a lead-in before a colon may be ("Just to be clear:"). */
export const LEAD_IN = 40;
/** A colon that ends a clause. */
const COLON_END = /[:\uFF1A]\s*$/u;

/**
 * Hits of scoped concepts in a lead-in are cancelled: the first clause of
 * a sentence, at most {@linkcode LEAD_IN} code units, ending at a colon,
 * with no hit of a partner concept in it ("Just to be clear:", "Şunu
 * belirtelim:", "Só para deixar claro:"). There the seller announces what
 * it says next; it tells the buyer nothing to write. A lead-in that names
 * a review ("In your review, mention this:") keeps its hits. Linear: one
 * pass over the hits, each looking its clause up by binary search.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation Its sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param leadIn [scoped, partners], as `AnalyzeOptions.leadIn`.
 */
export function cancelLeadIns(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  [scoped, partners]: readonly [readonly string[], readonly string[]],
): void {
  const scopedSet = new Set(scoped);
  const partnerSet = new Set(partners);
  const { clauses, sentences } = segmentation;
  // Clause index → whether it is a lead-in, decided once.
  const leadIns = new Map<number, boolean>();
  const isLeadIn = (c: number): boolean => {
    const known = leadIns.get(c);
    if (known !== undefined) return known;
    const clause = clauses[c]!;
    const sentence = sentences[segmentIndex(sentences, clause.start)]!;
    const result = sentence.start === clause.start &&
      clause.end < sentence.end &&
      text.slice(clause.start, clause.end).trim().length <= LEAD_IN &&
      COLON_END.test(
        text.slice(Math.max(clause.start, clause.end - 3), clause.end),
      );
    leadIns.set(c, result);
    return result;
  };
  const withPartner = new Set<number>();
  // [hit index, its lead-in clause]
  const candidates: [number, number][] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i]) continue;
    const scopedHit = scopedSet.has(hit.concept);
    if (!scopedHit && !partnerSet.has(hit.concept)) continue;
    const c = segmentIndex(clauses, hit.start);
    if (!isLeadIn(c)) continue;
    if (scopedHit) candidates.push([i, c]);
    else withPartner.add(c);
  }
  for (const [i, c] of candidates) {
    if (!withPartner.has(c)) cancelled[i] = 1;
  }
}
