import assert from "node:assert/strict";
import type { CliLintResult } from "../../src/cli/_lint_folders.ts";
import { locate } from "../../src/cli/_locate.ts";
import type { TemplateDiagnostic } from "../../src/lint/lint_template.ts";

const at = (offset: number, line: number, column: number) => ({
  offset,
  line,
  column,
});

const RESULT: CliLintResult = {
  path: "t/unexpectedProblem/en-US.hbs",
  dir: "t",
  relPath: "unexpectedProblem/en-US.hbs",
  source: "Hi {{name}}",
  text: "Hi a@b.com",
  sample: {
    path: "unexpectedProblem/sample.json",
    source: '{\n  "name": "a@b.com"\n}',
  },
  diagnostics: [],
};

function finding(extra: Partial<TemplateDiagnostic>): TemplateDiagnostic {
  return {
    ruleId: "no-email",
    severity: "error",
    messageId: "email",
    message: "m",
    range: { start: at(3, 1, 4), end: at(10, 1, 11) },
    origin: "data",
    templateRange: null,
    ...extra,
  };
}

Deno.test("locate() places a finding in the template, else in its sample data, else at the start", () => {
  assert.deepEqual(
    locate(
      RESULT,
      finding({
        origin: "template",
        templateRange: { start: at(0, 1, 1), end: at(2, 1, 3) },
      }),
    ),
    {
      dir: "t",
      relPath: "unexpectedProblem/en-US.hbs",
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 3 },
    },
  );
  assert.deepEqual(locate(RESULT, finding({})), {
    dir: "t",
    relPath: "unexpectedProblem/sample.json",
    region: { startLine: 2, startColumn: 12, endLine: 2, endColumn: 19 },
  });
  assert.deepEqual(locate({ ...RESULT, sample: undefined }, finding({})), {
    dir: "t",
    relPath: "unexpectedProblem/en-US.hbs",
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  });
  assert.equal(
    locate(RESULT, finding({ range: null })).relPath,
    "unexpectedProblem/sample.json",
  );
});

Deno.test("locate() places a finding in the sample value the text holds, as written with escapes, not in a key", () => {
  // The email is written with an escape, and "name" is also a key.
  const sample = '{\n  "name": "name",\n  "mail": "a\\u0040b.com"\n}';
  const result: CliLintResult = {
    ...RESULT,
    source: "Hi {{name}} {{mail}}",
    text: "Hi name a@b.com",
    sample: { path: "unexpectedProblem/sample.json", source: sample },
  };
  assert.deepEqual(
    locate(
      result,
      finding({ range: { start: at(8, 1, 9), end: at(15, 1, 16) } }),
    ).region,
    { startLine: 3, startColumn: 12, endLine: 3, endColumn: 24 },
  );
  assert.deepEqual(
    locate(
      result,
      finding({ range: { start: at(3, 1, 4), end: at(7, 1, 8) } }),
    ).region,
    { startLine: 2, startColumn: 12, endLine: 2, endColumn: 16 },
  );
});
