import assert from "node:assert/strict";
import { VERSION } from "../../src/_version.ts";
import { TEMPLATE_RULES } from "../../src/lint/rule_docs.ts";
import { ALL_RULES } from "../../src/rules/mod.ts";
import { hasSarifValidator, sarifSchemaErrors } from "../_sarif_schema.ts";
import { folder, run } from "./_cli.ts";

// deno-lint-ignore no-explicit-any
type Json = any;

const FILES = {
  "unexpectedProblem/sample.json":
    '{\n  "amazonOrderId": "123-1234567-1234567",\n  "sellerName": "Mail me@x.com"\n}\n',
  "unexpectedProblem/en-US.hbs":
    "Order {{amazonOrderId}} is late.\nWrite to a@b.com\nThanks, {{sellerName}}",
  "unexpectedProblem/EN_us.hbs": "Order {{amazonOrderId}} is late.",
};

async function sarifOf(args: string[]): Promise<Json> {
  const { code, out, err } = await run(["lint", ...args, "--format", "sarif"]);
  assert.equal(code, 1, err);
  return JSON.parse(out);
}

Deno.test("main() lint --format sarif writes relative URIs with a uriBaseId for an absolute folder", async () => {
  const dir = await folder(FILES);
  try {
    const log = await sarifOf([dir]);
    const [sarifRun] = log.runs;
    assert.deepEqual(sarifRun.originalUriBaseIds, {
      TEMPLATES: { uri: `file://${dir}/` },
    });
    const uris = sarifRun.results.map((r: Json) =>
      r.locations[0].physicalLocation.artifactLocation
    );
    assert.ok(uris.length >= 3);
    for (const location of uris) {
      assert.equal(location.uriBaseId, "TEMPLATES");
      assert.doesNotMatch(location.uri, /^\/|^file:|\/tmp\//);
    }
    assert.ok(uris.some((l: Json) => l.uri === "unexpectedProblem/EN_us.hbs"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint --format sarif gives a relative folder a base below the source root", async () => {
  // The default templates, given relatively, are clean.
  const { code, out } = await run(["lint", "./templates", "--format", "sarif"]);
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(out).runs[0].originalUriBaseIds, {
    TEMPLATES: { uri: "templates/", uriBaseId: "%SRCROOT%" },
  });
});

Deno.test("main() lint --format sarif names the tool version and describes every rule with a help URI", async () => {
  const dir = await folder(FILES);
  try {
    const driver = (await sarifOf([dir])).runs[0].tool.driver;
    assert.equal(driver.version, VERSION);
    const ids = driver.rules.map((r: Json) => r.id);
    assert.deepEqual(ids, [
      ...ALL_RULES.map((r) => r.id),
      ...TEMPLATE_RULES.map((r) => r.id),
    ]);
    for (const rule of driver.rules) {
      assert.match(rule.helpUri, /^https:\/\/jsr\.io\/@sellerkit\//, rule.id);
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint --format sarif gives every finding a region, in sample.json for data", async () => {
  const dir = await folder(FILES);
  try {
    const [sarifRun] = (await sarifOf([dir])).runs;
    for (const result of sarifRun.results) {
      const region = result.locations[0].physicalLocation.region;
      assert.ok(region?.startLine >= 1, JSON.stringify(result));
      assert.equal(
        sarifRun.tool.driver.rules[result.ruleIndex].id,
        result.ruleId,
      );
    }
    const fromData = sarifRun.results.find((r: Json) =>
      r.message.text.includes("me@x.com")
    );
    assert.deepEqual(fromData.locations[0].physicalLocation, {
      artifactLocation: {
        uri: "unexpectedProblem/sample.json",
        uriBaseId: "TEMPLATES",
      },
      region: { startLine: 3, startColumn: 23, endLine: 3, endColumn: 31 },
    });
    const fromTemplate = sarifRun.results.find((r: Json) =>
      r.message.text.includes("a@b.com")
    );
    assert.deepEqual(fromTemplate.locations[0].physicalLocation.region, {
      startLine: 2,
      startColumn: 10,
      endLine: 2,
      endColumn: 17,
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name:
    "main() lint --format sarif is valid against the SARIF 2.1.0 schema (@microsoft/jest-sarif)",
  ignore: !hasSarifValidator,
  async fn() {
    const dir = await folder(FILES);
    try {
      const log = await sarifOf([dir]);
      assert.deepEqual(await sarifSchemaErrors(log), []);
      // The validator sees mistakes: a level SARIF does not know.
      log.runs[0].results[0].level = "fatal";
      assert.ok((await sarifSchemaErrors(log)).length > 0);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
