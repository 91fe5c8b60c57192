import assert from "node:assert/strict";
import { run } from "./_cli.ts";

Deno.test("main() compose prints the default template's text and exits 0 when clean", async () => {
  const { code, out, err } = await run([
    "compose",
    "--type",
    "unexpectedProblem",
    "--locale",
    "en-US",
    "--data",
    "templates/unexpectedProblem/sample.json",
  ]);
  assert.equal(code, 0, err);
  assert.match(out, /123-1234567-1234567/);
  assert.match(
    out,
    /template unexpectedProblem \(en-US, exact\), \d+ characters\n$/,
  );
});
