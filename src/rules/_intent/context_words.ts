// This module is browser compatible.

/**
 * Context words (a proof, a mock-up, "maquette", "Entwurf") that cover no
 * review word set a context in their sentence and the next one: weak review
 * words there are cancelled and the others marked ("Your proof is attached.
 * Let us know your opinion."), and a sentence with a marked word carries the
 * context on to the next. A context word in what an instruction tells
 * the buyer to write sets none. A sample, a swatch or a choice the buyer's
 * opinion helps make ("the fabric sample", "choose between the two
 * shades", "Pani opinia pomoże nam wybrać") sets one too, in every
 * language; and review words that report someone else's finding ("the
 * technician's assessment", `assessed.ts`) are cancelled first.
 *
 * @module
 */

import type { AnalyzeOptions } from "./analysis_types.ts";
import { firstEndingAfter, MAX_TERM, overlaps } from "./hit_index.ts";
import type { ConceptHit } from "./lexicon_matcher.ts";
import { CLAUSE_FINAL } from "./negation.ts";
import { cancelAssessed } from "./assessed.ts";
import { cancelRecordObjects } from "./objects.ts";
import { type Segmentation, segmentIndex } from "./segment.ts";
import { execNotAfter, LETTER_OR_MARK } from "../../text/not_after.ts";

/**
 * A sample or swatch to judge before production, or a choice the buyer's
 * opinion helps the seller make, in the languages of the lexicons: a
 * context for the review words of its sentence and the next ("your
 * feedback on the fabric sample", "Pani opinia pomoże nam wybrać").
 */
const SAMPLE =
  /samples?|swatch(?:es)?|fabric sample|stoffmuster|farbmuster|materialmuster|stoffprobe|farbprobe|échantillon|muestras? de|muestrario|campion|amostra|stofstaal|kleurstaal|staaltje|tygprov|färgprov|provbit|próbk|próbce|numune|عينة|عينات|नमून|सैंपल|help(?:s|ing)? us (?:to )?(?:choose|decide|pick)|uns (?:bei der (?:auswahl|entscheidung)|entscheiden)|nous aider(?:a|ont)? à (?:choisir|décider)|(?:ayudar|ajudar|aiutar)\p{L}* a (?:elegir|decidir|escolher|scegliere|decidere)|helpt ons (?:kiezen|beslissen)|hjälper oss (?:att )?(?:välja|bestämma)|pomoże nam (?:wybrać|zdecydować)|choose between|choice between|wählen zwischen|auswahl zwischen|choisir entre|deux nuances|deux teintes|elegir entre|scegliere tra|scegliere fra|escolher entre|kiezen tussen|välja mellan|wybrać (?:między|pomiędzy)|karar vermemize|seçmemize|seçenekler\p{L}*|نختار|نقرر|चुनने में|तय करने में/gu;
/** The same in scripts written without spaces, anywhere. */
const SAMPLE_UNSPACED =
  /見本|生地サンプル|カラーサンプル|布料小样|面料小样|样品|样布|色卡|打样|どちらがよ|どちらになさ/gu;

/**
 * Context words (a proof, a mock-up) that cover no review word cancel the
 * weak ones in their sentence and in the next one, and mark the others
 * there. Linear: one pass marks sentences, one pass cancels.
 *
 * @param hits The hits, sorted by end.
 * @param segmentation The text's sentences and clauses.
 * @param cancelled Per hit, 1 when cancelled; set here.
 * @param byConcept The indices of each concept's hits.
 * @param options The analysis options (`context`, `cancels`).
 * @returns The indices of the marked hits.
 */
export function cancelByContext(
  hits: readonly ConceptHit[],
  segmentation: Segmentation,
  cancelled: Uint8Array,
  byConcept: ReadonlyMap<string, readonly number[]>,
  options: AnalyzeOptions,
): Set<number> {
  const marked = new Set<number>();
  const { context, cancels = {}, text } = options;
  if (context === undefined) return marked;
  const { sentences } = segmentation;
  // Review words that report someone else's finding ("the technician's
  // assessment", "評価によると") go first: the keepers are the concepts
  // that make a review word asked for, and a review place.
  if (text !== undefined) {
    cancelAssessed(hits, text, segmentation, cancelled, context.marked, [
      ...(options.negatable ?? []),
      ...(options.toldAt === undefined ? [] : [options.toldAt]),
    ]);
    // And review words whose object is a record ("noter le numéro", "the
    // comment field", "nota di credito"): a request or a refund does not
    // keep them, a review place, praise or other shoppers do.
    cancelRecordObjects(hits, text, segmentation, cancelled, context.marked, [
      ...(options.toldAt === undefined ? [] : [options.toldAt]),
      ...(options.negatable ?? []).filter((concept) =>
        concept === "positive" || concept === "sharing"
      ),
    ]);
  }
  const covered = new Set(cancels[context.canceller] ?? []);
  const contexts = byConcept.get(context.canceller) ?? [];
  const sentenceMarks = new Uint8Array(sentences.length);
  let any = false;
  // A sample, a swatch or a choice to make ("the fabric sample", "helps us
  // decide") is a context too, in every language.
  if (text !== undefined) {
    SAMPLE.lastIndex = 0;
    SAMPLE_UNSPACED.lastIndex = 0;
    const next = [
      () => execNotAfter(SAMPLE, text, LETTER_OR_MARK),
      () => SAMPLE_UNSPACED.exec(text),
    ];
    for (const search of next) {
      for (let m = search(); m !== null; m = search()) {
        sentenceMarks[segmentIndex(sentences, m.index)] = 1;
        any = true;
      }
    }
  }
  if (contexts.length === 0 && !any) return marked;
  // The instructions, and the review words between which and a context
  // word the context word is no longer what the buyer is told to write.
  const { clauses } = segmentation;
  const quoting = new Set(context.quotedBy ?? []);
  const markedConcepts = new Set(context.marked);
  const instructions: ConceptHit[] = [];
  const reviewWords: ConceptHit[] = [];
  if (quoting.size > 0) {
    for (let i = 0; i < hits.length; i++) {
      if (cancelled[i]) continue;
      if (quoting.has(hits[i]!.concept)) instructions.push(hits[i]!);
      else if (markedConcepts.has(hits[i]!.concept)) {
        reviewWords.push(hits[i]!);
      }
    }
  }
  // Whether a review word lies within [from, to).
  const reviewBetween = (from: number, to: number): boolean => {
    for (
      let k = firstEndingAfter(reviewWords, from);
      k < reviewWords.length && reviewWords[k]!.end <= to;
      k++
    ) {
      if (reviewWords[k]!.start >= from) return true;
    }
    return false;
  };
  // Whether the context word is in what an instruction of its clause tells
  // the buyer to write: right after it with no review word between, or in
  // a verb-final language before it with no review word after it.
  const quoted = (word: ConceptHit): boolean => {
    if (instructions.length === 0) return false;
    const clause = clauses[segmentIndex(clauses, word.start)]!;
    if (CLAUSE_FINAL.has(word.language)) {
      // The instruction closes the clause: a review word after the context
      // word is what the context word is about ("Gravür metni hakkındaki
      // yorumunuzu").
      for (
        let j = firstEndingAfter(instructions, word.end);
        j < instructions.length && instructions[j]!.end <= clause.end;
        j++
      ) {
        if (instructions[j]!.start < word.end) continue;
        return !reviewBetween(word.end, clause.end);
      }
      return false;
    }
    const j = firstEndingAfter(instructions, word.start) - 1;
    if (j < 0 || instructions[j]!.start < clause.start) return false;
    return !reviewBetween(instructions[j]!.end, word.start);
  };
  for (const at of contexts) {
    const word = hits[at]!;
    if (quoted(word)) continue;
    // Hits overlapping it end at most a term's length after it.
    let alone = true;
    for (
      let j = firstEndingAfter(hits, word.start);
      j < hits.length && hits[j]!.end <= word.end + MAX_TERM;
      j++
    ) {
      if (covered.has(hits[j]!.concept) && overlaps(hits[j]!, word)) {
        alone = false;
        break;
      }
    }
    if (!alone) continue;
    sentenceMarks[segmentIndex(sentences, word.start)] = 1;
    any = true;
  }
  if (!any) return marked;
  const weak = new Set(context.weak);
  const mark = new Set(context.marked);
  // A sentence whose review word is about the context carries it on to the
  // next ("The first draft is attached. Tell us what you think of the
  // layout. Your feedback on these two points would help:"). Hits come in
  // text order, so a sentence's hits are all seen before the next one's.
  // Blank lines between paragraphs are no sentences here: the one before
  // a sentence is the last one with words.
  const carries = new Uint8Array(sentences.length);
  const before = previousWithWords(sentences, text);
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (!weak.has(hit.concept) && !mark.has(hit.concept)) continue;
    const s = segmentIndex(sentences, hit.start);
    const p = before[s]!;
    if (!sentenceMarks[s] && !(p >= 0 && (sentenceMarks[p] || carries[p]))) {
      continue;
    }
    if (weak.has(hit.concept)) cancelled[i] = 1;
    else {
      marked.add(i);
      carries[s] = 1;
    }
  }
  return marked;
}

// For each sentence, the index of the last sentence before it that holds
// more than white space (-1 for none); without the text, the one before.
function previousWithWords(
  sentences: Segmentation["sentences"],
  text: string | undefined,
): Int32Array {
  const out = new Int32Array(sentences.length);
  let last = -1;
  for (let s = 0; s < sentences.length; s++) {
    out[s] = last;
    const { start, end } = sentences[s]!;
    if (text === undefined || /\S/.test(text.slice(start, end))) last = s;
  }
  return out;
}
