// This module is browser compatible.

/**
 * Lists that a negation reaches across commas: in most languages the items
 * after a list's first clause that holds the negation ("You do not need to
 * fill in a form, answer a survey or write a review"); in a verb-final
 * language the enumerated clauses before the sentence's closing negation
 * ("クーポンコードのご入力や、レビューのご投稿など、…一切ございません").
 *
 * @module
 */

import { contextWords } from "./context_lists.ts";
import { firstEndingAfter } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import type { Segment, Segmentation } from "./segment.ts";

/** The longest clause read as an item of a list. */
const ITEM_MAX = 60;
/** How many items before its own a list item looks for a negation. */
const LIST_REACH = 6;
/**
 * A word that joins the last item of a list, the `listJoin` context words
 * of the languages written with spaces ("or", "nor", "ni", "oder", "noch",
 * "eller", "ani", "of", "أو").
 */
const LIST_JOIN = new RegExp(
  String.raw`(?:^|[\s,])(?:${
    contextWords(["listJoin"], "words").join("|")
  })(?=[\s]|$)`,
  "u",
);
/**
 * The words that join the last item of a list in the languages written
 * without spaces ("或", "或者", "以及", "和"), anywhere.
 */
const LIST_JOIN_HAN = new RegExp(
  contextWords(["listJoin"], "chars").join("|"),
  "u",
);
/** A run of Han characters: about one word per two of them. */
const HAN_RUN = /^\p{Script=Han}+$/u;

/**
 * Words that turn from a list to something else ("…, but please leave a
 * review", "…, just rate us"), the `listBreak` context words of every
 * language: a clause with one ends the list.
 */
const LIST_BREAK = new RegExp(
  String.raw`(?:^|[\s,])(?:${
    contextWords(["listBreak"]).join("|")
  })(?=[\s,.!?]|$)`,
  "u",
);
/** The marks that join the items of a list. */
const ITEM_MARK = /[,\u060C\uFF0C\u3001]\s*$/u;

/**
 * Per clause: the first clause of its list (clauses of one sentence joined
 * by commas whose items after the first are short and one of which holds a
 * joining word), or -1 when it is in none. Linear: one pass, each clause's
 * text read once.
 *
 * @param text The normalized text.
 * @param segmentation Its sentences and clauses.
 * @returns Per clause, the index of its list's first clause or -1.
 */
export function listChains(
  text: string,
  segmentation: Segmentation,
): Int32Array {
  const { clauses, sentences } = segmentation;
  const first = new Int32Array(clauses.length).fill(-1);
  let s = 0;
  let start = 0;
  let joined = false;
  const close = (end: number) => {
    // Clauses start..end-1 form a chain; it lists when an item joins.
    if (joined && end - start > 1) {
      for (let k = start; k < end; k++) first[k] = start;
    }
  };
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    while (
      s + 1 < sentences.length && sentences[s + 1]!.start <= clause.start
    ) s++;
    const previous = clauses[c - 1];
    const continues = c > 0 && previous!.end > sentences[s]!.start &&
      ITEM_MARK.test(
        text.slice(Math.max(previous!.start, previous!.end - 3), previous!.end),
      ) &&
      clause.end - clause.start <= ITEM_MAX &&
      !LIST_BREAK.test(text.slice(clause.start, clause.end));
    if (!continues) {
      close(c);
      start = c;
      joined = false;
      continue;
    }
    if (!joined) {
      const item = text.slice(clause.start, clause.end);
      joined = LIST_JOIN.test(item) || LIST_JOIN_HAN.test(item);
    }
  }
  close(clauses.length);
  return first;
}

/**
 * Whether a negation in an earlier clause of the list of clause `c`, with
 * at least three words after it in its clause (the first item: "do not need
 * to fill in a form", not "Don't worry"), reaches clause `c`.
 *
 * @param text The normalized text.
 * @param clauses The clauses.
 * @param lists The lists, from {@linkcode listChains}.
 * @param negations The negations that may reach the hit, sorted by end.
 * @param c The index of the hit's clause.
 * @returns Whether the hit's list item is negated.
 */
export function negatedListItem(
  text: string,
  clauses: readonly Segment[],
  lists: Int32Array,
  negations: readonly ConceptHit[],
  c: number,
): boolean {
  const start = lists[c]!;
  if (start < 0) return false;
  for (let n = c - 1; n >= start && n >= c - LIST_REACH; n--) {
    const clause = clauses[n]!;
    for (
      let j = firstEndingAfter(negations, clause.start);
      j < negations.length && negations[j]!.end <= clause.end;
      j++
    ) {
      const negation = negations[j]!;
      if (negation.start < clause.start) continue;
      const after = text.slice(
        negation.end,
        Math.min(clause.end, negation.end + ITEM_MAX),
      ).match(
        /[\p{L}\p{N}]+/gu,
      );
      if (after !== null && wordCount(after) >= 3) return true;
      // A negated first item of its own ("no review, rating or feedback
      // is needed", "keine Umfrage, Bewertung oder Rezension"): the
      // negation opens its clause and one word follows it ("Pas de souci,
      // laissez un avis" is no item).
      if (
        after !== null && after.length === 1 &&
        clause.end - negation.end <= ITEM_MAX &&
        negation.start - clause.start <= 3 &&
        /^[\s\p{P}]*$/u.test(text.slice(clause.start, negation.start))
      ) return true;
    }
  }
  return false;
}

/**
 * Whether, in a verb-final language, the item of clause `c` begins a list
 * whose last item (the next clause of its list with a joining word: "कोई
 * रिव्यू, रेटिंग या फ़ीडबैक ज़रूरी नहीं है") holds a negation after its
 * joining word, which closes the whole list.
 *
 * @param text The normalized text.
 * @param clauses The clauses.
 * @param lists The lists, from {@linkcode listChains}.
 * @param negations The negations that may reach the hit, sorted by end.
 * @param c The index of the hit's clause.
 * @returns The negation that closes the list, if any.
 */
export function listClosingNegation(
  text: string,
  clauses: readonly Segment[],
  lists: Int32Array,
  negations: readonly ConceptHit[],
  c: number,
): ConceptHit | undefined {
  const start = lists[c]!;
  if (start < 0) return undefined;
  for (
    let k = c + 1;
    k < clauses.length && k <= c + LIST_REACH && lists[k] === start;
    k++
  ) {
    const clause = clauses[k]!;
    const item = text.slice(clause.start, clause.end);
    const join = LIST_JOIN.exec(item) ?? LIST_JOIN_HAN.exec(item);
    if (join === null) continue;
    const from = clause.start + join.index + join[0].length;
    const j = firstEndingAfter(negations, from);
    const negation = negations[j];
    return negation !== undefined && negation.start >= from &&
        negation.end <= clause.end
      ? negation
      : undefined;
  }
  return undefined;
}

/**
 * The end of a clause that lists (a noun, "や", "など", "ve", "या") rather
 * than closing a condition, a reason or a verb, before `、` or a comma: the
 * `listing` context words of every language, and the Korean "및", "등",
 * "나" (Korean has no lexicons, so no context file).
 */
const LISTING = new RegExp(
  String.raw`(?:${contextWords(["listing"]).join("|")}|및|등|나)\s*[、,，]\s*$`,
  "u",
);

/**
 * Per clause: 1 when it lists and every clause after it in its sentence
 * but the last lists too, so a negation closing the sentence reaches it.
 * Linear: one backward pass.
 *
 * @param text The normalized text.
 * @param segmentation Its sentences and clauses.
 * @returns Per clause, 1 when a closing negation reaches across it.
 */
export function enumerations(
  text: string,
  segmentation: Segmentation,
): Uint8Array {
  const { clauses, sentences } = segmentation;
  const out = new Uint8Array(clauses.length);
  let s = sentences.length - 1;
  let chain = false;
  for (let c = clauses.length - 1; c >= 0; c--) {
    const clause = clauses[c]!;
    while (s > 0 && sentences[s]!.start > clause.start) s--;
    const sentence = sentences[s]!;
    if (clause.end >= sentence.end) {
      chain = true; // The last clause: the next one before it may list.
      continue;
    }
    const tail = text.slice(
      Math.max(clause.start, clause.end - 12),
      clause.end,
    );
    chain = chain && LISTING.test(tail);
    out[c] = chain ? 1 : 0;
  }
  return out;
}

// The words of a run of letters: a run of Han characters, written without
// spaces, counts one word per two characters.
function wordCount(runs: readonly string[]): number {
  let words = 0;
  for (const run of runs) {
    words += HAN_RUN.test(run) ? Math.ceil(run.length / 2) : 1;
  }
  return words;
}
