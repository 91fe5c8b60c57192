import assert from "node:assert/strict";
import { applyEdits, safeEdits } from "../../src/authoring/fixes.ts";
import { lintTemplate } from "../../src/lint/lint_template.ts";
import { folder, run, SAMPLE } from "../cli/_cli.ts";

const SOURCE =
  "Hello,\n\n\n\nyour order {{amazonOrderId}} is late.\u0007 Sorry.\n";

function lint(source: string, sampleData: Record<string, unknown>) {
  return lintTemplate(source, {
    type: "unexpectedProblem",
    locale: "en-US",
    sampleData,
  });
}

Deno.test("safeEdits() takes the fixes in the template's own words and applyEdits() applies them", () => {
  const report = lint(SOURCE, { amazonOrderId: "123-1234567-1234567" });
  const edits = safeEdits(SOURCE, report.text, report.diagnostics);
  assert.deepEqual(edits.map((e) => [e.ruleId, e.line, e.column]), [
    ["line-breaks", 1, 7],
    ["no-control-characters", 5, 38],
  ]);
  assert.equal(
    applyEdits(SOURCE, edits),
    "Hello,\n\nyour order {{amazonOrderId}} is late. Sorry.\n",
  );
});

Deno.test("safeEdits() leaves fixes in inserted data alone", () => {
  const source = "Order {{amazonOrderId}} from {{sellerName}}.";
  const report = lint(source, {
    amazonOrderId: "123-1234567-1234567",
    sellerName: "North\u0007wind",
  });
  const found = report.diagnostics.find((d) =>
    d.ruleId === "no-control-characters"
  );
  assert.ok(found?.fix !== undefined && found.origin === "data");
  assert.deepEqual(safeEdits(source, report.text, report.diagnostics), []);
});

Deno.test("main() lint --fix-dry-run prints the safe fixes and writes nothing; --fix writes them", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": SOURCE,
  });
  const file = `${dir}/unexpectedProblem/en-US.hbs`;
  try {
    const dry = await run(["lint", dir, "--fix-dry-run"]);
    assert.equal(dry.code, 1);
    assert.ok(
      dry.out.startsWith(
        `would fix ${file}:\n  1:7  line-breaks  "\\n\\n\\n\\n" -> "\\n\\n"\n  5:38  no-control-characters  "\\u0007" -> ""\n`,
      ),
      dry.out,
    );
    assert.equal(await Deno.readTextFile(file), SOURCE);
    const json = await run(["lint", dir, "--fix-dry-run", "--format", "json"]);
    assert.equal(JSON.parse(json.out).length, 1);
    assert.match(json.err, /would fix/);

    const fixed = await run(["lint", dir, "--fix"]);
    assert.equal(fixed.code, 0, fixed.out);
    assert.match(fixed.out, /^fixed /);
    assert.match(fixed.out, /1 template\(s\) checked, no problems/);
    assert.equal(
      await Deno.readTextFile(file),
      "Hello,\n\nyour order {{amazonOrderId}} is late. Sorry.\n",
    );
    const again = await run(["lint", dir, "--fix"]);
    assert.match(again.out, /^no safe fixes to apply\n/);
    const both = await run(["lint", dir, "--fix", "--fix-dry-run"]);
    assert.equal(both.code, 2);
    assert.match(both.err, /exclude each other/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
