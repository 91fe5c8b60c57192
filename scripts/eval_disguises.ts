/**
 * Scores the lint on a generated matrix of disguised violations (email
 * addresses, outside links and review requests in the 16 buyer locales,
 * each through the tricks sellers use to hide them, alone and in pairs) and
 * on clean controls that use the same characters legitimately. Prints the
 * caught rate per transform and per payload kind, and the false errors on
 * the controls, for one half of the matrix (a hash of each case id splits
 * it into a tune half and a report half).
 *
 * ```sh
 * deno task eval:disguises                  # the report half
 * deno task eval:disguises --half tune      # the half fixes are tuned on
 * deno task eval:disguises --half all --misses 40
 * ```
 *
 * @module
 */
import { parseArgs } from "node:util";
import {
  type CaseResult,
  generateCases,
  rate,
  runCase,
  type Tally,
  tally,
  tallyByTransform,
} from "../test/rules/_disguise_matrix.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    half: { type: "string", default: "report" },
    misses: { type: "string", default: "30" },
    kind: { type: "string" },
    json: { type: "boolean", default: false },
  },
  strict: true,
});
const half = values.half;
if (half !== "tune" && half !== "report" && half !== "all") {
  console.error('error: "--half" must be tune, report or all');
  Deno.exit(2);
}
const cases = generateCases().filter((item) =>
  (half === "all" || item.half === half) &&
  (values.kind === undefined || item.kind === values.kind)
);
const started = performance.now();
const results = cases.map(runCase);
const elapsed = performance.now() - started;

const violations = results.filter((r) => r.item.kind !== "clean");
const controls = results.filter((r) => r.item.kind === "clean");

if (values.json) {
  // The figures the ratchet in test/rules/disguise_matrix_test.ts holds.
  const figures = (map: Map<string, Tally>) =>
    Object.fromEntries(
      [...map].map(([k, v]) => [k, [v.passed, v.total]]),
    );
  console.log(JSON.stringify(
    {
      half,
      byKind: figures(tally(violations, (r) => r.item.kind)),
      byTransform: figures(tallyByTransform(violations)),
      falseErrors: controls.filter((r) => !r.pass).map((r) => r.item.id),
    },
    null,
    1,
  ));
  Deno.exit(0);
}

function line(name: string, entry: Tally): string {
  return `| ${name} | ${entry.total} | ${entry.passed} | ${
    rate(entry).toFixed(1)
  }% |`;
}

console.log(
  `# Disguise matrix, ${half} half: ${violations.length} violations, ${controls.length} clean controls (${
    elapsed.toFixed(0)
  } ms)\n`,
);
const all = { total: violations.length, passed: 0 };
for (const r of violations) if (r.pass) all.passed++;
const falseErrors = controls.filter((r) => !r.pass);
console.log(
  `caught ${all.passed}/${all.total} (${
    rate(all).toFixed(1)
  }%); false errors on controls ${falseErrors.length}/${controls.length}\n`,
);
console.log("## Per payload kind\n");
console.log("| kind | cases | caught | rate |\n| --- | ---: | ---: | ---: |");
for (const [k, v] of tally(violations, (r) => r.item.kind)) {
  console.log(line(k, v));
}
console.log("\n## Per transform (a transform alone and in every pair)\n");
const parts = tallyByTransform(violations);
console.log(
  "| transform | cases | caught | rate |\n| --- | ---: | ---: | ---: |",
);
for (const [k, v] of parts) {
  console.log(line(k, v));
}
console.log("\n## Per kind and transform (alone or the exact pair)\n");
console.log(
  "| kind transform | cases | caught | rate |\n| --- | ---: | ---: | ---: |",
);
for (
  const [k, v] of tally(violations, (r) => `${r.item.kind} ${r.item.transform}`)
) {
  console.log(line(k, v));
}
console.log("\n## Per locale\n");
console.log("| locale | cases | caught | rate |\n| --- | ---: | ---: | ---: |");
for (const [k, v] of tally(violations, (r) => r.item.locale)) {
  console.log(line(k, v));
}
console.log(`\n## False errors on clean controls (${falseErrors.length})\n`);
for (const r of falseErrors) report(r);
const limit = Number(values.misses);
const missed = violations.filter((r) => !r.pass);
console.log(`\n## Missed (${missed.length}, first ${limit})\n`);
for (const r of missed.slice(0, limit)) report(r);

function report(r: CaseResult): void {
  console.log(
    `- ${r.item.id}${
      r.errors.length > 0 ? ` (errors: ${r.errors.join(", ")})` : ""
    }\n  ${JSON.stringify(r.item.text)}`,
  );
}
