// `build`: precompiles a templates folder into a module for
// createComposer(), as TypeScript or as plain JavaScript with JSDoc types.

import { PROGRAM } from "./_args.ts";
import { precompileTemplates } from "../compose/precompile_templates.ts";
import { findTemplates } from "./_find_templates.ts";
import { type Command, InputError, required, stringValue } from "./_io.ts";
import { checkLocaleFileName } from "../authoring/template_folder.ts";

const TYPE_IMPORT =
  /^import type \{ PrecompiledTemplate \} from ("(?:[^"\\]|\\.)*");$/m;
const TYPED_EXPORT =
  "export const templates: readonly PrecompiledTemplate[] = [";

/**
 * Turns the generated TypeScript module into JavaScript that plain Node
 * loads: the type import becomes a JSDoc `@typedef`, the annotation a
 * JSDoc `@type`. The generated code is otherwise plain JavaScript.
 */
export function toJavaScript(source: string): string {
  const match = TYPE_IMPORT.exec(source);
  if (match === null || !source.includes(TYPED_EXPORT)) {
    throw new Error(
      "Cannot write JavaScript: the generated module does not have the expected type import and export",
    );
  }
  return source
    .replace(
      match[0],
      `/** @typedef {import(${
        match[1]
      }).PrecompiledTemplate} PrecompiledTemplate */`,
    )
    .replace("// @ts-nocheck: precompiled Handlebars code\n", "")
    .replace(
      TYPED_EXPORT,
      "/** @type {readonly PrecompiledTemplate[]} */\nexport const templates = [",
    );
}

// JavaScript for `--js` or a `.js`, `.mjs` or `.cjs` file; else TypeScript.
function language(output: string, js: boolean): "js" | "ts" {
  return js || /\.[cm]?js$/i.test(output) ? "js" : "ts";
}

/** The `build` command. */
export const buildCommand: Command = {
  help: `Usage: ${PROGRAM} build [dir] -o <file.ts|file.js> [options]

Precompiles the templates in the folder (default: templates) into an ES
module whose "templates" export createComposer() takes. The output file's
extension chooses the language: ".js" (or ".mjs") writes plain JavaScript
with JSDoc types, which Node loads as is; any other, such as ".ts",
TypeScript.

Options:
  -o, --output <file>           The module to write (required).
  --js                          Write JavaScript whatever the extension.
  --types-from <specifier>      Where the module imports its types from.
  -h, --help                    Show this help.

Exit codes: 0 written, 2 usage or input errors.
`,
  options: {
    output: { type: "string", short: "o" },
    js: { type: "boolean" },
    "types-from": { type: "string" },
  },
  maxPositionals: 1,
  async run(args, io) {
    const dir = args.positionals[0] ?? "templates";
    const [output] = required(args, "build", ["output"]) as [string];
    const lang = language(output, args.values.js === true);
    const templates = await findTemplates(dir, "build");
    const names = templates.flatMap((template) => {
      const problem = checkLocaleFileName(template.path.split("/").pop()!);
      return problem === undefined ? [] : [`${problem} (in "${dir}")`];
    });
    if (names.length > 0) throw new InputError(names.join("; "));
    let source: string;
    try {
      source = precompileTemplates(templates, {
        typesFrom: stringValue(args, "types-from"),
      });
    } catch (error) {
      throw new InputError((error as Error).message, { cause: error });
    }
    if (lang === "js") source = toJavaScript(source);
    try {
      await Deno.writeTextFile(output, source);
    } catch (cause) {
      throw new InputError(
        `Cannot write "${output}": ${(cause as Error).message}`,
        { cause },
      );
    }
    io.write(
      `wrote ${output} (${templates.length} templates, ${
        lang === "js" ? "JavaScript" : "TypeScript"
      })\n`,
    );
    return 0;
  },
};
