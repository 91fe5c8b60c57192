import assert from "node:assert/strict";
import {
  InputError,
  parseJson,
  quoteList,
  readJson,
  readText,
  required,
} from "../../src/cli/_io.ts";
import { UsageError } from "../../src/cli/_args.ts";

Deno.test("quoteList() builds lists", () => {
  assert.equal(quoteList(["a"]), '"a"');
  assert.equal(quoteList(["a", "b", "c"], "or"), '"a", "b" or "c"');
});

Deno.test("required() names every missing option", () => {
  assert.deepEqual(
    required({ values: { a: "1" }, positionals: [] }, "x", ["a"]),
    ["1"],
  );
  assert.throws(
    () => required({ values: {}, positionals: [] }, "x", ["a", "b"]),
    (error) =>
      error instanceof UsageError &&
      error.message === 'Missing required options "--a" and "--b"',
  );
});

Deno.test("readText(), readJson() and parseJson() throw InputError naming the file", async () => {
  await assert.rejects(readText("/nonexistent/x.json"), InputError);
  assert.throws(
    () => parseJson("f.json", "{"),
    /^InputError: Cannot parse "f\.json" as JSON/,
  );
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/a.json`, '{"a":1}');
    assert.deepEqual(await readJson(`${dir}/a.json`), { a: 1 });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
