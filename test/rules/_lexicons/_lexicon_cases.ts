import assert from "node:assert/strict";
import {
  createLexiconMatcher,
  type LexiconMatcher,
} from "../../../src/rules/_intent/lexicon_matcher.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";
import { noMarketing } from "../../../src/rules/no_marketing.ts";
import { noReviewManipulation } from "../../../src/rules/no_review_manipulation.ts";
import { describe, lintMessageWith } from "../_phrase_rule_tester.ts";

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
    for (const text of cases.valid) {
      await t.step(text, () => {
        const found = lintMessageWith(rule, {
          type: "unexpectedProblem",
          text,
          locale,
        }).filter((d) => d.severity === "error");
        assert.equal(found.length, 0, describe(found, text));
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
