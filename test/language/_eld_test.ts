import assert from "node:assert/strict";
import { createEldDetector } from "../../src/language/_eld.ts";

Deno.test("createEldDetector() keeps candidates and scales scores to the best", () => {
  const detector = createEldDetector({
    detect: () => ({
      getScores: () => ({ sv: 0.4, no: 0.8, da: 0.6, fi: 0.9 }),
    }),
  });
  const guesses = detector("Tack så mycket", ["sv", "da", "nb"]);
  assert.deepEqual(guesses.map((g) => g.language), ["nb", "da", "sv"]);
  assert.deepEqual(guesses.map((g) => Math.round(g.score * 100) / 100), [
    1,
    0.75,
    0.5,
  ]);
});
