import {
  precompileTemplates,
  type TemplateFile,
} from "../../src/compose/precompile_templates.ts";
import type { PrecompiledTemplate } from "../../src/compose/precompiled_template.ts";

const TYPES_FROM =
  new URL("../../src/compose/precompiled_template.ts", import.meta.url).href;

/** Precompiles templates and loads the generated module, as a user's build would. */
export async function loadTemplates(
  files: TemplateFile[],
  helpers?: string[],
): Promise<readonly PrecompiledTemplate[]> {
  const source = precompileTemplates(files, { typesFrom: TYPES_FROM, helpers });
  const path = await Deno.makeTempFile({ suffix: ".ts" });
  try {
    await Deno.writeTextFile(path, source);
    const module = await import(new URL(`file://${path}`).href);
    return module.templates;
  } finally {
    await Deno.remove(path);
  }
}
