/**
 * The npm package as users get it: build it with scripts/build_npm.ts, pack
 * it, install the tarball into a fresh project and use it under Node from
 * plain ESM, from TypeScript (`tsc --noEmit` against the declarations) and
 * from the command line (`buyer-messages lint`, `npx <tarball> lint`).
 *
 * npm fetches the dependencies from the registry (through its usual cache);
 * `npx <tarball>` runs with a throwaway cache so no `_npx` folder is left in
 * the user's npm cache. Every command has a time limit, and the temporary
 * folder is removed at the end.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import {
  BIN_NAME,
  entryName,
  parseNpmSpecifier,
  rewriteDeclarationImports,
  toNodeImport,
  TYPESCRIPT_VERSION,
} from "../../scripts/build_npm.ts";

const ROOT = new URL("../../", import.meta.url);
const CONSUMER = new URL("./consumer/", import.meta.url);
const PACKAGE = "@sellerkit/buyer-messages";

interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(
  command: string,
  args: readonly string[],
  cwd: string,
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Result> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const output = await new Deno.Command(command, {
    args: [...args],
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: {
      NO_COLOR: "1",
      npm_config_update_notifier: "false",
      npm_config_fund: "false",
      npm_config_audit: "false",
      ...options.env,
    },
    signal: AbortSignal.timeout(timeoutMs),
  }).output();
  const decoder = new TextDecoder();
  const result = {
    code: output.code,
    out: decoder.decode(output.stdout),
    err: decoder.decode(output.stderr),
  };
  if (output.signal !== null) {
    throw new Error(
      `"${command} ${
        args.join(" ")
      }" was stopped (${output.signal}) after ${timeoutMs} ms:\n${result.out}${result.err}`,
    );
  }
  return result;
}

function explain(result: Result): string {
  return `exit ${result.code}\n--- stdout\n${result.out}\n--- stderr\n${result.err}`;
}

async function copyFixture(name: string, dir: string): Promise<void> {
  await Deno.writeTextFile(
    `${dir}/${name}`,
    await Deno.readTextFile(new URL(name, CONSUMER)),
  );
}

async function writeBadTemplates(dir: string): Promise<void> {
  await Deno.mkdir(`${dir}/unexpectedProblem`, { recursive: true });
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/sample.json`,
    JSON.stringify({ amazonOrderId: "123-1234567-1234567" }),
  );
  await Deno.writeTextFile(
    `${dir}/unexpectedProblem/en-US.hbs`,
    "Order {{amazonOrderId}} is late.\nMail a@b.com",
  );
}

const EMAIL_FINDING =
  /2:6 {2}error {2}Remove the email address "a@b\.com".*no-email/;

Deno.test("build_npm.ts builds a package that installs and runs under Node", async (t) => {
  const started = performance.now();
  const tmp = await Deno.makeTempDir({ prefix: "npm_package_test_" });
  const out = `${tmp}/npm`;
  const app = `${tmp}/app`;
  const root = fileURLToPath(ROOT);
  const deno = JSON.parse(
    await Deno.readTextFile(new URL("deno.json", ROOT)),
  ) as { exports: Record<string, string>; imports: Record<string, string> };
  let hono = false;
  let tarball = "";
  try {
    await t.step(
      "build_npm.ts writes JavaScript, declarations, package.json, README and license",
      async () => {
        const build = await run(
          Deno.execPath(),
          [
            "run",
            "--quiet",
            "--allow-read",
            "--allow-write",
            "--allow-env",
            "--allow-run",
            "scripts/build_npm.ts",
            "--out",
            out,
          ],
          root,
          { timeoutMs: 120_000 },
        );
        assert.equal(build.code, 0, explain(build));

        const manifest = JSON.parse(
          await Deno.readTextFile(`${out}/package.json`),
        );
        assert.equal(manifest.name, PACKAGE);
        assert.equal(manifest.type, "module");
        for (const [key, path] of Object.entries(deno.exports)) {
          let present = true;
          try {
            await Deno.stat(new URL(path, ROOT));
          } catch {
            present = false;
          }
          const entry = manifest.exports[key];
          if (!present) {
            assert.equal(entry, undefined, key);
            continue;
          }
          assert.ok(entry, `exports lacks "${key}"`);
          await Deno.stat(`${out}/${entry.import}`);
          await Deno.stat(`${out}/${entry.types}`);
        }
        hono = manifest.exports["./hono"] !== undefined;
        assert.deepEqual(manifest.bin, {
          [BIN_NAME]: `./bin/${BIN_NAME}.mjs`,
        });
        // Every dependency is one the sources import, with deno.json's range.
        const ranges = new Map<string, string>();
        for (const target of Object.values(deno.imports)) {
          if (!target.startsWith("npm:")) continue;
          const { name, range } = parseNpmSpecifier(target);
          ranges.set(name, range);
        }
        for (const [name, range] of Object.entries(manifest.dependencies)) {
          assert.equal(range, ranges.get(name), name);
        }
        assert.ok(manifest.dependencies.handlebars);
        assert.ok(manifest.dependencies.valibot);
        for (const devOnly of ["esbuild", "fast-check", "miniflare"]) {
          assert.equal(manifest.dependencies[devOnly], undefined, devOnly);
        }
        assert.equal(manifest.dependencies.hono !== undefined, hono);
        // The edge entry points load only the Handlebars runtime.
        const core = await Deno.readTextFile(`${out}/esm/mod.js`);
        assert.doesNotMatch(core, /from "handlebars"/);
      },
    );

    await t.step("npm pack makes a tarball with the built files", async () => {
      const pack = await run("npm", [
        "pack",
        "--json",
        "--pack-destination",
        tmp,
      ], out);
      assert.equal(pack.code, 0, explain(pack));
      const [info] = JSON.parse(pack.out);
      const files = new Set(
        info.files.map((file: { path: string }) => file.path),
      );
      for (
        const file of [
          "package.json",
          "README.md",
          "LICENSE",
          `bin/${BIN_NAME}.mjs`,
          "esm/mod.js",
          "types/mod.d.ts",
        ]
      ) {
        assert.ok(files.has(file), `the tarball lacks ${file}`);
      }
      tarball = `${tmp}/${info.filename}`;
      console.log(
        `  ${info.filename}: ${(info.size / 1024).toFixed(0)} kB packed, ${
          (info.unpackedSize / 1024).toFixed(0)
        } kB unpacked, ${info.files.length} files`,
      );
    });

    await t.step("the tarball installs into a fresh project", async () => {
      await Deno.mkdir(app);
      await Deno.writeTextFile(
        `${app}/package.json`,
        JSON.stringify({ name: "consumer", private: true, type: "module" }),
      );
      const install = await run(
        "npm",
        [
          "install",
          "--no-audit",
          "--no-fund",
          tarball,
          `typescript@${TYPESCRIPT_VERSION}`,
        ],
        app,
        { timeoutMs: 180_000 },
      );
      assert.equal(install.code, 0, explain(install));
    });

    await t.step(
      "plain ESM under Node composes, lints, sends and serves",
      async () => {
        await copyFixture("check.mjs", app);
        const node = await run("node", ["check.mjs"], app);
        assert.equal(node.code, 0, explain(node));
        const summary = JSON.parse(node.out.trim().split("\n").at(-1)!);
        assert.ok(Number(summary.node.split(".")[0]) >= 20, summary.node);
        assert.equal(summary.locale, "de-DE");
        assert.equal(summary.lint, true);
        assert.deepEqual(summary.badRules, ["no-email"]);
        assert.equal(summary.sent, 1);
        assert.deepEqual(
          summary.hono,
          hono ? { status: 200, answer: "valid" } : null,
        );
      },
    );

    await t.step(
      "require() loads the package from CommonJS (Node >= 20.19)",
      async () => {
        await copyFixture("check.cjs", app);
        const node = await run("node", ["check.cjs"], app);
        assert.equal(node.code, 0, explain(node));
        const summary = JSON.parse(node.out.trim().split("\n").at(-1)!);
        assert.deepEqual(summary, {
          clean: true,
          badRules: ["no-email"],
          hono: hono ? "function" : null,
        });
      },
    );

    await t.step(
      "a TypeScript consumer type-checks against the declarations",
      async () => {
        const files = ["consumer.ts", ...(hono ? ["consumer_hono.ts"] : [])];
        for (const file of files) await copyFixture(file, app);
        await Deno.writeTextFile(
          `${app}/tsconfig.json`,
          JSON.stringify({
            compilerOptions: {
              target: "ES2022",
              module: "NodeNext",
              moduleResolution: "NodeNext",
              lib: ["ES2022", "DOM", "DOM.Iterable"],
              types: [],
              strict: true,
              noEmit: true,
              // Check the package's declaration files too.
              skipLibCheck: false,
            },
            files,
          }),
        );
        const tsc = await run("node_modules/.bin/tsc", [
          "--noEmit",
          "--project",
          "tsconfig.json",
        ], app);
        assert.equal(tsc.code, 0, explain(tsc));
      },
    );

    await t.step(
      "the buyer-messages bin lints a templates folder",
      async () => {
        await writeBadTemplates(`${app}/bad`);
        const bad = await run("npx", [
          "--no-install",
          BIN_NAME,
          "lint",
          "bad",
        ], app);
        assert.equal(bad.code, 1, explain(bad));
        assert.match(bad.out, EMAIL_FINDING);
        const good = await run("npx", [
          "--no-install",
          BIN_NAME,
          "lint",
          `${root}templates`,
        ], app);
        assert.equal(good.code, 0, explain(good));
        assert.match(good.out, /template\(s\) checked, no problems/);
        const usage = await run(`node_modules/.bin/${BIN_NAME}`, [
          "lint",
          "missing-folder",
        ], app);
        assert.equal(usage.code, 2, explain(usage));
        assert.match(usage.err, /Cannot read folder "missing-folder"/);
      },
    );

    await t.step("npx <tarball> lint <dir> runs the CLI", async () => {
      const dir = `${tmp}/npx`;
      await writeBadTemplates(`${dir}/bad`);
      await Deno.copyFile(tarball, `${dir}/package.tgz`);
      const npx = await run(
        "npx",
        [
          "--yes",
          "./package.tgz",
          "lint",
          "bad",
        ],
        dir,
        {
          env: { npm_config_cache: `${tmp}/npx-cache` },
          timeoutMs: 180_000,
        },
      );
      assert.equal(npx.code, 1, explain(npx));
      assert.match(npx.out, EMAIL_FINDING);
    });
  } finally {
    await Deno.remove(tmp, { recursive: true });
    console.log(
      `  npm package test took ${
        ((performance.now() - started) / 1000).toFixed(1)
      } s`,
    );
  }
});

const IMPORTS = {
  "@noble/hashes/legacy": "npm:@noble/hashes@^2.0.0/legacy.js",
  "handlebars": "npm:handlebars@^4.7.8",
  "handlebars/runtime": "npm:handlebars@^4.7.8/runtime.js",
  "hono": "npm:hono@^4.13.19",
  "eld/small": "npm:eld@^2.1.0/small",
};

Deno.test("toNodeImport() maps import-map names to what Node resolves", () => {
  for (
    const [specifier, expected] of [
      ["handlebars/runtime", "handlebars/runtime.js"],
      ["@noble/hashes/legacy", "@noble/hashes/legacy.js"],
      ["eld/small", "eld/small"],
      ["hono", "hono"],
      ["hono/http-exception", "hono/http-exception"],
      ["npm:valibot@^1.1.0", "valibot"],
    ] as const
  ) {
    assert.equal(toNodeImport(specifier, IMPORTS)?.specifier, expected);
  }
  assert.deepEqual(toNodeImport("handlebars/runtime", IMPORTS), {
    specifier: "handlebars/runtime.js",
    name: "handlebars",
    range: "^4.7.8",
  });
  assert.equal(toNodeImport("left-pad", IMPORTS), undefined);
  assert.throws(
    () => toNodeImport("std", { std: "jsr:@std/assert@1" }),
    TypeError,
  );
  assert.deepEqual(parseNpmSpecifier("npm:@noble/hashes@^2.0.0/legacy.js"), {
    name: "@noble/hashes",
    range: "^2.0.0",
    subpath: "legacy.js",
  });
  assert.equal(entryName("."), "mod");
  assert.equal(entryName("./detect-eld"), "detect-eld");
});

Deno.test("rewriteDeclarationImports() points declarations at .js files and Node specifiers", () => {
  const source = [
    'export * from "./src/errors.ts";',
    'import type { X } from "../lint/rule.ts";',
    'import * as v from "handlebars/runtime";',
    'export type Y = import("./a.ts").Y;',
    'import "valibot";',
  ].join("\n");
  assert.equal(
    rewriteDeclarationImports(source, IMPORTS),
    [
      'export * from "./src/errors.js";',
      'import type { X } from "../lint/rule.js";',
      'import * as v from "handlebars/runtime.js";',
      'export type Y = import("./a.js").Y;',
      'import "valibot";',
    ].join("\n"),
  );
});
