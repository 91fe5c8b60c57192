import assert from "node:assert/strict";
import { VERSION } from "../../src/cli/_version.ts";
import { TEMPLATE_RULES } from "../../src/cli/_sarif.ts";
import { ALL_RULES } from "../../src/rules/mod.ts";
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

// The SARIF 2.1.0 JSON schema and ajv ship in npm's @microsoft/jest-sarif.
// Where it is installed (the project's node_modules, or the folder in
// SARIF_VALIDATOR_DIR), the log is checked against the schema with Node.
const VALIDATOR_DIR = Deno.env.get("SARIF_VALIDATOR_DIR") ??
  new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
const SCHEMA = "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json";
const hasValidator = await Deno.stat(
  `${VALIDATOR_DIR}/node_modules/${SCHEMA}`,
).then(() => true, () => false);

const VALIDATE = `
const { createRequire } = require("node:module");
// ajv is the schema package's own dependency: resolve it from there.
const root = createRequire(process.argv[1] + "/package.json");
const req = createRequire(root.resolve("@microsoft/jest-sarif/package.json"));
const Ajv = req("ajv");
const ajv = new Ajv({ allErrors: true, schemaId: "auto", logger: false });
ajv.addMetaSchema(req("ajv/lib/refs/json-schema-draft-04.json"));
const validate = ajv.compile(req(${JSON.stringify(SCHEMA)}));
const ok = validate(JSON.parse(require("node:fs").readFileSync(0, "utf8")));
process.stdout.write(JSON.stringify(validate.errors ?? []));
process.exitCode = ok ? 0 : 1;
`;

async function schemaErrors(log: unknown): Promise<unknown[]> {
  const child = new Deno.Command("node", {
    args: ["-e", VALIDATE, VALIDATOR_DIR],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(log)));
  await writer.close();
  const { stdout, stderr } = await child.output();
  const text = new TextDecoder().decode(stdout);
  assert.ok(text !== "", new TextDecoder().decode(stderr));
  return JSON.parse(text);
}

Deno.test({
  name:
    "main() lint --format sarif is valid against the SARIF 2.1.0 schema (@microsoft/jest-sarif)",
  ignore: !hasValidator,
  async fn() {
    const dir = await folder(FILES);
    try {
      const log = await sarifOf([dir]);
      assert.deepEqual(await schemaErrors(log), []);
      // The validator sees mistakes: a level SARIF does not know.
      log.runs[0].results[0].level = "fatal";
      assert.ok((await schemaErrors(log)).length > 0);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
