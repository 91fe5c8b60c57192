/**
 * Lint is linear in the text and bounded by the message type: adversarial
 * texts (long runs of what a pattern repeats, unclosed constructs, every
 * script) cost about what an ordinary text of the same length costs, every
 * rule on its own scales linearly on unbounded text, and a 64k-character
 * text lints in a few milliseconds. Budgets are relative to a benign text
 * measured in the same run (the fastest of several runs: noise only adds
 * time), with retries, so that a busy machine does not fail them and a
 * quadratic scan does; the absolute bound is on the median.
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import { lintMessage } from "../../src/lint/lint_message.ts";
import type { AnyRule } from "../../src/lint/rule.ts";
import { MESSAGE_TYPES } from "../../src/message_types/mod.ts";
import { ALL_RULES } from "../../src/rules/mod.ts";
import {
  ADVERSARIAL_UNITS,
  adversarialUnit,
  BENIGN,
  repeatTo,
} from "../_adversarial.ts";
import {
  fastestTime,
  fastestTimesInTurn,
  medianTime,
  retried,
} from "../_timing.ts";

/** How much slower than a benign text of the same length lint may be. */
const LINT_BUDGET = 25;
/** The bound on a 64k-character text, in milliseconds. */
const ABSOLUTE_MS = 100;
/** How much slower than all rules on a benign text one rule may be. */
const RULE_BUDGET = 20;
/** 4× the text may cost at most this many times the time (nominal 4.5). */
const SCALING = 7;
/** Below this many milliseconds at 4× a rule's time is noise, not scaling. */
const NOISE_MS = 0.5;
/**
 * One run this many times over its budget ends a measurement: a quadratic
 * scan is that slow, a busy machine rarely.
 */
const GIVE_UP = 10;

function lint(text: string): void {
  lintMessage({
    type: "unexpectedProblem",
    text,
    locale: "en-US",
    amazonOrderId: "123-1234567-1234567",
  });
}

function runRule(rule: AnyRule, text: string): void {
  rule.check({
    message: { type: "unexpectedProblem", text, locale: "en-US" },
    text,
    checkedLength: text.length,
    messageType: MESSAGE_TYPES.unexpectedProblem,
    options: { ...rule.meta.defaultOptions },
    report() {},
  });
}

function allRules(text: string): void {
  for (const rule of ALL_RULES) runRule(rule, text);
}

// Compile every pattern for one-byte and two-byte strings first.
allRules("warm up review (at) x@y.z <b> 1 2");
allRules("warm up ü 日本 ı ب न");

/**
 * Lint of `unit` repeated to 2k, 16k and 64k characters against lint of a
 * benign text of the same length; a problem, or `undefined`.
 */
function lintProblem(name: string, unit: string): string | undefined {
  for (const size of [2_000, 16_000, 64_000]) {
    const benign = repeatTo(BENIGN, size);
    const text = repeatTo(unit, size);
    const baseline = fastestTime(() => lint(benign));
    const budget = Math.max(LINT_BUDGET * baseline, 1);
    const time = fastestTime(() => lint(text), 5, GIVE_UP * budget);
    if (time > budget) {
      return `${name} × ${size}: ${time.toFixed(1)} ms, benign ${
        baseline.toFixed(2)
      } ms`;
    }
    if (size === 64_000 && time >= ABSOLUTE_MS) {
      return `${name} × ${size}: ${time.toFixed(1)} ms`;
    }
  }
  return undefined;
}

/**
 * Each rule on `unit` repeated, unbounded: within budget of all rules on a
 * benign text, and 4× the text at most SCALING× the time.
 */
function ruleProblem(name: string, unit: string): string | undefined {
  const small = 8_000;
  const large = 4 * small;
  const baseline = {
    small: fastestTime(() => allRules(repeatTo(BENIGN, small)), 3),
    large: fastestTime(() => allRules(repeatTo(BENIGN, large)), 3),
  };
  const texts = { small: repeatTo(unit, small), large: repeatTo(unit, large) };
  for (const rule of ALL_RULES) {
    const budget = Math.max(RULE_BUDGET * baseline.small, 1);
    const t1 = fastestTime(
      () => runRule(rule, texts.small),
      5,
      GIVE_UP * budget,
    );
    if (t1 > budget) {
      return `${rule.id} on ${name} × ${small}: ${
        t1.toFixed(1)
      } ms, all rules on benign text ${baseline.small.toFixed(2)} ms`;
    }
    const t4 = fastestTime(
      () => runRule(rule, texts.large),
      5,
      GIVE_UP * Math.max(RULE_BUDGET * baseline.large, 1),
    );
    if (t4 > NOISE_MS && t4 > SCALING * t1 && !flatOnSecondLook(rule)) {
      return `${rule.id} on ${name}: ${t1.toFixed(2)} ms × ${small}, ${
        t4.toFixed(2)
      } ms × ${large} (${(t4 / t1).toFixed(1)}×), and again at ${4 * large}`;
    }
  }
  return undefined;

  /**
   * Whether a steep step was noise: the next step up (4× again), with both
   * sizes timed in turn so that a busy spell slows both alike, is not steep.
   * A quadratic scan is steep at every step; noise, at one.
   */
  function flatOnSecondLook(rule: AnyRule): boolean {
    const huge = repeatTo(unit, 4 * large);
    const [t4, t16] = fastestTimesInTurn([
      () => runRule(rule, texts.large),
      () => runRule(rule, huge),
    ]);
    return t16! <= NOISE_MS || t16! <= SCALING * t4!;
  }
}

Deno.test("lintMessage() lints adversarial texts up to 64k characters in about the time of a benign text", () => {
  for (const [name, unit] of Object.entries(ADVERSARIAL_UNITS)) {
    const problem = retried(() => lintProblem(name, unit));
    assert.equal(problem, undefined, problem);
  }
});

Deno.test("lintMessage() lints a 64k-character adversarial text in well under 100 ms", () => {
  for (
    const unit of ["a-", "日本語の文章です", "ı", "a.", "1,2.3-4 ", "<!--"]
  ) {
    const text = repeatTo(unit, 64_000);
    const problem = retried(() => {
      const time = medianTime(() => lint(text), 5, GIVE_UP * ABSOLUTE_MS);
      return time < ABSOLUTE_MS
        ? undefined
        : `${JSON.stringify(unit)}: ${time.toFixed(0)} ms`;
    });
    assert.equal(problem, undefined, problem);
  }
});

Deno.test("every rule is linear in unbounded adversarial text", () => {
  for (const [name, unit] of Object.entries(ADVERSARIAL_UNITS)) {
    const problem = retried(() => ruleProblem(name, unit));
    assert.equal(problem, undefined, problem);
  }
});

Deno.test("lintMessage() and every rule stay linear on generated adversarial texts", () => {
  fc.assert(
    fc.property(adversarialUnit, (unit) => {
      const name = JSON.stringify(unit);
      const problem = retried(() => lintProblem(name, unit)) ??
        retried(() => ruleProblem(name, unit));
      assert.equal(problem, undefined, problem);
    }),
    { numRuns: 15, endOnFailure: true },
  );
});
