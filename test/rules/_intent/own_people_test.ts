import assert from "node:assert/strict";
import {
  cancelOwnPeople,
  RESTOCK,
  THANKS,
} from "../../../src/rules/_intent/own_people.ts";
import { segmentText } from "../../../src/rules/_intent/segment.ts";
import { flagged, hitFinder, state } from "./_concept_hits.ts";

const find = hitFinder({
  en: { ours: ["our"], invitation: ["if you like"] },
  de: { ours: ["unser*"], invitation: ["sichern sie sich"] },
  fr: { ours: ["notre", "nos"] },
  pt: { ours: ["nossa"] },
  zh: { ours: ["我们的"] },
});

function run(text: string): { cancelled: string[]; thanked: string[] } {
  const hits = find(text);
  const { byConcept, cancelled } = state(hits);
  const thanked = cancelOwnPeople(
    hits,
    text,
    segmentText(text),
    cancelled,
    byConcept,
    "ours",
  );
  const marks = new Uint8Array(hits.length);
  for (const i of thanked) marks[i] = 1;
  return {
    cancelled: flagged(text, hits, cancelled),
    thanked: flagged(text, hits, marks),
  };
}

Deno.test("cancelOwnPeople() cancels 'our' before the seller's people or places, in any language", () => {
  assert.deepEqual(
    run("sichern sie sich ihren termin bei unserem techniker.").cancelled,
    ["ours:unser"],
  );
  assert.deepEqual(run("notre technicien passe lundi.").cancelled, [
    "ours:notre",
  ]);
  assert.deepEqual(run("我们的技术人员周一上门。").cancelled, ["ours:我们的"]);
  // The seller's goods stay goods.
  assert.deepEqual(
    run("our matching key fob is embossed the same way.").cancelled,
    [],
  );
  assert.deepEqual(run("nos serviettes assorties sont prêtes.").cancelled, []);
});

Deno.test("cancelOwnPeople() keeps 'our' before a person when a price is in the sentence: the work is sold", () => {
  assert.deepEqual(
    run(
      "for a small extra charge our technician can also clean the second unit.",
    )
      .cancelled,
    [],
  );
  assert.deepEqual(
    run("für 25 € kann unser techniker auch die klimaanlage reinigen.")
      .cancelled,
    [],
  );
});

Deno.test("cancelOwnPeople() returns the hits in a sentence that thanks, and only those", () => {
  const result = run(
    "se gostou da nossa embalagem, obrigado. our new mugs are in.",
  );
  assert.deepEqual(result.thanked, ["ours:nossa"]);
  assert.deepEqual(result.cancelled, []);
  assert.deepEqual(run("our new mugs are in.").thanked, []);
});

Deno.test("THANKS and RESTOCK read thanks and restocks, not other words", () => {
  assert.ok(THANKS.test("thank you for your patience"));
  assert.ok(!THANKS.test("the parcel leaves today"));
  assert.ok(RESTOCK.test("our blankets are back in stock"));
  assert.ok(RESTOCK.test("unsere decken sind wieder vorrätig"));
  assert.ok(!RESTOCK.test("our winter range is back for the season"));
});
