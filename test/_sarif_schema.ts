// Checks SARIF logs against the SARIF 2.1.0 JSON schema, an oracle that is
// not our own code: the schema and ajv ship in npm's @microsoft/jest-sarif.
// Where it is installed (the project's node_modules, or the folder in
// SARIF_VALIDATOR_DIR), the log is checked with Node; elsewhere the tests
// that need it are ignored.
import assert from "node:assert/strict";

const VALIDATOR_DIR = Deno.env.get("SARIF_VALIDATOR_DIR") ??
  new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const SCHEMA = "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json";

/** Whether the schema is installed, so that logs can be checked. */
export const hasSarifValidator: boolean = await Deno.stat(
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

/** The schema errors of a log (ajv's), none when it is valid. */
export async function sarifSchemaErrors(log: unknown): Promise<unknown[]> {
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
