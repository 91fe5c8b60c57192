/**
 * The core is runtime-neutral: every entry point but the runtime adapters
 * (`./cli`, `./deno`) type-checks with only the Web and DOM libraries
 * (`test/web_only/deno.json`), so no `Deno.*`, `node:` or `process` use can
 * slip into it.
 */
import assert from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url);
const ADAPTERS = new Set(["./cli", "./deno"]);

Deno.test("the core entry points type-check with only Web and DOM libs", async () => {
  const config = JSON.parse(
    await Deno.readTextFile(new URL("deno.json", ROOT)),
  ) as { imports: Record<string, string>; exports: Record<string, string> };
  const webOnly = JSON.parse(
    await Deno.readTextFile(new URL("test/web_only/deno.json", ROOT)),
  ) as {
    imports: Record<string, string>;
    compilerOptions: { lib: string[] };
  };
  assert.deepEqual(webOnly.imports, config.imports, "same import map");
  assert.ok(!webOnly.compilerOptions.lib.some((lib) => lib.startsWith("deno")));
  const entries = Object.entries(config.exports)
    .filter(([key]) => !ADAPTERS.has(key))
    .map(([, path]) => path);
  assert.ok(entries.includes("./mod.ts"));
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["check", "--config", "test/web_only/deno.json", ...entries],
    cwd: ROOT,
    stdout: "null",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
});
