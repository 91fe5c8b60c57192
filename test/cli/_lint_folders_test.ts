import assert from "node:assert/strict";
import { lintFolders } from "../../src/cli/_lint_folders.ts";
import { folder, run, SAMPLE } from "./_cli.ts";

Deno.test("lintFolders() reports a missing variable and still lints the rest of the template", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs":
      "Order {{amazonOrderId}} from {{shopName}} is late.\nMail a@b.com by {{formatDate shipDate}}.\n{{buyer.name}}, call +1 206 555 0100",
  });
  try {
    const [result] = await lintFolders([dir], {});
    const found = result!.diagnostics.map((d) => [
      d.ruleId,
      d.templateRange?.start.line,
      d.templateRange?.start.column,
    ]);
    assert.deepEqual(found.filter(([id]) => id !== "order-id"), [
      ["template-variable", 1, 30],
      ["template-helper", 2, 17],
      ["template-variable", 3, 1],
      ["no-email", 2, 6],
      ["no-phone", 3, 22],
    ]);
    assert.match(result!.diagnostics[0]!.message, /Variable "shopName"/);
    assert.match(result!.diagnostics[2]!.message, /Variable "buyer\.name"/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint names a missing or broken sample.json and lints every other template", async () => {
  const dir = await folder({
    "confirmOrderDetails/en-US.hbs":
      "Order {{amazonOrderId}} on {{formatDate day}}: mail x@y.com",
    "unexpectedProblem/sample.json": "{ not json",
    "unexpectedProblem/en-US.hbs": "Order {{amazonOrderId}} is late.",
    "confirmDeliveryDetails/sample.json": SAMPLE,
    "confirmDeliveryDetails/de-DE.hbs":
      "Bestellung {{amazonOrderId}}: schreiben Sie an a@b.de",
  });
  try {
    const { code, out, err } = await run(["lint", dir, "--format", "json"]);
    assert.equal(code, 1, err);
    const byPath = new Map<string, { ruleId: string; message: string }[]>(
      JSON.parse(out).map((r: { path: string; diagnostics: [] }) => [
        r.path.slice(dir.length + 1),
        r.diagnostics,
      ]),
    );
    const missing = byPath.get("confirmOrderDetails/en-US.hbs")!;
    assert.equal(missing[0]!.ruleId, "template-sample");
    assert.equal(
      missing[0]!.message,
      `Sample data is missing: add "${dir}/confirmOrderDetails/sample.json" with the variables the template uses`,
    );
    assert.deepEqual(
      missing.map((d) => d.ruleId).filter((id) => id.startsWith("template-")),
      ["template-sample"],
    );
    assert.ok(missing.some((d) => d.ruleId === "no-email"));
    const broken = byPath.get("unexpectedProblem/en-US.hbs")!;
    assert.match(
      broken[0]!.message,
      /^Sample data "[^"]+unexpectedProblem\/sample\.json" is not valid JSON: /,
    );
    assert.ok(
      byPath.get("confirmDeliveryDetails/de-DE.hbs")!.some((d) =>
        d.ruleId === "no-email"
      ),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint reports a template of an unknown type and lints the others", async () => {
  const dir = await folder({
    "nope/sample.json": SAMPLE,
    "nope/en-US.hbs": "Order {{amazonOrderId}}",
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": "Order {{amazonOrderId}}: mail a@b.com",
  });
  try {
    const { code, out } = await run(["lint", dir]);
    assert.equal(code, 1);
    assert.match(
      out,
      /nope\/en-US\.hbs\n {2}1:1 {2}error {2}.*"nope".* {2}template-path/,
    );
    assert.match(out, /Remove the email address "a@b\.com"/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint refuses non-canonical template file names and lints the rest", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/EN_us.hbs": "Order {{amazonOrderId}} is late.",
    "unexpectedProblem/klingon.hbs": "Order {{amazonOrderId}} is late.",
    "unexpectedProblem/en-GB.hbs": "Order {{amazonOrderId}} is late. a@b.com",
  });
  try {
    const { code, out } = await run(["lint", dir]);
    assert.equal(code, 1);
    assert.match(
      out,
      /EN_us\.hbs\n {2}1:1 {2}error {2}File name "EN_us\.hbs" is not the canonical BCP 47 tag \(did you mean "en-US\.hbs"\?\) {2}template-file-name/,
    );
    assert.match(
      out,
      /klingon\.hbs\n {2}1:1 {2}error {2}File name "klingon\.hbs" is not a locale/,
    );
    assert.match(
      out,
      /en-GB\.hbs\n {2}1:\d+ {2}error {2}Remove the email address/,
    );
    const build = await run(["build", dir, "-o", `${dir}/out.ts`]);
    assert.equal(build.code, 2);
    assert.match(build.err, /did you mean "en-US\.hbs"/);
    assert.match(build.err, /"klingon\.hbs" is not a locale/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
