import assert from "node:assert/strict";
import { findTemplates } from "../../src/cli/_find_templates.ts";
import { InputError } from "../../src/cli/_io.ts";
import { folder, SAMPLE } from "./_cli.ts";

Deno.test("findTemplates() finds templates with the nearest sample.json above them", async () => {
  const dir = await folder({
    "sample.json": SAMPLE,
    "unexpectedProblem/en-US.hbs": "a",
    "unexpectedProblem/short/de-DE.hbs": "b",
    "confirmOrderDetails/sample.json": SAMPLE,
    "confirmOrderDetails/en-US.hbs": "c",
    "notes.txt": "not a template",
  });
  try {
    const found = await findTemplates(dir, "lint");
    assert.deepEqual(
      found.map((t) => [t.path, t.source, t.sample?.slice(dir.length)]),
      [
        [
          "confirmOrderDetails/en-US.hbs",
          "c",
          "/confirmOrderDetails/sample.json",
        ],
        ["unexpectedProblem/en-US.hbs", "a", "/sample.json"],
        ["unexpectedProblem/short/de-DE.hbs", "b", "/sample.json"],
      ],
    );
    await Deno.remove(`${dir}/unexpectedProblem`, { recursive: true });
    await Deno.remove(`${dir}/confirmOrderDetails`, { recursive: true });
    await assert.rejects(
      findTemplates(dir, "build"),
      (error) =>
        error instanceof InputError &&
        error.message.startsWith(
          `Cannot build folder "${dir}": it holds no templates`,
        ),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
