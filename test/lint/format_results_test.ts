import assert from "node:assert/strict";
import {
  formatPretty,
  ruleDocsUrl,
  toSarif,
} from "../../src/lint/format_results.ts";
import { lintTemplate } from "../../src/lint/lint_template.ts";

const source =
  "Order {{amazonOrderId}}\nWrite to help@shop.example.com\n\n\nBye";
const report = lintTemplate(source, {
  type: "unexpectedProblem",
  locale: "en-US",
  sampleData: { amazonOrderId: "123-1234567-1234567" },
});
const results = [
  {
    path: "t/unexpectedProblem/en-US.hbs",
    source,
    diagnostics: report.diagnostics,
  },
  { path: "t/unexpectedProblem/de-DE.hbs", source: "ok", diagnostics: [] },
];

Deno.test("formatPretty() prints code frames with the span underlined and a summary", () => {
  const text = formatPretty(results);
  const lines = text.split("\n");
  assert.equal(lines[0], "t/unexpectedProblem/en-US.hbs");
  const at = lines.findIndex((line) => line.includes("no-email"));
  assert.match(lines[at]!, /^ {2}2:10 {2}error {2}Remove the email address/);
  assert.equal(lines[at + 1], "    2 | Write to help@shop.example.com");
  assert.equal(lines[at + 2], "      |          " + "^".repeat(21));
  assert.equal(
    lines.at(-1),
    "2 problem(s) (2 error(s), 0 warning(s)) in 2 template(s)",
  );
  assert.ok(!text.includes("\u001b["));
  assert.ok(formatPretty(results, { color: true }).includes("\u001b[31m"));
  assert.equal(
    formatPretty([results[1]!]),
    "1 template(s) checked, no problems",
  );
});

Deno.test("toSarif() writes SARIF 2.1.0 results with regions and rule metadata", () => {
  const log = toSarif(results);
  assert.equal(log.version, "2.1.0");
  // deno-lint-ignore no-explicit-any
  const run = log.runs[0] as any;
  assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), [
    "line-breaks",
    "no-email",
  ]);
  assert.equal(run.tool.driver.rules[1].helpUri, ruleDocsUrl("no-email"));
  const email = run.results.find((r: { ruleId: string }) =>
    r.ruleId === "no-email"
  );
  assert.equal(email.level, "error");
  assert.equal(email.ruleIndex, 1);
  assert.deepEqual(email.locations[0].physicalLocation, {
    artifactLocation: { uri: "t/unexpectedProblem/en-US.hbs" },
    region: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 31 },
  });
});

Deno.test("ruleDocsUrl() is derived from the rule id", () => {
  assert.equal(
    ruleDocsUrl("no-review-manipulation"),
    "https://jsr.io/@sellerkit/buyer-messages/doc/~/noReviewManipulation",
  );
});
