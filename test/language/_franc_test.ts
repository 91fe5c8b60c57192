import assert from "node:assert/strict";
import { createFrancDetector } from "../../src/language/_franc.ts";

Deno.test("createFrancDetector() maps ISO 639-3 answers back to ISO 639-1", () => {
  const calls: string[][] = [];
  const detector = createFrancDetector((_value, options) => {
    calls.push(options.only);
    return [["por", 1], ["spa", 0.97], ["glg", 0.9]];
  });
  assert.deepEqual(
    detector("Olá, tudo bem com o pedido?", ["es", "pt", "ja"]),
    [
      { language: "pt", score: 1 },
      { language: "es", score: 0.97 },
    ],
  );
  assert.deepEqual(calls, [["spa", "por"]]);
});

Deno.test("createFrancDetector() lets the script decide without calling franc", () => {
  const detector = createFrancDetector(() => {
    throw new Error("franc must not be called");
  });
  assert.equal(detector("شكرا لطلبك", ["en", "ar"])[0]?.language, "ar");
});
