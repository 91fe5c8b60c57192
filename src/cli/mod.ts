/**
 * The command line: lint templates folders, precompile one, or compose one
 * message. Runs on Deno (`deno run -A jsr:@sellerkit/buyer-messages/cli`)
 * and, from the npm package, on Node (`npx buyer-messages`).
 *
 * ```
 * buyer-messages lint [dir...] [--format pretty|json|sarif] [--policy file.json]
 * buyer-messages build [dir] -o <file.ts> [--types-from specifier]
 * buyer-messages compose --type T --locale L --data file.json [--templates dir]
 * buyer-messages --help | <command> --help | --version
 * ```
 *
 * Parsing is strict: an unknown option, an option without its value or an
 * unexpected argument is a usage error, reported in one line on standard
 * error with a hint to `--help`. A folder without templates is an input
 * error, never "no problems".
 *
 * Exit codes: 0 ok, 1 lint errors (or a message that would be rejected),
 * 2 usage or input errors.
 *
 * @example Linting the default templates
 * ```ts
 * import { main } from "@sellerkit/buyer-messages/cli";
 * import assert from "node:assert/strict";
 *
 * const lines: string[] = [];
 * const code = await main(["lint", "templates", "--format", "json"], { write: (s) => lines.push(s) });
 * assert.equal(code, 0);
 * assert.ok(Array.isArray(JSON.parse(lines.join(""))));
 * ```
 *
 * @example A mistyped option is a usage error
 * ```ts
 * import { main } from "@sellerkit/buyer-messages/cli";
 * import assert from "node:assert/strict";
 *
 * let stderr = "";
 * const code = await main(["lint", "--formt", "json"], { error: (s) => stderr += s });
 * assert.equal(code, 2);
 * assert.match(stderr, /unknown option "--formt" \(did you mean "--format"\?\)/i);
 * ```
 *
 * @module
 */

import { createComposer } from "../compose/create_composer.ts";
import {
  compileTemplate,
  parseTemplatePath,
  precompileTemplates,
  type TemplateFile,
} from "../compose/precompile_templates.ts";
import {
  type FileLintResult,
  formatPretty,
  toSarif,
} from "../lint/format_results.ts";
import { lintMessage, type LintOptions } from "../lint/lint_message.ts";
import { lintTemplate } from "../lint/lint_template.ts";
import {
  closest,
  type OptionSpec,
  parseCommandArgs,
  type ParsedArgs,
  PROGRAM,
  UsageError,
} from "./_args.ts";
import { VERSION } from "./_version.ts";

/** Where the CLI writes; the defaults are standard output and error. */
export interface CliIo {
  /** Writes to standard output. */
  readonly write?: (text: string) => void;
  /** Writes to standard error. */
  readonly error?: (text: string) => void;
}

const USAGE = `Usage: ${PROGRAM} <command> [options]

Commands:
  lint      Lint templates folders against Amazon's buyer-messaging policy.
  build     Precompile a templates folder into an ES module for createComposer().
  compose   Compose one message and print its text and lint findings.

Options:
  -h, --help   Show this help; "${PROGRAM} <command> --help" shows a command's.
  --version    Print the version.

Exit codes: 0 ok, 1 lint errors, 2 usage or input errors.
`;

const FORMATS = ["pretty", "json", "sarif"] as const;

const HELP: OptionSpec = { type: "boolean", short: "h" };

/** A bad file or folder (as opposed to a bad command line). */
class InputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "InputError";
  }
}

interface Command {
  readonly help: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly maxPositionals: number;
  run(args: ParsedArgs, write: (s: string) => void): Promise<number>;
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

function stringValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

function quoteList(items: readonly string[], conjunction = "and"): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length < 2
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted.at(-1)}`;
}

function required(
  args: ParsedArgs,
  command: string,
  names: readonly string[],
): string[] {
  const missing = names.filter((name) => stringValue(args, name) === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `Missing required option${missing.length > 1 ? "s" : ""} ${
        quoteList(missing.map((name) => `--${name}`))
      }`,
      command,
    );
  }
  return names.map((name) => stringValue(args, name)!);
}

async function readText(path: string): Promise<string> {
  try {
    return await Deno.readTextFile(path);
  } catch (cause) {
    throw new InputError(
      `Cannot read "${path}": ${(cause as Error).message}`,
      { cause },
    );
  }
}

async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError(
      `Cannot parse "${path}" as JSON: ${(cause as Error).message}`,
      { cause },
    );
  }
}

interface FoundTemplate extends TemplateFile {
  readonly sample: string | undefined;
}

// Every `.hbs` file under `root`, each with the nearest `sample.json` above
// it. A folder without any is an input error: `doing` says what for.
async function findTemplates(
  root: string,
  doing: string,
): Promise<FoundTemplate[]> {
  const found: FoundTemplate[] = [];
  async function walk(dir: string, rel: string, sample: string | undefined) {
    const entries: Deno.DirEntry[] = [];
    try {
      for await (const entry of Deno.readDir(dir)) entries.push(entry);
    } catch (cause) {
      throw new InputError(
        `Cannot read folder "${dir}": ${(cause as Error).message}`,
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
      else if (entry.name.endsWith(".hbs")) {
        found.push({
          path: `${rel}${entry.name}`,
          source: await readText(path),
          sample: here,
        });
      }
    }
  }
  await walk(root, "", undefined);
  if (found.length === 0) {
    throw new InputError(
      `Cannot ${doing} folder "${root}": it holds no templates (<type>/<locale>.hbs files)`,
    );
  }
  return found;
}

async function lintCommand(
  args: ParsedArgs,
  write: (s: string) => void,
): Promise<number> {
  const format = stringValue(args, "format") ?? "pretty";
  if (!(FORMATS as readonly string[]).includes(format)) {
    const guess = closest(format, FORMATS);
    throw new UsageError(
      `Unknown format "${format}"${
        guess === undefined ? "" : ` (did you mean "${guess}"?)`
      }: use ${quoteList(FORMATS, "or")}`,
      "lint",
    );
  }
  let lint: LintOptions = {};
  const policyFile = stringValue(args, "policy");
  if (policyFile !== undefined) {
    const policy = await readJson(policyFile);
    if (
      policy === null || typeof policy !== "object" || Array.isArray(policy)
    ) {
      throw new InputError(
        `Cannot use policy file "${policyFile}": it must hold a JSON object`,
      );
    }
    lint = policy as LintOptions;
  }
  const dirs = args.positionals.length === 0 ? ["templates"] : args.positionals;
  const folders: { dir: string; templates: FoundTemplate[] }[] = [];
  for (const dir of dirs) {
    folders.push({ dir, templates: await findTemplates(dir, "lint") });
  }
  const results: FileLintResult[] = [];
  for (const { dir, templates } of folders) {
    for (const template of templates) {
      const path = joinPath(dir, template.path);
      let info;
      try {
        info = parseTemplatePath(template.path);
      } catch (error) {
        throw new InputError(`${(error as Error).message} (in "${dir}")`);
      }
      const sampleData = template.sample === undefined
        ? {}
        : await readJson(template.sample) as Record<string, unknown>;
      let report;
      try {
        report = lintTemplate(template.source, {
          type: info.type,
          template: info.id,
          locale: info.locale,
          sampleData,
          lint,
        });
      } catch (error) {
        if (error instanceof TypeError) {
          throw new InputError(error.message, { cause: error });
        }
        throw error;
      }
      results.push({
        path,
        source: template.source,
        diagnostics: report.diagnostics,
      });
    }
  }
  if (format === "json") {
    write(
      JSON.stringify(results.map(({ source: _, ...r }) => r), null, 2) + "\n",
    );
  } else if (format === "sarif") {
    write(JSON.stringify(toSarif(results), null, 2) + "\n");
  } else write(formatPretty(results, { color: false }) + "\n");
  return results.some((r) => r.diagnostics.some((d) => d.severity === "error"))
    ? 1
    : 0;
}

async function buildCommand(
  args: ParsedArgs,
  write: (s: string) => void,
): Promise<number> {
  const dir = args.positionals[0] ?? "templates";
  const [output] = required(args, "build", ["output"]);
  const templates = await findTemplates(dir, "build");
  let source: string;
  try {
    source = precompileTemplates(templates, {
      typesFrom: stringValue(args, "types-from"),
    });
  } catch (error) {
    throw new InputError((error as Error).message, { cause: error });
  }
  try {
    await Deno.writeTextFile(output!, source);
  } catch (cause) {
    throw new InputError(
      `Cannot write "${output}": ${(cause as Error).message}`,
      { cause },
    );
  }
  write(`wrote ${output} (${templates.length} templates)\n`);
  return 0;
}

async function composeCommand(
  args: ParsedArgs,
  write: (s: string) => void,
): Promise<number> {
  const [type, locale, dataFile] = required(args, "compose", [
    "type",
    "locale",
    "data",
  ]) as [string, string, string];
  const data = await readJson(dataFile);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new InputError(
      `Cannot use data file "${dataFile}": it must hold a JSON object`,
    );
  }
  const record = data as Record<string, unknown>;
  const dir = stringValue(args, "templates");
  let message;
  try {
    const templates = dir === undefined
      ? undefined
      : (await findTemplates(dir, "load templates from")).map((file) =>
        compileTemplate(file)
      );
    message = createComposer({ templates }).compose({
      type,
      locale,
      data: record,
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError((error as Error).message, { cause: error });
  }
  const report = lintMessage({
    type,
    text: message.text,
    locale,
    ...(typeof record.amazonOrderId === "string"
      ? { amazonOrderId: record.amazonOrderId }
      : {}),
    template: { id: message.template, locale: message.locale },
    dataSpans: message.dataSpans,
  });
  write(`${message.text}\n\n`);
  write(
    `template ${message.template} (${message.locale}, ${message.localeMatch}), ${message.text.length} characters\n`,
  );
  for (const d of report.diagnostics) {
    const where = d.range === null
      ? "-"
      : `${d.range.start.line}:${d.range.start.column}`;
    write(`  ${where}  ${d.severity}  ${d.message}  ${d.ruleId}\n`);
  }
  return report.ok ? 0 : 1;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  lint: {
    help: `Usage: ${PROGRAM} lint [dir...] [options]

Lints every template in each folder (default: templates) against Amazon's
buyer-messaging policy, rendered with the sample.json of its folder, and
prints the findings of all folders together. A folder without templates is
an error.

Options:
  --format <pretty|json|sarif>  Output format (default: pretty).
  --policy <file.json>          Lint options, e.g. {"rules":{"no-emoji":"off"}}.
  -h, --help                    Show this help.

Exit codes: 0 no errors, 1 lint errors, 2 usage or input errors.
`,
    options: { format: { type: "string" }, policy: { type: "string" } },
    maxPositionals: Infinity,
    run: lintCommand,
  },
  build: {
    help: `Usage: ${PROGRAM} build [dir] -o <file.ts> [options]

Precompiles the templates in the folder (default: templates) into an ES
module whose "templates" export createComposer() takes.

Options:
  -o, --output <file.ts>        The module to write (required).
  --types-from <specifier>      Where the module imports its types from.
  -h, --help                    Show this help.

Exit codes: 0 written, 2 usage or input errors.
`,
    options: {
      output: { type: "string", short: "o" },
      "types-from": { type: "string" },
    },
    maxPositionals: 1,
    run: buildCommand,
  },
  compose: {
    help:
      `Usage: ${PROGRAM} compose --type <type> --locale <locale> --data <file.json> [options]

Composes one message and prints its text and lint findings.

Options:
  --type <type>                 The message type, e.g. unexpectedProblem (required).
  --locale <locale>             The buyer's locale, e.g. de-AT (required).
  --data <file.json>            The template data, a JSON object (required).
  --templates <dir>             Use the templates in this folder instead of
                                the default ones.
  -h, --help                    Show this help.

Exit codes: 0 ok, 1 the message would be rejected, 2 usage or input errors.
`,
    options: {
      type: { type: "string" },
      locale: { type: "string" },
      data: { type: "string" },
      templates: { type: "string" },
    },
    maxPositionals: 0,
    run: composeCommand,
  },
};

const COMMAND_NAMES = Object.keys(COMMANDS);

function findCommand(name: string): Command {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    const guess = closest(name, COMMAND_NAMES);
    throw new UsageError(
      `Unknown command "${name}"${
        guess === undefined ? "" : ` (did you mean "${guess}"?)`
      }: the commands are ${quoteList(COMMAND_NAMES)}`,
      undefined,
    );
  }
  return command;
}

// `help [command]`, `--help [command]`: the usage, or a command's help.
function help(positionals: readonly string[], write: (s: string) => void) {
  if (positionals.length > 1) {
    throw new UsageError(
      `Unexpected argument "${positionals[1]}": help takes one command`,
      undefined,
    );
  }
  write(positionals.length === 0 ? USAGE : findCommand(positionals[0]!).help);
  return 0;
}

/**
 * Runs the command line.
 *
 * @param args The arguments, without the program name.
 * @param io Where to write; standard output and error by default.
 * @returns The exit code: 0 ok, 1 lint errors, 2 usage or input errors
 * (reported on `io.error`).
 * @throws {Error} Only on a failure that is neither a usage nor an input
 * error, such as a bug.
 *
 * @example Printing the version
 * ```ts
 * import { main } from "@sellerkit/buyer-messages/cli";
 * import assert from "node:assert/strict";
 *
 * let stdout = "";
 * assert.equal(await main(["--version"], { write: (s) => stdout += s }), 0);
 * assert.match(stdout, /^\d+\.\d+\.\d+/);
 * ```
 */
export async function main(
  args: readonly string[],
  io: CliIo = {},
): Promise<number> {
  const encoder = new TextEncoder();
  const write = io.write ??
    ((text: string) => Deno.stdout.writeSync(encoder.encode(text)));
  const error = io.error ??
    ((text: string) => Deno.stderr.writeSync(encoder.encode(text)));
  try {
    const [first, ...rest] = args;
    if (first === undefined) {
      error(USAGE);
      return 2;
    }
    if (first === "help") {
      return help(parseCommandArgs(rest, {}, undefined, 1).positionals, write);
    }
    if (first.startsWith("-")) {
      const top = parseCommandArgs(
        args,
        { help: HELP, version: { type: "boolean" } },
        undefined,
        Infinity,
      );
      if (top.values.help === true) return help(top.positionals, write);
      if (top.values.version === true && top.positionals.length === 0) {
        write(`${VERSION}\n`);
        return 0;
      }
      throw new UsageError(
        top.positionals.length === 0
          ? "Missing command"
          : `Unexpected argument "${
            top.positionals[0]
          }": options go after the command`,
        undefined,
      );
    }
    const command = findCommand(first);
    const parsed = parseCommandArgs(
      rest,
      { ...command.options, help: HELP },
      first,
      command.maxPositionals,
    );
    if (parsed.values.help === true) {
      write(command.help);
      return 0;
    }
    return await command.run(parsed, write);
  } catch (caught) {
    if (caught instanceof UsageError) {
      const helpCommand = caught.command === undefined
        ? PROGRAM
        : `${PROGRAM} ${caught.command}`;
      error(`error: ${caught.message}; run "${helpCommand} --help"\n`);
      return 2;
    }
    if (caught instanceof InputError || caught instanceof RangeError) {
      error(`error: ${caught.message}\n`);
      return 2;
    }
    throw caught;
  }
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
