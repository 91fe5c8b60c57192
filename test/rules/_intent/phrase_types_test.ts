import assert from "node:assert/strict";
import { PHRASE_LANGUAGES } from "../../../src/rules/_intent/phrase_types.ts";
import { DETECTION_CANDIDATES } from "../../../src/language/mod.ts";

Deno.test("PHRASE_LANGUAGES are the detection candidates with buyer templates", () => {
  // One list: the phrase languages are the language check's candidates but
  // Danish (a neighbour the detector tells apart, with no Amazon store).
  assert.deepEqual(
    [...PHRASE_LANGUAGES].sort(),
    DETECTION_CANDIDATES.filter((language) => language !== "da").sort(),
  );
});
