import assert from "node:assert/strict";
import { escapeData, escapeProperty } from "../../src/cli/_github_format.ts";
import { folder, run, SAMPLE } from "./_cli.ts";

Deno.test("escapeData() and escapeProperty() escape as GitHub workflow commands document", () => {
  assert.equal(escapeData("100% a\r\nb"), "100%25 a%0D%0Ab");
  assert.equal(escapeProperty("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
  assert.equal(escapeData("a:b,c"), "a:b,c");
});

Deno.test("main() lint --format github writes one annotation per finding", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs":
      "Order {{amazonOrderId}} is late.\nWrite to a@b.com",
  });
  try {
    const { code, out, err } = await run([
      "lint",
      dir,
      "--format",
      "github",
    ]);
    assert.equal(code, 1, err);
    const file = escapeProperty(`${dir}/unexpectedProblem/en-US.hbs`);
    const lines = out.trimEnd().split("\n");
    assert.ok(lines.length >= 1);
    for (const line of lines) assert.match(line, /^::(error|warning) file=/);
    const email = lines.find((line) => line.includes("title=no-email"));
    assert.equal(
      email,
      `::error file=${file},line=2,col=10,endLine=2,endColumn=17,title=no-email::Remove the email address "a@b.com": buyers must reply through Amazon's messaging, so ask them to reply to this message`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint --format github escapes a folder name with a comma and a colon", async () => {
  const base = await Deno.makeTempDir();
  const dir = `${base}/a,b:c`;
  try {
    await Deno.mkdir(`${dir}/unexpectedProblem`, { recursive: true });
    await Deno.writeTextFile(`${dir}/unexpectedProblem/sample.json`, SAMPLE);
    await Deno.writeTextFile(
      `${dir}/unexpectedProblem/en-US.hbs`,
      "Order {{amazonOrderId}}: mail a@b.com",
    );
    const { out } = await run(["lint", dir, "--format", "github"]);
    assert.ok(
      out.includes(`file=${base}/a%2Cb%3Ac/unexpectedProblem/en-US.hbs,`),
    );
  } finally {
    await Deno.remove(base, { recursive: true });
  }
});
