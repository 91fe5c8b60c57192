import assert from "node:assert/strict";
import { pair } from "../../../src/rules/_intent/pair.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: { weak: ["comment"], instruction: ["change"] },
  ja: { weak: ["コメント"], instruction: ["変更"] },
});

function words(text: string, map: Map<number, string>, hits = find(text)) {
  return [...map].map(([i, concept]) =>
    `${text.slice(hits[i]!.start, hits[i]!.end)}→${concept}`
  ).sort();
}

Deno.test("pair() pairs an anchor with a partner of its language in its clause within the gap", () => {
  const run = (text: string, gap?: number) => {
    const hits = find(text);
    const { cancelled } = state(hits);
    const out = new Map<number, string>();
    pair(
      hits,
      segmentText(text),
      cancelled,
      new Set(["instruction"]),
      out,
      "linked",
      (i) => hits[i]!.concept === "weak",
      false,
      gap,
    );
    return words(text, out, hits);
  };
  assert.deepEqual(run("your comment, change it"), []);
  assert.deepEqual(run("your comment we change"), ["comment→linked"]);
  assert.deepEqual(run("change the text of the long comment"), []);
  assert.deepEqual(run("change the text of the long comment", 40), [
    "comment→linked",
  ]);
});
