import assert from "node:assert/strict";
import * as hono from "../../src/http/mod.ts";

const SRC = new URL("../../src/", import.meta.url);

async function* walk(dir: URL): AsyncGenerator<URL> {
  for await (const entry of Deno.readDir(dir)) {
    const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
    if (entry.isDirectory) yield* walk(url);
    else if (entry.name.endsWith(".ts")) yield url;
  }
}

Deno.test("mod.ts exports the app, the env config and the OpenAPI document", () => {
  assert.deepEqual(Object.keys(hono).sort(), [
    "ENV_VARIABLES",
    "configFromEnv",
    "createMessagingApp",
    "createOpenApiDocument",
    "createSellerDirectory",
  ]);
});

Deno.test("only src/http/ imports hono, and src/http uses only Web APIs", async () => {
  for await (const file of walk(SRC)) {
    const source = await Deno.readTextFile(file);
    const path = file.pathname.slice(SRC.pathname.length);
    const importsHono = /from\s+["'](?:npm:)?hono(?:\/[^"']*)?["']/.test(
      source,
    );
    // A runtime import of Hono, not one of its types.
    const importsHonoAtRuntime =
      /^import\s+(?!type\b)[^;]*from\s+["'](?:npm:)?hono(?:\/[^"']*)?["']/m
        .test(source);
    if (importsHono) assert.ok(path.startsWith("http/"), path);
    if (importsHonoAtRuntime) {
      // The files that adapters/ import stay free of Hono.
      assert.ok(!["http/api_keys.ts", "http/host_check.ts"].includes(path));
    }
    if (path.startsWith("http/")) {
      const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(
        /^\s*\/\/.*$/gm,
        "",
      );
      assert.ok(
        !/\bDeno\.|from\s+["']node:|\bprocess\.|\bBuffer\b/.test(code),
        path,
      );
      assert.match(source, /^\/\/ This module is browser compatible\./, path);
    }
  }
});
