import assert from "node:assert/strict";
import { createLexiconMatcher } from "../../../src/rules/_intent/lexicon_matcher.ts";
import type { Lexicon } from "../../../src/rules/_lexicons/types.ts";
import { normalizeText } from "../../../src/text/normalize.ts";
import { OPTIONAL_CONCEPTS } from "./_lexicon_cases.ts";

/**
 * Asserts the shape of a lexicon of any segmentation: its language and
 * segmentation, every concept filled (the given ones, and the optional ones
 * the lexicon has), terms lower case, trimmed, stable
 * under NFKC (the text is normalized with it), with a `*` only at an end,
 * not made only of symbols the matcher skips, and no duplicate in a concept.
 */
export function assertShape(
  lexicon: Lexicon<string>,
  language: string,
  segmentation: "words" | "chars",
  concepts: readonly string[],
): void {
  assert.equal(lexicon.language, language);
  assert.equal(lexicon.segmentation, segmentation);
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
      assert.equal(term, term.normalize("NFKC"), `"${term}" is not NFKC`);
      assert.ok(
        /[\p{L}\p{N}%$€£¥₹₺@#&+=?/]/u.test(term),
        `"${term}" has no letter, digit or kept symbol`,
      );
      assert.ok(!term.slice(1, -1).includes("*"), `"${term}" has a * inside`);
      // The matcher reads other symbols ("★", "٪") as separators.
      assert.match(
        term,
        /^[\p{L}\p{M}\p{N}\s%$€£¥₹₺@#&+=?/\-:、*]+$/u,
        `"${term}" has a symbol the matcher skips`,
      );
      assert.ok(!seen.has(term), `"${term}" twice in ${concept}`);
      seen.add(term);
    }
  }
  for (const concept of Object.keys(lexicon.concepts)) {
    assert.ok(
      concept === "negation" || concepts.includes(concept) ||
        optional.includes(concept),
      `unknown concept ${concept}`,
    );
  }
}

/** The concepts a lexicon finds in a text (normalized first), sorted. */
export function conceptsIn(lexicon: Lexicon<string>, text: string): string[] {
  const normalized = normalizeText(text).text;
  const hits = createLexiconMatcher([lexicon]).find(normalized);
  return [...new Set(hits.map((hit) => hit.concept))].sort();
}

/**
 * Registers one test that checks, for each text, that the lexicon finds the
 * concept in it (`has`) or does not (`lacks`).
 */
export function testConceptTable(
  name: string,
  lexicon: Lexicon<string>,
  table: readonly (readonly [
    text: string,
    has: readonly string[],
    lacks?: readonly string[],
  ])[],
): void {
  Deno.test(name, async (t) => {
    for (const [text, has, lacks = []] of table) {
      await t.step(text, () => {
        const found = conceptsIn(lexicon, text);
        for (const concept of has) {
          assert.ok(
            found.includes(concept),
            `${concept} not found in ${JSON.stringify(text)} (found ${
              found.join(", ")
            })`,
          );
        }
        for (const concept of lacks) {
          assert.ok(
            !found.includes(concept),
            `${concept} found in ${JSON.stringify(text)}`,
          );
        }
      });
    }
  });
}
