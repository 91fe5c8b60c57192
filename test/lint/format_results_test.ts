import assert from "node:assert/strict";
import {
  formatPretty,
  ruleDocsUrl,
  toSarif,
} from "../../src/lint/format_results.ts";
import { lintTemplate } from "../../src/lint/lint_template.ts";
import { TEMPLATE_RULES } from "../../src/lint/rule_docs.ts";
import { ALL_RULES } from "../../src/rules/mod.ts";
import { VERSION } from "../../src/_version.ts";
import { hasSarifValidator, sarifSchemaErrors } from "../_sarif_schema.ts";

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

// deno-lint-ignore no-explicit-any
type Json = any;

function runOf(log: { runs: readonly unknown[] }): Json {
  assert.equal(log.runs.length, 1);
  return log.runs[0];
}

Deno.test("toSarif() writes SARIF 2.1.0 results with regions, the tool version and a descriptor per rule", () => {
  const log = toSarif(results);
  assert.equal(log.version, "2.1.0");
  const run = runOf(log);
  assert.equal(run.tool.driver.version, VERSION);
  const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.deepEqual(ids, [
    ...ALL_RULES.map((rule) => rule.id),
    ...TEMPLATE_RULES.map((rule) => rule.id),
  ]);
  const email = run.results.find((r: { ruleId: string }) =>
    r.ruleId === "no-email"
  );
  assert.equal(email.level, "error");
  assert.equal(run.tool.driver.rules[email.ruleIndex].id, "no-email");
  assert.equal(
    run.tool.driver.rules[email.ruleIndex].helpUri,
    ruleDocsUrl("no-email"),
  );
  assert.deepEqual(email.locations[0].physicalLocation, {
    artifactLocation: {
      uri: "t/unexpectedProblem/en-US.hbs",
      uriBaseId: "%SRCROOT%",
    },
    region: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 31 },
  });
  assert.equal(run.originalUriBaseIds, undefined);
});

Deno.test("toSarif() makes paths relative to the given folder, named by a uriBaseId", () => {
  const run = runOf(toSarif(results, { folder: "./t/" }));
  assert.deepEqual(run.originalUriBaseIds, {
    TEMPLATES: { uri: "t/", uriBaseId: "%SRCROOT%" },
  });
  for (const result of run.results) {
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, {
      uri: "unexpectedProblem/en-US.hbs",
      uriBaseId: "TEMPLATES",
    });
  }
  const absolute = runOf(
    toSarif([{ ...results[0]!, path: "/srv/t/a b/en-US.hbs" }], {
      folder: "/srv/t",
      uriBaseId: "SRC",
    }),
  );
  assert.deepEqual(absolute.originalUriBaseIds, {
    SRC: { uri: "file:///srv/t/" },
  });
  assert.deepEqual(
    absolute.results[0].locations[0].physicalLocation.artifactLocation,
    { uri: "a%20b/en-US.hbs", uriBaseId: "SRC" },
  );
  // A file outside the folder keeps its own absolute URI.
  const outside = runOf(
    toSarif([{ ...results[0]!, path: "/elsewhere/en-US.hbs" }], {
      folder: "t",
    }),
  );
  assert.deepEqual(
    outside.results[0].locations[0].physicalLocation.artifactLocation,
    { uri: "file:///elsewhere/en-US.hbs" },
  );
});

Deno.test("toSarif() gives a finding with no place in the template the file's start", () => {
  const report = lintTemplate("Hello {{sellerName}}, write to us.", {
    type: "unexpectedProblem",
    locale: "en-US",
    sampleData: { sellerName: "a@b.com" },
  });
  const fromData = report.diagnostics.find((d) => d.origin === "data");
  assert.ok(fromData, JSON.stringify(report.diagnostics));
  const run = runOf(
    toSarif([{ path: "t/x.hbs", source: "", diagnostics: [fromData] }]),
  );
  assert.deepEqual(run.results[0].locations[0].physicalLocation.region, {
    startLine: 1,
    startColumn: 1,
    endLine: 1,
    endColumn: 1,
  });
});

Deno.test({
  name:
    "toSarif() is valid against the SARIF 2.1.0 schema (@microsoft/jest-sarif)",
  ignore: !hasSarifValidator,
  async fn() {
    assert.deepEqual(await sarifSchemaErrors(toSarif(results)), []);
    assert.deepEqual(
      await sarifSchemaErrors(toSarif(results, { folder: "/srv/t" })),
      [],
    );
    assert.deepEqual(await sarifSchemaErrors(toSarif([])), []);
  },
});

Deno.test("ruleDocsUrl() names the rule's reference page of this version on JSR", () => {
  assert.equal(
    ruleDocsUrl("no-review-manipulation"),
    `https://jsr.io/@sellerkit/buyer-messages/${VERSION}/docs/rules/no-review-manipulation.md`,
  );
});
