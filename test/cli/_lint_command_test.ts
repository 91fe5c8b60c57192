import assert from "node:assert/strict";
import { folder, run, SAMPLE } from "./_cli.ts";

const TWO_WARNINGS =
  "Order {{amazonOrderId}} is late. The carrier depot answers on +1 206 555 0100 or +1 206 555 0199 if needed.";

Deno.test("main() lint --max-warnings exits 1 when the warnings exceed it", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": TWO_WARNINGS,
  });
  try {
    const plain = await run(["lint", dir]);
    assert.equal(plain.code, 0);
    assert.match(plain.out, /\(0 error\(s\), 2 warning\(s\)\)/);
    for (
      const [max, code] of [["2", 0], ["5", 0], ["1", 1], ["0", 1]] as const
    ) {
      const { code: got, err } = await run([
        "lint",
        dir,
        "--max-warnings",
        max,
      ]);
      assert.equal(got, code, `--max-warnings ${max}`);
      assert.equal(
        err,
        code === 0
          ? ""
          : `Too many warnings: 2 found, --max-warnings allows ${max}\n`,
      );
    }
    const json = await run(["lint", dir, "--max-warnings=1", "--format=json"]);
    assert.equal(json.code, 1);
    assert.equal(JSON.parse(json.out)[0].diagnostics.length, 2);
    for (const bad of ["-1", "two", "1.5"]) {
      const { code, err } = await run(["lint", dir, `--max-warnings=${bad}`]);
      assert.equal(code, 2, bad);
      assert.match(err, /"--max-warnings" takes a whole number/);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("main() lint still exits 1 on errors whatever --max-warnings allows", async () => {
  const dir = await folder({
    "unexpectedProblem/sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": "Order {{amazonOrderId}}: mail a@b.com",
  });
  try {
    const { code } = await run(["lint", dir, "--max-warnings", "10"]);
    assert.equal(code, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
