// Lints the templates of folders and gathers every finding at once: a bad
// file name, a missing or unreadable sample.json, or a missing variable in
// one template becomes a finding of that template, never an abort that
// hides the rest.

import { parseTemplatePath } from "../compose/precompile_templates.ts";
import type { FileLintResult } from "../lint/format_results.ts";
import type { LintOptions } from "../lint/lint_message.ts";
import {
  lintTemplate,
  type LintTemplateOptions,
  type TemplateDiagnostic,
  type TemplateLintReport,
} from "../lint/lint_template.ts";
import type { Range } from "../lint/rule.ts";
import { findTemplates } from "./_find_templates.ts";
import { InputError, joinPath } from "./_io.ts";
import { checkLocaleFileName } from "./_locale_names.ts";

/** A sample data file as read. */
export interface SampleFile {
  /** The path below the linted folder. */
  readonly path: string;
  /** Its text. */
  readonly source: string;
}

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

const START: Range = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

/** A finding about the file itself, placed at its start. */
export function fileFinding(
  ruleId: string,
  messageId: string,
  message: string,
): TemplateDiagnostic {
  return {
    ruleId,
    severity: "error",
    messageId,
    message,
    range: START,
    origin: "source",
    templateRange: START,
  };
}

type Sample =
  | {
    readonly ok: true;
    readonly file: SampleFile;
    readonly data: Record<string, unknown>;
  }
  | {
    readonly ok: false;
    readonly file: SampleFile | undefined;
    readonly problem: TemplateDiagnostic;
  };

async function loadSample(
  dir: string,
  path: string | undefined,
  template: string,
): Promise<Sample> {
  const type = template.split("/").slice(0, -1).join("/");
  if (path === undefined) {
    return {
      ok: false,
      file: undefined,
      problem: fileFinding(
        "template-sample",
        "missingSample",
        `Sample data is missing: add "${
          joinPath(dir, `${type}/sample.json`)
        }" with the variables the template uses`,
      ),
    };
  }
  const file = {
    path: path.slice(dir.length).replace(/^\//, ""),
    source: "",
  };
  let source: string;
  try {
    source = await Deno.readTextFile(path);
  } catch (error) {
    return {
      ok: false,
      file: undefined,
      problem: fileFinding(
        "template-sample",
        "unreadableSample",
        `Sample data "${path}" cannot be read: ${(error as Error).message}`,
      ),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return {
      ok: false,
      file: { ...file, source },
      problem: fileFinding(
        "template-sample",
        "invalidSample",
        `Sample data "${path}" is not valid JSON: ${(error as Error).message}`,
      ),
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      file: { ...file, source },
      problem: fileFinding(
        "template-sample",
        "invalidSample",
        `Sample data "${path}" must hold a JSON object`,
      ),
    };
  }
  return {
    ok: true,
    file: { ...file, source },
    data: data as Record<string, unknown>,
  };
}

const MISSING = /^Variable "([^"]+)" is not in the sample data/;
const GOT_NOTHING = /got nothing \(is the variable missing\?\)/;
const HELPER_CALL = /^\{\{~?\s*[\w.-]+\s+([\w.]+)/;

// The variable a finding says is missing: named in a template-variable
// finding, or the first argument of a helper call that got nothing.
function missingName(
  source: string,
  found: TemplateDiagnostic,
): string | undefined {
  if (found.ruleId === "template-variable") {
    return MISSING.exec(found.message)?.[1];
  }
  const at = found.templateRange?.start.offset;
  return at === undefined ? undefined : HELPER_CALL.exec(source.slice(at))?.[1];
}

function withValue(
  data: Readonly<Record<string, unknown>>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]];
  const inner = data[head];
  return {
    ...data,
    [head]: rest.length === 0 ? value : withValue(
      inner !== null && typeof inner === "object"
        ? inner as Record<string, unknown>
        : {},
      rest,
      value,
    ),
  };
}

// Stand-ins for a missing variable, tried in turn until one renders: its
// name as a word (or an order id for the order id), a date, a number.
function standIns(name: string): readonly unknown[] {
  const word = name === "amazonOrderId" || name.endsWith(".amazonOrderId")
    ? "000-0000000-0000000"
    : name.replace(/[^\p{L}\p{N}]+/gu, "");
  return [word, "2026-01-15", 1];
}

// A helper refuses a stand-in when it reports an error it did not before,
// other than getting nothing (another missing variable: progress).
function refuses(next: TemplateLintReport, before: TemplateLintReport) {
  return next.diagnostics.some((d) =>
    d.ruleId === "template-helper" && d.origin === "source" &&
    !GOT_NOTHING.test(d.message) &&
    !before.diagnostics.some((e) => e.message === d.message)
  );
}

/**
 * Lints a template; when a variable is missing from the sample data, it
 * reports that and lints again with a stand-in for its value, so that the
 * rest of the template is still checked. When no stand-in renders (a helper
 * refuses them all), the retries end there.
 */
function lintWithPlaceholders(
  source: string,
  options: LintTemplateOptions,
): TemplateLintReport {
  // Missing variables by where they are: "a.b" replaces "a" found there.
  const missing = new Map<string, TemplateDiagnostic>();
  let data = options.sampleData;
  let report = lintTemplate(source, options);
  for (let round = 0; round < 50; round++) {
    const found = report.diagnostics.find((d) =>
      d.ruleId === "template-variable" ||
      (d.ruleId === "template-helper" && GOT_NOTHING.test(d.message))
    );
    const name = found === undefined ? undefined : missingName(source, found);
    if (found === undefined || name === undefined) break;
    missing.set(String(found.templateRange?.start.offset), found);
    let next: TemplateLintReport | undefined;
    for (const value of standIns(name)) {
      const tried = withValue(data, name.split("."), value);
      const candidate = lintTemplate(source, { ...options, sampleData: tried });
      if (!refuses(candidate, report)) {
        [data, next] = [tried, candidate];
        break;
      }
    }
    if (next === undefined) {
      report = {
        ...report,
        diagnostics: report.diagnostics.filter((d) => d !== found),
      };
      break;
    }
    report = next;
  }
  if (missing.size === 0) return report;
  const diagnostics = [...missing.values(), ...report.diagnostics];
  const errorCount = diagnostics.filter((d) => d.severity === "error").length;
  return {
    ...report,
    ok: errorCount === 0,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    diagnostics,
  };
}

/** Lints one template file's source against its sample. */
export function lintOne(
  dir: string,
  relPath: string,
  source: string,
  sample: Sample,
  lint: LintOptions,
): CliLintResult {
  const base = {
    path: joinPath(dir, relPath),
    dir,
    relPath,
    source,
    sample: sample.file,
  };
  const fileName = relPath.split("/").pop()!;
  const nameProblem = checkLocaleFileName(fileName);
  if (nameProblem !== undefined) {
    return {
      ...base,
      text: null,
      diagnostics: [
        fileFinding("template-file-name", "nonCanonical", nameProblem),
      ],
    };
  }
  let info;
  try {
    info = parseTemplatePath(relPath);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      ...base,
      text: null,
      diagnostics: [fileFinding("template-path", "badPath", error.message)],
    };
  }
  let report;
  try {
    report = lintWithPlaceholders(source, {
      type: info.type,
      template: info.id,
      locale: info.locale,
      sampleData: sample.ok ? sample.data : {},
      lint,
    });
  } catch (error) {
    if (error instanceof TypeError) {
      throw new InputError(error.message, { cause: error });
    }
    if (!(error instanceof RangeError)) throw error;
    return {
      ...base,
      text: null,
      diagnostics: [fileFinding("template-path", "badPath", error.message)],
    };
  }
  // Without sample data every variable is missing: say so once.
  const diagnostics = sample.ok ? report.diagnostics : [
    sample.problem,
    ...report.diagnostics.filter((d) =>
      d.ruleId !== "template-variable" &&
      !(d.ruleId === "template-helper" && GOT_NOTHING.test(d.message))
    ),
  ];
  return { ...base, text: report.text, diagnostics };
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
    const samples = new Map<string, Promise<Sample>>();
    for (const template of templates) {
      const key = template.sample ?? `\u0000${template.path}`;
      let sample = samples.get(key);
      if (sample === undefined) {
        sample = loadSample(dir, template.sample, template.path);
        samples.set(key, sample);
      }
      results.push(
        lintOne(dir, template.path, template.source, await sample, lint),
      );
    }
  }
  return results;
}
