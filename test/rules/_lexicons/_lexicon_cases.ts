import assert from "node:assert/strict";
import {
  createLexiconMatcher,
  type LexiconMatcher,
} from "../../../src/rules/_intent/lexicon_matcher.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";
import { noMarketing } from "../../../src/rules/no_marketing.ts";
import { noReviewManipulation } from "../../../src/rules/no_review_manipulation.ts";
import { describe, lintMessageWith } from "../_phrase_rule_tester.ts";
import { lintMessage } from "../../../src/lint/lint_message.ts";
import type { Diagnostic } from "../../../src/lint/rule.ts";
import { noOptOut } from "../../../src/rules/no_opt_out.ts";
import { testProbeSteps } from "./_probe_harness.ts";
import {
  KNOWN_FALSE_SINCE_RETRAINING,
  KNOWN_MISSED_SINCE_RETRAINING,
} from "./_known_since_retraining.ts";

/** The concepts of the review family. */
export const REVIEW_CONCEPTS: readonly string[] = [
  "review",
  "reviewOther",
  "request",
  "positive",
  "condition",
  "incentive",
  "change",
  "instruction",
  "sharing",
  "opinion",
  "place",
];

/** The concepts of the marketing family. */
export const MARKETING_CONCEPTS: readonly string[] = [
  "promoObject",
  "offer",
  "invitation",
  "future",
];

/**
 * Concepts a lexicon may fill or leave out (the marketing family's weaker
 * objects and cues, see `types.ts`).
 */
export const OPTIONAL_CONCEPTS: readonly string[] = [
  "assortment",
  "novelty",
  "recommendation",
  "availability",
  "urgency",
  "ours",
  "orderItem",
  "marketingOther",
  "helpContent",
  "purchase",
  "reviewVerb",
  "notNegation",
  "requestOther",
  "changeOther",
  "mailing",
  "recurring",
  "unconditional",
  "reviewSeen",
  "starCategory",
  "forget",
  "design",
  "ourChange",
  "shareVerb",
  "problemIf",
  "changeIt",
  "reviewThanked",
  "othersReview",
  "reviewSays",
  "yours",
  "buyerReport",
  "wellWish",
  "appeal",
  "buyers",
  "alsoBuy",
  "thirdParty",
  "required",
  "exchange",
  "variant",
  "storefront",
  "preorder",
  "manual",
  "ownSite",
  "orderCode",
  "nextWord",
  "purchaseNoun",
  "friend",
  "referral",
  "oursOther",
  "consent",
  "buyerAsked",
  "jobCondition",
  "wish",
];

/**
 * Asserts the shape of a lexicon: its language, every concept filled,
 * lower-case trimmed terms, no `*` inside a term, no duplicate in a concept,
 * no unknown concept.
 */
export function assertLexiconShape(
  lexicon: Lexicon<string>,
  language: string,
  concepts: readonly string[],
): void {
  assert.equal(lexicon.language, language);
  assert.equal(lexicon.segmentation, "words");
  const optional = OPTIONAL_CONCEPTS.filter((concept) =>
    concept in lexicon.concepts
  );
  for (const concept of [...concepts, ...optional, "negation"]) {
    const terms = lexicon.concepts[concept] ?? [];
    assert.ok(terms.length > 0, `${concept} has no terms`);
    const seen = new Set<string>();
    for (const term of terms) {
      assert.equal(term, term.toLowerCase(), `"${term}" is not lower case`);
      assert.equal(term, term.trim(), `"${term}" has outer spaces`);
      assert.ok(term.replace(/\*/g, "").length > 0, `"${term}" is empty`);
      assert.ok(!term.slice(1, -1).includes("*"), `"${term}" has a * inside`);
      assert.ok(!seen.has(term), `"${term}" twice in ${concept}`);
      seen.add(term);
    }
  }
  for (const concept of Object.keys(lexicon.concepts)) {
    assert.ok(
      concepts.includes(concept) || concept === "negation" ||
        OPTIONAL_CONCEPTS.includes(concept),
      `unknown concept ${concept}`,
    );
  }
}

/** A message the rule must report, with the message id it must use. */
export interface Invalid {
  readonly text: string;
  readonly messageId: string;
}

/** Messages of one language for one rule. */
export interface RuleCases {
  readonly valid: readonly string[];
  readonly invalid: readonly Invalid[];
  /**
   * Valid messages that still get an error (known false errors): each step
   * checks that it still does, so one that is fixed must leave the list.
   */
  readonly knownFalse?: readonly string[];
}

const RULES = {
  review: noReviewManipulation,
  marketing: noMarketing,
} as const;

/**
 * Registers tests that lint messages of one locale with one rule: valid
 * messages get no error, each invalid one gets an error with its message id.
 */
export function testRuleCases(
  family: keyof typeof RULES,
  locale: string,
  cases: RuleCases,
): void {
  const rule = RULES[family];
  Deno.test(`${rule.id} (${locale}): no error on valid messages`, async (t) => {
    const knownFalse = new Set(cases.knownFalse);
    for (const text of cases.valid) {
      const known = knownFalse.has(text) ||
        KNOWN_FALSE_SINCE_RETRAINING.get(text) === rule.id;
      await t.step(`${known ? "(known false error) " : ""}${text}`, () => {
        const found = lintMessageWith(rule, {
          type: "unexpectedProblem",
          text,
          locale,
        }).filter((d) => d.severity === "error");
        if (known) {
          assert.ok(found.length > 0, `known false error now passes: ${text}`);
        } else assert.equal(found.length, 0, describe(found, text));
      });
    }
  });
  Deno.test(`${rule.id} (${locale}): reports invalid messages`, async (t) => {
    for (const { text, messageId } of cases.invalid) {
      await t.step(text, () => {
        const found = lintMessageWith(rule, {
          type: "unexpectedProblem",
          text,
          locale,
        }).filter((d) => d.severity === "error");
        if (KNOWN_MISSED_SINCE_RETRAINING.has(text)) {
          const ids = found.map((d) => d.messageId);
          assert.ok(
            !ids.includes(messageId),
            `known miss now reported as ${messageId}: ${text}`,
          );
          return;
        }
        assert.ok(found.length > 0, `no error for ${JSON.stringify(text)}`);
        assert.deepEqual(
          [...new Set(found.map((d) => d.messageId))],
          [messageId],
          describe(found, text),
        );
      });
    }
  });
}

const matchers = new Map<Lexicon<string>, LexiconMatcher>();

/** Other senses and the concepts they cancel, as the rules set them. */
const CANCELS: Readonly<Record<string, readonly string[]>> = {
  reviewOther: ["review", "opinion", "positive"],
  changeOther: ["change"],
  marketingOther: [
    "offer",
    "future",
    "ours",
    "urgency",
    "assortment",
    "novelty",
    "recommendation",
    "availability",
    "invitation",
    "promoObject",
  ],
};

/**
 * The concepts a text holds, with another sense of a word (`reviewOther`,
 * `marketingOther`) cancelling the word it covers, as the rules do.
 */
export function conceptsOf(
  lexicon: Lexicon<string>,
  text: string,
): Set<string> {
  let matcher = matchers.get(lexicon);
  if (matcher === undefined) {
    matchers.set(lexicon, matcher = createLexiconMatcher([lexicon]));
  }
  const hits = matcher.find(text.toLowerCase());
  const found = new Set<string>();
  for (const hit of hits) {
    if (hit.concept in CANCELS) continue;
    const cancelled = hits.some((other) =>
      (CANCELS[other.concept] ?? []).includes(hit.concept) &&
      other.start < hit.end && hit.start < other.end &&
      other.end - other.start >= hit.end - hit.start
    );
    if (!cancelled) found.add(hit.concept);
  }
  return found;
}

/** A text, the concepts it must hold and those it must not (space-separated). */
export type Case = readonly [text: string, has: string, lacks?: string];

export function check(lexicon: Lexicon<string>, cases: readonly Case[]): void {
  for (const [text, has, lacks = ""] of cases) {
    const found = conceptsOf(lexicon, text);
    for (const concept of has.split(" ").filter(Boolean)) {
      assert.ok(
        found.has(concept),
        `${JSON.stringify(text)}: no ${concept} in [${[...found]}]`,
      );
    }
    for (const concept of lacks.split(" ").filter(Boolean)) {
      assert.ok(
        !found.has(concept),
        `${JSON.stringify(text)}: unexpected ${concept} in [${[...found]}]`,
      );
    }
  }
}

/**
 * A probe set of one class of messages: violations the review and marketing
 * rules together must flag (any error), and clean traps neither may flag.
 */
export interface ProbeClass {
  readonly violations: readonly string[];
  readonly clean: readonly string[];
}

/** Probe sets by class (`marketing-soft`, `review-wish`, `negation`, ...). */
export type Probes = Readonly<Record<string, ProbeClass>>;

/** How a class of probes fares: counts, and the texts that fail. */
export interface ProbeScore {
  readonly name: string;
  readonly caught: number;
  readonly violations: number;
  readonly falseErrors: number;
  readonly clean: number;
  /** Violations no error flags, and clean traps an error flags. */
  readonly failing: readonly string[];
}

/** The errors of the review and marketing rules on a text. */
function probeErrors(locale: string, text: string): Diagnostic[] {
  return lintMessage({ type: "unexpectedProblem", text, locale }, {
    policy: {
      name: "probe",
      rules: { [noReviewManipulation.id]: "error", [noMarketing.id]: "error" },
    },
  }).diagnostics.filter((d) => d.severity === "error");
}

/** Scores probe sets in one locale, class by class. */
export function scoreProbes(locale: string, probes: Probes): ProbeScore[] {
  return Object.entries(probes).map(([name, { violations, clean }]) => {
    const failing: string[] = [];
    let caught = 0;
    for (const text of violations) {
      if (probeErrors(locale, text).length > 0) caught++;
      else failing.push(text);
    }
    let falseErrors = 0;
    for (const text of clean) {
      if (probeErrors(locale, text).length > 0) {
        falseErrors++;
        failing.push(text);
      }
    }
    return {
      name,
      caught,
      violations: violations.length,
      falseErrors,
      clean: clean.length,
      failing,
    };
  });
}

/**
 * Registers one test per probe class in a locale: every violation gets an
 * error of the review or marketing rule, no clean trap gets one. Texts in
 * `known` are the probes the rules still fail (their steps say so, and
 * check that they still fail: a known probe that starts to pass fails the
 * test until it is taken off the list).
 */
export function testProbes(
  locale: string,
  probes: Probes,
  known: readonly string[] = [],
): void {
  const knownSet = new Set(known);
  for (const [name, { violations, clean }] of Object.entries(probes)) {
    const count = violations.length + clean.length;
    const steps = [
      ...violations.map((text) => [text, true] as const),
      ...clean.map((text) => [text, false] as const),
    ];
    testProbeSteps(
      `probes ${name} (${locale}, ${count})`,
      steps.map(([text, violation]) => ({
        name: `${violation ? "flags" : "clean"}${
          knownSet.has(text) ? " (known to fail)" : ""
        }: ${text}`,
        text,
        judge: () => {
          const found = probeErrors(locale, text);
          return {
            right: violation ? found.length > 0 : found.length === 0,
            why: violation
              ? `no error for ${JSON.stringify(text)}`
              : `false error ${describe(found, text)}`,
          };
        },
      })),
      {
        known: knownSet,
        nowRight: (text) => `known failing probe now passes: ${text}`,
      },
    );
  }
}

/** Probe sets per weak class, as the lexicon tests of a language list them. */
export interface ClassProbes {
  /** Clean traps, by class: no error from either rule. */
  readonly clean: Readonly<Record<string, readonly string[]>>;
  /** Review violations, by class, with their message ids. */
  readonly review: Readonly<Record<string, readonly Invalid[]>>;
  /** Marketing violations, by class, with their message ids. */
  readonly marketing: Readonly<Record<string, readonly Invalid[]>>;
}

/**
 * Registers the review and marketing tests of a locale's class probes:
 * the clean traps stay clean under both rules, each violation gets its
 * message id. Clean traps in `known` are known false errors instead.
 */
export function testClassProbes(
  locale: string,
  probes: ClassProbes,
  known: readonly string[] = [],
): void {
  // Clean traps listed as known false errors: each step checks that it is
  // still one.
  const knownSet = new Set(known);
  const valid = Object.values(probes.clean).flat().filter((text) =>
    !knownSet.has(text)
  );
  if (knownSet.size > 0) {
    testProbes(locale, {
      "known false errors": { violations: [], clean: [...knownSet] },
    }, known);
  }
  testRuleCases("review", locale, {
    valid,
    invalid: Object.values(probes.review).flat(),
  });
  testRuleCases("marketing", locale, {
    valid,
    invalid: Object.values(probes.marketing).flat(),
  });
}

/**
 * Registers the opt-out test of a locale: each opt-out wording is found,
 * each clean text (stopping a delivery, cancelling an order) is not.
 */
export function testOptOutProbes(
  locale: string,
  probes: {
    readonly optOut: readonly string[];
    readonly clean: readonly string[];
  },
): void {
  Deno.test(`no-opt-out (${locale}): opt-out wording, not stopping a delivery`, () => {
    const lint = (text: string) =>
      lintMessageWith(noOptOut, { type: "unexpectedProblem", text, locale });
    for (const text of probes.optOut) assert.ok(lint(text).length > 0, text);
    for (const text of probes.clean) assert.deepEqual(lint(text), [], text);
  });
}

/**
 * {@linkcode testProbes} over several named probe sets at once, each keyed
 * by locale: a probe class `name` of set `set` is registered as
 * `${label} ${set} ${name}`, so the sets of one round stay apart in the
 * report.
 */
export function testProbeSets(
  label: string,
  sets: Readonly<Record<string, Readonly<Record<string, Probes>>>>,
  known: readonly string[] = [],
): void {
  for (const [set, byLocale] of Object.entries(sets)) {
    for (const [locale, probes] of Object.entries(byLocale)) {
      const named = Object.fromEntries(
        Object.entries(probes).map(([name, probe]) => [
          `${label} ${set} ${name}`,
          probe,
        ]),
      );
      testProbes(locale, named, known);
    }
  }
}

/** A probe of a table: its locale, its label, its text. */
export type LabeledProbe = readonly [
  locale: string,
  label: string,
  text: string,
];

/**
 * Registers a table of probe sentences, one test per locale: a probe
 * labelled `positive` must get an error of `ruleId`, any other none. Known
 * failures (`known`) are checked to stay wrong.
 *
 * @param title The tests' title, before the locale.
 * @param probes The probes.
 * @param options The rule, the positive label, the message type and the
 *   known failures.
 */
export function testProbeTable(
  title: string,
  probes: readonly LabeledProbe[],
  options: {
    readonly ruleId: string;
    readonly positive: string;
    readonly type: string;
    readonly known: ReadonlySet<string>;
  },
): void {
  for (const locale of new Set(probes.map(([locale]) => locale))) {
    testProbeSteps(
      `${title} (${locale})`,
      probes.filter((probe) => probe[0] === locale).map(([, label, text]) => ({
        name: `${label}: ${text}`,
        text,
        judge: () => {
          const errors = lintMessage({ type: options.type, locale, text })
            .diagnostics.filter((d) => d.severity === "error")
            .map((d) => d.ruleId);
          return {
            right: errors.includes(options.ruleId) ===
              (label === options.positive),
            why: `wrong verdict, errors: ${errors.join(", ") || "none"}`,
          };
        },
      })),
      { known: options.known },
    );
  }
}

/** A probe of both policy families: [locale, class or message type, label, text]. */
export type PolicyProbe = readonly [
  locale: string,
  tag: string,
  label: string,
  text: string,
];

/**
 * One test per locale over probes of both policy families: a violation
 * must get an error from `no-review-manipulation` or `no-marketing`, a
 * clean probe none. With `type`, each probe's tag is its class and the
 * message has that type; without, the tag is the message type.
 */
export function testPolicyProbes(
  title: string,
  probes: readonly PolicyProbe[],
  options: { readonly known: ReadonlySet<string>; readonly type?: string },
): void {
  for (const locale of new Set(probes.map(([locale]) => locale))) {
    testProbeSteps(
      `${title} (${locale})`,
      probes.filter((probe) => probe[0] === locale).map((
        [, tag, label, text],
      ) => ({
        name: `${tag}, ${label}: ${text}`,
        text,
        judge: () => {
          const errors = lintMessage({
            type: options.type ?? tag,
            locale,
            text,
          }).diagnostics.filter((d) =>
            d.severity === "error" &&
            (d.ruleId === "no-review-manipulation" ||
              d.ruleId === "no-marketing")
          ).map((d) => `${d.ruleId}/${d.messageId}`);
          return {
            right: (errors.length > 0) === (label === "violation"),
            why: `wrong verdict, errors: ${errors.join(", ") || "none"}`,
          };
        },
      })),
      { known: options.known },
    );
  }
}
