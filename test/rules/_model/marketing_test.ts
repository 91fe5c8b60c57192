/**
 * The marketing sentence model as `no-marketing` uses it: trained on the
 * labeled sentences as they stand, and judged on the half of them it was
 * not trained on (each sentence linted as a whole message).
 */
import assert from "node:assert/strict";
import { lintMessage } from "../../../src/lint/lint_message.ts";
import type { Diagnostic } from "../../../src/lint/rule.ts";
import { MARKETING_MODEL_DATA } from "../../../src/rules/_model/marketing_model.gen.ts";
import {
  loadSentences,
  type Sample,
} from "../../../scripts/_labeled_sentences.ts";

// Measured when the model was last trained (caught 52.9%, 8.2% by the
// model alone, 1.17% of clean sentences flagged, most of them by the
// concepts); a change that loses ground fails here.
const CAUGHT = 0.52;
const ADDED = 0.075;
const FLAGGED = 0.013;

const [recordedSets, recordedFingerprint] = MARKETING_MODEL_DATA.split(":");
const sets = new Set(recordedSets!.split(","));
const { held, fingerprint } = await loadSentences(sets);

function errors(
  sample: Sample,
  dataSpans?: { start: number; end: number }[],
): Diagnostic[] {
  return lintMessage({
    type: "unexpectedProblem",
    text: sample.text,
    locale: sample.locale,
    dataSpans,
  }).diagnostics.filter((d) =>
    d.ruleId === "no-marketing" && d.severity === "error"
  );
}

const results = held.map((sample) => ({ sample, found: errors(sample) }));

Deno.test("the marketing model is trained on the labeled sentences as they stand", () => {
  assert.equal(
    fingerprint,
    recordedFingerprint,
    "training/marketing/ changed: run `deno task build:marketing-model`",
  );
});

Deno.test("no-marketing on the held-out labeled sentences: the model adds what the concepts miss, and blocks few clean ones", () => {
  const marketing = results.filter((r) => r.sample.positive);
  const clean = results.filter((r) => !r.sample.positive);
  const caught = marketing.filter((r) => r.found.length > 0).length;
  const byConcepts =
    marketing.filter((r) => r.found.some((d) => d.messageId !== "modelled"))
      .length;
  const flagged = clean.filter((r) => r.found.length > 0).length;
  const rate = (n: number, of: number) => n / of;
  assert.ok(
    rate(caught, marketing.length) >= CAUGHT,
    `caught ${caught}/${marketing.length}`,
  );
  assert.ok(
    caught - byConcepts >= ADDED * marketing.length,
    `the model added ${caught - byConcepts}`,
  );
  assert.ok(
    rate(flagged, clean.length) <= FLAGGED,
    `clean flagged ${flagged}/${clean.length}`,
  );
});

Deno.test("no-marketing: a sentence the model counts is the seller's only when the seller wrote it", () => {
  const modelled = results.find((r) =>
    r.found.some((d) => d.messageId === "modelled")
  );
  assert.ok(modelled !== undefined, "the model counts some held-out sentence");
  const { sample, found } = modelled;
  const range = found.find((d) => d.messageId === "modelled")!.range!;
  assert.ok(
    range.start.offset < range.end.offset &&
      range.end.offset <= sample.text.length,
  );
  // The same words as order data (a product title): not an error.
  assert.deepEqual(errors(sample, [{ start: 0, end: sample.text.length }]), []);
  // After a sentence the concepts already report, still one finding each.
  const text = `Use code SAVE10 for 10% off your next order. ${sample.text}`;
  const both = errors({ ...sample, text });
  assert.equal(both.filter((d) => d.messageId === "modelled").length, 1);
});
