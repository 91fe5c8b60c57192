/**
 * Your own templates folder: lint it with findings placed in the template
 * source, precompile it into a module (as a build step would), then compose
 * from it.
 *
 * Run: `deno run --allow-read --allow-write=/tmp examples/own_templates.ts`
 *
 * @module
 */

import { createComposer } from "../mod.ts";
import {
  lintTemplate,
  precompileTemplates,
  type TemplateFile,
} from "../src/precompile.ts";

const root = new URL("./my_templates/", import.meta.url);
const files: TemplateFile[] = [];
const samples = new Map<string, Record<string, unknown>>();
for await (const type of Deno.readDir(root)) {
  if (!type.isDirectory) continue;
  const dir = new URL(`${type.name}/`, root);
  samples.set(
    type.name,
    JSON.parse(await Deno.readTextFile(new URL("sample.json", dir))),
  );
  for await (const file of Deno.readDir(dir)) {
    if (!file.name.endsWith(".hbs")) continue;
    files.push({
      path: `${type.name}/${file.name}`,
      source: await Deno.readTextFile(new URL(file.name, dir)),
    });
  }
}

let errors = 0;
for (const file of files) {
  const [type, name] = file.path.split("/") as [string, string];
  const report = lintTemplate(file.source, {
    type,
    locale: name.slice(0, -".hbs".length),
    sampleData: samples.get(type)!,
  });
  errors += report.errorCount;
  console.log(
    `${file.path}: ${report.ok ? "ok" : `${report.errorCount} error(s)`}`,
  );
}
if (errors > 0) Deno.exit(1);

// The build step: write the module, then import it as the app would.
const out = await Deno.makeTempFile({ suffix: ".ts" });
await Deno.writeTextFile(
  out,
  precompileTemplates(files, {
    typesFrom:
      new URL("../src/compose/precompiled_template.ts", import.meta.url).href,
  }),
);
const { templates } = await import(`file://${out}`);
await Deno.remove(out);

const composer = createComposer({ templates });
const message = composer.compose({
  type: "unexpectedProblem",
  locale: "de-CH",
  data: samples.get("unexpectedProblem")!,
});
console.log(`\n${message.locale}:\n${message.text}`);
