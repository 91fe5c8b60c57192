/**
 * Precompiles `templates/<type>/<locale>.hbs` into `src/default_templates/`:
 * one module per message type (`<type>.gen.ts`, all its locales), and a
 * `mod.ts` that re-exports them, so that a caller who imports one type's
 * templates bundles only those. With `--check`, fails instead when a
 * generated module is stale, missing or left over.
 *
 * @module
 */

import {
  precompileTemplates,
  type TemplateFile,
} from "../src/compose/precompile_templates.ts";

const ROOT = new URL("../templates/", import.meta.url);
const OUT = new URL("../src/default_templates/", import.meta.url);
const OUT_NAME = "src/default_templates/";
const TYPES_FROM = "../compose/precompiled_template.ts";

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

/** `unexpectedProblem` → `unexpected_problem`. */
function snake(type: string): string {
  return type.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `unexpectedProblem` → `UNEXPECTED_PROBLEM_TEMPLATES`. */
function constantName(type: string): string {
  return `${snake(type).toUpperCase()}_TEMPLATES`;
}

function typeModule(type: string, files: TemplateFile[]): string {
  const source = precompileTemplates(files, { typesFrom: TYPES_FROM });
  const declaration =
    "/** The precompiled templates. */\nexport const templates: readonly PrecompiledTemplate[] = [";
  if (!source.includes(declaration)) {
    throw new Error("precompileTemplates() changed its output format");
  }
  const locales = new Set(files.map((f) => f.path.split("/").pop()));
  const name = constantName(type);
  return source
    .replace(
      'import type { PrecompiledTemplate } from "',
      'import type { TemplateSet } from "',
    )
    .replace(
      declaration,
      [
        "/**",
        ` * The shipped \`${type}\` templates, precompiled, in ${locales.size} locales.`,
        " * Give them to `createComposer({ templates })`; a bundle that imports",
        " * only this set holds no other type's templates.",
        " *",
        " * @example Composing with this set only",
        " * ```ts",
        ' * import { createTemplateComposer } from "@sellerkit/buyer-messages";',
        ` * import { ${name} } from "@sellerkit/buyer-messages/default-templates";`,
        ' * import assert from "node:assert/strict";',
        " *",
        ` * const composer = createTemplateComposer({ templates: [${name}] });`,
        ` * assert.ok(composer.templateIds().every((id) => id.split("/")[0] === "${type}"));`,
        ` * assert.ok(composer.locales("${type}").includes("en-US"));`,
        " * ```",
        " */",
        `export const ${name}: TemplateSet = [`,
      ].join("\n"),
    );
}

function indexModule(types: readonly string[]): string {
  const names = types.map(constantName);
  const example = names[0] ?? "";
  return [
    "// Generated from templates/ by scripts/build_templates.ts. Do not edit.",
    "",
    "/**",
    " * The default templates the library ships: one precompiled set per",
    " * message type, each in every shipped locale. Import only the sets you",
    " * use; a bundler then leaves the others out.",
    " *",
    " * @example Composing with one type's templates",
    " * ```ts",
    ' * import { createTemplateComposer } from "@sellerkit/buyer-messages";',
    ` * import { ${example} } from "@sellerkit/buyer-messages/default-templates";`,
    ' * import assert from "node:assert/strict";',
    " *",
    ` * const composer = createTemplateComposer({ templates: [${example}] });`,
    ` * assert.ok(composer.locales("${types[0]}").includes("de-DE"));`,
    " * ```",
    " *",
    " * @module",
    " */",
    "",
    'import type { TemplateSet } from "../compose/precompiled_template.ts";',
    ...types.map((type) =>
      `import { ${constantName(type)} } from "./${snake(type)}.gen.ts";`
    ),
    "",
    "export type {",
    "  PrecompiledTemplate,",
    "  TemplateLiteral,",
    "  TemplateSet,",
    '} from "../compose/precompiled_template.ts";',
    "export {",
    ...names.map((name) => `  ${name},`),
    "};",
    "",
    "/**",
    " * Every shipped template set, one per message type. What",
    " * `createComposer()` uses when given no templates.",
    " *",
    " * @example Composing with every default template",
    " * ```ts",
    ' * import { createTemplateComposer } from "@sellerkit/buyer-messages";',
    ' * import { DEFAULT_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";',
    ' * import assert from "node:assert/strict";',
    " *",
    " * const composer = createTemplateComposer({ templates: DEFAULT_TEMPLATES });",
    ` * assert.equal(composer.templateIds().length, ${types.length});`,
    " * ```",
    " */",
    "export const DEFAULT_TEMPLATES: readonly TemplateSet[] = [",
    ...names.map((name) => `  ${name},`),
    "];",
    "",
  ].join("\n");
}

const files: TemplateFile[] = [];
await walk(ROOT, "", files);
const byType = new Map<string, TemplateFile[]>();
for (const file of files) {
  const type = file.path.split("/")[0]!;
  byType.set(type, [...(byType.get(type) ?? []), file]);
}
const types = [...byType.keys()].sort();
const wanted = new Map<string, string>([["mod.ts", indexModule(types)]]);
for (const type of types) {
  wanted.set(`${snake(type)}.gen.ts`, typeModule(type, byType.get(type)!));
}

const present = new Set<string>();
try {
  for await (const entry of Deno.readDir(OUT)) {
    if (entry.isFile) present.add(entry.name);
  }
} catch (error) {
  if (!(error instanceof Deno.errors.NotFound)) throw error;
}

if (Deno.args.includes("--check")) {
  const stale: string[] = [];
  for (const [name, source] of wanted) {
    let current: string | undefined;
    try {
      current = await Deno.readTextFile(new URL(name, OUT));
    } catch {
      // Missing counts as stale.
    }
    if (current !== source) stale.push(name);
  }
  const extra = [...present].filter((name) => !wanted.has(name)).sort();
  if (stale.length > 0 || extra.length > 0) {
    console.error(
      `${OUT_NAME} is stale (${
        [...stale, ...extra.map((name) => `${name}, left over`)].join(", ")
      }): run \`deno task build:templates\` and commit the result`,
    );
    Deno.exit(1);
  }
  console.log(
    `templates up to date (${files.length} files, ${types.length} types)`,
  );
} else {
  await Deno.mkdir(OUT, { recursive: true });
  for (const name of present) {
    if (!wanted.has(name)) await Deno.remove(new URL(name, OUT));
  }
  for (const [name, source] of wanted) {
    await Deno.writeTextFile(new URL(name, OUT), source);
  }
  console.log(
    `wrote ${OUT_NAME} (${files.length} templates, ${types.length} types)`,
  );
}
