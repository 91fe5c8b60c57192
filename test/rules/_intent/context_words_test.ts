import assert from "node:assert/strict";
import type { AnalyzeOptions } from "../../../src/rules/_intent/analysis_types.ts";
import { cancelByContext } from "../../../src/rules/_intent/context_words.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { flagged, hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: {
    proof: ["proof", "review copy"],
    opinion: ["opinion"],
    review: ["review"],
    instruction: ["say that"],
  },
});

function run(text: string, quotedBy?: string[]) {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  const options: AnalyzeOptions = {
    text,
    cancels: { proof: ["review"] },
    context: {
      canceller: "proof",
      weak: ["opinion"],
      marked: ["review"],
      concept: "design",
      quotedBy,
    },
  };
  const marked = cancelByContext(
    hits,
    segmentText(text),
    cancelled,
    byConcept,
    options,
  );
  return {
    cancelled: flagged(text, hits, cancelled),
    marked: [...marked].map((i) => text.slice(hits[i]!.start, hits[i]!.end)),
  };
}

Deno.test("cancelByContext() cancels weak words and marks review words in the context word's sentence and the next", () => {
  assert.deepEqual(
    run("your proof is attached. tell us your opinion. leave a review."),
    { cancelled: ["opinion:opinion"], marked: [] },
  );
  // A sentence with a marked review word carries the context on, past a
  // blank line; one without a marked word does not.
  assert.deepEqual(
    run(
      "your proof is attached. your review helps.\n\nleave an opinion. leave a review.",
    ),
    { cancelled: ["opinion:opinion"], marked: ["review"] },
  );
  assert.deepEqual(
    run("your opinion counts. leave a review"),
    { cancelled: [], marked: [] },
  );
});

Deno.test("cancelByContext() sets no context for a context word that covers a review word", () => {
  assert.deepEqual(run("we send a review copy. your opinion counts"), {
    cancelled: [],
    marked: [],
  });
});

Deno.test("cancelByContext() sets no context for a context word in what the buyer is told to write", () => {
  const text = "say that the proof came fast. your opinion counts";
  assert.deepEqual(run(text), { cancelled: ["opinion:opinion"], marked: [] });
  assert.deepEqual(run(text, ["instruction"]), { cancelled: [], marked: [] });
  // A review word between the instruction and it: a context again.
  assert.deepEqual(
    run("say that in the review the proof came fast. your opinion counts", [
      "instruction",
    ]).cancelled,
    ["opinion:opinion"],
  );
});
