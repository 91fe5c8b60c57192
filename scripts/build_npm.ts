/**
 * Builds the npm package from the Deno sources into `npm/` (or
 * `--out <dir>`):
 *
 * - `esm/`: one ES module per `deno.json` export, bundled by esbuild with
 *   code splitting (so every entry shares one copy of each class) and every
 *   npm dependency left external, rewritten to the specifier Node resolves
 *   (`handlebars/runtime` → `handlebars/runtime.js`).
 * - `types/`: declarations emitted by TypeScript from the same sources.
 * - `bin/buyer-messages.mjs`: the CLI for Node. `src/cli/` is written for
 *   Deno; the build hands it a module-local `Deno` object backed by
 *   `node:fs` and `process` (no global is set), and fails when the CLI uses
 *   a `Deno` API the object does not provide.
 * - `package.json` (name, version, description, license from `deno.json`;
 *   dependencies and their ranges from the import map, limited to what the
 *   bundles import), `README.md` and `LICENSE`.
 *
 * Entries listed in `deno.json` whose file does not exist are skipped with a
 * note. The build fails when an entry meant for edge runtimes (everything
 * but `./precompile` and `./cli`) reaches a `node:` module or the full
 * Handlebars compiler.
 *
 * ```sh
 * deno run --allow-read --allow-write --allow-env --allow-run scripts/build_npm.ts [--out dir]
 * ```
 *
 * @module
 */

import { chmod, cp, mkdir, readdir, rm, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The TypeScript release that emits the declarations (TypeScript 7, native). */
export const TYPESCRIPT_VERSION = "7.0.2";

/** The name of the CLI command the package installs. */
export const BIN_NAME = "buyer-messages";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// Entries for authoring (build time, CLIs, test suites): they may load the
// Handlebars compiler, and the CLI may reach `node:` modules through its
// Deno object.
const AUTHORING_ENTRIES = new Set(["./precompile", "./cli", "./testing"]);
const CLI_ENTRY = "./cli";

// What the CLI's `Deno` object provides; `DirEntry` is a type only.
const SHIMMED_DENO_APIS = new Set([
  "args",
  "exit",
  "readDir",
  "readTextFile",
  "writeTextFile",
  "stdout",
  "stderr",
  "DirEntry",
]);

const SHIM_SPECIFIER = "buyer-messages:deno-shim";

// The `Deno` object the CLI sees under Node. Output goes out with
// synchronous, complete writes so `process.exit` never cuts it short.
const DENO_SHIM = `import { writeSync } from "node:fs";
import { opendir, readFile, writeFile } from "node:fs/promises";
import process from "node:process";

function writeAllSync(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (error?.code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  return bytes.length;
}

export const Deno = {
  args: process.argv.slice(2),
  exit(code) {
    process.exit(code);
  },
  async *readDir(path) {
    for await (const entry of await opendir(path)) {
      yield {
        name: entry.name,
        isFile: entry.isFile(),
        isDirectory: entry.isDirectory(),
        isSymlink: entry.isSymbolicLink(),
      };
    }
  },
  readTextFile(path) {
    return readFile(path, "utf8");
  },
  writeTextFile(path, data) {
    return writeFile(path, data, "utf8");
  },
  stdout: { writeSync: (bytes) => writeAllSync(1, bytes) },
  stderr: { writeSync: (bytes) => writeAllSync(2, bytes) },
};
`;

const BIN_SOURCE = `#!/usr/bin/env node
import process from "node:process";
import { main } from "../esm/cli.js";

process.exitCode = await main(process.argv.slice(2));
`;

/** The parts of `deno.json` the build reads. */
export interface DenoConfig {
  /** The package name, such as `@sellerkit/buyer-messages`. */
  readonly name: string;
  /** The package version. */
  readonly version: string;
  /** One sentence on what the package does. */
  readonly description?: string;
  /** An SPDX license id. */
  readonly license?: string;
  /** Export keys (`"."`, `"./cli"`) to source files. */
  readonly exports: string | Readonly<Record<string, string>>;
  /** The import map. */
  readonly imports?: Readonly<Record<string, string>>;
}

/** An `npm:` specifier taken apart. */
export interface NpmSpecifier {
  /** The package name, such as `@noble/hashes`. */
  readonly name: string;
  /** The version range, such as `^2.0.0`; empty when none is given. */
  readonly range: string;
  /** The path inside the package, such as `legacy.js`; empty for the main entry. */
  readonly subpath: string;
}

/**
 * Takes an `npm:` specifier apart.
 *
 * @param specifier Such as `npm:@noble/hashes@^2.0.0/legacy.js`.
 * @returns Its name, range and subpath.
 * @throws {TypeError} When it is not an `npm:` specifier.
 */
export function parseNpmSpecifier(specifier: string): NpmSpecifier {
  const match = /^npm:\/?((?:@[^/@]+\/)?[^/@]+)(?:@([^/]+))?(?:\/(.*))?$/
    .exec(specifier);
  if (match === null) {
    throw new TypeError(`Cannot parse "${specifier}" as an npm: specifier`);
  }
  return { name: match[1]!, range: match[2] ?? "", subpath: match[3] ?? "" };
}

/** Where a bare import of the sources goes under Node. */
export interface NodeImport {
  /** The specifier Node resolves, such as `handlebars/runtime.js`. */
  readonly specifier: string;
  /** The npm package that provides it. */
  readonly name: string;
  /** The version range from the import map. */
  readonly range: string;
}

/**
 * Maps a bare import of the sources to the specifier Node resolves, through
 * the import map (exact keys, then `key/` prefixes, then the subpaths of an
 * `npm:` entry), or an inline `npm:` specifier.
 *
 * @param specifier The import as written in the sources.
 * @param imports The `deno.json` import map.
 * @returns The Node import, or `undefined` when the map does not cover it.
 * @throws {TypeError} When the map points somewhere other than npm.
 */
export function toNodeImport(
  specifier: string,
  imports: Readonly<Record<string, string>>,
): NodeImport | undefined {
  let target: string | undefined;
  if (specifier.startsWith("npm:")) target = specifier;
  else if (Object.hasOwn(imports, specifier)) target = imports[specifier];
  else {
    const keys = Object.keys(imports).sort((a, b) => b.length - a.length);
    for (const key of keys) {
      const value = imports[key]!;
      if (key.endsWith("/") && specifier.startsWith(key)) {
        target = value + specifier.slice(key.length);
        break;
      }
      if (
        specifier.startsWith(`${key}/`) && value.startsWith("npm:") &&
        parseNpmSpecifier(value).subpath === ""
      ) {
        target = `${value}${specifier.slice(key.length)}`;
        break;
      }
    }
  }
  if (target === undefined) return undefined;
  if (!target.startsWith("npm:")) {
    throw new TypeError(
      `Cannot build "${specifier}" for npm: it maps to "${target}", which is not an npm: specifier`,
    );
  }
  const { name, range, subpath } = parseNpmSpecifier(target);
  return {
    specifier: subpath === "" ? name : `${name}/${subpath}`,
    name,
    range,
  };
}

/**
 * The file name (without extension) of an export's bundle: `"."` is `mod`,
 * `"./hono"` is `hono`.
 *
 * @param key The `deno.json` export key.
 * @returns The file name.
 */
export function entryName(key: string): string {
  return key === "." ? "mod" : key.replace(/^\.\//, "").replaceAll("/", "_");
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

interface Entry {
  readonly key: string;
  readonly name: string;
  /** Absolute path of the source. */
  readonly source: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function run(
  command: string,
  args: string[],
  cwd: string,
): Promise<string> {
  const output = await new Deno.Command(command, {
    args,
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  const stdout = decoder.decode(output.stdout);
  if (!output.success) {
    throw new Error(
      `Cannot build the npm package: "${command} ${
        args.join(" ")
      }" exited with ${output.code}:\n${stdout}${
        decoder.decode(output.stderr)
      }`,
    );
  }
  return stdout;
}

async function prepareOut(out: string, name: string): Promise<void> {
  if (await exists(out)) {
    const files = await readdir(out);
    let ours = files.length === 0;
    if (files.includes("package.json")) {
      try {
        const manifest = JSON.parse(
          await Deno.readTextFile(join(out, "package.json")),
        );
        ours = manifest.name === name;
      } catch {
        ours = false;
      }
    }
    if (!ours) {
      throw new Error(
        `Cannot build the npm package into "${out}": the folder is neither empty nor an earlier build of "${name}"`,
      );
    }
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
  // Marks the folder as ours, so a rebuild after a failed build may empty it.
  await Deno.writeTextFile(
    join(out, "package.json"),
    JSON.stringify({ name, private: true }) + "\n",
  );
}

// deno-lint-ignore no-explicit-any
type Metafile = any;

async function bundle(
  entries: readonly Entry[],
  imports: Readonly<Record<string, string>>,
  out: string,
): Promise<{ dependencies: Map<string, string> }> {
  const esbuild = await import("esbuild");
  const cliEntry = entries.find((entry) => entry.key === CLI_ENTRY);
  const cliDir = cliEntry === undefined ? undefined : dirname(cliEntry.source);
  const ranges = new Map<string, Set<string>>();
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: entries.map((entry) => ({
        in: entry.source,
        out: entry.name,
      })),
      outdir: join(out, "esm"),
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      charset: "utf8",
      chunkNames: "_chunks/[name]-[hash]",
      metafile: true,
      logLevel: "silent",
      plugins: [{
        name: "deno-imports",
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path === SHIM_SPECIFIER) {
              return { path: SHIM_SPECIFIER, namespace: "deno-shim" };
            }
            if (args.path.startsWith("node:")) {
              return { path: args.path, external: true };
            }
            if (isAbsolute(args.path)) return undefined;
            const node = toNodeImport(args.path, imports);
            if (node === undefined) {
              return {
                errors: [{
                  text:
                    `"${args.path}" is neither in the deno.json import map nor an npm: specifier`,
                }],
              };
            }
            const seen = ranges.get(node.name) ?? new Set<string>();
            seen.add(node.range);
            ranges.set(node.name, seen);
            return { path: node.specifier, external: true };
          });
          build.onLoad(
            { filter: /.*/, namespace: "deno-shim" },
            () => ({ contents: DENO_SHIM, loader: "js", resolveDir: ROOT }),
          );
          if (cliDir === undefined) return;
          build.onLoad({ filter: /\.ts$/ }, async (args) => {
            if (!args.path.startsWith(`${cliDir}/`)) return undefined;
            const source = await Deno.readTextFile(args.path);
            const used = new Set(
              [...source.matchAll(/\bDeno\.([A-Za-z_$][\w$]*)/g)].map((m) =>
                m[1]!
              ),
            );
            if (used.size === 0) return undefined;
            const missing = [...used].filter((api) =>
              !SHIMMED_DENO_APIS.has(api)
            );
            if (missing.length > 0) {
              return {
                errors: [{
                  text: `The CLI uses ${
                    missing.map((api) => `"Deno.${api}"`).join(", ")
                  }, which the Node build does not provide: add it to the Deno object in scripts/build_npm.ts`,
                }],
              };
            }
            return {
              contents: `import { Deno } from "${SHIM_SPECIFIER}";\n${source}`,
              loader: "ts",
            };
          });
        },
      }],
    });
  } catch (error) {
    const messages = (error as { errors?: { text: string }[] }).errors;
    throw new Error(
      `Cannot bundle the npm package: ${
        messages?.map((m) => m.text).join("; ") ?? (error as Error).message
      }`,
    );
  } finally {
    await esbuild.stop();
  }
  checkBundles(entries, result.metafile, out);
  return { dependencies: dependenciesOf(result.metafile, ranges) };
}

// Every external package a bundle imports, with the one range the import
// map gives it.
function dependenciesOf(
  metafile: Metafile,
  ranges: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, string> {
  const dependencies = new Map<string, string>();
  for (const output of Object.values(metafile.outputs) as Metafile[]) {
    for (const imported of output.imports) {
      if (!imported.external || imported.path.startsWith("node:")) continue;
      const name = packageName(imported.path);
      const seen = [...(ranges.get(name) ?? [])];
      if (seen.length !== 1 || seen[0] === "") {
        throw new Error(
          `Cannot write the dependency "${name}": the import map gives it ${
            seen.length === 0
              ? "no range"
              : `the ranges ${seen.map((r) => `"${r}"`).join(", ")}`
          }; give every specifier of a package the same range`,
        );
      }
      dependencies.set(name, seen[0]!);
    }
  }
  return new Map([...dependencies].sort(([a], [b]) => a < b ? -1 : 1));
}

// Runtime entries stay edge-safe: no `node:` modules, no Handlebars
// compiler; only the CLI reaches `node:` modules.
function checkBundles(
  entries: readonly Entry[],
  metafile: Metafile,
  out: string,
): void {
  const outputs = metafile.outputs as Record<string, Metafile>;
  for (const entry of entries) {
    const start = relative(ROOT, join(out, "esm", `${entry.name}.js`));
    const reached = new Set<string>();
    const pending = [start];
    while (pending.length > 0) {
      const file = pending.pop()!;
      const output = outputs[file];
      if (output === undefined) {
        throw new Error(`Cannot find "${file}" among the bundles`);
      }
      for (const imported of output.imports) {
        if (imported.external) reached.add(imported.path);
        else if (!reached.has(`file:${imported.path}`)) {
          reached.add(`file:${imported.path}`);
          pending.push(imported.path);
        }
      }
    }
    const node = [...reached].filter((path) => path.startsWith("node:"));
    if (entry.key !== CLI_ENTRY && node.length > 0) {
      throw new Error(
        `The "${entry.key}" bundle imports ${
          node.join(", ")
        }: only the CLI may use Node modules`,
      );
    }
    if (!AUTHORING_ENTRIES.has(entry.key) && reached.has("handlebars")) {
      throw new Error(
        `The "${entry.key}" bundle imports the Handlebars compiler: runtime code must import only "handlebars/runtime"`,
      );
    }
  }
}

async function walkFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...await walkFiles(path));
    else files.push(path);
  }
  return files;
}

/**
 * Rewrites the module specifiers of an emitted declaration file for Node:
 * relative `.ts` imports become `.js`, bare imports go through the import
 * map.
 *
 * @param source The declaration file.
 * @param imports The `deno.json` import map.
 * @returns The rewritten declaration file.
 */
export function rewriteDeclarationImports(
  source: string,
  imports: Readonly<Record<string, string>>,
): string {
  return source.replace(
    /(\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(["'])([^"'\n]+)\2/gm,
    (whole, lead: string, quote: string, specifier: string) => {
      if (specifier.startsWith(".")) {
        return `${lead}${quote}${
          specifier.replace(/\.(m|c)?tsx?$/, (ext) =>
            ext.replace("ts", "js").replace("x", ""))
        }${quote}`;
      }
      const node = toNodeImport(specifier, imports);
      return node === undefined
        ? whole
        : `${lead}${quote}${node.specifier}${quote}`;
    },
  );
}

async function declarations(
  entries: readonly Entry[],
  imports: Readonly<Record<string, string>>,
  out: string,
): Promise<void> {
  const work = await Deno.makeTempDir({ prefix: "build_npm_types_" });
  try {
    // Put the npm packages the sources import into node_modules/, where
    // TypeScript looks for their types.
    await run(Deno.execPath(), [
      "install",
      "--quiet",
      "--entrypoint",
      ...entries.map((entry) => entry.source),
    ], ROOT);
    // The CLI refers to Deno's types (`Deno.DirEntry`).
    await Deno.writeTextFile(
      join(work, "deno.d.ts"),
      await run(Deno.execPath(), ["types"], ROOT),
    );
    // Import-map keys with a file subpath (`@noble/hashes/legacy` →
    // `legacy.js`) point at that file's declarations in node_modules/;
    // TypeScript resolves the rest (`eld/small`) through package exports.
    const paths: Record<string, string[]> = {};
    for (const key of Object.keys(imports)) {
      if (!imports[key]!.startsWith("npm:")) continue;
      const { name, subpath } = parseNpmSpecifier(imports[key]!);
      if (/\.[cm]?js$/.test(subpath)) {
        paths[key] = [
          join(ROOT, "node_modules", name, subpath.replace(/\.[cm]?js$/, "")),
        ];
      }
    }
    const tsconfig = {
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ESNext", "DOM", "DOM.Iterable"],
        types: [],
        strict: true,
        skipLibCheck: true,
        declaration: true,
        emitDeclarationOnly: true,
        allowImportingTsExtensions: true,
        rewriteRelativeImportExtensions: true,
        noEmitOnError: true,
        rootDir: ROOT,
        outDir: join(out, "types"),
        paths,
      },
      files: [
        ...entries.map((entry) => entry.source),
        join(work, "deno.d.ts"),
      ],
    };
    await Deno.writeTextFile(
      join(work, "tsconfig.json"),
      JSON.stringify(tsconfig, null, 2),
    );
    await run("npx", [
      "--yes",
      "--package",
      `typescript@${TYPESCRIPT_VERSION}`,
      "--",
      "tsc",
      "--project",
      join(work, "tsconfig.json"),
    ], work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  for (const file of await walkFiles(join(out, "types"))) {
    if (!file.endsWith(".d.ts")) continue;
    const source = await Deno.readTextFile(file);
    const rewritten = rewriteDeclarationImports(source, imports);
    if (rewritten !== source) await Deno.writeTextFile(file, rewritten);
  }
}

function typesPath(entry: Entry): string {
  return `./types/${
    relative(ROOT, entry.source).replace(/\.(m|c)?tsx?$/, ".d.ts")
  }`;
}

/** Options of {@linkcode buildNpm}. */
export interface BuildNpmOptions {
  /**
   * The output folder, emptied first (it must be empty, missing, or an
   * earlier build).
   *
   * @default {"<project>/npm"}
   */
  readonly out?: string;
}

/** What {@linkcode buildNpm} wrote. */
export interface BuildNpmResult {
  /** The output folder. */
  readonly out: string;
  /** The export keys built. */
  readonly entries: readonly string[];
  /** The export keys skipped because their file does not exist. */
  readonly skipped: readonly string[];
  /** The generated `package.json`. */
  readonly packageJson: Readonly<Record<string, unknown>>;
}

/**
 * Builds the npm package.
 *
 * @param options Where to write.
 * @returns What was built.
 * @throws {Error} When bundling, the edge-safety checks or the declarations fail.
 */
export async function buildNpm(
  options: BuildNpmOptions = {},
): Promise<BuildNpmResult> {
  const config = JSON.parse(
    await Deno.readTextFile(join(ROOT, "deno.json")),
  ) as DenoConfig;
  const out = resolve(options.out ?? join(ROOT, "npm"));
  const imports = config.imports ?? {};
  const exportMap = typeof config.exports === "string"
    ? { ".": config.exports }
    : config.exports;

  const entries: Entry[] = [];
  const skipped: string[] = [];
  for (const [key, path] of Object.entries(exportMap)) {
    const source = resolve(ROOT, path);
    if (await exists(source)) {
      entries.push({ key, name: entryName(key), source });
    } else skipped.push(key);
  }
  if (!entries.some((entry) => entry.key === ".")) {
    throw new Error(`Cannot build the npm package: "." has no source file`);
  }

  await prepareOut(out, config.name);
  const { dependencies } = await bundle(entries, imports, out);
  await declarations(entries, imports, out);

  const exportsField: Record<string, unknown> = {};
  for (const entry of entries) {
    const types = typesPath(entry);
    if (!await exists(join(out, types))) {
      throw new Error(`TypeScript wrote no declarations at "${types}"`);
    }
    // `default` lets `require()` load the ES module on Node >= 20.19, where
    // require(esm) is on; older Nodes answer ERR_REQUIRE_ESM, which says
    // the package is an ES module, instead of ERR_PACKAGE_PATH_NOT_EXPORTED.
    exportsField[entry.key] = {
      types,
      import: `./esm/${entry.name}.js`,
      default: `./esm/${entry.name}.js`,
    };
  }
  exportsField["./package.json"] = "./package.json";

  const hasCli = entries.some((entry) => entry.key === CLI_ENTRY);
  if (hasCli) {
    const bin = join(out, "bin", `${BIN_NAME}.mjs`);
    await mkdir(dirname(bin), { recursive: true });
    await Deno.writeTextFile(bin, BIN_SOURCE);
    await chmod(bin, 0o755);
  }
  const main = entries.find((entry) => entry.key === ".")!;
  const packageJson: Record<string, unknown> = {
    name: config.name,
    version: config.version,
    ...(config.description ? { description: config.description } : {}),
    ...(config.license ? { license: config.license } : {}),
    type: "module",
    main: `./esm/${main.name}.js`,
    types: typesPath(main),
    exports: exportsField,
    ...(hasCli ? { bin: { [BIN_NAME]: `./bin/${BIN_NAME}.mjs` } } : {}),
    engines: { node: ">=20" },
    dependencies: Object.fromEntries(dependencies),
  };
  await Deno.writeTextFile(
    join(out, "package.json"),
    JSON.stringify(packageJson, null, 2) + "\n",
  );
  for (const file of ["README.md", "LICENSE"]) {
    await cp(join(ROOT, file), join(out, file));
  }
  return {
    out,
    entries: entries.map((entry) => entry.key),
    skipped,
    packageJson,
  };
}

function parseOut(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--out") {
      const value = args[i + 1];
      if (value === undefined) throw new TypeError(`"--out" needs a folder`);
      return value;
    }
    if (arg.startsWith("--out=")) return arg.slice("--out=".length);
    throw new TypeError(
      `Unknown argument "${arg}": usage is build_npm.ts [--out dir]`,
    );
  }
  return undefined;
}

if (import.meta.main) {
  try {
    const result = await buildNpm({ out: parseOut(Deno.args) });
    const files = await walkFiles(result.out);
    let bytes = 0;
    for (const file of files) bytes += (await stat(file)).size;
    const shown = relative(Deno.cwd(), result.out);
    console.log(
      `wrote ${shown.startsWith("..") ? result.out : shown || "."}: ${
        result.entries.join(", ")
      } (${files.length} files, ${Math.round(bytes / 1024)} kB)`,
    );
    for (const key of result.skipped) {
      console.log(`skipped "${key}": its source file does not exist`);
    }
    console.log(
      `dependencies: ${
        Object.entries(
          result.packageJson.dependencies as Record<string, string>,
        ).map(([name, range]) => `${name}@${range}`).join(", ")
      }`,
    );
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    Deno.exit(1);
  }
}
