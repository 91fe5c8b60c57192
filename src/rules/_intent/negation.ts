// This module is browser compatible.

/**
 * Which negation hits count, and for which hits: a negation inside a longer
 * term of another concept ("don't forget") or a look-alike ("paslanmaz") is
 * none; one that belongs to a verb of forgetting ("Vergessen Sie die
 * Bewertung nicht") denies nothing; a negation cancels hits of its own
 * language (and English loanwords). Also the languages whose negation
 * closes the clause, which decide how far a negation reaches.
 *
 * @module
 */

import { firstEndingAfter, hitsAt, MAX_TERM, TOUCH } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/**
 * Languages whose negation closes the clause (verb-final order: "yorum
 * yapmanıza gerek yok", "レビューは必要ありません", "निर्भर नहीं है"): a negation after a
 * hit reaches it anywhere in the clause.
 */
export const CLAUSE_FINAL: ReadonlySet<string> = new Set([
  "tr",
  "ja",
  "hi",
  "ko",
]);

/**
 * Languages whose main clause may close with its negation after the verb
 * and a fronted object ("Einen Gutschein gegen eine Bewertung bieten wir
 * nicht an", "Ett presentkort mot en recension erbjuder vi aldrig", "Een
 * cadeaubon voor een recensie bieden wij niet aan"): a negation that closes
 * the clause reaches it all, unless the clause asks ("Vergessen Sie die
 * Bewertung nicht"). It cancels the reward or the request, not the
 * review word ("Eine Bewertung schadet nie" is not denied).
 */
export const CLAUSE_CLOSING: ReadonlySet<string> = new Set(["de", "nl", "sv"]);
/**
 * What may follow a closing negation: up to two short words ("an",
 * "geval aan", "mehr"), then the clause's end.
 */
export const CLOSING_REST: RegExp =
  /^\s*(?:[\p{L}]{1,5}\s*){0,2}[.!;:,…)"'»“”]*\s*$/u;

/** Terms that cover a look-alike of a negation ("paslanmaz", "不锈钢"). */
export const NOT_NEGATION: string = "notNegation";
/**
 * How far after a verb of forgetting its negation may start without closing
 * the clause: a pronoun between ("vergessen Sie nicht", "vergeet u niet").
 */
const FORGET_GAP = 8;
/** A remedy that comes whatever the buyer does: it keeps a negation inside. */
const UNCONDITIONAL = "unconditional";

/**
 * The negations that count: a negation inside a longer term of another
 * concept ("don't forget", "if not") is part of that term, not a negation;
 * so is one that a `notNegation` term covers ("paslanmaz", "不锈钢").
 *
 * @param hits The hits, sorted by end.
 * @param byConcept The indices of each concept's hits.
 * @param cancels The cancellers (concepts whose terms are another sense).
 * @returns The negation hits that count, sorted by end.
 */
export function countedNegations(
  hits: readonly ConceptHit[],
  byConcept: ReadonlyMap<string, readonly number[]>,
  cancels: Readonly<Record<string, readonly string[]>>,
): ConceptHit[] {
  return hitsAt(hits, byConcept.get("negation")).filter(
    (negation) => {
      for (
        let j = firstEndingAfter(hits, negation.start);
        j < hits.length && hits[j]!.end <= negation.end + MAX_TERM;
        j++
      ) {
        const other = hits[j]!;
        // Another sense of a word (a canceller) holding a negation keeps it:
        // "yıldız vermeniz gerekmiyor" denies the list before it too. So
        // does a remedy that comes whatever the buyer does ("无论您是否留评").
        if (
          other.concept !== "negation" && !(other.concept in cancels) &&
          other.concept !== UNCONDITIONAL &&
          other.start <= negation.start && negation.end <= other.end &&
          (other.end - other.start > negation.end - negation.start ||
            other.concept === NOT_NEGATION)
        ) return false;
      }
      return true;
    },
  );
}

/**
 * The negations that may cancel a hit of `language`: its own; for an
 * English loanword those of the buyer's language too; and English ones
 * when every language judges the text (no buyer's language known), since
 * the loanwords of other lexicons then sit in English sentences.
 *
 * @param language The hit's language.
 * @param negations The negations that count, sorted by end.
 * @param primary The buyer's language, if known.
 * @param cache Language → its list, filled on first use.
 * @returns The negations, sorted by end.
 */
export function negationsFor(
  language: string,
  negations: readonly ConceptHit[],
  primary: string | undefined,
  cache: Map<string, ConceptHit[]>,
): ConceptHit[] {
  let list = cache.get(language);
  if (list === undefined) {
    list = negations.filter((negation) =>
      negation.language === language ||
      (primary !== undefined
        ? language === "en" && negation.language === primary
        : negation.language === "en")
    );
    cache.set(language, list);
  }
  return list;
}

/**
 * The negations that belong to a verb of forgetting ("Vergessen Sie die
 * Bewertung nicht", "nicht vergessen") are taken out of the list, and the
 * verb renamed to the produced concept. Each verb looks at the nearest
 * negation before it, the nearest after it and the last of its clause, by
 * binary search: linear in the number of hits.
 *
 * @param hits The hits, sorted by end.
 * @param negations The negations that count, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled.
 * @param byConcept The indices of each concept's hits.
 * @param renamed Hit index → new concept; the verbs are added.
 * @param forget [concept, produced], as `AnalyzeOptions.forget`.
 * @param text The normalized text, if known.
 * @returns The negations without those the verbs own.
 */
export function forgetNegations(
  hits: readonly ConceptHit[],
  negations: ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  renamed: Map<number, string>,
  [concept, produced]: readonly [string, string],
  text: string | undefined,
): ConceptHit[] {
  const verbs = byConcept.get(concept) ?? [];
  if (verbs.length === 0) return negations;
  const { clauses } = segmentation;
  const owned = new Set<ConceptHit>();
  for (const at of verbs) {
    if (cancelled[at]) continue;
    const verb = hits[at]!;
    const clause = clauses[segmentIndex(clauses, verb.start)]!;
    const sameLanguage = (negation: ConceptHit | undefined) =>
      negation !== undefined && negation.language === verb.language &&
      negation.start >= clause.start && negation.end <= clause.end;
    // Right before it ("nicht vergessen", "niet vergeten").
    const before = negations[firstEndingAfter(negations, verb.start) - 1];
    // The first after it, and the last of its clause.
    const after = negations[firstEndingAfter(negations, verb.end)];
    const last = negations[firstEndingAfter(negations, clause.end) - 1];
    let negation: ConceptHit | undefined;
    if (sameLanguage(before) && verb.start - before!.end <= TOUCH) {
      negation = before;
    } else if (
      sameLanguage(after) && after!.start >= verb.end &&
      after!.start - verb.end <= FORGET_GAP
    ) negation = after;
    else if (
      sameLanguage(last) && last!.start >= verb.end && text !== undefined &&
      CLOSING_REST.test(text.slice(last!.end, clause.end))
    ) negation = last;
    if (negation === undefined) continue;
    owned.add(negation);
    renamed.set(at, produced);
  }
  return owned.size === 0
    ? negations
    : negations.filter((negation) => !owned.has(negation));
}
