import assert from "node:assert/strict";
import { main } from "../../src/cli/mod.ts";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, {
    write: (s) => out += s,
    error: (s) => err += s,
  });
  return { code, out, err };
}

async function fixture(): Promise<string> {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/unexpectedProblem`);
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/sample.json`,
    JSON.stringify({ amazonOrderId: "123-1234567-1234567" }),
  );
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/en-US.hbs`,
    "Order {{amazonOrderId}} is late.\nMail a@b.com",
  );
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/de-DE.hbs`,
    "Bestellung {{amazonOrderId}} verspätet sich.",
  );
  return dir;
}

Deno.test("main() lint exits 0 on the default templates", async () => {
  const { code, out } = await run(["lint", "templates"]);
  assert.equal(code, 0);
  assert.match(out, /96 template\(s\) checked, no problems/);
});

Deno.test("main() lint exits 1 on errors and prints code frames, JSON or SARIF", async () => {
  const dir = await fixture();
  try {
    const pretty = await run(["lint", dir]);
    assert.equal(pretty.code, 1);
    assert.match(
      pretty.out,
      /2:6 {2}error {2}Remove the email address "a@b\.com"/,
    );
    const json = await run(["lint", dir, "--format", "json"]);
    const parsed = JSON.parse(json.out);
    assert.equal(parsed.length, 2);
    assert.equal(
      parsed.find((r: { path: string }) => r.path.endsWith("en-US.hbs"))
        .diagnostics[0].ruleId,
      "no-email",
    );
    const sarif = await run(["lint", dir, "--format=sarif"]);
    assert.equal(JSON.parse(sarif.out).version, "2.1.0");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint applies a policy file", async () => {
  const dir = await fixture();
  try {
    await Deno.writeTextFile(
      `${dir}/policy.json`,
      JSON.stringify({ rules: { "no-email": "off" } }),
    );
    const { code } = await run(["lint", dir, "--policy", `${dir}/policy.json`]);
    assert.equal(code, 0);
    await Deno.writeTextFile(
      `${dir}/bad.json`,
      JSON.stringify({ rules: { "no-spam": "error" } }),
    );
    const bad = await run(["lint", dir, "--policy", `${dir}/bad.json`]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /no such rule/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() build writes a module the composer can load", async () => {
  const dir = await fixture();
  try {
    const out = `${dir}/templates.gen.ts`;
    const types =
      new URL("../../src/compose/precompiled_template.ts", import.meta.url)
        .href;
    const { code } = await run([
      "build",
      dir,
      "-o",
      out,
      "--types-from",
      types,
    ]);
    assert.equal(code, 0);
    const module = await import(new URL(`file://${out}`).href);
    assert.equal(module.templates.length, 2);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() compose prints the text and its findings", async () => {
  const dir = await fixture();
  try {
    const ok = await run([
      "compose",
      "--type",
      "unexpectedProblem",
      "--locale",
      "de-AT",
      "--data",
      `${dir}/unexpectedProblem/sample.json`,
      "--templates",
      dir,
    ]);
    assert.equal(ok.code, 0);
    assert.match(ok.out, /^Bestellung 123-1234567-1234567 verspätet sich\./);
    assert.match(ok.out, /template unexpectedProblem \(de-DE, region\)/);
    const bad = await run([
      "compose",
      "--type",
      "unexpectedProblem",
      "--locale",
      "en-US",
      "--data",
      `${dir}/unexpectedProblem/sample.json`,
      "--templates",
      dir,
    ]);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /no-email/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() exits 2 with usage on bad input", async () => {
  for (
    const args of [
      [],
      ["frobnicate"],
      ["lint", "templates", "--format", "xml"],
      ["lint", "/nonexistent-folder"],
      ["build", "templates"],
      ["compose", "--type", "unexpectedProblem"],
      [
        "compose",
        "--type",
        "nope",
        "--locale",
        "en-US",
        "--data",
        "templates/unexpectedProblem/sample.json",
      ],
      ["lint", "--format"],
    ]
  ) {
    const { code, err, out } = await run(args);
    assert.equal(code, 2, args.join(" "));
    assert.match(err + out, /Usage:/, args.join(" "));
  }
  const help = await run(["--help"]);
  assert.equal(help.code, 2);
  const explicit = await run(["lint", "--help"]);
  assert.equal(explicit.code, 0);
});
