/**
 * The public API of every entry point (`deno.json` `exports`), as
 * `deno doc --json` lists it: one line per exported name with its kind. An
 * export cannot appear, vanish or change kind without this test failing and
 * the snapshot (`test/api/<entry>.txt`) changing in the same commit.
 *
 * After an intended change, write the snapshots anew:
 *
 * ```sh
 * UPDATE_API=1 deno test --allow-read --allow-write=test/api --allow-run --allow-env test/api/api_snapshot_test.ts
 * ```
 */
import assert from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url);
const config = JSON.parse(
  await Deno.readTextFile(new URL("deno.json", ROOT)),
) as { exports: Record<string, string> };

interface DocSymbol {
  readonly name: string;
  readonly declarations: readonly { readonly kind: string }[];
}

/** `kind name` lines of an entry point's exports, sorted. */
async function apiOf(path: string): Promise<string[]> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", path],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
  const doc = JSON.parse(new TextDecoder().decode(stdout)) as {
    nodes: Record<string, { symbols: readonly DocSymbol[] }>;
  };
  const lines = new Set<string>();
  for (const node of Object.values(doc.nodes)) {
    for (const symbol of node.symbols) {
      const kinds = [...new Set(symbol.declarations.map((d) => d.kind))].sort();
      lines.add(`${kinds.join("+")} ${symbol.name}`);
    }
  }
  return [...lines].sort();
}

function snapshotName(key: string): string {
  return key === "." ? "root" : key.replace(/^\.\//, "").replaceAll("/", "_");
}

for (const [key, path] of Object.entries(config.exports)) {
  Deno.test(`the public API of "${key}" matches its snapshot`, async () => {
    const api = await apiOf(path);
    const file = new URL(`test/api/${snapshotName(key)}.txt`, ROOT);
    const text = api.join("\n") + "\n";
    if (Deno.env.get("UPDATE_API") === "1") {
      await Deno.writeTextFile(file, text);
      return;
    }
    let snapshot: string;
    try {
      snapshot = await Deno.readTextFile(file);
    } catch {
      assert.fail(
        `No API snapshot for "${key}"; write it with UPDATE_API=1 (see this file's header)`,
      );
    }
    const before = new Set(snapshot.split("\n").filter(Boolean));
    const after = new Set(api);
    const added = api.filter((line) => !before.has(line));
    const removed = [...before].filter((line) => !after.has(line));
    assert.deepEqual(
      { added, removed },
      { added: [], removed: [] },
      `The API of "${key}" changed; if that is intended, update the snapshot with UPDATE_API=1`,
    );
  });
}

Deno.test("every entry point has a snapshot and every snapshot an entry point", async () => {
  const expected = Object.keys(config.exports).map((key) =>
    `${snapshotName(key)}.txt`
  ).sort();
  const present: string[] = [];
  for await (const entry of Deno.readDir(new URL("test/api/", ROOT))) {
    if (entry.name.endsWith(".txt")) present.push(entry.name);
  }
  assert.deepEqual(present.sort(), expected);
});
