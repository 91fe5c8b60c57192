/**
 * Trains a sentence model that a concept rule consults for what its
 * lexicons have no words for (`--family marketing`: `no-marketing`;
 * `--family review`: `no-review-manipulation`), and writes it to
 * `src/rules/_model/<family>_model.gen.ts`.
 *
 * Data: the labeled sentences of `training/<family>/` and the tuning half
 * of the policy corpus (sentences of clean messages as clean; sentences
 * that the rule flags in its violations as positive). The report half of
 * the corpus is never used. A family that trains on its sets whole
 * (`marketing`) holds out only its cross-only sets, whole, and reports
 * them; the others split every set in two by line number (one half trains,
 * the other is only reported). `--halves` splits a whole family's sets the
 * same way, to compare settings on held-out halves.
 *
 * The threshold is chosen on out-of-fold scores of the training data: the
 * lowest score at which at most `--max-false` of clean sentences count.
 *
 *   deno task build:marketing-model [--max-false 0.001] [--sets a,b,c] [--cross b] [--halves] [--show-false]
 *   deno task build:review-model
 */

import { parseArgs } from "node:util";
import { normalizeText } from "../src/text/normalize.ts";
import { segmentText } from "../src/rules/_intent/segment.ts";
import { sentenceFeatures } from "../src/rules/_model/sentence_features.ts";
import { loadSentences, type Sample, setsIn } from "./_labeled_sentences.ts";
import { lintMessage, type LintOptions } from "../src/lint/lint_message.ts";
import { loadCorpus } from "../test/policy_corpus/_corpus.ts";
import { findMarketing, ORDER_ANCHORS } from "../src/rules/no_marketing.ts";
import {
  findReview,
  REVIEW_DENIED,
} from "../src/rules/no_review_manipulation.ts";
import type { RuleContext } from "../src/lint/rule.ts";
import { bareContext } from "../test/rules/_intent/_context.ts";
import { MARKETING_REPORT_THRESHOLD } from "../src/rules/_model/marketing.ts";

const BUCKETS = 1 << 16;
const EPOCHS = 30;
const RATE = 0.1;
const L2 = 1e-5;
const FOLDS = 5;

const { values } = parseArgs({
  args: Deno.args,
  options: {
    "max-false": { type: "string", default: "" },
    quiet: { type: "boolean", default: false },
    sets: { type: "string", default: "" },
    cross: { type: "string", default: "" },
    halves: { type: "boolean", default: false },
    "show-false": { type: "boolean", default: false },
    "no-concepts": { type: "boolean", default: false },
    family: { type: "string", default: "marketing" },
  },
});

const useConcepts = !values["no-concepts"];

interface Family {
  /** The rule the model serves. */
  readonly ruleId: string;
  /** The rule's concept findings, recording each sentence's concepts. */
  readonly find: (
    context: RuleContext<unknown>,
    seen: Map<number, ReadonlySet<string>>,
  ) => unknown;
  /** Concepts where the model only warns. */
  readonly anchors: readonly string[];
  /** The share of clean training sentences it may count, out of fold. */
  readonly maxFalse: number;
  /**
   * The score from which the rule reports a sentence, where it is lower
   * than the threshold the trainer picks.
   */
  readonly reportThreshold?: number;
  /** Sets left out of training unless `--sets` names them. */
  readonly crossOnly?: readonly string[];
  /**
   * Trains on its sets whole and reports its cross-only sets, instead of
   * splitting every set in two.
   */
  readonly whole?: boolean;
}

const FAMILIES: Record<string, Family> = {
  marketing: {
    ruleId: "no-marketing",
    find: findMarketing,
    anchors: ORDER_ANCHORS,
    // At 0.1%, the model trained with set d counted five clean sentences of
    // the test suite that 0.05% leaves alone; 0.05% misses twelve of the
    // suite's violations that 0.1% catches.
    maxFalse: 0.0005,
    // The rule reports from a lower score than the trainer picks: see
    // MARKETING_REPORT_THRESHOLD.
    reportThreshold: MARKETING_REPORT_THRESHOLD,
    // Set g (the soft kinds and their look-alikes, by writers who wrote no
    // other set) is not trained on: it measures how the rules and the
    // model carry to new writers. Trained on, the model caught two more of
    // a development set's violations and changed a dozen verdicts of the
    // test suite's probes, about as many for the worse as for the better.
    // Set h (the same soft kinds against close look-alikes: news of the
    // ordered item, extras the buyer bought, product names, by other new
    // writers, every label checked by a second one) is held out the same
    // way. Trained on, it raised the threshold (0.968 → 0.988) and the model
    // caught 11 fewer of set g's sentences and 1 fewer violation of the
    // outside message sets.
    // Set e (the roundabout kinds: a price cut on a later purchase, a
    // referral with a perk, a list for news, against a waiting list,
    // remedies and the shop as sender) is held out the same way. Trained
    // on, the threshold rose (0.970 → 0.982): the model caught 2 fewer of
    // sets g and h and 23 earlier probes of the test suite changed verdict,
    // most for the worse.
    crossOnly: ["e", "g", "h"],
    // Trained on its sets whole rather than on their first halves (same
    // data, same day), the model caught 17 more of set g's 800 sentences
    // and 8 more of set h's 960 with as many clean ones flagged, and 6 more
    // of 864 violations in the never-tuned halves of outside message sets
    // with no more false errors.
    whole: true,
  },
  review: {
    ruleId: "no-review-manipulation",
    find: findReview,
    anchors: REVIEW_DENIED,
    // Half the marketing budget: review words in other senses are already
    // the rules' most common false error, and at 0.1% the model flagged
    // twice as many of the test suite's clean traps.
    maxFalse: 0.0005,
    // Set f (subtle requests and their look-alikes, by writers who wrote
    // no other set) is not trained on: `--cross f` measures how the model
    // carries to new writers. Trained on, it did not help: at 0.05% it
    // flagged about a dozen more of the test suite's clean traps, at 0.02% it
    // caught less of the corpus's tuning half.
    // Set g, by other new writers, is held out the same way: trained on,
    // the model caught 1 to 5 points more of the other sets' held-out
    // halves, and flagged a dozen more of the test suite's clean probes.
    crossOnly: ["f", "g"],
    // Not trained whole: trained on the held-out halves too, it caught 35
    // more of sets f and g (1,760 sentences) for 2 more clean ones flagged,
    // but flagged about fifteen more of the test suite's clean probes
    // ("Please share your thoughts on the proof by Friday.").
  },
};
const family = values.family;
const FAMILY = FAMILIES[family];
if (FAMILY === undefined) throw new Error(`unknown family ${family}`);
const NAME = family.toUpperCase();
// The family's rule without its sentence model.
const CONCEPTS_ONLY = {
  rules: { [FAMILY.ruleId]: ["error", { sentenceModel: false }] },
} as LintOptions;

// The sets of labeled sentences ("a" in <locale>.jsonl, "b" in
// <locale>.b.jsonl…): all of them but the family's cross-only
// sets unless --sets names some.
const sets = new Set(
  values.sets === ""
    ? (await setsIn(values.family)).filter((set) =>
      !(FAMILY.crossOnly ?? []).includes(set)
    )
    : values.sets.split(","),
);
const maxFalse = values["max-false"] === ""
  ? FAMILY.maxFalse
  : Number(values["max-false"]);

/** Sentences of the corpus's tuning half. */
async function corpusSentences(): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const item of await loadCorpus()) {
    if (item.half !== "tune") continue;
    const normalized = normalizeText(item.plainText);
    if (item.label === "clean") {
      for (const sentence of segmentText(normalized.text).sentences) {
        const text = normalized.text.slice(sentence.start, sentence.end).trim();
        if (text.length < 3) continue;
        // Order data (a product title) is not the seller's sentence.
        const original = normalized.toOriginal(sentence.start, sentence.end);
        if (
          item.dataSpans.some((span) =>
            span.start < original.end && original.start < span.end
          )
        ) continue;
        samples.push({
          text,
          positive: false,
          source: "corpus",
          locale: item.locale,
          kind: item.class,
          message: item.id,
        });
      }
    } else if (item.rules.includes(FAMILY.ruleId)) {
      // The concepts' findings alone: the model's own opinion (its findings,
      // its second opinion) takes no part in what it is trained on.
      const report = lintMessage({
        type: item.type as "unexpectedProblem",
        text: item.plainText,
        locale: item.locale,
        amazonOrderId: item.amazonOrderId,
        dataSpans: item.dataSpans,
      }, CONCEPTS_ONLY);
      for (const d of report.diagnostics) {
        if (
          d.ruleId !== FAMILY.ruleId || d.severity !== "error" ||
          d.range === null || d.messageId.startsWith("modelled")
        ) continue;
        samples.push({
          text: item.plainText.slice(d.range.start.offset, d.range.end.offset),
          positive: true,
          source: "corpus",
          locale: item.locale,
          kind: item.class,
        });
      }
    }
  }
  return samples;
}

/** The concepts the family's rule sees in a sentence. */
function conceptsOf(text: string, locale: string): Set<string> {
  const seen = new Map<number, ReadonlySet<string>>();
  FAMILY.find(bareContext(text, locale), seen);
  const all = new Set<string>();
  for (const concepts of seen.values()) for (const c of concepts) all.add(c);
  return all;
}

function featuresOf(sample: Sample): number[] {
  return sample.features ??= sentenceFeatures(
    normalizeText(sample.text).text,
    BUCKETS,
    useConcepts
      ? (sample.concepts = conceptsOf(sample.text, sample.locale))
      : [],
  );
}

/** Deterministic shuffle (a linear congruential generator). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Logistic regression by Adagrad, classes weighted to balance. */
function train(
  samples: readonly Sample[],
): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(BUCKETS);
  const squares = new Float64Array(BUCKETS).fill(1e-8);
  let bias = 0;
  let biasSquare = 1e-8;
  const positives = samples.filter((s) => s.positive).length;
  const negatives = samples.length - positives;
  const positiveWeight = samples.length / (2 * Math.max(positives, 1));
  const negativeWeight = samples.length / (2 * Math.max(negatives, 1));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const sample of shuffled(samples, 7919 * (epoch + 1))) {
      const features = featuresOf(sample);
      let sum = bias;
      for (const f of features) sum += weights[f]!;
      const p = 1 / (1 + Math.exp(-sum));
      const y = sample.positive ? 1 : 0;
      const g = (p - y) * (sample.positive ? positiveWeight : negativeWeight);
      for (const f of features) {
        const grad = g + L2 * weights[f]!;
        squares[f] += grad * grad;
        weights[f] -= RATE * grad / Math.sqrt(squares[f]!);
      }
      biasSquare += g * g;
      bias -= RATE * g / Math.sqrt(biasSquare);
    }
  }
  return { weights, bias };
}

/** Steps a weight is rounded to, each way from zero: four bits a weight. */
const LEVELS = 7;
/** The share of weights that the largest step does not clip. */
const CLIP = 0.9995;

/** Weights rounded to `LEVELS` steps each way, two to a byte. */
function quantize(model: { weights: Float64Array; bias: number }): {
  scale: number;
  bytes: Uint8Array;
} {
  const sorted = Array.from(model.weights, Math.abs).sort((a, b) => a - b);
  const scale = sorted[Math.floor(sorted.length * CLIP)]! / LEVELS || 1;
  const bytes = new Uint8Array(BUCKETS / 2);
  for (let i = 0; i < BUCKETS; i++) {
    const q = Math.max(
      -LEVELS,
      Math.min(LEVELS, Math.round(model.weights[i]! / scale)),
    );
    bytes[i >> 1]! |= (q + 8) << ((i & 1) * 4);
  }
  return { scale, bytes };
}

function weightOf(q: { scale: number; bytes: Uint8Array }, f: number): number {
  return (((q.bytes[f >> 1]! >> ((f & 1) * 4)) & 15) - 8) * q.scale;
}

function scoreWith(
  q: { scale: number; bytes: Uint8Array },
  bias: number,
  sample: Sample,
): number {
  let sum = bias;
  for (const f of featuresOf(sample)) sum += weightOf(q, f);
  return 1 / (1 + Math.exp(-sum));
}

/** Out-of-fold scores of every training sample. */
function outOfFold(samples: readonly Sample[]): number[] {
  const scores = new Array<number>(samples.length);
  const order = shuffled(samples.map((_, i) => i), 104729);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = new Set(order.filter((_, k) => k % FOLDS === fold));
    const model = train(samples.filter((_, i) => !inFold.has(i)));
    const q = quantize(model);
    for (const i of inFold) scores[i] = scoreWith(q, model.bias, samples[i]!);
  }
  return scores;
}

/**
 * Just above the score of the first of `clean` (scores of clean samples or
 * messages) that may not count when at most `rate` of them may.
 */
function thresholdAbove(clean: number[], rate: number): number {
  clean.sort((a, b) => b - a);
  const allowed = Math.floor(clean.length * rate);
  return Math.min(0.999, (clean[allowed] ?? 0.5) + 1e-6);
}

/** The lowest threshold at which at most `rate` of clean samples count. */
function thresholdFor(
  samples: readonly Sample[],
  scores: readonly number[],
  rate: number,
): number {
  return thresholdAbove(scores.filter((_, i) => !samples[i]!.positive), rate);
}

/** The share of clean corpus messages a model may count, out of fold. */
const MAX_MESSAGES = 0.002;

/**
 * The lowest threshold at which at most `rate` of the clean corpus messages
 * have a sentence that counts.
 */
function messageThreshold(
  samples: readonly Sample[],
  scores: readonly number[],
  rate: number,
): number {
  const highest = new Map<string, number>();
  samples.forEach((s, i) => {
    if (s.positive || s.message === undefined) return;
    highest.set(s.message, Math.max(highest.get(s.message) ?? 0, scores[i]!));
  });
  return thresholdAbove([...highest.values()], rate);
}

function rates(
  samples: readonly Sample[],
  scores: readonly number[],
  threshold: number,
) {
  let tp = 0, fn = 0, fp = 0, tn = 0;
  samples.forEach((s, i) => {
    const hit = scores[i]! >= threshold;
    if (s.positive) hit ? tp++ : fn++;
    else hit ? fp++ : tn++;
  });
  return {
    caught: tp / Math.max(tp + fn, 1),
    falseRate: fp / Math.max(fp + tn, 1),
    tp,
    fn,
    fp,
    tn,
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

// With --cross, the sets named there are held out whole (another writer's
// sentences), and the other sets are trained on whole; a whole family does
// that with its cross-only sets unless --halves or --sets says otherwise.
const cross = new Set(
  values.cross !== ""
    ? values.cross.split(",")
    : FAMILY.whole && !values.halves && values.sets === ""
    ? FAMILY.crossOnly ?? []
    : [],
);
const loaded = await loadSentences(
  new Set([...sets].filter((x) => !cross.has(x))),
  family,
);
const crossSet = cross.size === 0
  ? undefined
  : await loadSentences(cross, family);
const trainSentences = crossSet
  ? [...loaded.train, ...loaded.held]
  : loaded.train;
const held = crossSet ? [...crossSet.train, ...crossSet.held] : loaded.held;
const fingerprint = loaded.fingerprint;
const corpus = await corpusSentences();
const trainingSet = [...trainSentences, ...corpus];
const oof = outOfFold(trainingSet);
// The threshold also keeps the model's errors on whole clean messages of
// the corpus's tuning half (out of fold) to at most MAX_MESSAGES of them: a
// message holds several sentences, and one counted is an error.
const threshold = Math.max(
  thresholdFor(trainingSet, oof, maxFalse),
  messageThreshold(trainingSet, oof, MAX_MESSAGES),
);
const model = train(trainingSet);
// The concepts the model saw: at run time, others are no input.
const trainedConcepts = [
  ...new Set(trainingSet.flatMap((sample) => [...(sample.concepts ?? [])])),
].sort();
const q = quantize(model);
const heldScores = held.map((s) => scoreWith(q, model.bias, s));

if (!values.quiet) {
  const o = rates(trainingSet, oof, threshold);
  if (values["show-false"]) {
    trainingSet.forEach((s, i) => {
      if (!s.positive && oof[i]! >= threshold) {
        console.log(
          `  out-of-fold false: ${
            oof[i]!.toFixed(3)
          } ${s.locale} ${s.source}: ${s.text.slice(0, 140)}`,
        );
      }
    });
  }
  const h = rates(held, heldScores, threshold);
  console.log(
    `training: ${trainSentences.length} sentences + ${corpus.length} from the corpus's tuning half`,
  );
  console.log(
    `threshold ${threshold.toFixed(4)} (out-of-fold false rate ≤ ${
      (100 * maxFalse).toFixed(2)
    }%)`,
  );
  console.log(
    `out of fold: caught ${percent(o.caught)} (${o.tp}/${
      o.tp + o.fn
    }), clean counted ${percent(o.falseRate)} (${o.fp}/${o.fp + o.tn})`,
  );
  console.log(
    `held-out sentences: caught ${percent(h.caught)} (${h.tp}/${
      h.tp + h.fn
    }), clean counted ${percent(h.falseRate)} (${h.fp}/${h.fp + h.tn})`,
  );
  if (
    FAMILY.reportThreshold !== undefined && FAMILY.reportThreshold < threshold
  ) {
    const r = rates(held, heldScores, FAMILY.reportThreshold);
    console.log(
      `held-out sentences at the rule's ${FAMILY.reportThreshold}: caught ${
        percent(r.caught)
      } (${r.tp}/${r.tp + r.fn}), clean counted ${
        percent(r.falseRate)
      } (${r.fp}/${r.fp + r.tn})`,
    );
  }
  // What the rules without the model already find in the held-out
  // sentences, and what the model adds.
  const engine = held.map((s) =>
    lintMessage(
      { type: "unexpectedProblem", text: s.text, locale: s.locale },
      CONCEPTS_ONLY,
    )
      .diagnostics.some((d) =>
        d.ruleId === FAMILY.ruleId && d.severity === "error" &&
        !d.messageId.startsWith("modelled")
      )
  );
  // The model's own errors: counted, and not tied to the order.
  const both = held.map((s, i) =>
    engine[i]! ||
    (heldScores[i]! >= threshold &&
      !FAMILY.anchors.some((c) => s.concepts?.has(c)))
  );
  const summary = (flags: readonly boolean[]) => {
    const pos = held.filter((s) => s.positive).length;
    const tp = held.filter((s, i) => s.positive && flags[i]).length;
    const fp = held.filter((s, i) => !s.positive && flags[i]).length;
    return `caught ${percent(tp / pos)} (${tp}/${pos}), clean flagged ${
      percent(fp / (held.length - pos))
    } (${fp}/${held.length - pos})`;
  };
  console.log(`held-out, rules alone: ${summary(engine)}`);
  console.log(`held-out, rules and model: ${summary(both)}`);
  const kinds = new Map<string, { n: number; hit: number }>();
  held.forEach((s, i) => {
    const key = `${s.positive ? family : "clean"}/${s.kind}`;
    const entry = kinds.get(key) ?? { n: 0, hit: 0 };
    entry.n++;
    if (heldScores[i]! >= threshold) entry.hit++;
    kinds.set(key, entry);
  });
  for (const [key, { n, hit }] of [...kinds].sort()) {
    console.log(`  ${key}: ${hit}/${n} counted`);
  }
  const locales = new Map<
    string,
    { pos: number; hit: number; neg: number; fp: number }
  >();
  held.forEach((s, i) => {
    const entry = locales.get(s.locale) ?? { pos: 0, hit: 0, neg: 0, fp: 0 };
    const counted = heldScores[i]! >= threshold;
    if (s.positive) {
      entry.pos++;
      if (counted) entry.hit++;
    } else {
      entry.neg++;
      if (counted) entry.fp++;
    }
    locales.set(s.locale, entry);
  });
  for (const [locale, e] of [...locales].sort()) {
    console.log(
      `  ${locale}: caught ${e.hit}/${e.pos}, clean counted ${e.fp}/${e.neg}`,
    );
  }
}

/** Set names as a sorted array literal. */
const listed = (names: readonly string[]) =>
  `[${[...names].sort().map((name) => JSON.stringify(name)).join(", ")}]`;

let binary = "";
for (const byte of q.bytes) binary += String.fromCharCode(byte);
const source = `// This module is browser compatible.
// Generated by scripts/train_sentence_model.ts; do not edit.

/**
 * The ${family} sentence model: hashed-feature logistic weights, trained on
 * \`training/${family}/\` and the policy corpus's tuning half.
 *
 * @module
 */

import type { ModelData, StoredModel } from "./linear_model.ts";

/**
 * The labeled sentences the model was trained on (\`sets\`, whole or their
 * first halves, with a hash of their files) and those it was not (\`held\`:
 * sets held out whole, or the other halves).
 */
export const ${NAME}_MODEL_DATA: ModelData = {
  sets: ${listed([...sets].filter((x) => !cross.has(x)))},
  whole: ${crossSet !== undefined},
  held: ${listed([...cross])},
  fingerprint: "${fingerprint}",
};

/** The stored ${family} sentence model. */
export const ${NAME}_MODEL: StoredModel = {
  buckets: ${BUCKETS},
  scale: ${q.scale},
  bias: ${model.bias},
  threshold: ${threshold},
  weights:
    "${btoa(binary)}",
${
  useConcepts
    ? `  concepts: [\n${
      trainedConcepts.map((c) => `    ${JSON.stringify(c)},\n`).join("")
    }  ],\n`
    : ""
}};
`;
const target = new URL(
  `../src/rules/_model/${family}_model.gen.ts`,
  import.meta.url,
);
await Deno.writeTextFile(target, source);
