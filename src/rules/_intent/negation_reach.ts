// This module is browser compatible.

/**
 * How far a negation reaches: a short window around a hit; the rest of the
 * clause in a verb-final language (across an enumeration to the sentence's
 * closing negation) or up to a review word it denies; a whole clause it
 * closes in German, Dutch or Swedish; a purpose clause after a sentence's
 * first clause; the later items of a list its clause opens. Not in a
 * question (for requests and deniable words), not a negation that belongs
 * to a request, nor one in what an instruction tells the buyer to write.
 *
 * @module
 */

import type { AnalyzeOptions } from "./analysis_types.ts";
import { contextWords } from "./context_lists.ts";
import { firstEndingAfter, MAX_TERM, overlaps, TOUCH } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import {
  CLAUSE_CLOSING,
  CLAUSE_FINAL,
  CLOSING_REST,
  negationsFor,
} from "./negation.ts";
import {
  enumerations,
  listChains,
  listClosingNegation,
  negatedListItem,
} from "./negation_lists.ts";
import {
  COMMA,
  type Segment,
  type Segmentation,
  segmentIndex,
} from "./segment.ts";
import { isQuestion, opensPurpose } from "./sentence_kinds.ts";

/**
 * A complementizer ending an instruction in a verb-final language, after
 * which what the buyer is told to write follows ("लिखिए कि").
 */
const COMPLEMENTIZER = /(?:^|\s)कि$/u;

/** How far before a concept a negation reaches, in code units. */
const NEGATION_BEFORE = 48;
/** How far after a concept a negation reaches ("Gutschein ist nicht nötig"). */
const NEGATION_AFTER = 18;

/**
 * Words for a need, the `noNeed` context words of every language: a
 * negation next to one says that nothing is needed ("no need", "pas
 * besoin", "gerek yok", "不需要", "必要はありません", "لا حاجة").
 */
const NO_NEED = new RegExp(contextWords(["noNeed"]).join("|"), "u");
/** How far from a negation its word for a need may stand. */
const NEED_WINDOW = 12;

/**
 * Whether a word for a need stands near `negation` ("no need", "pas
 * besoin"), within `from`…`to` of the text.
 */
function saysNoNeed(
  text: string,
  negation: ConceptHit,
  from: number,
  to: number,
): boolean {
  return NO_NEED.test(
    text.slice(
      Math.max(from, negation.start - NEED_WINDOW),
      Math.min(to, negation.end + NEED_WINDOW),
    ),
  );
}

/** How far after a verb of asking the negation of what it asks may start. */
const ASKED_GAP = 12;

/**
 * Verbs of asking, the `asking` context words of every language: a
 * negation right next to one negates the asking ("we are not asking", "wir
 * bitten Sie nicht", "non le chiediamo", "vi ber dig inte", "不要求", "لا
 * نطلب"), unlike a negation inside an idiom that urges ("n'hésitez pas",
 * "don't forget").
 */
const ASKING = new RegExp(contextWords(["asking"]).join("|"), "u");

/**
 * Languages whose negation follows the verb it negates ("wir bitten nicht",
 * "we vragen niet", "vi ber inte"), besides the verb-final ones.
 */
const NEGATION_AFTER_VERB: ReadonlySet<string> = new Set(["de", "nl", "sv"]);

/**
 * Whether `negation` comes after `request` without negating it: what is
 * asked is not to do something ("please don't", "prosimy nie", "le pedimos
 * que no", "请不要"), in a language whose negation stands before its verb.
 * The request stands.
 */
function asksNot(
  request: ConceptHit,
  negation: ConceptHit,
  text: string | undefined,
): boolean {
  return negation.start >= request.end &&
    !CLAUSE_FINAL.has(request.language) &&
    !NEGATION_AFTER_VERB.has(request.language) &&
    // French closes a negation after the verb it opens before ("nous ne
    // vous demanderons jamais").
    !(request.language === "fr" && text !== undefined &&
      FRENCH_NE.test(
        text.slice(Math.max(0, request.start - NE_WINDOW), request.start),
      ));
}

/** A French "ne" that opens a negation a few words before a verb. */
const FRENCH_NE = /(?:^|[^\p{L}])(?:ne|n['’])\s*(?:[\p{L}'’]+\s+){0,2}$/u;
/** How far before a verb its "ne" may stand. */
const NE_WINDOW = 16;

/**
 * Cancels negated hits in place (and marks them in `negatedOut`); a
 * deniable hit a negation reaches stays, marked in `denied`. Linear: every
 * hit looks at a bounded window of negations (terms are short and rarely
 * overlap).
 *
 * @param hits The hits, sorted by end.
 * @param negations The negations that count, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; negated hits are added.
 * @param negatable The concepts a negation cancels.
 * @param options The analysis options (anchors, primary, text, ...).
 * @param deniable The concepts a negation denies without cancelling.
 * @param denied Per hit, set to 1 when a deniable hit is denied.
 * @param negatedOut Per hit, set to 1 when a negation cancels it.
 */
export function negate(
  hits: readonly ConceptHit[],
  negations: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  negatable: ReadonlySet<string>,
  options: AnalyzeOptions,
  deniable: ReadonlySet<string>,
  denied: Uint8Array,
  negatedOut: Uint8Array,
): void {
  const { clauses, sentences } = segmentation;
  const { primary, text } = options;
  const anchors = new Set(options.anchors ?? []);
  // The start of the last anchor of each clause (-1: none).
  const lastAnchor = new Int32Array(clauses.length).fill(-1);
  if (anchors.size > 0) {
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i]!;
      if (!anchors.has(hit.concept) || cancelled[i]) continue;
      const c = segmentIndex(clauses, hit.start);
      if (hit.start > lastAnchor[c]!) lastAnchor[c] = hit.start;
    }
  }
  // Whether each clause opens a purpose clause (0 unknown, 1 yes, 2 no).
  const purpose = new Uint8Array(clauses.length);
  const cache = new Map<string, ConceptHit[]>();
  const question = new Uint8Array(sentences.length);
  let listed: Uint8Array | undefined;
  let lists: Int32Array | undefined;
  const listReach = new Set(options.listReach ?? []);
  // The requests, for the negations that belong to one ("n'oubliez pas").
  const requests = hits.filter((hit, i) =>
    hit.concept === options.askedInQuestion && !cancelled[i]
  );
  // Whether a negation stands right next to a request: it is part of it
  // ("N'oubliez pas de laisser un avis"), it does not deny a review word.
  const touchesRequest = (negation: ConceptHit): boolean => {
    // "No need" is never part of an idiom that urges ("yorum vermenize
    // gerek yok", "no hace falta que dejes una reseña").
    if (
      text !== undefined && saysNoNeed(text, negation, 0, text.length)
    ) return false;
    for (
      let j = firstEndingAfter(requests, negation.start - ASKED_GAP);
      j < requests.length && requests[j]!.start <= negation.end + TOUCH;
      j++
    ) {
      const request = requests[j]!;
      const asking = text !== undefined && !overlaps(request, negation) &&
        ASKING.test(text.slice(request.start, request.end));
      // A verb of asking before the negation asks not to do something
      // ("prosimy nie odejmować", "le pedimos que no", "ask you not to"):
      // the negation is part of the request.
      if (asking && asksNot(request, negation, text)) {
        if (negation.start - request.end <= ASKED_GAP) return true;
        continue;
      }
      if (request.end < negation.start - TOUCH) continue;
      // A request word inside the negation's own phrase is part of it
      // ("देना" in "से कोई लेना-देना नहीं": "has nothing to do with").
      if (request.start >= negation.start && request.end <= negation.end) {
        continue;
      }
      // A verb of asking that the negation negates ("Wir bitten Sie nicht
      // um eine Bewertung", "不要求您") denies what it would ask for.
      if (asking) continue;
      return true;
    }
    return false;
  };
  // The instructions, for the negations in what they tell to write.
  const quoting = new Set(options.quotes ?? []);
  const instructions = quoting.size === 0 || text === undefined
    ? []
    : hits.filter((hit, i) =>
      quoting.has(hit.concept) && !cancelled[i] &&
      (!CLAUSE_FINAL.has(hit.language) ||
        COMPLEMENTIZER.test(text.slice(hit.start, hit.end)))
    );
  // Whether an instruction of the hit's sentence ends between the hit's end
  // and the negation: the negation is in what the buyer is told to write.
  const quoted = (negation: ConceptHit, hit: ConceptHit): boolean => {
    if (instructions.length === 0) return false;
    // The last instruction ending at or before the negation's start.
    const j = firstEndingAfter(instructions, negation.start) - 1;
    if (j < 0) return false;
    const instruction = instructions[j]!;
    return instruction.end >= hit.end &&
      segmentIndex(sentences, instruction.start) ===
        segmentIndex(sentences, hit.start) &&
      segmentIndex(sentences, negation.start) ===
        segmentIndex(sentences, hit.start);
  };
  // Whether a negation closes its clause in a language that may close
  // with one, in a clause without a request.
  const closesClause = (negation: ConceptHit, clause: Segment): boolean => {
    if (!CLAUSE_CLOSING.has(negation.language) || text === undefined) {
      return false;
    }
    if (!CLOSING_REST.test(text.slice(negation.end, clause.end))) return false;
    for (
      let j = firstEndingAfter(requests, clause.start);
      j < requests.length && requests[j]!.start < clause.end;
      j++
    ) {
      if (requests[j]!.start >= clause.start) return false;
    }
    return true;
  };
  // Per clause and language: the clause's first negation that says nothing
  // is needed, found once (the clause's negations are read once).
  const noNeed = new Map<
    readonly ConceptHit[],
    Map<number, ConceptHit | null>
  >();
  const firstNoNeed = (
    list: readonly ConceptHit[],
    c: number,
    clause: Segment,
    text: string,
  ): ConceptHit | undefined => {
    let byClause = noNeed.get(list);
    if (byClause === undefined) noNeed.set(list, byClause = new Map());
    let found = byClause.get(c);
    if (found === undefined) {
      found = null;
      for (
        let j = firstEndingAfter(list, clause.start);
        j < list.length && list[j]!.start < clause.end;
        j++
      ) {
        const negation = list[j]!;
        if (
          negation.start >= clause.start &&
          saysNoNeed(text, negation, clause.start, clause.end)
        ) {
          found = negation;
          break;
        }
      }
      byClause.set(c, found);
    }
    return found ?? undefined;
  };
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const denies = deniable.has(hit.concept);
    if ((!negatable.has(hit.concept) && !denies) || cancelled[i]) continue;
    // A request: a negation after it may ask not to do something.
    const asked = hit.concept === options.askedInQuestion;
    if ((asked || denies) && text !== undefined) {
      const s = segmentIndex(sentences, hit.start);
      if (question[s] === 0) {
        question[s] = isQuestion(text, sentences[s]!) ? 1 : 2;
      }
      if (question[s] === 1) continue;
    }
    const list = negationsFor(hit.language, negations, primary, cache);
    if (list.length === 0) continue;
    const c = segmentIndex(clauses, hit.start);
    const clause = clauses[c]!;
    // Before the hit, or just after it.
    const from = Math.max(clause.start, hit.start - NEGATION_BEFORE);
    const to = Math.min(clause.end, hit.end + NEGATION_AFTER);
    let negated = false;
    for (
      let j = firstEndingAfter(list, from);
      j < list.length && list[j]!.start < to;
      j++
    ) {
      const negation = list[j]!;
      if (
        negation.start >= from && negation.end <= to &&
        !overlaps(negation, hit) && !(denies && touchesRequest(negation)) &&
        !quoted(negation, hit) && !(asked && asksNot(hit, negation, text))
      ) {
        negated = true;
        break;
      }
    }
    // A "no need" earlier in the clause reaches every item it lists ("You
    // don't need to send it back, fill out a form or leave feedback").
    if (!negated && text !== undefined) {
      const need = firstNoNeed(list, c, clause, text);
      if (
        need !== undefined && need.end <= hit.start &&
        !quoted(need, hit)
      ) negated = true;
    }
    // Further after it in the clause: a verb-final language's negation, or
    // one that denies the link to a review word after it. In a verb-final
    // language, a negation in the last clause of the sentence closes the
    // whole sentence, across the commas of an enumeration ("クーポンコードの
    // ご入力や、レビューのご投稿など、お手続きは一切ございません"), not
    // across a condition or a reason ("…参考になれば、…喜びはありません").
    if (!negated) {
      const anchor = lastAnchor[c]!;
      let end = clause.end;
      let lastClauseStart = clause.start;
      if (CLAUSE_FINAL.has(hit.language) && text !== undefined) {
        listed ??= enumerations(text, segmentation);
      }
      if (listed !== undefined && CLAUSE_FINAL.has(hit.language) && listed[c]) {
        const sentence = sentences[segmentIndex(sentences, hit.start)]!;
        end = sentence.end;
        lastClauseStart = clauses[segmentIndex(clauses, sentence.end - 1)]!
          .start;
      }
      for (
        let j = firstEndingAfter(list, hit.end);
        j < list.length && list[j]!.start < end;
        j++
      ) {
        const negation = list[j]!;
        if (negation.start < hit.end) {
          if (negation.end - hit.end > MAX_TERM) break;
          continue;
        }
        if (negation.end > end) break;
        if (quoted(negation, hit)) continue;
        if (negation.end > clause.end) {
          // Past the hit's clause: only the sentence's closing negation.
          if (negation.start < lastClauseStart) {
            const next = firstEndingAfter(list, lastClauseStart);
            if (next > j + 1) j = next - 1;
            continue;
          }
          negated = CLAUSE_FINAL.has(negation.language) &&
            !(denies && touchesRequest(negation));
          break;
        }
        negated = (CLAUSE_FINAL.has(negation.language) ||
          negation.end <= anchor ||
          (!denies && closesClause(negation, clause))) &&
          !(denies && touchesRequest(negation)) &&
          !(asked && asksNot(hit, negation, text));
        break;
      }
    }
    // A purpose clause after a sentence's first clause that holds a
    // negation, joined by a comma: not after a colon, a semicolon or a
    // dash, which open a clause of its own ("Removal is not part of our
    // service: for that, our customers like …").
    if (!negated && text !== undefined && c > 0) {
      const sentence = sentences[segmentIndex(sentences, hit.start)]!;
      const first = clauses[c - 1]!;
      if (
        first.start === sentence.start && COMMA.test(text[first.end - 1]!)
      ) {
        if (purpose[c] === 0) purpose[c] = opensPurpose(text, clause) ? 1 : 2;
        if (purpose[c] === 1) {
          const negation = list[firstEndingAfter(list, first.start)];
          negated = negation !== undefined &&
            negation.start >= first.start && negation.end <= first.end;
        }
      }
    }
    // An item of a list whose first clause holds the negation ("You do not
    // need to fill in a form, answer a survey, write a review or give a
    // rating"); not in a verb-final language, whose negation closes the
    // list.
    if (
      !negated && text !== undefined && c > 0 &&
      !CLAUSE_FINAL.has(hit.language) && listReach.has(hit.concept)
    ) {
      lists ??= listChains(text, segmentation);
      negated = negatedListItem(text, clauses, lists, list, c);
    }
    // In a verb-final language, an item before the list's last one, whose
    // negation closes the list ("कोई रिव्यू, रेटिंग या फ़ीडबैक ज़रूरी नहीं").
    if (
      !negated && text !== undefined && CLAUSE_FINAL.has(hit.language) &&
      listReach.has(hit.concept)
    ) {
      lists ??= listChains(text, segmentation);
      const negation = listClosingNegation(text, clauses, lists, list, c);
      negated = negation !== undefined && !(denies && touchesRequest(negation));
    }
    if (negated) {
      if (denies) denied[i] = 1;
      else cancelled[i] = negatedOut[i] = 1;
    }
  }
}
