import assert from "node:assert/strict";
import type {
  AnalyzeOptions,
  SentenceConcepts,
} from "../../../src/rules/_intent/analysis_types.ts";
import {
  addDenied,
  addNegatedMarks,
  countDeniable,
  type DeniableCounts,
} from "../../../src/rules/_intent/denial.ts";
import type { ConceptHit } from "../../../src/rules/_intent/lexicon_matcher.ts";
import {
  type Segment,
  segmentText,
} from "../../../src/rules/_intent/segment.ts";
import { hitFinder } from "./_concept_hits.ts";

const find = hitFinder({
  en: {
    request: ["leave", "please"],
    review: ["review"],
    ownObject: ["replacement"],
    negation: ["no", "not"],
  },
});

// Empty concept sets per sentence, one set per language given.
function emptyResult(text: string, languages: string[]): SentenceConcepts[] {
  return segmentText(text).sentences.map((segment) => ({
    segment,
    own: new Map(languages.map((l) => [l, new Set<string>()])),
    all: new Map(languages.map((l) => [l, new Set<string>()])),
  }));
}

function flags(hits: readonly ConceptHit[], concept: string): Uint8Array {
  return Uint8Array.from(hits, (hit) => hit.concept === concept ? 1 : 0);
}

function concepts(result: SentenceConcepts[], language = "en") {
  return result.map((s) => ({
    own: [...(s.own.get(language) ?? [])],
    all: [...(s.all.get(language) ?? [])],
  }));
}

Deno.test("countDeniable() counts deniable and denied hits per sentence and language", () => {
  const counts: DeniableCounts = new Map();
  countDeniable(counts, 0, "en", 1);
  countDeniable(counts, 0, "en", 0);
  countDeniable(counts, 1, "de", 1);
  assert.deepEqual([...counts.keys()], ["0 en", "1 de"]);
  // Counted as addDenied reads them: only "1 de" is all denied.
  const text = "a review. eine bewertung.";
  const result = emptyResult(text, ["en", "de"]);
  addDenied(
    result,
    [],
    new Uint8Array(),
    new Uint8Array(),
    [],
    segmentText(text),
    { denied: [["review"], "noReview"] },
    counts,
  );
  assert.deepEqual(concepts(result, "en"), [{ own: [], all: [] }, {
    own: [],
    all: [],
  }]);
  assert.deepEqual(concepts(result, "de")[1], {
    own: ["noReview"],
    all: ["noReview"],
  });
});

Deno.test("addNegatedMarks() marks a negated request that governs a denied word of its clause", () => {
  const run = (text: string, foreign: Segment[] = []) => {
    const hits = find(text);
    const result = emptyResult(text, []);
    addNegatedMarks(
      result,
      hits,
      segmentText(text),
      foreign,
      flags(hits, "review"),
      flags(hits, "request"),
      ["request", "deniedRequest"],
    );
    return concepts(result);
  };
  assert.deepEqual(run("you don't have to leave a review"), [{
    own: ["deniedRequest"],
    all: ["deniedRequest"],
  }]);
  // In quoted words: only in all.
  assert.deepEqual(
    run("you don't have to leave a review", [{ start: 18, end: 23 }]),
    [{
      own: [],
      all: ["deniedRequest"],
    }],
  );
  // The request after the review word does not govern it.
  assert.deepEqual(run("a review you don't have to leave"), [{
    own: [],
    all: [],
  }]);
});

Deno.test("addDenied() adds the denial unless a request stands apart in a later clause", () => {
  const options: AnalyzeOptions = {
    denied: [["review"], "noReview"],
    askedInQuestion: "request",
    ownObjects: ["ownObject"],
  };
  const run = (text: string) => {
    const hits = find(text);
    const result = emptyResult(text, ["en"]);
    const counts: DeniableCounts = new Map();
    countDeniable(counts, 0, "en", 1);
    addDenied(
      result,
      hits,
      new Uint8Array(hits.length),
      flags(hits, "review"),
      hits.filter((hit) => hit.concept === "negation"),
      segmentText(text),
      { ...options, text },
      counts,
    );
    return concepts(result)[0]!.own;
  };
  assert.deepEqual(run("no review is needed, the refund is on its way"), [
    "noReview",
  ]);
  // Without reviews we cannot grow, please take a moment.
  assert.deepEqual(run("without a review we cannot grow, please help"), []);
  // A request with its own object, or offered as the alternative.
  assert.deepEqual(run("forget the review, please take the replacement"), [
    "noReview",
  ]);
  assert.deepEqual(run("no review is needed, please just wait"), ["noReview"]);
  // A request that itself says "no" asks for nothing.
  assert.deepEqual(run("no review is needed, please do not feel obliged"), [
    "noReview",
  ]);
  // Nothing to add without the option.
  const text = "no review";
  const result = emptyResult(text, ["en"]);
  const counts: DeniableCounts = new Map();
  countDeniable(counts, 0, "en", 1);
  addDenied(
    result,
    [],
    new Uint8Array(),
    new Uint8Array(),
    [],
    segmentText(text),
    {},
    counts,
  );
  assert.deepEqual(concepts(result)[0]!.own, []);
});
