/**
 * Keeps the rooms in order: every message type is registered, has its
 * descriptor file and (for text types) its templates and sample data; every
 * source file has its test file; every rule is registered and tested.
 */
import assert from "node:assert/strict";
import { MESSAGE_TYPE_IDS, MESSAGE_TYPES } from "../src/message_types/mod.ts";

const ROOT = new URL("../", import.meta.url);

function snake(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

async function list(dir: string, suffix: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string) {
    for await (const entry of Deno.readDir(new URL(rel, ROOT))) {
      const path = `${rel}${entry.name}`;
      if (entry.isDirectory) await walk(`${path}/`);
      else if (entry.name.endsWith(suffix)) out.push(path);
    }
  }
  await walk(dir);
  return out.sort();
}

async function exists(rel: string): Promise<boolean> {
  try {
    await Deno.stat(new URL(rel, ROOT));
    return true;
  } catch {
    return false;
  }
}

Deno.test("every message type has a descriptor file, and every descriptor file is registered", async () => {
  for (const id of MESSAGE_TYPE_IDS) {
    assert.ok(await exists(`src/message_types/${snake(id)}.ts`), id);
  }
  const support = new Set([
    "mod.ts",
    "message_type.ts",
    "marketplaces.ts",
    "validate_body.ts",
    "text_span.ts",
    "order_id.ts",
  ]);
  const registered = new Set(MESSAGE_TYPE_IDS.map((id) => `${snake(id)}.ts`));
  for (const file of await list("src/message_types/", ".ts")) {
    const name = file.split("/").pop()!;
    if (support.has(name) || name.startsWith("_")) continue;
    assert.ok(
      registered.has(name),
      `${file} is not registered in MESSAGE_TYPES`,
    );
  }
});

Deno.test("every text message type has templates and sample data; no stray template folders", async () => {
  for (const id of MESSAGE_TYPE_IDS) {
    const hasText = MESSAGE_TYPES[id].text !== null;
    assert.equal(await exists(`templates/${id}/sample.json`), hasText, id);
  }
  for await (const entry of Deno.readDir(new URL("templates/", ROOT))) {
    if (!entry.isDirectory) continue;
    const id = entry.name as keyof typeof MESSAGE_TYPES;
    assert.ok(
      MESSAGE_TYPES[id]?.text,
      `templates/${entry.name} is not a text message type`,
    );
  }
});

Deno.test("every source file has its test file", async () => {
  // Descriptors are proven against the spec by test/message_types/spec_test.ts.
  const descriptors = new Set(
    MESSAGE_TYPE_IDS.map((id) => `src/message_types/${snake(id)}.ts`),
  );
  const missing: string[] = [];
  for (const file of await list("src/", ".ts")) {
    const name = file.split("/").pop()!;
    if (
      name === "mod.ts" || name.endsWith(".gen.ts") || descriptors.has(file)
    ) continue;
    const source = await Deno.readTextFile(new URL(file, ROOT));
    // Files that declare only types have nothing to run.
    if (!/^export (async )?(function|const|class)/m.test(source)) continue;
    const test = `test/${file.slice("src/".length, -".ts".length)}_test.ts`;
    if (await exists(test)) continue;
    // A language's lexicons (one file per rule family) share one test file.
    const lexicon = file.match(/^src\/rules\/_lexicons\/\w+\/(\w+)\.ts$/);
    if (
      lexicon !== null &&
      await exists(`test/rules/_lexicons/${lexicon[1]}_test.ts`)
    ) continue;
    missing.push(`${file} → ${test}`);
  }
  assert.deepEqual(missing, []);
});
