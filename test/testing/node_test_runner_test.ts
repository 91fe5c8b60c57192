/**
 * `testTemplates()` under `node --test`: the `./testing` entry bundled with
 * esbuild as the npm build does it (npm dependencies external, mapped to
 * the specifiers Node resolves), then a test file that passes `test` from
 * `node:test` and `node:fs/promises` runs against a folder with a clean
 * template and one whose variables differ from the reference locale.
 */
import assert from "node:assert/strict";
import * as esbuild from "esbuild";
import { toNodeImport } from "../../scripts/build_npm.ts";

const ROOT = new URL("../../", import.meta.url);

async function hasNode(): Promise<boolean> {
  try {
    const { code } = await new Deno.Command("node", {
      args: ["--version"],
      stdout: "null",
      stderr: "null",
    }).output();
    return code === 0;
  } catch {
    return false;
  }
}

Deno.test({
  name:
    "testTemplates() registers with node:test's test: node --test reports each template",
  ignore: !await hasNode(),
  sanitizeResources: false,
  async fn() {
    const config = JSON.parse(
      await Deno.readTextFile(new URL("deno.json", ROOT)),
    ) as { imports: Record<string, string> };
    const dir = await Deno.makeTempDir({ prefix: "test_templates_node_" });
    try {
      await esbuild.build({
        entryPoints: [new URL("src/testing/mod.ts", ROOT).pathname],
        bundle: true,
        format: "esm",
        platform: "neutral",
        outfile: `${dir}/testing.js`,
        logLevel: "silent",
        plugins: [{
          name: "import-map",
          setup(build) {
            build.onResolve({ filter: /^[^./]/ }, (args) => {
              const mapped = toNodeImport(args.path, config.imports);
              return mapped === undefined
                ? undefined
                : { path: mapped.specifier, external: true };
            });
          },
        }],
      });
      // Node resolves the npm dependencies from the project's node_modules
      // (Deno.symlink needs unscoped permissions, `ln` does not).
      const link = await new Deno.Command("ln", {
        args: ["-s", new URL("node_modules", ROOT).pathname, "node_modules"],
        cwd: dir,
      }).output();
      assert.equal(link.code, 0, new TextDecoder().decode(link.stderr));
      const type = `${dir}/tpl/unexpectedProblem`;
      await Deno.mkdir(type, { recursive: true });
      for (const name of ["sample.json", "en-US.hbs"]) {
        await Deno.copyFile(
          new URL(`templates/unexpectedProblem/${name}`, ROOT),
          `${type}/${name}`,
        );
      }
      const german = await Deno.readTextFile(
        new URL("templates/unexpectedProblem/de-DE.hbs", ROOT),
      );
      assert.ok(german.includes(" ({{productTitle}})"));
      await Deno.writeTextFile(
        `${type}/de-DE.hbs`,
        german.replace(" ({{productTitle}})", ""),
      );
      // A misnamed file, and a missing variable before an email address:
      // both fail under node --test as under the command line.
      await Deno.writeTextFile(`${type}/klingon.hbs`, german);
      await Deno.mkdir(`${dir}/tpl/confirmOrderDetails`);
      await Deno.writeTextFile(
        `${dir}/tpl/confirmOrderDetails/sample.json`,
        "{}",
      );
      await Deno.writeTextFile(
        `${dir}/tpl/confirmOrderDetails/en-US.hbs`,
        "Please confirm the details of your order. Thanks, {{sellerName}}. Write to help@shop.example.com.",
      );
      await Deno.writeTextFile(
        `${dir}/templates.test.mjs`,
        [
          'import { test } from "node:test";',
          'import * as fs from "node:fs/promises";',
          'import { testTemplates } from "./testing.js";',
          'await testTemplates("tpl", { test, fs });',
          "",
        ].join("\n"),
      );
      const output = await new Deno.Command("node", {
        args: ["--test", "--test-reporter=tap", "templates.test.mjs"],
        cwd: dir,
        env: { NO_COLOR: "1" },
        stdout: "piped",
        stderr: "piped",
        signal: AbortSignal.timeout(60_000),
      }).output();
      const out = new TextDecoder().decode(output.stdout) +
        new TextDecoder().decode(output.stderr);
      assert.equal(output.code, 1, out);
      assert.match(out, /^not ok \d+ - tpl\/unexpectedProblem\/de-DE\.hbs$/m);
      assert.match(out, /^ok \d+ - tpl\/unexpectedProblem\/en-US\.hbs$/m);
      assert.match(out, /name: 'TemplateCheckError'/);
      assert.match(
        out,
        /Variable "productTitle" of the reference template "tpl\/unexpectedProblem\/en-US\.hbs" is not used/,
      );
      assert.match(out, /^not ok \d+ - tpl\/unexpectedProblem\/klingon\.hbs$/m);
      assert.match(
        out,
        /File name "klingon\.hbs" is not a locale: "klingon" is no known language/,
      );
      assert.match(
        out,
        /^not ok \d+ - tpl\/confirmOrderDetails\/en-US\.hbs$/m,
      );
      assert.match(out, /Variable "sellerName" not in the sample data/);
      assert.match(out, /1:\d+ error no-email: /);
      assert.match(out, /^# pass 1$/m);
      assert.match(out, /^# fail 3$/m);
    } finally {
      await esbuild.stop();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
