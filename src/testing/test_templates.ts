// This module is browser compatible.

import {
  findTemplateFiles,
  type FoundTemplate,
  isFileFinding,
  joinPath,
  lintTemplateFile,
  missingVariableOf,
  sampleLoader,
  type TemplateFolderEntry,
  type TemplateFolderReader,
  type TemplateSample,
} from "../authoring/template_folder.ts";
import {
  compileTemplate,
  parseTemplatePath,
} from "../compose/precompile_templates.ts";
import { canonicalizeLocale } from "../compose/select_locale.ts";
import type { LintOptions } from "../lint/lint_message.ts";
import type { TemplateDiagnostic } from "../lint/lint_template.ts";
import { MESSAGE_TYPES } from "../message_types/mod.ts";

export type { TemplateFolderEntry } from "../authoring/template_folder.ts";

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

function quoted(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(", ");
}

interface DenoGlobal {
  readonly Deno?: DenoTemplateFiles & { readonly test?: RegisterTest };
}

function runtimeDeno(): DenoGlobal["Deno"] {
  return (globalThis as DenoGlobal).Deno;
}

function readerOf(
  fs: DenoTemplateFiles | NodeTemplateFiles,
): TemplateFolderReader {
  let list: (path: string) => Promise<TemplateFolderEntry[]>;
  let read: (path: string) => Promise<string>;
  if ("readDir" in fs && typeof fs.readDir === "function") {
    list = async (path) => {
      const entries: TemplateFolderEntry[] = [];
      for await (const entry of fs.readDir(path)) entries.push(entry);
      return entries;
    };
    read = (path) => fs.readTextFile(path);
  } else {
    const node = fs as NodeTemplateFiles;
    if (
      typeof node.readdir !== "function" || typeof node.readFile !== "function"
    ) {
      throw new TypeError(
        'Cannot read templates with the given "fs": pass the Deno namespace or the "node:fs/promises" module',
      );
    }
    list = async (path) =>
      (await node.readdir(path, { withFileTypes: true })).map((e) => ({
        name: e.name,
        isFile: e.isFile(),
        isDirectory: e.isDirectory(),
      }));
    read = (path) => node.readFile(path, "utf8");
  }
  return {
    async list(path) {
      try {
        return await list(path);
      } catch (cause) {
        throw new TypeError(
          `Cannot read template folder "${path}": ${(cause as Error).message}`,
          { cause },
        );
      }
    },
    read,
  };
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
  // A finding about the file itself (its name, path or sample) has no place.
  if (isFileFinding(found)) return found.message;
  const at = found.templateRange?.start;
  const where = at !== undefined
    ? `${at.line}:${at.column} `
    : found.origin === "data"
    ? "in sample data: "
    : "";
  return `${where}${found.severity} ${found.ruleId}: ${found.message}`;
}

interface TemplateContext {
  readonly folder: string;
  readonly file: FoundTemplate;
  readonly sample: TemplateSample;
  readonly byLocale: ReadonlyMap<string, FoundTemplate>;
  readonly options: TestTemplatesOptions;
  readonly referenceLocale: string;
}

/**
 * Every problem of one template; none when it passes. The lint is the
 * command line's: a misnamed file or a bad path is all that is said of it,
 * and a missing variable is filled with a stand-in so that the rest of the
 * template is still checked.
 */
function checkTemplate(context: TemplateContext): string[] {
  const { file, options, sample } = context;
  const linted = lintTemplateFile(file, sample, {
    lint: options.lint,
    helpers: options.helpers,
  });
  const refused = linted.diagnostics.filter((d) =>
    d.ruleId === "template-file-name" || d.ruleId === "template-path"
  );
  if (refused.length > 0) return refused.map(describe);
  const info = parseTemplatePath(file.path);
  const helperNames = Object.keys(options.helpers ?? {});
  const variables = variablesOf(file.path, file.source, helperNames);
  // Missing variables are named all at once, with the sample to add them to.
  const missing = sample.ok && variables !== undefined
    ? variables.filter((variable) => !hasPath(sample.data, variable))
    : [];
  const problems: string[] = [];
  if (missing.length > 0) {
    problems.push(
      `Variable${missing.length === 1 ? "" : "s"} ${
        quoted(missing)
      } not in the sample data "${file.sample}": add ${
        missing.length === 1 ? "it" : "them"
      } or fix the template`,
    );
  }
  for (const found of linted.diagnostics) {
    const variable = missingVariableOf(file.source, found);
    if (variable !== undefined && missing.includes(variable)) continue;
    if (found.severity === "error" || options.failOnWarnings === true) {
      problems.push(describe(found));
    }
  }
  const max = MESSAGE_TYPES[info.type as keyof typeof MESSAGE_TYPES].text?.max;
  const reported = linted.diagnostics.some((d) =>
    d.ruleId === "text-length" && d.messageId === "tooLong" &&
    d.severity === "error"
  );
  if (
    linted.text !== null && max !== undefined && linted.text.length > max &&
    !reported
  ) {
    problems.push(
      `The rendered sample has ${linted.text.length} characters but "${info.type}" allows ${max}: shorten it by ${
        linted.text.length - max
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
  const expected = variablesOf(reference.path, reference.source, helpers);
  if (expected === undefined) {
    return [
      `The reference template "${
        joinPath(folder, reference.path)
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
      } of the reference template "${joinPath(folder, reference.path)}" ${
        lacking.length === 1 ? "is" : "are"
      } not used: every locale says the same`,
    );
  }
  if (extra.length > 0) {
    problems.push(
      `Variable${extra.length === 1 ? "" : "s"} ${quoted(extra)} ${
        extra.length === 1 ? "is" : "are"
      } not in the reference template "${
        joinPath(folder, reference.path)
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
 * - the file name is not the canonical BCP 47 tag of a known language and
 *   region (`EN_us.hbs` fails with the suggestion `en-US.hbs`, `klingon.hbs`
 *   fails), or the path names no text message type: then nothing else is
 *   checked, as with the command line's `lint`;
 * - the sample data is missing, unreadable, or lacks a variable the
 *   template uses (the rest of the template is still checked, rendered with
 *   a stand-in for the missing value);
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
  const files = await findTemplateFiles(folder, reader);
  if (files.length === 0) {
    throw new TypeError(
      `Cannot test templates in "${folder}": it holds no templates (<type>/<locale>.hbs files)`,
    );
  }
  const sampleOf = sampleLoader(folder, reader.read);
  const samples = new Map<FoundTemplate, TemplateSample>();
  for (const file of files) samples.set(file, await sampleOf(file));
  const byLocale = new Map<string, FoundTemplate>();
  for (const file of files) {
    try {
      const info = parseTemplatePath(file.path);
      const key = `${info.id}\u0000${info.locale}`;
      // The canonical name wins over a misspelt one.
      const name = file.path.split("/").pop()!.slice(0, -".hbs".length);
      if (!byLocale.has(key) || name === info.locale) byLocale.set(key, file);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  const names: string[] = [];
  for (const file of files) {
    const path = joinPath(folder, file.path);
    const context: TemplateContext = {
      folder,
      file,
      sample: samples.get(file)!,
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
