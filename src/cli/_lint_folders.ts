// Lints the templates of folders and gathers every finding at once: a bad
// file name, a missing or unreadable sample.json, or a missing variable in
// one template becomes a finding of that template, never an abort that
// hides the rest.

import {
  joinPath,
  lintTemplateFile,
  type SampleFile,
  sampleLoader,
  type TemplateSample,
} from "../authoring/template_folder.ts";
import type { FileLintResult } from "../lint/format_results.ts";
import type { LintOptions } from "../lint/lint_message.ts";
import { findTemplates } from "./_find_templates.ts";
import { InputError } from "./_io.ts";

/** The lint result of one template file, with what the CLI knows of it. */
export interface CliLintResult extends FileLintResult {
  /** The folder as given on the command line. */
  readonly dir: string;
  /** The path below that folder. */
  readonly relPath: string;
  /** The text rendered from the sample data, when it rendered. */
  readonly text: string | null;
  /** The sample data file the template was rendered with. */
  readonly sample: SampleFile | undefined;
}

/** Lints one template file's source against its sample. */
export function lintOne(
  dir: string,
  relPath: string,
  source: string,
  sample: TemplateSample,
  lint: LintOptions,
): CliLintResult {
  let linted;
  try {
    linted = lintTemplateFile({ path: relPath, source }, sample, { lint });
  } catch (error) {
    if (error instanceof TypeError) {
      throw new InputError(error.message, { cause: error });
    }
    throw error;
  }
  return {
    path: joinPath(dir, relPath),
    dir,
    relPath,
    source,
    sample: sample.file,
    text: linted.text,
    diagnostics: linted.diagnostics,
  };
}

/** Lints every template of the folders, sorted per folder by path. */
export async function lintFolders(
  dirs: readonly string[],
  lint: LintOptions,
): Promise<CliLintResult[]> {
  const folders = [];
  for (const dir of dirs) {
    folders.push({ dir, templates: await findTemplates(dir, "lint") });
  }
  const results: CliLintResult[] = [];
  for (const { dir, templates } of folders) {
    const sampleOf = sampleLoader(dir, (path) => Deno.readTextFile(path));
    for (const template of templates) {
      const sample = await sampleOf(template);
      results.push(lintOne(dir, template.path, template.source, sample, lint));
    }
  }
  return results;
}
