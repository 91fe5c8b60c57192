/**
 * A bounded smoke evaluation on the committed evaluation set
 * (bench/language/data): a deterministic subset of the held-out split,
 * asserting the targets of the language-match rule. The full evaluation is
 * bench/language/evaluate.ts.
 */
import assert from "node:assert/strict";
import {
  checkLanguage,
  type CheckLanguageOptions,
  francDetector,
  type LanguageDetector,
} from "../../src/language/mod.ts";
import { eldDetector } from "../../src/language/detect_eld.ts";
import {
  type EvalText,
  LATIN,
  loadSet,
  NEIGHBOUR,
} from "../../bench/language/eval_set.ts";

function subset(bucket: EvalText["bucket"], every: number): EvalText[] {
  return loadSet().filter((t) => t.split === "test" && t.bucket === bucket)
    .filter((_, i) => i % every === 0);
}

function isError(
  text: string,
  expected: string,
  detector: LanguageDetector,
): boolean {
  const options: CheckLanguageOptions = { detector };
  const check = checkLanguage(text, expected, options);
  return check.verdict === "mismatch" && check.strength === "strong";
}

function rates(texts: readonly EvalText[], detector: LanguageDetector) {
  let falseErrors = 0;
  let caught = 0;
  let pairs = 0;
  for (const t of texts) {
    if (isError(t.text, t.lang, detector)) falseErrors++;
    const neighbour = NEIGHBOUR[t.lang];
    if (neighbour) {
      pairs++;
      if (isError(t.text, neighbour, detector)) caught++;
    }
  }
  return { falseErrors: falseErrors / texts.length, caught: caught / pairs };
}

Deno.test("checkLanguage() with the default francDetector meets both targets on neighbours at 150-400 characters", () => {
  const { falseErrors, caught } = rates(subset("150-400", 2), francDetector);
  assert.ok(falseErrors <= 0.002, `false errors ${falseErrors}`);
  assert.ok(caught >= 0.99, `neighbours caught ${caught}`);
});

Deno.test("checkLanguage() with the default francDetector meets both targets on neighbours at 60-150 characters", () => {
  const { falseErrors, caught } = rates(subset("60-150", 2), francDetector);
  assert.ok(falseErrors <= 0.002, `false errors ${falseErrors}`);
  assert.ok(caught >= 0.95, `neighbours caught ${caught}`);
});

Deno.test("checkLanguage() with the default francDetector catches 99% of same-script texts at 150-400 characters and 95% at 60-150", () => {
  for (
    const [bucket, target] of [["150-400", 0.99], ["60-150", 0.95]] as const
  ) {
    let caught = 0;
    let pairs = 0;
    for (const t of subset(bucket, 4)) {
      if (!LATIN.includes(t.lang)) continue;
      for (const buyer of LATIN) {
        if (buyer === t.lang) continue;
        pairs++;
        if (isError(t.text, buyer, francDetector)) caught++;
      }
    }
    assert.ok(caught / pairs >= target, `${bucket}: caught ${caught / pairs}`);
  }
});

Deno.test("checkLanguage() with eldDetector meets both targets on neighbours at 150-400 characters", () => {
  const { falseErrors, caught } = rates(subset("150-400", 4), eldDetector);
  assert.ok(falseErrors <= 0.002, `false errors ${falseErrors}`);
  assert.ok(caught >= 0.99, `neighbours caught ${caught}`);
});

Deno.test("checkLanguage() with eldDetector catches 95% of neighbours at 60-150 characters", () => {
  const { falseErrors, caught } = rates(subset("60-150", 4), eldDetector);
  assert.ok(falseErrors <= 0.005, `false errors ${falseErrors}`);
  assert.ok(caught >= 0.95, `neighbours caught ${caught}`);
});

Deno.test("checkLanguage() raises almost no error on short correct texts", () => {
  for (const detector of [francDetector, eldDetector]) {
    const { falseErrors } = rates(subset("20-60", 4), detector);
    assert.ok(falseErrors <= 0.002, `false errors ${falseErrors}`);
  }
});
