// This module is browser compatible.

/**
 * Template folders, as the command line and `testTemplates()` read and lint
 * them: every `<type>/<locale>.hbs` below a folder with the nearest
 * `sample.json` above it, template file names checked as canonical BCP 47
 * tags, and a lint that reports every finding at once (a bad sample or a
 * missing variable becomes a finding, never an abort that hides the rest).
 * The caller passes the functions that list a folder and read a file, so
 * this module uses Web APIs only.
 *
 * @module
 */

import { parseTemplatePath } from "../compose/precompile_templates.ts";
import type { LintOptions } from "../lint/lint_message.ts";
import {
  lintTemplate,
  type LintTemplateOptions,
  type TemplateDiagnostic,
  type TemplateLintReport,
} from "../lint/lint_template.ts";
import type { Range } from "../lint/rule.ts";

/** A folder entry, as `Deno.readDir` yields it. */
export interface TemplateFolderEntry {
  /** The file or folder name. */
  readonly name: string;
  /** `true` for a file. */
  readonly isFile: boolean;
  /** `true` for a folder. */
  readonly isDirectory: boolean;
}

/** How to read a template folder: list a folder, read a text file. */
export interface TemplateFolderReader {
  /** The entries of a folder; what it throws reaches the caller. */
  list(path: string): Promise<readonly TemplateFolderEntry[]>;
  /** A UTF-8 text file; what it throws reaches the caller. */
  read(path: string): Promise<string>;
}

/** A template file found in a folder. */
export interface FoundTemplate {
  /** The path below the folder, `/`-separated. */
  readonly path: string;
  /** The Handlebars source. */
  readonly source: string;
  /** The path of the nearest `sample.json` (with the folder), if any. */
  readonly sample: string | undefined;
}

/** Joins a folder and a name with `/`. */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

/**
 * Every `.hbs` file below `root`, sorted by path, each with the nearest
 * `sample.json` at or above its folder. Reads in order, one file at a time.
 *
 * @param root The folder.
 * @param reader How to list and read.
 * @returns The templates; none when the folder holds none.
 */
export async function findTemplateFiles(
  root: string,
  reader: TemplateFolderReader,
): Promise<FoundTemplate[]> {
  const found: FoundTemplate[] = [];
  async function walk(dir: string, rel: string, sample: string | undefined) {
    const entries = [...await reader.list(dir)].sort((a, b) =>
      a.name < b.name ? -1 : 1
    );
    const here = entries.some((e) => e.isFile && e.name === "sample.json")
      ? joinPath(dir, "sample.json")
      : sample;
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      if (entry.isDirectory) await walk(path, `${rel}${entry.name}/`, here);
      else if (entry.name.endsWith(".hbs")) {
        found.push({
          path: `${rel}${entry.name}`,
          source: await reader.read(path),
          sample: here,
        });
      }
    }
  }
  await walk(root, "", undefined);
  return found;
}

const LANGUAGES = new Intl.DisplayNames(["en"], {
  type: "language",
  fallback: "none",
});
const REGIONS = new Intl.DisplayNames(["en"], {
  type: "region",
  fallback: "none",
});

/**
 * Why a template file name is refused, in one sentence, or `undefined`
 * when it is the canonical BCP 47 tag of a known language (and region):
 * `en-US.hbs`, not `EN_us.hbs` (the sentence suggests the canonical name),
 * nor `klingon.hbs` (well-formed, but no language).
 *
 * @param fileName The file name, such as `en-US.hbs`.
 * @returns The problem, or `undefined`.
 */
export function checkLocaleFileName(fileName: string): string | undefined {
  const name = fileName.endsWith(".hbs") ? fileName.slice(0, -4) : fileName;
  let canonical: string;
  try {
    [canonical = ""] = Intl.getCanonicalLocales(name.replaceAll("_", "-"));
  } catch {
    return `File name "${fileName}" is not a locale: name templates by BCP 47 tag, such as "en-US.hbs"`;
  }
  const locale = new Intl.Locale(canonical);
  if (LANGUAGES.of(locale.language) === undefined) {
    return `File name "${fileName}" is not a locale: "${locale.language}" is no known language; name templates by BCP 47 tag, such as "en-US.hbs"`;
  }
  if (locale.region !== undefined && REGIONS.of(locale.region) === undefined) {
    return `File name "${fileName}" is not a locale: "${locale.region}" is no known region; name templates by BCP 47 tag, such as "en-US.hbs"`;
  }
  if (canonical !== name) {
    return `File name "${fileName}" is not the canonical BCP 47 tag (did you mean "${canonical}.hbs"?)`;
  }
  return undefined;
}

const START: Range = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

/** The rule ids of findings about a template file itself, not its text. */
const FILE_RULE_IDS: ReadonlySet<string> = new Set([
  "template-sample",
  "template-file-name",
  "template-path",
]);

/**
 * A finding about a template file itself (its name, path or sample data),
 * placed at its start.
 *
 * @param ruleId One of `template-sample`, `template-file-name`, `template-path`.
 * @param messageId The message id.
 * @param message The message.
 * @returns The finding, an error.
 */
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

/** Whether a finding is about the template file itself, not a place in it. */
export function isFileFinding(finding: TemplateDiagnostic): boolean {
  return FILE_RULE_IDS.has(finding.ruleId);
}

/** A sample data file as read. */
export interface SampleFile {
  /** The path below the template folder. */
  readonly path: string;
  /** Its text. */
  readonly source: string;
}

/** The sample data of a template: its data, or the finding that says why not. */
export type TemplateSample =
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

function sampleProblem(
  file: SampleFile | undefined,
  messageId: string,
  message: string,
): TemplateSample {
  return {
    ok: false,
    file,
    problem: fileFinding("template-sample", messageId, message),
  };
}

/**
 * The sample of a template that has no `sample.json` at or above its
 * folder: a finding that says where to add one.
 *
 * @param templatePath The template's path below its folder.
 * @param root The folder, to name in the message; without it, the path
 * named is below the folder.
 * @returns The sample, not `ok`.
 */
export function missingSample(
  templatePath: string,
  root?: string,
): TemplateSample {
  const type = templatePath.split("/").slice(0, -1).join("/");
  const path = `${type}/sample.json`;
  return sampleProblem(
    undefined,
    "missingSample",
    `Sample data is missing: add "${
      root === undefined ? path : joinPath(root, path)
    }" with the variables the template uses`,
  );
}

/**
 * Parses sample data: a JSON object, or a `template-sample` finding.
 *
 * @param file The file.
 * @param shownPath The path that messages name.
 * @returns The sample.
 */
export function parseSample(
  file: SampleFile,
  shownPath?: string,
): TemplateSample {
  const named = shownPath === undefined
    ? "Sample data"
    : `Sample data "${shownPath}"`;
  let data: unknown;
  try {
    data = JSON.parse(file.source);
  } catch (error) {
    return sampleProblem(
      file,
      "invalidSample",
      `${named} is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return sampleProblem(
      file,
      "invalidSample",
      `${named} must hold a JSON object`,
    );
  }
  return { ok: true, file, data: data as Record<string, unknown> };
}

/**
 * Reads the sample data of each template of a folder, each `sample.json`
 * once.
 *
 * @param root The template folder.
 * @param read Reads a text file.
 * @returns A function that gives a found template's sample.
 */
export function sampleLoader(
  root: string,
  read: (path: string) => Promise<string>,
): (template: FoundTemplate) => Promise<TemplateSample> {
  const loaded = new Map<string, Promise<TemplateSample>>();
  async function load(template: FoundTemplate): Promise<TemplateSample> {
    const path = template.sample;
    if (path === undefined) return missingSample(template.path, root);
    let source: string;
    try {
      source = await read(path);
    } catch (error) {
      return sampleProblem(
        undefined,
        "unreadableSample",
        `Sample data "${path}" cannot be read: ${(error as Error).message}`,
      );
    }
    const below = path.slice(root.length).replace(/^\//, "");
    return parseSample({ path: below, source }, path);
  }
  return (template) => {
    const key = template.sample ?? `\u0000${template.path}`;
    let sample = loaded.get(key);
    if (sample === undefined) {
      sample = load(template);
      loaded.set(key, sample);
    }
    return sample;
  };
}

const MISSING = /^Variable "([^"]+)" is not in the sample data/;
const GOT_NOTHING = /got nothing \(is the variable missing\?\)/;
const HELPER_CALL = /^\{\{~?\s*[\w.-]+\s+([\w.]+)/;

/** Whether a finding says that a variable is missing from the sample data. */
export function isMissingVariable(found: TemplateDiagnostic): boolean {
  return found.ruleId === "template-variable" ||
    (found.ruleId === "template-helper" && GOT_NOTHING.test(found.message));
}

/**
 * The variable a finding says is missing: named in a `template-variable`
 * finding, or the first argument of a helper call that got nothing.
 *
 * @param source The template source the finding is in.
 * @param found The finding.
 * @returns The variable's path (`a.b`), or `undefined` for another finding.
 */
export function missingVariableOf(
  source: string,
  found: TemplateDiagnostic,
): string | undefined {
  if (!isMissingVariable(found)) return undefined;
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
    const found = report.diagnostics.find(isMissingVariable);
    const name = found === undefined
      ? undefined
      : missingVariableOf(source, found);
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

/** Options of {@linkcode lintTemplateFile}. */
export interface LintTemplateFileOptions {
  /**
   * The policy and rule overrides, as for `lintMessage`.
   *
   * @default {{}}
   */
  readonly lint?: LintOptions;
  /**
   * Extra Handlebars helpers, as the composer will be given them.
   *
   * @default {{}}
   */
  readonly helpers?: LintTemplateOptions["helpers"];
}

/** What {@linkcode lintTemplateFile} found. */
export interface TemplateFileLint {
  /** The text rendered from the sample data (stand-ins filling gaps), when it rendered. */
  readonly text: string | null;
  /** Every finding. */
  readonly diagnostics: readonly TemplateDiagnostic[];
}

/**
 * Lints one template file of a folder with its sample data, reporting every
 * finding at once: a file name that is no canonical locale tag or a path of
 * no text type (then nothing else), a missing or broken sample (once, in
 * place of each missing variable), each missing variable where it is used
 * (the rest rendered with a stand-in), and the lint of the rendered text.
 *
 * @param file The template: its path below the folder and its source.
 * @param sample Its sample data.
 * @param options The lint policy and extra helpers.
 * @returns The rendered text and the findings.
 * @throws {TypeError} When the lint options are misconfigured.
 */
export function lintTemplateFile(
  file: { readonly path: string; readonly source: string },
  sample: TemplateSample,
  options: LintTemplateFileOptions = {},
): TemplateFileLint {
  const nameProblem = checkLocaleFileName(file.path.split("/").pop()!);
  if (nameProblem !== undefined) {
    return {
      text: null,
      diagnostics: [
        fileFinding("template-file-name", "nonCanonical", nameProblem),
      ],
    };
  }
  let report;
  try {
    const info = parseTemplatePath(file.path);
    report = lintWithPlaceholders(file.source, {
      type: info.type,
      template: info.id,
      locale: info.locale,
      sampleData: sample.ok ? sample.data : {},
      lint: options.lint,
      helpers: options.helpers,
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      text: null,
      diagnostics: [fileFinding("template-path", "badPath", error.message)],
    };
  }
  // Without sample data every variable is missing: say so once.
  const diagnostics = sample.ok ? report.diagnostics : [
    sample.problem,
    ...report.diagnostics.filter((d) => !isMissingVariable(d)),
  ];
  return { text: report.text, diagnostics };
}
