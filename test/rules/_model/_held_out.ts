/**
 * Tests a sentence model as its rule uses it: trained on the labeled
 * sentences as they stand, and judged on those it was not trained on (the
 * sets it holds out whole, or the other halves of the sets it was trained
 * on; each sentence linted as a whole message).
 */
import assert from "node:assert/strict";
import { lintMessage } from "../../../src/lint/lint_message.ts";
import type { ModelData } from "../../../src/rules/_model/linear_model.ts";
import type { Diagnostic } from "../../../src/lint/rule.ts";
import {
  loadSentences,
  type Sample,
} from "../../../scripts/_labeled_sentences.ts";

/** What to test, and the figures measured when the model was trained. */
export interface SentenceModelCase {
  /** The folder of `training/` and the model's name. */
  readonly family: string;
  /** The rule that consults the model. */
  readonly ruleId: string;
  /** The generated module's `<FAMILY>_MODEL_DATA`. */
  readonly modelData: ModelData;
  /** The deno task that retrains it. */
  readonly task: string;
  /** A sentence the rule's concepts report on their own. */
  readonly reported: string;
  /** At least this share of the positive held-out sentences is caught… */
  readonly caught: number;
  /** …at least this share by the model alone… */
  readonly added: number;
  /** …and at most this share of clean ones gets an error. */
  readonly flagged: number;
}

/**
 * Registers the tests of a sentence model.
 *
 * @param c The case.
 */
export async function testSentenceModel(c: SentenceModelCase): Promise<void> {
  const trained = await loadSentences(new Set(c.modelData.sets), c.family);
  const { fingerprint } = trained;
  const held = c.modelData.whole
    ? await loadSentences(new Set(c.modelData.held), c.family)
      .then((sets) => [...sets.train, ...sets.held])
    : trained.held;
  const errors = (
    sample: Sample,
    dataSpans?: { start: number; end: number }[],
  ): Diagnostic[] =>
    lintMessage({
      type: "unexpectedProblem",
      text: sample.text,
      locale: sample.locale,
      dataSpans,
    }).diagnostics.filter((d) =>
      d.ruleId === c.ruleId && d.severity === "error"
    );
  const results = held.map((sample) => ({ sample, found: errors(sample) }));

  Deno.test(`the ${c.family} model is trained on the labeled sentences as they stand`, () => {
    assert.equal(
      fingerprint,
      c.modelData.fingerprint,
      `training/${c.family}/ changed: run \`deno task ${c.task}\``,
    );
  });

  Deno.test(`${c.ruleId} on the held-out labeled sentences: the model adds what the concepts miss, and blocks few clean ones`, () => {
    const positive = results.filter((r) => r.sample.positive);
    const clean = results.filter((r) => !r.sample.positive);
    const caught = positive.filter((r) => r.found.length > 0).length;
    const byConcepts =
      positive.filter((r) => r.found.some((d) => d.messageId !== "modelled"))
        .length;
    const flagged = clean.filter((r) => r.found.length > 0).length;
    assert.ok(
      caught >= c.caught * positive.length,
      `caught ${caught}/${positive.length}`,
    );
    assert.ok(
      caught - byConcepts >= c.added * positive.length,
      `the model added ${caught - byConcepts}`,
    );
    assert.ok(
      flagged <= c.flagged * clean.length,
      `clean flagged ${flagged}/${clean.length}`,
    );
  });

  Deno.test(`${c.ruleId}: a sentence the model counts is the seller's only when the seller wrote it`, () => {
    const modelled = results.find((r) =>
      r.found.some((d) => d.messageId === "modelled")
    );
    assert.ok(
      modelled !== undefined,
      "the model counts some held-out sentence",
    );
    const { sample, found } = modelled;
    const range = found.find((d) => d.messageId === "modelled")!.range!;
    assert.ok(
      range.start.offset < range.end.offset &&
        range.end.offset <= sample.text.length,
    );
    // The same words as order data (a product title): not an error.
    assert.deepEqual(
      errors(sample, [{ start: 0, end: sample.text.length }]),
      [],
    );
    // After a sentence the concepts already report, still one finding each.
    const both = errors({ ...sample, text: `${c.reported} ${sample.text}` });
    assert.ok(both.some((d) => d.messageId !== "modelled"));
    assert.equal(both.filter((d) => d.messageId === "modelled").length, 1);
  });
}
