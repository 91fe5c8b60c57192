/**
 * Bundles the edge endpoint with npm esbuild, straight from the Deno
 * sources: a resolver plugin maps the deno.json import map (`npm:`
 * specifiers) to the packages Deno installed in `node_modules/`.
 *
 * - the Cloudflare Worker (`examples/cloudflare-worker/worker.ts`, ESM,
 *   platform browser with the `workerd` condition) to
 *   `examples/cloudflare-worker/dist/worker.js`;
 * - a Node-targeted ESM build of `src/http/mod.ts` to
 *   `examples/node/dist/buyer_messages_hono.mjs`, for `examples/node/server.mjs`.
 *
 * Both output folders are gitignored. Prints the sizes, split into the app,
 * the templates, language data and libraries (gzip measured per part through
 * the source map).
 *
 * Run: `deno run --allow-read --allow-env --allow-run --allow-write=examples/cloudflare-worker/dist,examples/node/dist scripts/build_worker.ts`
 *
 * @module
 */

import * as esbuild from "esbuild";
import { gzipSync } from "node:zlib";

const ROOT = new URL("../", import.meta.url);
const ROOT_PATH = decodeURIComponent(ROOT.pathname).replace(/\/$/, "");

/** What to bundle. */
export interface BuildOptions {
  /** The entry module, absolute or relative to the project root. */
  readonly entry: string;
  /** `browser` for Workers and Deno Deploy, `node` for Node. */
  readonly platform: "browser" | "node";
  /** Minify. Default `true`. */
  readonly minify?: boolean;
}

/** The size of one part of a bundle. */
export interface PartSize {
  /** Bytes in the bundle. */
  readonly bytes: number;
  /** Bytes of this part's code gzipped on its own. */
  readonly gzipBytes: number;
}

/** A bundle, in memory. */
export interface Bundle {
  /** The JavaScript. */
  readonly code: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Its gzip size in bytes. */
  readonly gzipBytes: number;
  /** Sizes by part: `app: core`, `app: endpoint` (src/http, src/adapters and the entry), `templates`, `language data`, `policy lexicons`, `confusables table`, `hono`, `valibot`, `openapi generator` (@valibot/to-json-schema), `handlebars runtime`, `other libraries`. */
  readonly parts: Readonly<Record<string, PartSize>>;
}

/**
 * Gzips bytes at the highest level (`gzip -9`), as a size budget counts
 * them, and answers the compressed length in bytes.
 */
export function gzipSize(data: string | Uint8Array): Promise<number> {
  const bytes = typeof data === "string"
    ? new TextEncoder().encode(data)
    : data;
  return Promise.resolve(gzipSync(bytes, { level: 9 }).byteLength);
}

/** Turns an `npm:name@range/sub/path` specifier into `name/sub/path`. */
export function npmToBare(specifier: string): string | undefined {
  const match = /^npm:\/?((?:@[^/@]+\/)?[^/@]+)(?:@[^/]*)?(\/.*)?$/.exec(
    specifier,
  );
  return match === null ? undefined : `${match[1]}${match[2] ?? ""}`;
}

/** Resolves a specifier through an import map: exact keys, then the longest `prefix/` key. */
export function mapSpecifier(
  imports: Readonly<Record<string, string>>,
  specifier: string,
): string | undefined {
  if (Object.hasOwn(imports, specifier)) return imports[specifier];
  let best: string | undefined;
  for (const key of Object.keys(imports)) {
    if (
      key.endsWith("/") && specifier.startsWith(key) &&
      (best === undefined || key.length > best.length)
    ) best = key;
  }
  return best === undefined
    ? undefined
    : imports[best] + specifier.slice(best.length);
}

function denoImportMapPlugin(
  imports: Readonly<Record<string, string>>,
): esbuild.Plugin {
  return {
    name: "deno-import-map",
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.mapped === true) return undefined;
        const path = args.path;
        if (path.startsWith(".") || path.startsWith("/")) return undefined;
        if (path.startsWith("node:")) {
          return {
            errors: [{
              text:
                `"${path}" imported from ${args.importer}: the edge bundle must stay runtime-neutral`,
            }],
          };
        }
        // Only the project's own modules use the import map; packages
        // resolve their dependencies from node_modules as usual.
        if (args.importer.includes("/node_modules/")) return undefined;
        const target = path.startsWith("npm:")
          ? path
          : mapSpecifier(imports, path);
        if (target === undefined) return undefined;
        const bare = target.startsWith("npm:") ? npmToBare(target) : undefined;
        if (bare === undefined) {
          return {
            errors: [{
              text:
                `"${path}" maps to "${target}", which is not an npm: specifier`,
            }],
          };
        }
        const resolved = await build.resolve(bare, {
          kind: args.kind,
          resolveDir: ROOT_PATH,
          pluginData: { mapped: true },
        });
        if (resolved.errors.length > 0) {
          return {
            errors: [{
              text:
                `Cannot resolve "${path}" (${bare}) from node_modules: run \`deno install\` first`,
            }],
          };
        }
        return { path: resolved.path };
      });
    },
  };
}

const BASE64 =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Names the part of a bundle a source file belongs to. */
export function partOf(source: string): string {
  if (/src\/default_templates\//.test(source)) return "templates";
  if (/_trigrams\.gen\.ts$/.test(source)) return "language data";
  if (/src\/rules\/_lexicons\//.test(source)) return "policy lexicons";
  if (/_confusables\.gen\.ts$/.test(source)) return "confusables table";
  if (
    /node_modules\/(?:\.deno\/[^/]+\/node_modules\/)?(?:franc(?:-min|-all)?|trigram-utils|n-gram|collapse-white-space|eld|tinyld|cld3-asm)\//
      .test(source)
  ) return "language data";
  if (
    /node_modules\/.*\/hono\//.test(source) ||
    /node_modules\/hono\//.test(source)
  ) {
    return "hono";
  }
  if (/node_modules\/.*to-json-schema/.test(source)) return "openapi generator";
  if (/node_modules\/.*valibot/.test(source)) return "valibot";
  if (/node_modules\/.*handlebars/.test(source)) return "handlebars runtime";
  if (source.includes("node_modules/")) return "other libraries";
  if (/(?:^|\/)(?:src\/http|src\/adapters|examples)\//.test(source)) {
    return "app: endpoint";
  }
  return "app: core";
}

async function splitBySourceMap(
  code: string,
  map: { sources: string[]; mappings: string },
): Promise<Record<string, PartSize>> {
  const texts: Record<string, string[]> = {};
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let source = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const segments = (mappingLines[index] ?? "").split(",").filter(Boolean);
    let column = 0;
    const starts: { column: number; part: string }[] = [];
    for (const segment of segments) {
      const fields = decodeVlq(segment);
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        starts.push({ column, part: partOf(map.sources[source] ?? "") });
      } else {
        starts.push({ column, part: "app: core" });
      }
    }
    if (starts.length === 0 || starts[0].column > 0) {
      starts.unshift({ column: 0, part: "app: core" });
    }
    for (let i = 0; i < starts.length; i++) {
      const end = i + 1 < starts.length ? starts[i + 1].column : line.length;
      (texts[starts[i].part] ??= []).push(line.slice(starts[i].column, end));
    }
    (texts["app: core"] ??= []).push("\n");
  }
  const parts: Record<string, PartSize> = {};
  for (const [part, chunks] of Object.entries(texts)) {
    const text = chunks.join("");
    parts[part] = {
      bytes: new TextEncoder().encode(text).byteLength,
      gzipBytes: await gzipSize(text),
    };
  }
  return parts;
}

/**
 * Bundles an entry into one ESM file, in memory.
 *
 * @param options The entry and platform.
 * @returns The code with its sizes.
 */
export async function bundle(options: BuildOptions): Promise<Bundle> {
  const config = JSON.parse(
    await Deno.readTextFile(new URL("deno.json", ROOT)),
  ) as { imports?: Record<string, string> };
  const entry = options.entry.startsWith("/")
    ? options.entry
    : `${ROOT_PATH}/${options.entry}`;
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: options.platform,
    target: "es2022",
    conditions: options.platform === "browser"
      ? ["workerd", "worker", "browser"]
      : [],
    minify: options.minify ?? true,
    // Non-ASCII text (the lexicons of Arabic, Hindi, Japanese, Chinese...)
    // as UTF-8 rather than \u escapes: smaller before and after gzip.
    charset: "utf8",
    sourcemap: "external",
    outfile: `${ROOT_PATH}/.bundle/out.js`,
    legalComments: "none",
    logLevel: "silent",
    plugins: [denoImportMapPlugin(config.imports ?? {})],
  });
  const js = result.outputFiles.find((file) => file.path.endsWith(".js"));
  const map = result.outputFiles.find((file) => file.path.endsWith(".map"));
  if (js === undefined || map === undefined) {
    throw new Error("esbuild produced no output");
  }
  const code = js.text;
  return {
    code,
    bytes: js.contents.byteLength,
    gzipBytes: await gzipSize(js.contents),
    parts: await splitBySourceMap(code, JSON.parse(map.text)),
  };
}

/** Bundles the Cloudflare Worker. */
export function bundleWorker(): Promise<Bundle> {
  return bundle({
    entry: "examples/cloudflare-worker/worker.ts",
    platform: "browser",
  });
}

/** Bundles `src/http/mod.ts` for Node. */
export function bundleNode(): Promise<Bundle> {
  return bundle({ entry: "src/http/mod.ts", platform: "node" });
}

/** Stops esbuild's service (tests call it to leave no child process). */
export async function stopEsbuild(): Promise<void> {
  await esbuild.stop();
}

/** Formats a bundle's sizes as a small table. */
export function describeBundle(name: string, built: Bundle): string {
  // 1 kB = 1,000 bytes.
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const rows = Object.entries(built.parts)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([part, size]) =>
      `  ${part.padEnd(20)} ${kb(size.bytes).padStart(10)} ${
        kb(size.gzipBytes).padStart(10)
      } gzip`
    );
  return [
    `${name}: ${kb(built.bytes)}, ${kb(built.gzipBytes)} gzip`,
    ...rows,
  ].join("\n");
}

if (import.meta.main) {
  const targets = [
    {
      name: "worker",
      build: bundleWorker,
      out: new URL("examples/cloudflare-worker/dist/worker.js", ROOT),
    },
    {
      name: "node",
      build: bundleNode,
      out: new URL("examples/node/dist/buyer_messages_hono.mjs", ROOT),
    },
  ];
  try {
    for (const target of targets) {
      const built = await target.build();
      await Deno.mkdir(new URL("./", target.out), { recursive: true });
      await Deno.writeTextFile(target.out, built.code);
      console.log(describeBundle(target.name, built));
      console.log(`  -> ${decodeURIComponent(target.out.pathname)}`);
    }
  } finally {
    await stopEsbuild();
  }
}
