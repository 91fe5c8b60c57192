import assert from "node:assert/strict";
import {
  buildSarifLog,
  isAbsolutePath,
  sarifBaseLocation,
  type SarifFinding,
  templateRegion,
} from "../../src/lint/sarif.ts";
import type { TemplateDiagnostic } from "../../src/lint/lint_template.ts";
import { allRuleInfos } from "../../src/lint/rule_docs.ts";
import { hasSarifValidator, sarifSchemaErrors } from "../_sarif_schema.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

const REGION = { startLine: 2, startColumn: 3, endLine: 2, endColumn: 9 };

const FINDINGS: readonly SarifFinding[] = [
  {
    ruleId: "no-email",
    severity: "error",
    message: "Remove it",
    path: "unexpectedProblem/en-US.hbs",
    baseId: "TEMPLATES1",
    region: REGION,
  },
  {
    ruleId: "no-phone",
    severity: "warning",
    message: "A phone",
    path: "warranty\\de DE.hbs",
    baseId: "TEMPLATES2",
    region: REGION,
  },
  {
    ruleId: "made-up",
    severity: "error",
    message: "Unknown rule",
    path: "C:\\repo\\x.hbs",
    region: REGION,
  },
];

Deno.test("buildSarifLog() describes every check and indexes each finding's rule", () => {
  const run: Json = buildSarifLog(FINDINGS).runs[0];
  const rules = run.tool.driver.rules;
  assert.deepEqual(
    rules.map((r: Json) => r.id),
    allRuleInfos().map((r) => r.id),
  );
  const [email, phone, unknown] = run.results;
  assert.equal(rules[email.ruleIndex].id, "no-email");
  assert.equal(rules[phone.ruleIndex].id, "no-phone");
  assert.equal(phone.level, "warning");
  assert.equal("ruleIndex" in unknown, false);
  const off = rules.find((r: Json) => r.defaultConfiguration.enabled === false);
  assert.ok(
    off === undefined ||
      allRuleInfos().find((r) => r.id === off.id)?.defaultSeverity === "off",
  );
  for (const rule of rules) {
    assert.match(rule.name, /^[a-z][A-Za-z]*$/, rule.id);
  }
});

Deno.test("buildSarifLog() writes relative URIs against the named bases, and absolute paths as file URIs", () => {
  const run: Json = buildSarifLog(FINDINGS, {
    TEMPLATES1: "./templates",
    TEMPLATES2: "/srv/other dir",
  }).runs[0];
  assert.deepEqual(run.originalUriBaseIds, {
    TEMPLATES1: { uri: "templates/", uriBaseId: "%SRCROOT%" },
    TEMPLATES2: { uri: "file:///srv/other%20dir/" },
  });
  assert.deepEqual(
    run.results.map((r: Json) => r.locations[0].physicalLocation),
    [
      {
        artifactLocation: {
          uri: "unexpectedProblem/en-US.hbs",
          uriBaseId: "TEMPLATES1",
        },
        region: REGION,
      },
      {
        artifactLocation: {
          uri: "warranty/de%20DE.hbs",
          uriBaseId: "TEMPLATES2",
        },
        region: REGION,
      },
      {
        artifactLocation: { uri: "file:///C%3A/repo/x.hbs" },
        region: REGION,
      },
    ],
  );
  assert.equal(buildSarifLog([]).runs.length, 1);
  assert.equal(
    (buildSarifLog([]).runs[0] as Json).originalUriBaseIds,
    undefined,
  );
});

Deno.test("sarifBaseLocation() and isAbsolutePath() tell relative folders from absolute ones", () => {
  assert.deepEqual(sarifBaseLocation("."), {
    uri: "./",
    uriBaseId: "%SRCROOT%",
  });
  assert.deepEqual(sarifBaseLocation("a/b//"), {
    uri: "a/b/",
    uriBaseId: "%SRCROOT%",
  });
  assert.deepEqual(sarifBaseLocation("D:\\t"), { uri: "file:///D%3A/t/" });
  for (const path of ["/a", "\\a", "C:\\a", "c:/a"]) {
    assert.ok(isAbsolutePath(path), path);
  }
  for (const path of ["a", "./a", "a:b"]) {
    assert.ok(!isAbsolutePath(path), path);
  }
});

Deno.test("templateRegion() is the template range, or the file's start without one", () => {
  const at = (line: number, column: number) => ({ line, column, offset: 0 });
  const found = {
    templateRange: { start: at(3, 4), end: at(3, 8) },
  } as TemplateDiagnostic;
  assert.deepEqual(templateRegion(found), {
    startLine: 3,
    startColumn: 4,
    endLine: 3,
    endColumn: 8,
  });
  assert.deepEqual(
    templateRegion({ ...found, templateRange: null }),
    { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  );
});

Deno.test({
  name:
    "buildSarifLog() is valid against the SARIF 2.1.0 schema (@microsoft/jest-sarif)",
  ignore: !hasSarifValidator,
  async fn() {
    const log = buildSarifLog(FINDINGS, {
      TEMPLATES1: "templates",
      TEMPLATES2: "/srv/x",
    });
    assert.deepEqual(await sarifSchemaErrors(log), []);
  },
});
