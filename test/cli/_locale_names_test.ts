import assert from "node:assert/strict";
import { checkLocaleFileName } from "../../src/cli/_locale_names.ts";
import { folder, run, SAMPLE } from "./_cli.ts";

Deno.test("checkLocaleFileName() accepts canonical tags of known languages", () => {
  for (const name of ["en-US.hbs", "de.hbs", "zh-Hans-CN.hbs", "pt-BR.hbs"]) {
    assert.equal(checkLocaleFileName(name), undefined, name);
  }
});

Deno.test("checkLocaleFileName() suggests the canonical tag and refuses names that are no locale", () => {
  assert.match(checkLocaleFileName("EN_us.hbs")!, /did you mean "en-US\.hbs"/);
  assert.match(checkLocaleFileName("de_de.hbs")!, /did you mean "de-DE\.hbs"/);
  assert.match(
    checkLocaleFileName("klingon.hbs")!,
    /"klingon\.hbs" is not a locale: "klingon" is no known language/,
  );
  assert.match(checkLocaleFileName("de-XX.hbs")!, /"XX" is no known region/);
  assert.match(checkLocaleFileName("not a locale.hbs")!, /is not a locale/);
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
