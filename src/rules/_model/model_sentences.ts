// This module is browser compatible.

/**
 * Finds the sentences of a lint context that a sentence model counts: the
 * seller's own sentences (not order data or quotations), scored on the
 * normalized text, ranges in the original.
 *
 * @module
 */

import type { RuleContext } from "../../lint/rule.ts";
import { matchTextOf, segmentMessage } from "../_intent/normalized.ts";
import { foreignSpans, trimmed } from "../_intent/run.ts";
import type { LinearModel } from "./linear_model.ts";
import { letterCount } from "./sentence_features.ts";

/** A sentence the model counts. */
export interface ModelSentence {
  /** Start of the sentence in the original text. */
  readonly start: number;
  /** End of the sentence in the original text. */
  readonly end: number;
  /** The model's score. */
  readonly score: number;
  /** The concepts the sentence holds. */
  readonly concepts: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

// Fewer letters than this is no sentence to judge ("Hi Sam,").
const MIN_LETTERS = 12;

/**
 * The sentences of `context` that `model` counts, except those that
 * overlap a range of `skip` (original offsets: sentences other findings
 * already cover) and those that lie mostly in order data or quotations.
 *
 * @param context The rule context.
 * @param model The sentence model.
 * @param skip Ranges of the original text to leave alone.
 * @param concepts Each sentence's concepts, keyed by where it starts in
 *   the normalized text.
 * @returns The counted sentences, in text order.
 *
 * @example
 * ```ts ignore
 * const found = modelSentences(context, marketingModel(), [], new Map());
 * ```
 */
export function modelSentences(
  context: RuleContext<unknown>,
  model: LinearModel,
  skip: readonly { start: number; end: number }[],
  concepts: ReadonlyMap<number, ReadonlySet<string>> = new Map(),
): ModelSentence[] {
  if (context.text === "") return [];
  const found: ModelSentence[] = [];
  for (const candidate of candidatesOf(context)) {
    if (
      skip.some((range) =>
        range.start < candidate.end && candidate.start < range.end
      )
    ) continue;
    const held = concepts.get(candidate.key) ?? NONE;
    const score = model.score(candidate.text, held);
    if (score >= model.threshold) {
      found.push({
        start: candidate.start,
        end: candidate.end,
        score,
        concepts: held,
      });
    }
  }
  return found;
}

/** A sentence worth scoring. */
export interface Candidate {
  /** Where its segment starts in the normalized text. */
  readonly key: number;
  /** The sentence, normalized and trimmed. */
  readonly text: string;
  /** Start in the original text. */
  readonly start: number;
  /** End in the original text. */
  readonly end: number;
}

// The candidates of the last text, kept for the next rule of the same lint.
let last:
  | { source: string; spans: unknown; candidates: readonly Candidate[] }
  | undefined;

// The seller's sentences of `context` with enough letters to judge: not
// mostly order data or quotations. Linear: the spans are swept once.
function candidatesOf(context: RuleContext<unknown>): readonly Candidate[] {
  const match = matchTextOf(context);
  const spans = context.message.dataSpans;
  if (
    last !== undefined && last.source === match.text && last.spans === spans
  ) {
    return last.candidates;
  }
  const foreign = foreignSpans(context, match);
  const candidates: Candidate[] = [];
  let first = 0;
  const { sentences } = segmentMessage(context.text, match);
  for (const segment of sentences) {
    const { start, end } = trimmed(match.text, segment);
    if (letterCount(match.text, start, end) < MIN_LETTERS) continue;
    // Spans are sorted and apart: skip those that end before the sentence.
    while (first < foreign.length && foreign[first]!.end <= start) first++;
    let inForeign = 0;
    for (let k = first; k < foreign.length && foreign[k]!.start < end; k++) {
      inForeign += Math.min(end, foreign[k]!.end) -
        Math.max(start, foreign[k]!.start);
    }
    if (2 * inForeign > end - start) continue;
    const original = match.toOriginal(start, end);
    candidates.push({
      key: segment.start,
      text: match.text.slice(start, end),
      start: original.start,
      end: original.end,
    });
  }
  last = { source: match.text, spans, candidates };
  return candidates;
}

/**
 * The sentences of `context` worth scoring (see
 * {@linkcode modelSentences}) that overlap `range`.
 *
 * @param context The rule context.
 * @param range A range of the original text.
 * @returns The sentences, in text order.
 *
 * @example
 * ```ts ignore
 * for (const sentence of overlappingSentences(context, finding)) {
 *   model.score(sentence.text, seen.get(sentence.key));
 * }
 * ```
 */
export function overlappingSentences(
  context: RuleContext<unknown>,
  range: { readonly start: number; readonly end: number },
): Candidate[] {
  if (context.text === "") return [];
  return candidatesOf(context).filter((candidate) =>
    candidate.start < range.end && range.start < candidate.end
  );
}

// A type alias, not an interface: rule options are records of settings.
/** The option of a rule that consults a sentence model. */
export type SentenceModelOptions = {
  /**
   * Whether sentences the concepts leave alone go to the rule's sentence
   * model; `false` keeps only the concepts' findings.
   *
   * @default {true}
   */
  readonly sentenceModel: boolean;
};

/**
 * Checks the `sentenceModel` option.
 *
 * @param options The rule's options, defaults filled in.
 * @returns What is wrong with them, if anything.
 *
 * @example
 * ```ts
 * import { validateSentenceModelOptions } from "./model_sentences.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(validateSentenceModelOptions({ sentenceModel: false }), []);
 * const wrong = { sentenceModel: "no" } as unknown as { sentenceModel: boolean };
 * assert.equal(validateSentenceModelOptions(wrong).length, 1);
 * ```
 */
export function validateSentenceModelOptions(
  options: SentenceModelOptions,
): string[] {
  // Options come from configuration: check the value, not the type.
  return typeof (options.sentenceModel as unknown) === "boolean"
    ? []
    : ['option "sentenceModel" must be true or false'];
}

/** How a rule reports the sentences its model counts. */
export interface ModelReport {
  /** Concepts that make the model unsure: a sentence holding one is a warning. */
  readonly unsureWith: readonly string[];
  /** The message id of an error. */
  readonly sure: string;
  /** The message id of a warning. */
  readonly unsure: string;
  /** Per concept of `unsureWith`, another message id for its warning. */
  readonly unsureBy?: Readonly<Record<string, string>>;
}

/**
 * Reports the sentences of `context` that `model` counts (see
 * {@linkcode modelSentences}) with the sentence as `phrase`: an error, or
 * a warning where the sentence holds a concept of `report.unsureWith`.
 *
 * @param context The rule context.
 * @param model The sentence model.
 * @param covered Ranges of the original text other findings cover.
 * @param concepts Each sentence's concepts, keyed by where it starts in
 *   the normalized text.
 * @param report The message ids and the concepts that make it unsure.
 *
 * @example
 * ```ts ignore
 * reportModelSentences(context, marketingModel(), covered, seen, {
 *   unsureWith: ["orderItem"],
 *   sure: "modelled",
 *   unsure: "modelledNearOrder",
 * });
 * ```
 */
export function reportModelSentences(
  context: RuleContext<unknown>,
  model: LinearModel,
  covered: readonly { start: number; end: number }[],
  concepts: ReadonlyMap<number, ReadonlySet<string>>,
  report: ModelReport,
): void {
  for (const sentence of modelSentences(context, model, covered, concepts)) {
    const phrase = context.text.slice(sentence.start, sentence.end);
    const why = report.unsureWith.find((c) => sentence.concepts.has(c));
    context.report({
      messageId: why === undefined
        ? report.sure
        : report.unsureBy?.[why] ?? report.unsure,
      severity: why === undefined ? undefined : "warning",
      start: sentence.start,
      end: sentence.end,
      data: {
        phrase: phrase.length <= 80 ? phrase : `${phrase.slice(0, 77)}...`,
      },
    });
  }
}
