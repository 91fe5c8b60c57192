import assert from "node:assert/strict";
import type { LanguageDetector } from "../../src/language/language_detector.ts";
import { checkLanguage } from "../../src/language/check_language.ts";

Deno.test("LanguageDetector plugs a custom detector into checkLanguage()", () => {
  const seen: (readonly string[])[] = [];
  const alwaysItalian: LanguageDetector = (_text, candidates) => {
    seen.push(candidates);
    return [{ language: "it", score: 1 }, { language: "de", score: 0.5 }];
  };
  const check = checkLanguage(
    "Dies ist ein ganz normaler deutscher Satz ohne Besonderheiten.",
    "de-DE",
    { detector: alwaysItalian },
  );
  assert.equal(check.verdict, "mismatch");
  assert.equal(check.detected, "it");
  assert.equal(check.strength, "strong");
  assert.ok(seen.length > 0);
  assert.ok(seen.every((candidates) => !candidates.includes("ja")));
});

Deno.test("LanguageDetector returning nothing makes checkLanguage() undetermined", () => {
  const clueless: LanguageDetector = () => [];
  const check = checkLanguage(
    "Dies ist ein ganz normaler deutscher Satz ohne Besonderheiten.",
    "de",
    { detector: clueless },
  );
  assert.equal(check.verdict, "undetermined");
});
