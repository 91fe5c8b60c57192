import assert from "node:assert/strict";
import { lintMessage } from "../../../src/lint/lint_message.ts";
import type { Diagnostic } from "../../../src/lint/rule.ts";
import {
  KNOWN_FALSE_SINCE_RETRAINING,
  KNOWN_MISSED_SINCE_RETRAINING,
} from "./_known_since_retraining.ts";

/**
 * The one harness of the probe batteries: each probe is a step of a test,
 * linted (most after a sentence about the order) and judged by its own
 * verdict. Probes on the list of known misses are the ones the rules still
 * get wrong: their steps check that they are still wrong, so one that
 * starts to be judged right fails until it is taken off the list.
 */

/** What a probe's step decides. */
export interface Verdict {
  /** Whether the rules judged the probe right. */
  readonly right: boolean;
  /** What a wrong verdict says. */
  readonly why: string;
}

/** One probe: a step of a test. */
export interface ProbeStep {
  /** The step's name. */
  readonly name: string;
  /** The probe's text, as the list of known misses names it. */
  readonly text: string;
  /** Lints the probe and judges the result. */
  readonly judge: () => Verdict;
}

/** Options of {@linkcode testProbeSteps}. */
export interface ProbeStepsOptions {
  /** The texts the rules still get wrong. */
  readonly known?: Iterable<string>;
  /** What a known miss that is now judged right says. */
  readonly nowRight?: (text: string) => string;
}

/**
 * Registers one test of probe steps: each step's verdict must be right,
 * or, for a known miss, still wrong.
 */
export function testProbeSteps(
  name: string,
  steps: readonly ProbeStep[],
  options: ProbeStepsOptions = {},
): void {
  const known = new Set(options.known ?? []);
  const nowRight = options.nowRight ??
    (() => "now judged right: take it off KNOWN");
  Deno.test(name, async (t) => {
    for (const step of steps) {
      await t.step(step.name, () => {
        const isKnown = known.has(step.text) ||
          KNOWN_FALSE_SINCE_RETRAINING.has(step.text) ||
          KNOWN_MISSED_SINCE_RETRAINING.has(step.text);
        const { right, why } = step.judge();
        assert.equal(right, !isKnown, isKnown ? nowRight(step.text) : why);
      });
    }
  });
}

/**
 * Steps of probes named by their text, or by their group and text
 * (`request: Please leave a review.`) when given in groups.
 */
export function probeSteps(
  probes: readonly string[] | Readonly<Record<string, readonly string[]>>,
  judge: (text: string, group: string) => Verdict,
): ProbeStep[] {
  if (isList(probes)) {
    return probes.map((text) => ({
      name: text,
      text,
      judge: () => judge(text, ""),
    }));
  }
  return Object.entries(probes).flatMap(([group, texts]) =>
    texts.map((text: string) => ({
      name: `${group}: ${text}`,
      text,
      judge: () => judge(text, group),
    }))
  );
}

function isList(
  probes: readonly string[] | Readonly<Record<string, readonly string[]>>,
): probes is readonly string[] {
  return Array.isArray(probes);
}

/** The message types the batteries lint with. */
export type ProbeType = "unexpectedProblem" | "confirmDeliveryDetails";

/**
 * The diagnostics of a probe written after a sentence about the order,
 * under the default policy.
 */
export function lintAfterOrder(
  order: string,
  sentence: string,
  locale: string,
  type: ProbeType = "unexpectedProblem",
): readonly Diagnostic[] {
  return lintMessage(
    { type, text: `${order} ${sentence}`, locale } as never,
  ).diagnostics;
}

/** The rule ids of the errors among diagnostics, in order. */
export function errorRules(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);
}
