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

Deno.test("createFrancDetector() with models answers nothing when a same-script candidate has no model", () => {
  const calls: string[][] = [];
  const detector = createFrancDetector((_value, options) => {
    calls.push(options.only);
    return [["spa", 1], ["cat", 0.99]];
  }, new Set(["spa", "por"]));
  assert.deepEqual(
    detector("Gràcies per la vostra comanda", ["es", "pt", "ca"]),
    [],
  );
  assert.deepEqual(calls, []);
});

Deno.test("createFrancDetector() with models leaves other-script codes without a model out of franc's list", () => {
  const calls: string[][] = [];
  const detector = createFrancDetector((_value, options) => {
    calls.push(options.only);
    return [["por", 1], ["spa", 0.97]];
  }, new Set(["spa", "por"]));
  assert.deepEqual(
    detector("Olá, tudo bem com o pedido?", ["es", "pt", "ru"]),
    [
      { language: "pt", score: 1 },
      { language: "es", score: 0.97 },
    ],
  );
  assert.deepEqual(calls, [["spa", "por"]]);
});
