// The default templates are tree-shakable: a bundle that imports one message
// type's set (and the composer core) holds that set's text and no other
// type's; only `createComposer`, which defaults to every set, brings them all.

import assert from "node:assert/strict";
import { bundle, stopEsbuild } from "../../scripts/build_worker.ts";

const SRC = new URL("../../src/", import.meta.url);

/** Bundles a tiny entry (ESM, browser, minified) and answers its code. */
async function bundleEntry(source: string): Promise<{
  code: string;
  bytes: number;
  gzipBytes: number;
}> {
  const dir = await Deno.makeTempDir();
  try {
    const entry = `${dir}/entry.ts`;
    await Deno.writeTextFile(entry, source);
    return await bundle({ entry, platform: "browser" });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const UNEXPECTED_PROBLEM_TEXT = "has been delayed by an unexpected problem.";
const OTHER_TYPES = [
  "confirmCustomizationDetails",
  "confirmDeliveryDetails",
  "confirmOrderDetails",
  "confirmServiceDetails",
  "digitalAccessKey",
];

Deno.test("UNEXPECTED_PROBLEM_TEMPLATES bundles without the other types' templates", async () => {
  const path = (file: string) =>
    decodeURIComponent(new URL(file, SRC).pathname);
  const templates = path("default_templates/mod.ts");
  const core = path("compose/create_template_composer.ts");
  const root = path("compose/create_composer.ts");
  try {
    const one = await bundleEntry(`
      import { createTemplateComposer } from "${core}";
      import { UNEXPECTED_PROBLEM_TEMPLATES } from "${templates}";
      export const composer = createTemplateComposer({ templates: [UNEXPECTED_PROBLEM_TEMPLATES] });
    `);
    const all = await bundleEntry(`
      import { createComposer } from "${root}";
      export const composer = createComposer();
    `);
    const none = await bundleEntry(`
      import { createTemplateComposer } from "${core}";
      export const composer = createTemplateComposer({ templates: [] });
    `);
    console.log(
      `bundle sizes (minified / gzip -9): core alone ${none.bytes} / ${none.gzipBytes} B; core + unexpectedProblem ${one.bytes} / ${one.gzipBytes} B; createComposer() with every default ${all.bytes} / ${all.gzipBytes} B`,
    );
    const ids = (code: string) =>
      [...code.matchAll(/"?type"?:"(\w+)"/g)].map((m) => m[1]);
    assert.deepEqual(new Set(ids(one.code)), new Set(["unexpectedProblem"]));
    assert.deepEqual(ids(none.code), []);
    assert.deepEqual(
      new Set(ids(all.code)),
      new Set([...OTHER_TYPES, "unexpectedProblem"]),
    );
    // Template text, not only ids: another type's wording is absent.
    assert.ok(one.code.includes(UNEXPECTED_PROBLEM_TEXT));
    assert.ok(all.code.includes(UNEXPECTED_PROBLEM_TEXT));
    for (const type of OTHER_TYPES) {
      const text = await ownLine(type);
      assert.ok(all.code.includes(text), `${type}: "${text}"`);
      assert.ok(!one.code.includes(text), `${type}: "${text}"`);
    }
    assert.ok(!none.code.includes(UNEXPECTED_PROBLEM_TEXT));
    assert.ok(one.bytes * 3 < all.bytes);
  } finally {
    await stopEsbuild();
  }
});

/** A line of literal text of a type's en-US template that unexpectedProblem's lacks. */
async function ownLine(type: string): Promise<string> {
  const read = (t: string) =>
    Deno.readTextFile(
      new URL(`../../templates/${t}/en-US.hbs`, import.meta.url),
    );
  const others = [await read("unexpectedProblem")];
  const lines = (await read(type)).split("\n").filter((line) =>
    line.length > 20 && !line.includes("{{") &&
    others.every((other) => !other.includes(line))
  );
  assert.ok(lines.length > 0, `no literal line in ${type}`);
  return lines[0]!;
}
