/**
 * `deno task start` runs the local endpoint under its own configuration
 * (`examples/local/deno.json`, with its own lock file) so that a fresh
 * machine fetches the runtime dependencies only, not the test, bench and
 * build tools of the root configuration. These tests keep the two in step.
 */
import assert from "node:assert/strict";

interface Config {
  readonly imports: Record<string, string>;
  readonly tasks: Record<string, string | { readonly command: string }>;
  readonly nodeModulesDir?: string;
}
interface Lock {
  readonly specifiers: Record<string, string>;
  readonly npm: Record<
    string,
    {
      readonly dependencies?: readonly string[];
      readonly optionalDependencies?: readonly string[];
    }
  >;
}

const read = async <T>(path: string): Promise<T> =>
  JSON.parse(
    await Deno.readTextFile(new URL(`../${path}`, import.meta.url)),
  ) as T;

const root = await read<Config>("deno.json");
const local = await read<Config>("examples/local/deno.json");
const rootLock = await read<Lock>("deno.lock");
const localLock = await read<Lock>("examples/local/deno.lock");

/** The npm package name of an `npm:` specifier (`npm:/franc@^6/` too). */
function packageName(specifier: string): string {
  const body = specifier.replace(/^npm:\/?/, "");
  const at = body.indexOf("@", 1);
  return at < 0 ? body : body.slice(0, at);
}

Deno.test("the local endpoint's imports are the root's, entry for entry", () => {
  for (const [name, target] of Object.entries(local.imports)) {
    assert.equal(root.imports[name], target, `import "${name}"`);
  }
});

Deno.test("the local endpoint's imports cover everything its code imports", async () => {
  const graph = new Deno.Command(Deno.execPath(), {
    args: [
      "info",
      "--json",
      "--config",
      new URL("../examples/local/deno.json", import.meta.url).pathname,
      new URL("../examples/local/main.ts", import.meta.url).pathname,
    ],
    stdout: "piped",
    stderr: "piped",
  });
  const { code, stdout, stderr } = await graph.output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
  const info = JSON.parse(new TextDecoder().decode(stdout)) as {
    readonly modules: readonly { readonly specifier: string }[];
  };
  const npm = new Set(
    info.modules.map((module) => module.specifier).filter((specifier) =>
      specifier.startsWith("npm:")
    ).map(packageName),
  );
  const declared = new Set(Object.values(local.imports).map(packageName));
  assert.ok(npm.size > 0, "the graph has npm packages");
  for (const name of npm) assert.ok(declared.has(name), `npm:${name}`);
});

Deno.test("the local lock pins the root lock's versions and holds no dev tools", () => {
  for (const [specifier, version] of Object.entries(localLock.specifiers)) {
    assert.equal(rootLock.specifiers[specifier], version, specifier);
  }
  for (const [name, entry] of Object.entries(localLock.npm)) {
    assert.deepEqual(rootLock.npm[name], entry, name);
  }
  const names = Object.keys(localLock.npm).map((key) =>
    key.slice(0, key.indexOf("@", 1))
  );
  for (const tool of ["esbuild", "miniflare", "workerd", "autocannon"]) {
    assert.ok(!names.includes(tool), tool);
  }
});

Deno.test("the root task delegates to the local configuration", () => {
  const start = root.tasks.start;
  const command = typeof start === "string" ? start : start.command;
  assert.match(command, /--config examples\/local\/deno\.json start$/);
  assert.equal(root.nodeModulesDir, "manual");
});
