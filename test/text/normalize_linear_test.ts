/**
 * normalizeText() is linear: adversarial texts (long runs of spaced letters,
 * leetspeak, entities, look-alikes, marks, invisible characters, expanding
 * compatibility characters) cost about what a benign text of the same
 * length costs, and 4× the text costs about 4× the time. Budgets are
 * relative to a baseline measured in the same run, with retries, so that a
 * busy machine does not fail them and a quadratic scan does.
 */
import assert from "node:assert/strict";
import { normalizeText } from "../../src/text/normalize.ts";
import { ADVERSARIAL_UNITS, BENIGN, repeatTo } from "../_adversarial.ts";
import { fastestTime, retried } from "../_timing.ts";

/** How much slower than a benign text of the same length it may be. */
const BUDGET = 30;
/**
 * The benign text: an ordinary sentence, and one with accents, CJK and
 * Cyrillic, so that the baseline takes the paths that non-ASCII text takes
 * (a text of ASCII characters only is a shortcut).
 */
const BASELINE = BENIGN +
  "Grüße aus München, ご注文ありがとうございます。Спасибо за заказ! ";
/**
 * 4× the text may cost at most this many times the time, relative to the
 * baseline's own growth (nominal 4).
 */
const SCALING = 8;
/** Below this many milliseconds a time is noise. */
const NOISE_MS = 2;

const UNITS: Readonly<Record<string, string>> = {
  ...ADVERSARIAL_UNITS,
  "spaced letters": "r e v i e w ",
  "one spaced run": "r ",
  "dotted run": "r.",
  "double-spaced run": "r  ",
  "capitals after a small letter": "a R E V I E W ",
  "leetspeak": "r3vi3w ",
  "a leet word without end": "a1",
  "ones": "l1",
  "entities": "&amp;&#64;&#x40;&commat;",
  "broken entities": "&#x&#1&a",
  "a long entity name": "&abcdefghijklmnop",
  "Cyrillic look-alikes": "\u0440\u0430\u0443 ",
  "one long look-alike word": "\u0430",
  "look-alikes and Russian": "\u0430 \u0436 ",
  "marks": "\u0301",
  "marks in reverse canonical order": "\u0301\u0316",
  "a base and marks": "e\u0301\u0308",
  "invisible characters": "\u200B",
  "invisible characters before marks": "e\u200B\u0301",
  "expanding compatibility characters": "\uFDFA",
  "full-width letters": "ＲＥＶＩＥＷ",
  "mathematical letters": "𝐫𝐞𝐯𝐢𝐞𝐰",
  "regional indicators": "🇷🇪",
  "Turkish capitals and marks": "İ\u0301",
  "half-width katakana and sound marks": "ﾋﾞ",
  "Hangul jamo": "\u1100\u1161\u11A8",
  "line breaks in a word with soft hyphens": "r\u00ADe\nv",
  "line breaks between circled letters": "ⓡ\nⓔ",
  "line breaks between long plain words": "reviewreviewreviewé\n",
  "overrides before marks": " \u202E\u0301",
  "line breaks after look-alikes": "r\u0435v\nie",
  "line breaks in a text that is only lower-cased": "Grüße aus München\n",
};

function normalize(text: string): void {
  normalizeText(text);
}

// Compile and cache for one-byte and two-byte strings first.
normalize("warm up r e v i e w r3vi3w &amp;");
normalize("warm up ü 日本 ı ب न ＲＥＶ \u0430");

function problem(name: string, unit: string): string | undefined {
  const ratios: number[] = [];
  for (const size of [16_000, 64_000]) {
    const benign = repeatTo(BASELINE, size);
    const text = repeatTo(unit, size);
    // A text that compatibility mappings expand costs per unit it becomes.
    const growth = Math.max(1, normalizeText(text).text.length / size);
    const baseline = fastestTime(() => normalize(benign));
    const budget = Math.max(BUDGET * growth * baseline, NOISE_MS);
    const time = fastestTime(() => normalize(text), 5, 10 * budget);
    if (time > budget) {
      return `${name} at ${size}: ${time.toFixed(2)} ms, budget ${
        budget.toFixed(2)
      } ms`;
    }
    ratios.push(Math.max(time, NOISE_MS / 4) / baseline);
  }
  // Against the baseline, 4× the text may not cost much more per unit.
  const [small, large] = ratios as [number, number];
  if (large > SCALING / 4 * small) {
    return `${name}: relative to the baseline, 4× the text took ${
      (large / small * 4).toFixed(1)
    }× the time`;
  }
  return undefined;
}

for (const [name, unit] of Object.entries(UNITS)) {
  Deno.test(`normalizeText() is linear on ${name}`, () => {
    const found = retried(() => problem(name, unit), 5);
    assert.equal(found, undefined);
  });
}

Deno.test("normalizeText() scales linearly: 8× the text takes about 8× the time", () => {
  for (
    const unit of [BASELINE, UNITS["spaced letters"]!, UNITS["leetspeak"]!]
  ) {
    const found = retried(() => {
      const small = repeatTo(unit, 16_000);
      const large = repeatTo(unit, 128_000);
      const smallTime = Math.max(fastestTime(() => normalize(small)), 0.5);
      const largeTime = fastestTime(() => normalize(large), 3, 100 * smallTime);
      return largeTime > 20 * smallTime
        ? `${JSON.stringify(unit.slice(0, 12))}: ${smallTime.toFixed(2)} ms, ${
          largeTime.toFixed(2)
        } ms at 8×`
        : undefined;
    }, 5);
    assert.equal(found, undefined);
  }
});

Deno.test("normalizeText() normalizes 64k adversarial characters in a few milliseconds", () => {
  const text = repeatTo(Object.values(UNITS).join(""), 64_000);
  const found = retried(() => {
    const time = fastestTime(() => normalize(text), 3);
    return time > 100 ? `${time.toFixed(1)} ms` : undefined;
  });
  assert.equal(found, undefined);
});
