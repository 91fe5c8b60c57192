import assert from "node:assert/strict";
import { toJavaScript } from "../../src/cli/_build_command.ts";
import { precompileTemplates } from "../../src/compose/precompile_templates.ts";
import { folder, run, SAMPLE } from "./_cli.ts";

const FILES = {
  "unexpectedProblem/sample.json": SAMPLE,
  "unexpectedProblem/en-US.hbs": "Order {{amazonOrderId}} is late.",
  "unexpectedProblem/de-DE.hbs": "Bestellung {{amazonOrderId}} kommt später.",
};

Deno.test("toJavaScript() turns the type import and annotation into JSDoc", () => {
  const js = toJavaScript(
    precompileTemplates([{ path: "unexpectedProblem/en-US.hbs", source: "x" }]),
  );
  assert.doesNotMatch(js, /import type|: readonly PrecompiledTemplate/);
  assert.match(
    js,
    /\/\*\* @typedef \{import\("@sellerkit\/buyer-messages"\)\.PrecompiledTemplate\} PrecompiledTemplate \*\//,
  );
  assert.match(
    js,
    /\/\*\* @type \{readonly PrecompiledTemplate\[\]\} \*\/\nexport const templates = \[/,
  );
  assert.throws(
    () => toJavaScript("export const x = 1;"),
    /Cannot write JavaScript/,
  );
});

async function nodeLoads(file: string): Promise<string> {
  const { code, stdout, stderr } = await new Deno.Command("node", {
    args: [
      "--input-type=module",
      "-e",
      `const m = await import(${
        JSON.stringify(`file://${file}`)
      }); console.log(m.templates.map((t) => t.locale).join(","));`,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const err = new TextDecoder().decode(stderr);
  assert.equal(code, 0, err);
  return new TextDecoder().decode(stdout).trim();
}

Deno.test("main() build writes JavaScript that plain node loads, by extension or --js", async () => {
  const dir = await folder(FILES);
  try {
    for (
      const [output, extra] of [
        [`${dir}/out.js`, []],
        [`${dir}/out.mjs`, []],
        [`${dir}/plain.mjs`, ["--js"]],
      ] as const
    ) {
      const { code, out } = await run(["build", dir, "-o", output, ...extra]);
      assert.equal(code, 0);
      assert.match(out, /\(2 templates, JavaScript\)\n$/);
      const source = await Deno.readTextFile(output);
      assert.doesNotMatch(source, /import type/);
      assert.equal(await nodeLoads(output), "de-DE,en-US");
    }
    const ts = await run(["build", dir, "-o", `${dir}/out.ts`]);
    assert.match(ts.out, /\(2 templates, TypeScript\)\n$/);
    assert.match(await Deno.readTextFile(`${dir}/out.ts`), /^import type /m);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
