// This module is browser compatible.

/**
 * Review words that belong to someone else or to a thing under
 * examination: an assessor's assessment ("the technician's assessment",
 * "la valutazione del perito", "検査センターの評価では", "技术员的评价"), a
 * source ("according to the evaluation", "laut Gutachten", "評価によると"),
 * or an evaluation of damage, a claim or a sample ("the carrier will
 * evaluate the damage", "配送業者が損傷を評価し"). Such a word reports a
 * finding; nobody is asked for a review. It is cancelled unless its clause
 * asks, rewards, tells others, instructs, asks for a change, praises or
 * names a review place ("please rate our technician on Amazon").
 *
 * @module
 */

import { CONTEXT_WORDS } from "../_lexicons/context/mod.ts";
import { contextWords, escapeRegExp, languageWords } from "./context_lists.ts";
import { keeperInClause, keepersOf } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";

/**
 * The patterns of owners, built on first use from the context words of
 * every language (`_lexicons/context/`): who assesses other than the buyer
 * and what is assessed (`owners`, `assessing`), verbs of showing
 * (`shows`), and the pronouns of someone else (`pronouns`).
 */
interface OwnerPatterns {
  /**
   * An owner right before the hit: the owner's word (with its endings),
   * then at most three short words ("the technician's", "the carrier
   * will", "the engineer will do an", "teknisyenimizin", "तकनीशियन के"),
   * or up to five characters in Japanese and Chinese ("技術担当の",
   * "配送業者が損傷を").
   */
  readonly before: RegExp;
  /**
   * An owner right after the hit: the rest of its word, then one to three
   * short linking words and the owner ("of the expert", "unseres
   * Technikers", "de l'expert"); in Arabic the owner right after it
   * ("تقييم الخبير"); a word for "according to" after it
   * ("değerlendirmesine göre", "आकलन के अनुसार"); a verb of showing
   * ("if the assessment shows that the pipe is too long", "la valutazione
   * ha evidenziato", "se a avaliação indicar"), which makes it a finding
   * that reports; in Japanese and Chinese the owner or a source or a
   * result right after it ("評価によると", "评估损坏情况", "評価の結果"), not
   * behind a topic marker ("レビューは配送業者の問題"), which says what the
   * review was about.
   */
  readonly after: RegExp;
  /**
   * Someone else as the subject, by language: "he", "she", "il", "er"
   * ("Il fera d'abord une évaluation du mur"), then at most three short
   * words before the hit.
   */
  readonly pronounBefore: ReadonlyMap<string, RegExp>;
}

let ownerPatterns: OwnerPatterns | undefined;

/**
 * A perfect of the seller or an owner, by language: the auxiliary (not
 * next to a buyer's pronoun) after the seller or an owner as the subject,
 * or before one ("heute hat unser Techniker…"), in the text of a clause
 * before its closing participle.
 */
interface PerfectPatterns {
  /** The auxiliary with the words on either side. */
  readonly aux: RegExp;
  /** The buyer as the subject. */
  readonly buyer: RegExp;
  /** The seller or an owner as a word of the clause. */
  readonly subject: RegExp;
  /** The rest of a clause after its closing participle. */
  readonly end: RegExp;
}

const perfectPatterns = new Map<string, PerfectPatterns | null>();

function perfectOf(language: string): PerfectPatterns | null {
  let found = perfectPatterns.get(language);
  if (found !== undefined) return found;
  const aux = languageWords(language, ["perfectAux"])?.words ?? [];
  const own = languageWords(language, ["ownSubjects"])?.words ?? [];
  const buyer = languageWords(language, ["buyerSubjects"])?.words ?? [];
  const owner = languageWords(language, ["owners"])?.words ?? [];
  const and = languageWords(language, ["and"])?.words ?? [];
  found = aux.length === 0 || own.length === 0 || buyer.length === 0 ? null : {
    aux: new RegExp(
      `(?:^|([\\p{L}\\p{M}]+)\\s+)(?:${
        aux.map(escapeRegExp).join("|")
      })(?:\\s+([\\p{L}\\p{M}]+))?(?![\\p{L}\\p{M}])`,
      "gu",
    ),
    buyer: new RegExp(`^(?:${buyer.map(escapeRegExp).join("|")})$`, "u"),
    // Nothing but signs, or "and" and a second verb of the subject.
    end: new RegExp(
      and.length === 0
        ? "^[^\\p{L}\\p{M}\\p{N}]*$"
        : `^[^\\p{L}\\p{M}\\p{N}]*(?:$|(?:${
          and.map(escapeRegExp).join("|")
        })\\s)`,
      "u",
    ),
    subject: new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${
        [
          ...own.map((word) => `${escapeRegExp(word)}(?![\\p{L}\\p{M}])`),
          ...owner.map(escapeRegExp),
        ].join("|")
      })`,
      "u",
    ),
  };
  perfectPatterns.set(language, found);
  return found;
}

/**
 * Whether a review word closes its clause as the participle of a perfect
 * whose subject is the seller or an owner ("onze technische dienst heeft
 * de foto's en het filmpje van uw maaier beoordeeld", "wir haben Ihre
 * Fotos bewertet"); not one whose auxiliary stands next to the buyer
 * ("haben Sie uns schon bewertet?", "u heeft ons beoordeeld").
 */
function closesOwnPerfect(
  text: string,
  sentenceStart: number,
  clauseEnd: number,
  hit: ConceptHit,
): boolean {
  const patterns = perfectOf(hit.language);
  if (patterns === null) return false;
  // A participle ("bewertet", "beoordeeld"), last word of the clause.
  const rest = text.slice(hit.end, clauseEnd);
  const tail = /^[\p{L}\p{M}]*/u.exec(rest)![0];
  if (!/[dt]$/u.test(text.slice(hit.start, hit.end) + tail)) return false;
  if (!patterns.end.test(rest.slice(tail.length))) return false;
  // The last auxiliary of the sentence before it: a clause may stop at a
  // comma of a product's name ("Robotmaaier tot 600 m², met app").
  const before = text.slice(sentenceStart, hit.start);
  let aux: RegExpExecArray | null = null;
  patterns.aux.lastIndex = 0;
  for (let m = patterns.aux.exec(before); m; m = patterns.aux.exec(before)) {
    aux = m;
  }
  if (aux === null) return false;
  if (
    (aux[1] !== undefined && patterns.buyer.test(aux[1])) ||
    (aux[2] !== undefined && patterns.buyer.test(aux[2]))
  ) return false;
  return patterns.subject.test(before);
}

function owners(): OwnerPatterns {
  if (ownerPatterns !== undefined) return ownerPatterns;
  const owner = contextWords(["owners", "assessing"], "words")
    .map(escapeRegExp).join("|");
  const ownerCjk = contextWords(["owners"], "chars").join("|");
  const shows = contextWords(["shows"]).join("|");
  // Short words between the review word and an owner after it ("la
  // valutazione del perito", "Bewertung unseres Technikers").
  const link = contextWords(["ownerLink"]).join("|");
  // Owners, "according to" and what is assessed right after the review
  // word ("تقييم الخبير", "değerlendirmesine göre", "ocena stanu"), and in
  // Japanese and Chinese a result ("評価の結果").
  const next = contextWords(["ownerNext"]).join("|");
  const according = contextWords(["accordingTo"]).join("|");
  const assessed = contextWords(["assessedNext"]).join("|");
  const result = contextWords(["resultNext"]).join("|");
  ownerPatterns = {
    before: new RegExp(
      `(?:(?<![\\p{L}\\p{M}])(?:${owner})[\\p{L}\\p{M}'’]{0,7}(?:[\\s'’]+[\\p{L}\\p{M}'’]{1,8}){0,3}[\\s'’]*|(?:${ownerCjk})[^\\s、。，,.!?！？]{0,5})$`,
      "u",
    ),
    after: new RegExp(
      `^[\\p{L}\\p{M}]*[\\s'’]*(?:(?:${link})[\\s'’]+){1,3}(?:${owner})|^[\\p{L}\\p{M}]*\\s*(?:${next})|^[\\p{L}\\p{M}]*\\s+(?:[\\p{L}\\p{M}]+\\s+)?(?:${according})|^[\\p{L}\\p{M}]*\\s+(?:${shows})(?![\\p{L}\\p{M}])|^[\\p{L}\\p{M}]*\\s+(?:${assessed})|^(?:${ownerCjk}|${result})`,
      "u",
    ),
    pronounBefore: new Map(
      Object.entries(CONTEXT_WORDS).flatMap(([language, { pronouns }]) =>
        pronouns === undefined ? [] : [
          [
            language,
            new RegExp(
              `(?<![\\p{L}\\p{M}'’-])(?:${
                pronouns.join("|")
              })(?:[\\s'’]+[\\p{L}\\p{M}'’]{1,8}){1,3}[\\s'’]*$`,
              "u",
            ),
          ] as const,
        ]
      ),
    ),
  };
  return ownerPatterns;
}

/** The concept of what to put in a review (photos, details). */
const INSTRUCTION = "instruction";

/** How far before or after a hit its owner is looked for. */
const WINDOW = 32;

/**
 * Cancels the hits of `targets` that an owner next to them makes someone
 * else's finding, unless their clause holds a hit of `keepers` that is not
 * cancelled, outside the owner's words. Linear: each target tests two
 * bounded windows and looks up the keepers of its clause by binary
 * search.
 *
 * @param hits The hits, sorted by end.
 * @param text The normalized text.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param targets The review words.
 * @param keepers The concepts that keep them (a request, a place, ...).
 *
 * @example
 * ```ts
 * import { cancelAssessed } from "./assessed.ts";
 * import { segmentText } from "./segment.ts";
 * import assert from "node:assert/strict";
 *
 * const text = "the technician's assessment is that the pump failed.";
 * const hits = [{ concept: "review", language: "en", start: 17, end: 27 }];
 * const cancelled = new Uint8Array(1);
 * cancelAssessed(hits, text, segmentText(text), cancelled, ["review"], ["request"]);
 * assert.equal(cancelled[0], 1);
 * ```
 */
export function cancelAssessed(
  hits: readonly ConceptHit[],
  text: string,
  segmentation: Segmentation,
  cancelled: Uint8Array,
  targets: readonly string[],
  keepers: readonly string[],
): void {
  const targetSet = new Set(targets);
  const { clauses, sentences } = segmentation;
  const kept = keepersOf(hits, cancelled, keepers);
  const keptBySubject = keepersOf(
    hits,
    cancelled,
    keepers.filter((concept) => concept !== INSTRUCTION),
  );
  const seen = new Map<string, readonly [number, number] | null>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (cancelled[i] || !targetSet.has(hit.concept)) continue;
    const clause = clauses[segmentIndex(clauses, hit.start)]!;
    const before = text.slice(
      Math.max(clause.start, hit.start - WINDOW),
      hit.start,
    );
    const after = text.slice(hit.end, Math.min(clause.end, hit.end + WINDOW));
    // A text that repeats one word ("レビューレビュー…") gives the same
    // windows again: their owners are looked up once.
    const key = `${hit.language}\u0000${before}\u0000${after}`;
    let found = seen.get(key);
    if (found === undefined) {
      const patterns = owners();
      const owner = patterns.before.exec(before) ??
        patterns.pronounBefore.get(hit.language)?.exec(before);
      const ownerAfter = patterns.after.exec(after);
      found = owner == null && ownerAfter === null
        ? null
        : [owner?.[0].length ?? 0, ownerAfter?.[0].length ?? 0];
      seen.set(key, found);
    }
    if (found === null) {
      if (
        closesOwnPerfect(
          text,
          sentences[segmentIndex(sentences, hit.start)]!.start,
          clause.end,
          hit,
        ) &&
        !keeperInClause(keptBySubject(), clause, hit.start, hit.end)
      ) cancelled[i] = 1;
      continue;
    }
    // The owner's words are not keepers ("indicar que" reports, it does
    // not tell the buyer what to write). Nor is an instruction where the
    // owner does the assessing: its photos or details are the owner's
    // material ("our technician needs to make an assessment with a few
    // photos").
    const from = hit.start - found[0];
    const to = hit.end + found[1];
    const keepers = found[0] > 0 ? keptBySubject() : kept();
    if (!keeperInClause(keepers, clause, from, to)) cancelled[i] = 1;
  }
}
