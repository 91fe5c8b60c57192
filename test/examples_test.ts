/**
 * Runs every example as a user would, so none can rot.
 */
import assert from "node:assert/strict";

const ROOT = new URL("../", import.meta.url);

async function run(
  script: string,
  permissions: string[] = [],
  args: string[] = [],
) {
  const command = new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", ...permissions, script, ...args],
    cwd: ROOT.pathname,
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  });
  const { code, stdout, stderr } = await command.output();
  const decoder = new TextDecoder();
  return { code, out: decoder.decode(stdout), err: decoder.decode(stderr) };
}

Deno.test("examples/compose_and_lint.ts composes a Belgian French message that passes lint", async () => {
  const { code, out, err } = await run("examples/compose_and_lint.ts");
  assert.equal(code, 0, err);
  assert.match(out, /template confirmDeliveryDetails in fr-FR \(region\)/);
  assert.match(out, /lint: ok, 0 error\(s\), 0 warning\(s\)/);
});

Deno.test("examples/send_with_sandbox.ts sends once and refuses a type the order does not allow", async () => {
  const { code, out, err } = await run("examples/send_with_sandbox.ts");
  assert.equal(code, 0, err);
  assert.match(
    out,
    /sent unexpectedProblem in de-DE; the sandbox recorded 1 message\(s\)/,
  );
  assert.match(
    out,
    /not sent: .*allowed types are "unexpectedProblem", "warranty"/,
  );
});

Deno.test("examples/upload_attachment.ts uploads and sends a warranty", async () => {
  const { code, out, err } = await run("examples/upload_attachment.ts");
  assert.equal(code, 0, err);
  assert.match(
    out,
    /uploaded warranty-certificate\.pdf as \S+; sent 1 warranty message\(s\)/,
  );
});

Deno.test("examples/custom_policy.ts applies overrides and a house rule", async () => {
  const { code, out, err } = await run("examples/custom_policy.ts");
  assert.equal(code, 0, err);
  assert.match(out, /warning no-shouting: Write "IMPORTANT" in normal case/);
  assert.match(out, /ok to send/);
});

Deno.test("examples/own_templates.ts lints, precompiles and composes a user's folder", async () => {
  const { code, out, err } = await run("examples/own_templates.ts", [
    "--allow-read",
    "--allow-write=/tmp",
  ]);
  assert.equal(code, 0, err);
  assert.match(out, /unexpectedProblem\/de-DE\.hbs: ok/);
  assert.match(out, /de-DE:\nGuten Tag,/);
});

Deno.test("examples/print_samples.ts (deno task samples) prints every text type and exits 0", async () => {
  const { code, out, err } = await run("examples/print_samples.ts", [
    "--allow-read=.",
  ], ["ja-JP"]);
  assert.equal(code, 0, err);
  assert.equal(out.match(/^── /gm)?.length, 6);
  assert.ok(!out.includes("REJECTED"));
});
