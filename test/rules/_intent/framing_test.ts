import assert from "node:assert/strict";
import {
  framed,
  fronted,
  frontedWish,
} from "../../../src/rules/_intent/framing.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: {
    weak: ["comment"],
    instruction: ["say", "mention"],
    request: ["we'd love it", "we hope"],
    stars: ["five stars"],
  },
});

const LINK = ["weak", ["instruction"], "linked"] as const;

function linked(
  text: string,
  run: (
    hits: ReturnType<typeof find>,
    cancelled: Uint8Array,
    out: Map<number, string>,
  ) => void,
): string[] {
  const hits = find(text);
  const { cancelled } = state(hits);
  const out = new Map<number, string>();
  run(hits, cancelled, out);
  return [...out].map(([i, concept]) =>
    `${text.slice(hits[i]!.start, hits[i]!.end)}→${concept}`
  );
}

Deno.test("fronted(): a short phrase before a comma is where the next clause's instruction goes", () => {
  const run = (text: string) =>
    linked(
      text,
      (hits, cancelled, out) =>
        fronted(hits, segmentText(text), cancelled, new Map(), LINK, out, text),
    );
  assert.deepEqual(run("in your comment, say how long the battery lasts."), [
    "comment→linked",
  ]);
  // A long clause before the comma is no fronted phrase.
  assert.deepEqual(
    run(
      "thank you for the long comment you left us about the lamp last week, say hello to your sister.",
    ),
    [],
  );
});

Deno.test('framed(): "in your comment" with an instruction after it links only in a sentence that asks', () => {
  const run = (text: string) =>
    linked(text, (hits, cancelled, out) =>
      framed(
        hits,
        segmentText(text),
        cancelled,
        new Map(),
        LINK,
        "request",
        out,
        text,
      ));
  assert.deepEqual(
    run("we'd love it if in your comment you mention the fast delivery."),
    ["comment→linked"],
  );
  // A report of what the buyer wrote: no request in the sentence.
  assert.deepEqual(run("in your comment you mention a missing screw."), []);
});

Deno.test("frontedWish(): a wish closing a short clause governs the star count after it", () => {
  const run = (text: string) =>
    linked(text, (hits, cancelled, out) =>
      frontedWish(
        hits,
        segmentText(text),
        cancelled,
        "request",
        (i) => hits[i]!.concept === "stars",
        out,
        "wished",
        text,
      ));
  assert.deepEqual(run("we hope, five stars from you."), ["five stars→wished"]);
  assert.deepEqual(run("the hotel has five stars."), []);
});
