/**
 * The disguise matrix as a ratchet: the generated email addresses, outside
 * links and review requests of the report half (16 locales, each trick
 * alone and in pairs; see `_disguise_matrix.ts` and
 * `deno task eval:disguises`) are caught at least as often as when the
 * figures below were taken, every report lands on written characters, and
 * no clean control that uses the same characters gets an error. When a fix
 * catches more, raise the figures (`deno task eval:disguises --json`); when
 * the generator changes, take them anew.
 */
import assert from "node:assert/strict";
import {
  type CaseResult,
  generateCases,
  rate,
  runCase,
  tally,
  tallyByTransform,
} from "./_disguise_matrix.ts";

/** Caught and generated violations per payload kind, report half. */
const BY_KIND: Readonly<Record<string, readonly [number, number]>> = {
  "email": [376, 386],
  "link": [520, 530],
  "review": [188, 196],
};

/**
 * Caught and generated violations per transform, report half (a case
 * counts for each transform it applies).
 */
const BY_TRANSFORM: Readonly<Record<string, readonly [number, number]>> = {
  "amazon-homoglyph": [6, 6],
  "amazon-punycode": [6, 6],
  "at-provider": [10, 10],
  "bare": [28, 29],
  "bare-rare-tld": [28, 29],
  "bracket-dot": [31, 31],
  "circled": [78, 79],
  "data-url": [6, 6],
  "defanged": [37, 37],
  "dot-word": [25, 29],
  "dot-word-www": [6, 6],
  "dotted": [8, 8],
  "en-words": [10, 10],
  "entity": [10, 10],
  "fullwidth": [88, 89],
  "greek": [76, 76],
  "homoglyph": [102, 102],
  "hxxps": [38, 38],
  "hyphenated": [12, 13],
  "idn-homoglyph": [10, 10],
  "idn-punycode": [10, 10],
  "ip-decimal": [10, 10],
  "ip-hex": [10, 10],
  "ipv4": [10, 10],
  "ipv4-bare": [6, 6],
  "ipv6": [10, 10],
  "leet": [12, 12],
  "linebreak": [95, 110],
  "math": [71, 71],
  "nbsp-spaced": [6, 6],
  "paren-dot-word": [10, 10],
  "plain": [12, 12],
  "provider-domain-words": [6, 6],
  "provider-first": [6, 6],
  "provider-named": [5, 10],
  "redirect-double-encoded": [10, 10],
  "redirect-location": [6, 6],
  "redirect-r": [10, 10],
  "rlo": [105, 105],
  "scheme": [10, 10],
  "scheme-spaced": [6, 6],
  "shy": [109, 110],
  "spaced": [15, 15],
  "spaced-dots": [37, 38],
  "spaced-letters": [12, 12],
  "spaced-symbols": [30, 30],
  "symbol-swap": [6, 6],
  "upper": [6, 6],
  "upper-spaced": [9, 9],
  "upper-words": [6, 6],
  "wj": [109, 109],
  "words": [31, 33],
  "words-bracketed": [33, 34],
  "words-hyphenated": [4, 6],
  "www": [28, 31],
  "zwsp": [116, 116],
};

/**
 * Controls that get an error for a reason outside the disguise handling
 * (the review lexicon reads "Bewertung" of a return request as a review).
 */
const KNOWN_FALSE_ERRORS: ReadonlySet<string> = new Set([
  "clean/german-bewertung-other/de-DE",
]);

const cases = generateCases();
let reportResults: CaseResult[] | undefined;
// The report half, linted once (by the first test that needs it).
function reportHalf(): CaseResult[] {
  reportResults ??= cases.filter((item) =>
    item.half === "report" && item.kind !== "clean"
  ).map(runCase);
  return reportResults;
}

Deno.test("disguise matrix: the report half is caught at least as often as recorded", () => {
  const worse: string[] = [];
  const check = (
    name: string,
    actual: { passed: number; total: number } | undefined,
    floor: readonly [number, number],
  ) => {
    if (actual === undefined || actual.total !== floor[1]) {
      worse.push(
        `${name}: ${actual?.total ?? 0} cases, recorded ${
          floor[1]
        } (the generator changed: take the figures anew)`,
      );
    } else if (actual.passed < floor[0]) {
      worse.push(
        `${name}: caught ${actual.passed}/${actual.total} (${
          rate(actual).toFixed(1)
        }%), recorded ${floor[0]}/${floor[1]}`,
      );
    }
  };
  const report = reportHalf();
  const kinds = tally(report, (r) => r.item.kind);
  for (const [name, floor] of Object.entries(BY_KIND)) {
    check(name, kinds.get(name), floor);
  }
  const transforms = tallyByTransform(report);
  for (const [name, floor] of Object.entries(BY_TRANSFORM)) {
    check(name, transforms.get(name), floor);
  }
  assert.equal(transforms.size, Object.keys(BY_TRANSFORM).length);
  assert.deepEqual(worse, []);
});

Deno.test("disguise matrix: every report lands on the characters that were written", () => {
  const bad: string[] = [];
  for (const result of reportHalf()) {
    const text = result.item.text;
    for (const { start, end } of result.ranges) {
      if (
        !(start >= 0 && end > start && end <= text.length) ||
        text.slice(start, end).trim() === ""
      ) bad.push(`${result.item.id}: ${start}-${end}`);
    }
  }
  assert.deepEqual(bad, []);
});

Deno.test("disguise matrix: clean controls with the same characters get no error", () => {
  const controls = cases.filter((item) => item.kind === "clean").map(runCase);
  assert.ok(controls.length >= 50);
  const flagged = controls.filter((r) =>
    !r.pass && !KNOWN_FALSE_ERRORS.has(r.item.id)
  ).map((r) => `${r.item.id} (${r.errors.join(", ")}): ${r.item.text}`);
  assert.deepEqual(flagged, []);
});

Deno.test("disguise matrix: the generator is deterministic and splits by hash", () => {
  const again = generateCases();
  assert.deepEqual(
    again.map((c) => [c.id, c.text]),
    cases.map((c) => [c.id, c.text]),
  );
  assert.equal(new Set(cases.map((c) => c.id)).size, cases.length);
  const tune = cases.filter((c) => c.half === "tune").length;
  // Roughly half each.
  assert.ok(tune > cases.length * 0.4 && tune < cases.length * 0.6);
  // Every case of a violation names the rule that must fire.
  assert.ok(
    cases.every((c) => (c.kind === "clean") === (c.rule === undefined)),
  );
});
