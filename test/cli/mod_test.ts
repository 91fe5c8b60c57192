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

// A usage error is one line on stderr: what is wrong, then where to look.
function assertOneLineError(
  result: { code: number; out: string; err: string },
  message: RegExp,
  hint: string,
  label: string,
) {
  assert.equal(result.code, 2, label);
  assert.equal(result.out, "", label);
  assert.match(result.err, /^error: [^\n]+\n$/, label);
  assert.match(result.err, message, label);
  assert.ok(
    result.err.endsWith(`; run "${hint} --help"\n`),
    `${label}: ${result.err}`,
  );
}

async function cleanFixture(): Promise<string> {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/unexpectedProblem`);
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/sample.json`,
    JSON.stringify({ amazonOrderId: "123-1234567-1234567" }),
  );
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/de-DE.hbs`,
    "Bestellung {{amazonOrderId}} verspätet sich.",
  );
  return dir;
}

Deno.test("main() rejects an unknown option instead of taking the next argument as its value", async () => {
  const dir = await fixture();
  try {
    // On a folder with findings: linting the default folder instead would
    // exit 0 with "no problems".
    const quiet = await run(["lint", "--quiet", dir]);
    assertOneLineError(
      quiet,
      /^error: Unknown option "--quiet"; /,
      "buyer-messages lint",
      "--quiet",
    );
    const typo = await run(["lint", "--formt", "json", dir]);
    assertOneLineError(
      typo,
      /^error: Unknown option "--formt" \(did you mean "--format"\?\); /,
      "buyer-messages lint",
      "--formt",
    );
    assertOneLineError(
      await run(["lint", dir, "--formt=json"]),
      /did you mean "--format"/,
      "buyer-messages lint",
      "--formt=json",
    );
    assertOneLineError(
      await run(["lint", "-q", dir]),
      /^error: Unknown option "-q"; /,
      "buyer-messages lint",
      "-q",
    );
    assertOneLineError(
      await run(["compose", "--typ", "unexpectedProblem"]),
      /did you mean "--type"/,
      "buyer-messages compose",
      "--typ",
    );
    assertOneLineError(
      await run(["build", dir, "--output", `${dir}/x.ts`, "--types", "x"]),
      /did you mean "--types-from"/,
      "buyer-messages build",
      "--types",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() reports a missing option value in one line", async () => {
  for (
    const [args, message, hint] of [
      [["lint", "--format"], /Option "--format" needs a value/, "lint"],
      [["lint", "--policy"], /Option "--policy" needs a value/, "lint"],
      [["build", "templates", "-o"], /"-o, --output" needs a value/, "build"],
      // A value that looks like an option is not taken silently.
      [
        ["lint", "--format", "--policy", "p.json"],
        /Option "--format" needs a value: "--policy" looks like an option/,
        "lint",
      ],
      [
        ["compose", "--type", "unexpectedProblem", "--locale", "en-US"],
        /Missing required option "--data"/,
        "compose",
      ],
      [["build", "templates"], /Missing required option "--output"/, "build"],
    ] as const
  ) {
    assertOneLineError(
      await run([...args]),
      message,
      `buyer-messages ${hint}`,
      args.join(" "),
    );
  }
});

Deno.test("main() gives boolean flags no value", async () => {
  assertOneLineError(
    await run(["lint", "--help=yes"]),
    /Option "--help" takes no value: got "yes"/,
    "buyer-messages lint",
    "--help=yes",
  );
  // A flag before a folder leaves the folder a folder.
  const help = await run(["lint", "-h", "templates"]);
  assert.equal(help.code, 0);
  assert.match(help.out, /^Usage: buyer-messages lint /);
});

Deno.test("main() rejects an option given twice and extra arguments", async () => {
  const dir = await fixture();
  try {
    assertOneLineError(
      await run(["lint", dir, "--format", "json", "--format", "sarif"]),
      /Option "--format" is given more than once/,
      "buyer-messages lint",
      "twice",
    );
    const out = `${dir}/out.ts`;
    assertOneLineError(
      await run(["build", dir, "templates", "-o", out]),
      /Unexpected argument "templates": build takes one folder/,
      "buyer-messages build",
      "build two folders",
    );
    await assert.rejects(Deno.stat(out), Deno.errors.NotFound);
    assertOneLineError(
      await run([
        "compose",
        "extra",
        "--type",
        "unexpectedProblem",
        "--locale",
        "de-DE",
        "--data",
        `${dir}/unexpectedProblem/sample.json`,
        "--templates",
        dir,
      ]),
      /Unexpected argument "extra": compose takes only options/,
      "buyer-messages compose",
      "compose extra",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() prints help to stdout and exits 0", async () => {
  for (const args of [["--help"], ["-h"], ["help"]]) {
    const { code, out, err } = await run(args);
    assert.equal(code, 0, args.join(" "));
    assert.equal(err, "", args.join(" "));
    assert.match(out, /^Usage: buyer-messages <command> \[options\]/);
    for (const command of ["lint", "build", "compose"]) {
      assert.match(out, new RegExp(`\\n  ${command} `), command);
    }
  }
  for (const command of ["lint", "build", "compose"]) {
    for (
      const args of [
        [command, "--help"],
        [command, "-h"],
        ["help", command],
        ["--help", command],
      ]
    ) {
      const { code, out, err } = await run(args);
      assert.equal(code, 0, args.join(" "));
      assert.equal(err, "", args.join(" "));
      assert.match(out, new RegExp(`^Usage: buyer-messages ${command} `));
      assert.match(out, /-h, --help/);
    }
  }
  const lint = await run(["lint", "--help"]);
  assert.match(lint.out, /--format <pretty\|json\|sarif\|github>/);
  for (
    const option of ["--fix", "--fix-dry-run", "--max-warnings", "--watch"]
  ) {
    assert.ok(lint.out.includes(`  ${option} `), option);
  }
  assert.match(lint.out, /--policy <file\.json>/);
  const build = await run(["build", "--help"]);
  assert.match(build.out, /-o, --output <file>/);
  assert.match(build.out, /--js /);
});

Deno.test("main() --version prints the version from deno.json", async () => {
  const config = JSON.parse(
    await Deno.readTextFile(new URL("../../deno.json", import.meta.url)),
  );
  const { code, out, err } = await run(["--version"]);
  assert.equal(code, 0);
  assert.equal(err, "");
  assert.equal(out, `${config.version}\n`);
});

Deno.test("main() lints every folder given and reports them together", async () => {
  const clean = await cleanFixture();
  const bad = await fixture();
  try {
    // The clean folder first: a second folder that were ignored would
    // leave the run clean.
    const json = await run(["lint", clean, bad, "--format", "json"]);
    assert.equal(json.code, 1, json.err);
    const paths = JSON.parse(json.out).map((r: { path: string }) => r.path);
    assert.deepEqual(paths, [
      `${clean}/unexpectedProblem/de-DE.hbs`,
      `${bad}/unexpectedProblem/de-DE.hbs`,
      `${bad}/unexpectedProblem/en-US.hbs`,
    ]);
    const pretty = await run(["lint", clean, bad]);
    assert.equal(pretty.code, 1);
    assert.match(pretty.out, /in 3 template\(s\)\n$/);
    assert.ok(pretty.out.includes(`${bad}/unexpectedProblem/en-US.hbs`));
    const sarif = await run(["lint", clean, bad, "--format=sarif"]);
    assert.equal(sarif.code, 1);
    const [sarifRun] = JSON.parse(sarif.out).runs;
    assert.deepEqual(sarifRun.originalUriBaseIds, {
      TEMPLATES1: { uri: `file://${clean}/` },
      TEMPLATES2: { uri: `file://${bad}/` },
    });
    assert.ok(
      sarifRun.results.some((r: { locations: unknown[] }) =>
        JSON.stringify(r.locations[0]).includes(
          '"uri":"unexpectedProblem/en-US.hbs","uriBaseId":"TEMPLATES2"',
        )
      ),
    );
    const both = await run(["lint", clean, clean]);
    assert.equal(both.code, 0);
    assert.match(both.out, /2 template\(s\) checked, no problems/);
  } finally {
    await Deno.remove(clean, { recursive: true });
    await Deno.remove(bad, { recursive: true });
  }
});

Deno.test("main() refuses to lint or build a folder without templates", async () => {
  const empty = await Deno.makeTempDir();
  const clean = await cleanFixture();
  try {
    await Deno.mkdir(`${empty}/unexpectedProblem`);
    await Deno.writeTextFile(`${empty}/unexpectedProblem/notes.txt`, "hi");
    for (
      const args of [
        ["lint", empty],
        ["lint", clean, empty],
        ["lint", empty, clean, "--format", "json"],
        ["build", empty, "-o", `${empty}/out.ts`],
        [
          "compose",
          "--type",
          "unexpectedProblem",
          "--locale",
          "de-DE",
          "--data",
          `${clean}/unexpectedProblem/sample.json`,
          "--templates",
          empty,
        ],
      ]
    ) {
      const { code, out, err } = await run(args);
      assert.equal(code, 2, args.join(" "));
      assert.equal(out, "", args.join(" "));
      assert.equal(
        err,
        `error: Cannot ${
          args[0] === "compose" ? "load templates from" : args[0]
        } folder "${empty}": it holds no templates (<type>/<locale>.hbs files)\n`,
      );
    }
    await assert.rejects(Deno.stat(`${empty}/out.ts`), Deno.errors.NotFound);
  } finally {
    await Deno.remove(empty, { recursive: true });
    await Deno.remove(clean, { recursive: true });
  }
});

Deno.test("main() rejects an unknown command with a hint", async () => {
  assertOneLineError(
    await run(["frobnicate"]),
    /^error: Unknown command "frobnicate": the commands are "lint", "build" and "compose"; /,
    "buyer-messages",
    "frobnicate",
  );
  assertOneLineError(
    await run(["lnit", "templates"]),
    /^error: Unknown command "lnit" \(did you mean "lint"\?\)/,
    "buyer-messages",
    "lnit",
  );
  assertOneLineError(
    await run(["help", "frobnicate"]),
    /Unknown command "frobnicate"/,
    "buyer-messages",
    "help frobnicate",
  );
  assertOneLineError(
    await run(["--format", "json", "lint"]),
    /^error: Unknown option "--format"; /,
    "buyer-messages",
    "option before the command",
  );
  assertOneLineError(
    await run(["--version", "lint"]),
    /Unexpected argument "lint"/,
    "buyer-messages",
    "--version lint",
  );
});

Deno.test("main() without a command prints the usage to stderr and exits 2", async () => {
  const { code, out, err } = await run([]);
  assert.equal(code, 2);
  assert.equal(out, "");
  assert.match(err, /^Usage: buyer-messages <command>/);
});

Deno.test("main() reports bad values and bad input files in one line", async () => {
  const dir = await fixture();
  try {
    assertOneLineError(
      await run(["lint", "templates", "--format", "xml"]),
      /^error: Unknown format "xml": use "pretty", "json", "sarif" or "github"; /,
      "buyer-messages lint",
      "xml",
    );
    assertOneLineError(
      await run(["lint", "templates", "--format", "jsno"]),
      /Unknown format "jsno" \(did you mean "json"\?\)/,
      "buyer-messages lint",
      "jsno",
    );
    await Deno.writeTextFile(`${dir}/list.json`, "[]");
    for (
      const [args, message] of [
        [
          ["lint", "/nonexistent-folder"],
          /^error: Cannot read folder "\/nonexistent-folder": /,
        ],
        [
          ["lint", dir, "--policy", `${dir}/missing.json`],
          /^error: Cannot read "[^"]+missing\.json": /,
        ],
        [
          ["lint", dir, "--policy", `${dir}/list.json`],
          /^error: Cannot use policy file "[^"]+list\.json": it must hold a JSON object\n$/,
        ],
        [[
          "compose",
          "--type",
          "nope",
          "--locale",
          "en-US",
          "--data",
          "templates/unexpectedProblem/sample.json",
        ], /^error: Cannot find message type "nope"/],
        [
          [
            "compose",
            "--type",
            "unexpectedProblem",
            "--locale",
            "en-US",
            "--data",
            `${dir}/list.json`,
          ],
          /^error: Cannot use data file "[^"]+list\.json": it must hold a JSON object\n$/,
        ],
      ] as const
    ) {
      const { code, out, err } = await run([...args]);
      assert.equal(code, 2, args.join(" "));
      assert.equal(out, "", args.join(" "));
      assert.match(err, message, args.join(" "));
      assert.doesNotMatch(err, /Usage:/, args.join(" "));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
