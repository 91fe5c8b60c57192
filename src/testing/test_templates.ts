// This module is browser compatible.

import {
  compileTemplate,
  parseTemplatePath,
} from "../compose/precompile_templates.ts";
import { canonicalizeLocale } from "../compose/select_locale.ts";
import type { LintOptions } from "../lint/lint_message.ts";
import {
  lintTemplate,
  type TemplateDiagnostic,
} from "../lint/lint_template.ts";
import { MESSAGE_TYPES } from "../message_types/mod.ts";

/** A folder entry, as `Deno.readDir` yields it. */
export interface TemplateFolderEntry {
  /** The file or folder name. */
  readonly name: string;
  /** `true` for a file. */
  readonly isFile: boolean;
  /** `true` for a folder. */
  readonly isDirectory: boolean;
}

/**
 * Reads a templates folder with Deno's file API: the `Deno` namespace
 * itself fits.
 */
export interface DenoTemplateFiles {
  /** Lists a folder. */
  readDir(path: string): AsyncIterable<TemplateFolderEntry>;
  /** Reads a UTF-8 text file. */
  readTextFile(path: string): Promise<string>;
}

/** A folder entry, as `node:fs/promises` `readdir` returns it. */
export interface NodeTemplateFolderEntry {
  /** The file or folder name. */
  readonly name: string;
  /** Whether it is a file. */
  isFile(): boolean;
  /** Whether it is a folder. */
  isDirectory(): boolean;
}

/**
 * Reads a templates folder with Node's file API: the `node:fs/promises`
 * module itself fits.
 */
export interface NodeTemplateFiles {
  /** Lists a folder with file types. */
  readdir(
    path: string,
    options: { withFileTypes: true },
  ): Promise<readonly NodeTemplateFolderEntry[]>;
  /** Reads a text file. */
  readFile(path: string, encoding: "utf8"): Promise<string>;
}

/** The function of a test runner that registers one test: `Deno.test`, or `test` from `node:test`. */
export type RegisterTest = (
  name: string,
  fn: () => Promise<void>,
) => unknown;

/** Options of {@linkcode testTemplates}. */
export interface TestTemplatesOptions {
  /**
   * The runner's function that registers a test: `test` from `node:test`
   * under Node, or any function of the same shape.
   *
   * @default {Deno.test, when running under Deno}
   */
  readonly test?: RegisterTest;
  /**
   * How to read the folder: the `Deno` namespace, or the
   * `node:fs/promises` module under Node.
   *
   * @default {Deno, when running under Deno}
   */
  readonly fs?: DenoTemplateFiles | NodeTemplateFiles;
  /**
   * The policy and rule overrides the rendered samples are linted with, as
   * for `lintMessage`.
   *
   * @default {{}}
   */
  readonly lint?: LintOptions;
  /**
   * The locale whose template sets the variables every other locale of the
   * same template must use.
   *
   * @default {"en-US"}
   */
  readonly referenceLocale?: string;
  /**
   * Fail on lint warnings too, not only on errors.
   *
   * @default {false}
   */
  readonly failOnWarnings?: boolean;
  /**
   * Extra Handlebars helpers, as the composer will be given them.
   *
   * @default {{}}
   */
  readonly helpers?: Readonly<Record<string, (...args: unknown[]) => unknown>>;
}

/**
 * Thrown by a test that {@linkcode testTemplates} registered when its
 * template fails a check. The message names the file and lists every
 * problem; `problems` holds them one by one.
 *
 * @example Reading the problems
 * ```ts
 * import { TemplateCheckError } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const error = new TemplateCheckError("templates/warranty/de-DE.hbs", [
 *   'Variable "productTitle" is not in the sample data',
 * ]);
 * assert.equal(error.name, "TemplateCheckError");
 * assert.match(error.message, /templates\/warranty\/de-DE\.hbs/);
 * assert.equal(error.problems.length, 1);
 * ```
 */
export class TemplateCheckError extends Error {
  /** The template file, with its folder. */
  readonly path: string;
  /** Each problem, in one sentence (lint findings lead with `line:column`). */
  readonly problems: readonly string[];

  /**
   * Creates the error.
   *
   * @param path The template file, with its folder.
   * @param problems What is wrong with it.
   */
  constructor(path: string, problems: readonly string[]) {
    super(
      `Template "${path}" fails ${problems.length} check${
        problems.length === 1 ? "" : "s"
      }:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
    this.name = "TemplateCheckError";
    this.path = path;
    this.problems = problems;
  }
}

interface FoundFile {
  readonly relPath: string;
  readonly source: string;
  readonly sample: string | undefined;
}

type SampleRead =
  | { readonly ok: true; readonly data: Record<string, unknown> }
  | { readonly ok: false; readonly problem: string };

interface Reader {
  list(path: string): Promise<TemplateFolderEntry[]>;
  read(path: string): Promise<string>;
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(", ");
}

interface DenoGlobal {
  readonly Deno?: DenoTemplateFiles & { readonly test?: RegisterTest };
}

function runtimeDeno(): DenoGlobal["Deno"] {
  return (globalThis as DenoGlobal).Deno;
}

function readerOf(fs: DenoTemplateFiles | NodeTemplateFiles): Reader {
  if ("readDir" in fs && typeof fs.readDir === "function") {
    return {
      async list(path) {
        const entries: TemplateFolderEntry[] = [];
        for await (const entry of fs.readDir(path)) entries.push(entry);
        return entries;
      },
      read: (path) => fs.readTextFile(path),
    };
  }
  const node = fs as NodeTemplateFiles;
  if (
    typeof node.readdir !== "function" || typeof node.readFile !== "function"
  ) {
    throw new TypeError(
      'Cannot read templates with the given "fs": pass the Deno namespace or the "node:fs/promises" module',
    );
  }
  return {
    async list(path) {
      return (await node.readdir(path, { withFileTypes: true })).map((e) => ({
        name: e.name,
        isFile: e.isFile(),
        isDirectory: e.isDirectory(),
      }));
    },
    read: (path) => node.readFile(path, "utf8"),
  };
}

async function findFiles(reader: Reader, root: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  async function walk(dir: string, rel: string, sample: string | undefined) {
    let entries: TemplateFolderEntry[];
    try {
      entries = await reader.list(dir);
    } catch (cause) {
      throw new TypeError(
        `Cannot read template folder "${dir}": ${(cause as Error).message}`,
        { cause },
      );
    }
    entries.sort((a, b) => a.name < b.name ? -1 : 1);
    const here = entries.some((e) => e.isFile && e.name === "sample.json")
      ? joinPath(dir, "sample.json")
      : sample;
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      if (entry.isDirectory) await walk(path, `${rel}${entry.name}/`, here);
      else if (entry.isFile && entry.name.endsWith(".hbs")) {
        found.push({
          relPath: `${rel}${entry.name}`,
          source: await reader.read(path),
          sample: here,
        });
      }
    }
  }
  await walk(root, "", undefined);
  return found;
}

async function readSample(
  reader: Reader,
  path: string,
): Promise<SampleRead> {
  let source: string;
  try {
    source = await reader.read(path);
  } catch (error) {
    return {
      ok: false,
      problem: `Sample data "${path}" cannot be read: ${
        (error as Error).message
      }`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return {
      ok: false,
      problem: `Sample data "${path}" is not valid JSON: ${
        (error as Error).message
      }`,
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      problem: `Sample data "${path}" must hold a JSON object`,
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

function hasPath(data: unknown, path: string): boolean {
  let value = data;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object" || !(part in value)) {
      return false;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value !== undefined;
}

function variablesOf(
  relPath: string,
  source: string,
  helpers: readonly string[],
): readonly string[] | undefined {
  try {
    return compileTemplate({ path: relPath, source }, { helpers }).variables;
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof RangeError) {
      return undefined;
    }
    throw error;
  }
}

function describe(found: TemplateDiagnostic): string {
  const at = found.templateRange?.start;
  const where = at !== undefined
    ? `${at.line}:${at.column} `
    : found.origin === "data"
    ? "in sample data: "
    : "";
  return `${where}${found.severity} ${found.ruleId}: ${found.message}`;
}

const MISSING_VARIABLE = /^Variable "([^"]+)" is not in the sample data/;

interface TemplateContext {
  readonly folder: string;
  readonly file: FoundFile;
  readonly sample: SampleRead | undefined;
  readonly byLocale: ReadonlyMap<string, FoundFile>;
  readonly options: TestTemplatesOptions;
  readonly referenceLocale: string;
}

/** Every problem of one template; none when it passes. */
function checkTemplate(context: TemplateContext): string[] {
  const { folder, file, options } = context;
  const problems: string[] = [];
  let info;
  try {
    info = parseTemplatePath(file.relPath);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [error.message];
  }
  const fileName = file.relPath.split("/").pop()!;
  const name = fileName.slice(0, -".hbs".length);
  if (name !== info.locale) {
    problems.push(
      `File name "${fileName}" is not the canonical BCP 47 tag (did you mean "${info.locale}.hbs"?)`,
    );
  }
  const helperNames = Object.keys(options.helpers ?? {});
  const variables = variablesOf(file.relPath, file.source, helperNames);
  const sample = context.sample;
  const sampleProblem = sample === undefined
    ? `Sample data is missing: add "${
      joinPath(folder, `${info.id.split("/")[0]}/sample.json`)
    }" with the variables the template uses`
    : sample.ok
    ? undefined
    : sample.problem;
  if (sampleProblem !== undefined) problems.push(sampleProblem);
  const sampleData = sample?.ok ? sample.data : {};
  const missing = sample?.ok && variables !== undefined
    ? variables.filter((variable) => !hasPath(sampleData, variable))
    : [];
  if (missing.length > 0) {
    problems.push(
      `Variable${missing.length === 1 ? "" : "s"} ${
        quoted(missing)
      } not in the sample data "${file.sample}": add ${
        missing.length === 1 ? "it" : "them"
      } or fix the template`,
    );
  }
  const report = lintTemplate(file.source, {
    type: info.type,
    template: info.id,
    locale: info.locale,
    sampleData,
    lint: options.lint,
    helpers: options.helpers,
  });
  for (const found of report.diagnostics) {
    if (found.ruleId === "template-variable") {
      // Named above, all at once (or, without sample data, all of them).
      const variable = MISSING_VARIABLE.exec(found.message)?.[1];
      if (
        sampleProblem !== undefined ||
        (variable !== undefined && missing.includes(variable))
      ) continue;
    }
    if (found.severity === "error" || options.failOnWarnings === true) {
      problems.push(describe(found));
    }
  }
  const max = MESSAGE_TYPES[info.type as keyof typeof MESSAGE_TYPES].text?.max;
  const reported = report.diagnostics.some((d) =>
    d.ruleId === "text-length" && d.messageId === "tooLong" &&
    d.severity === "error"
  );
  if (
    report.text !== null && max !== undefined && report.text.length > max &&
    !reported
  ) {
    problems.push(
      `The rendered sample has ${report.text.length} characters but "${info.type}" allows ${max}: shorten it by ${
        report.text.length - max
      }`,
    );
  }
  problems.push(...compareVariables(context, info.id, variables, helperNames));
  return problems;
}

function compareVariables(
  context: TemplateContext,
  id: string,
  variables: readonly string[] | undefined,
  helpers: readonly string[],
): string[] {
  const { referenceLocale, folder } = context;
  if (variables === undefined) return [];
  const reference = context.byLocale.get(`${id}\u0000${referenceLocale}`);
  const referencePath = joinPath(folder, `${id}/${referenceLocale}.hbs`);
  if (reference === undefined) {
    return [
      `The reference template "${referencePath}" is missing: add it, or set "referenceLocale" to a locale every template has, so the variables can be compared`,
    ];
  }
  if (reference === context.file) return [];
  const expected = variablesOf(reference.relPath, reference.source, helpers);
  if (expected === undefined) {
    return [
      `The reference template "${
        joinPath(folder, reference.relPath)
      }" does not compile, so the variables cannot be compared with it`,
    ];
  }
  const lacking = expected.filter((variable) => !variables.includes(variable));
  const extra = variables.filter((variable) => !expected.includes(variable));
  const problems: string[] = [];
  if (lacking.length > 0) {
    problems.push(
      `Variable${lacking.length === 1 ? "" : "s"} ${
        quoted(lacking)
      } of the reference template "${joinPath(folder, reference.relPath)}" ${
        lacking.length === 1 ? "is" : "are"
      } not used: every locale says the same`,
    );
  }
  if (extra.length > 0) {
    problems.push(
      `Variable${extra.length === 1 ? "" : "s"} ${quoted(extra)} ${
        extra.length === 1 ? "is" : "are"
      } not in the reference template "${
        joinPath(folder, reference.relPath)
      }": every locale says the same`,
    );
  }
  return problems;
}

/**
 * Registers one test per template × locale of a templates folder
 * (`<type>/<locale>.hbs`, with a `sample.json` per type) with the test
 * runner, for your own suite under `deno test` or `node --test`. Each test
 * renders the template from the nearest `sample.json` and fails, naming the
 * file and every problem at once ({@linkcode TemplateCheckError}), when:
 *
 * - the file name is not a canonical BCP 47 tag, or the path names no text
 *   message type;
 * - the sample data is missing, unreadable, or lacks a variable the
 *   template uses;
 * - the template does not compile or render, or the rendered text has a lint
 *   error (or a warning, with `failOnWarnings`) under the given policy;
 * - the text is longer than its message type allows;
 * - its variables differ from those of the same template in the reference
 *   locale (`en-US` unless set), or that template is missing.
 *
 * The folder is read when the tests are registered; the checks run in the
 * tests. Under Deno, `Deno.test` and `Deno`'s file API are the defaults;
 * under Node, pass `test` from `node:test` and `fs` from `node:fs/promises`.
 *
 * @param folder The templates folder (a path, as the file API takes it).
 * @param options The runner's `test` and file API, the lint policy and the reference locale.
 * @returns The names of the registered tests, one per template file.
 * @throws {TypeError} When the folder cannot be read or holds no templates,
 * or no `test` function or file API is given outside Deno.
 * @throws {RangeError} When `referenceLocale` is not a BCP 47 tag.
 *
 * @example Checking a folder of templates (in a test file)
 * ```ts
 * import { testTemplates } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const folder = await Deno.makeTempDir();
 * await Deno.mkdir(`${folder}/unexpectedProblem`);
 * await Deno.writeTextFile(
 *   `${folder}/unexpectedProblem/sample.json`,
 *   JSON.stringify({ amazonOrderId: "123-1234567-1234567" }),
 * );
 * await Deno.writeTextFile(
 *   `${folder}/unexpectedProblem/en-US.hbs`,
 *   "Your order {{amazonOrderId}} is delayed by two days. We are sorry for the wait.",
 * );
 * // A stand-in for Deno.test, to run the test right here.
 * const tests: (() => Promise<void>)[] = [];
 * const names = await testTemplates(folder, {
 *   test: (_name, fn) => tests.push(fn),
 * });
 * assert.deepEqual(names, [`${folder}/unexpectedProblem/en-US.hbs`]);
 * for (const fn of tests) await fn(); // passes: the template is clean
 * await Deno.remove(folder, { recursive: true });
 * ```
 *
 * @example Under node --test
 * ```ts ignore
 * import { test } from "node:test";
 * import * as fs from "node:fs/promises";
 * import { testTemplates } from "@sellerkit/buyer-messages/testing";
 *
 * await testTemplates("templates", { test, fs });
 * ```
 */
export async function testTemplates(
  folder: string,
  options: TestTemplatesOptions = {},
): Promise<string[]> {
  if (typeof folder !== "string" || folder === "") {
    throw new TypeError(
      `Cannot test templates: the folder must be a non-empty path, got ${
        typeof folder === "string" ? '""' : typeof folder
      }`,
    );
  }
  const deno = runtimeDeno();
  const test = options.test ?? deno?.test;
  if (typeof test !== "function") {
    throw new TypeError(
      `Cannot test templates in "${folder}": no test function; pass { test } (such as "test" from "node:test")`,
    );
  }
  const fs = options.fs ?? deno;
  if (fs === undefined) {
    throw new TypeError(
      `Cannot test templates in "${folder}": no file API; pass { fs } (such as the "node:fs/promises" module)`,
    );
  }
  const reader = readerOf(fs);
  const referenceLocale = canonicalizeLocale(
    options.referenceLocale ?? "en-US",
  );
  const files = await findFiles(reader, folder);
  if (files.length === 0) {
    throw new TypeError(
      `Cannot test templates in "${folder}": it holds no templates (<type>/<locale>.hbs files)`,
    );
  }
  const samples = new Map<string, SampleRead>();
  for (const file of files) {
    if (file.sample !== undefined && !samples.has(file.sample)) {
      samples.set(file.sample, await readSample(reader, file.sample));
    }
  }
  const byLocale = new Map<string, FoundFile>();
  for (const file of files) {
    try {
      const info = parseTemplatePath(file.relPath);
      const key = `${info.id}\u0000${info.locale}`;
      // The canonical name wins over a misspelt one.
      const name = file.relPath.split("/").pop()!.slice(0, -".hbs".length);
      if (!byLocale.has(key) || name === info.locale) byLocale.set(key, file);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  const names: string[] = [];
  for (const file of files) {
    const path = joinPath(folder, file.relPath);
    const context: TemplateContext = {
      folder,
      file,
      sample: file.sample === undefined ? undefined : samples.get(file.sample),
      byLocale,
      options,
      referenceLocale,
    };
    names.push(path);
    test(path, () => {
      const problems = checkTemplate(context);
      return problems.length === 0
        ? Promise.resolve()
        : Promise.reject(new TemplateCheckError(path, problems));
    });
  }
  return names;
}
