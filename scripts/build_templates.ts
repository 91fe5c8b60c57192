/**
 * Precompiles `templates/<type>/<locale>.hbs` into
 * `src/compose/_templates.gen.ts`. With `--check`, fails instead when the
 * generated module is stale.
 *
 * @module
 */

import {
  precompileTemplates,
  type TemplateFile,
} from "../src/compose/precompile_templates.ts";

const ROOT = new URL("../templates/", import.meta.url);
const OUT = new URL("../src/compose/_templates.gen.ts", import.meta.url);

async function walk(dir: URL, prefix: string, files: TemplateFile[]) {
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isDirectory) {
      await walk(
        new URL(`${entry.name}/`, dir),
        `${prefix}${entry.name}/`,
        files,
      );
    } else if (entry.name.endsWith(".hbs")) {
      files.push({
        path: `${prefix}${entry.name}`,
        source: await Deno.readTextFile(new URL(entry.name, dir)),
      });
    }
  }
}

const files: TemplateFile[] = [];
await walk(ROOT, "", files);
const source = precompileTemplates(files, {
  typesFrom: "./precompiled_template.ts",
});

if (Deno.args.includes("--check")) {
  let current = "";
  try {
    current = await Deno.readTextFile(OUT);
  } catch {
    // Missing counts as stale.
  }
  if (current !== source) {
    console.error(
      "src/compose/_templates.gen.ts is stale: run `deno task build:templates` and commit the result",
    );
    Deno.exit(1);
  }
  console.log(`templates up to date (${files.length} files)`);
} else {
  await Deno.writeTextFile(OUT, source);
  console.log(
    `wrote src/compose/_templates.gen.ts (${files.length} templates)`,
  );
}
