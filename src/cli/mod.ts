/**
 * The command line: lint a templates folder, precompile it, or compose one
 * message. Runs on Deno (`deno run -A jsr:@sellerkit/buyer-messages/cli`).
 *
 * ```
 * buyer-messages lint [dir] [--format pretty|json|sarif] [--policy file.json]
 * buyer-messages build [dir] -o <file.ts> [--types-from specifier]
 * buyer-messages compose --type T --locale L --data file.json [--templates dir]
 * ```
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

/** Where the CLI writes; the defaults are standard output and error. */
export interface CliIo {
  /** Writes to standard output. */
  readonly write?: (text: string) => void;
  /** Writes to standard error. */
  readonly error?: (text: string) => void;
}

const USAGE = `Usage:
  buyer-messages lint [dir] [--format pretty|json|sarif] [--policy file.json]
  buyer-messages build [dir] -o <file.ts> [--types-from specifier]
  buyer-messages compose --type <type> --locale <locale> --data <file.json> [--templates dir]

Commands:
  lint      Lint every template in dir (default: templates) against the policy,
            rendered with the sample.json of its folder.
  build     Precompile the templates in dir into an ES module for createComposer().
  compose   Compose one message and print its text and lint findings.

Exit codes: 0 ok, 1 lint errors, 2 usage or input errors.
`;

class UsageError extends Error {}

function parseArgs(args: readonly string[]): {
  positional: string[];
  flags: Map<string, string>;
} {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      flags.set("help", "true");
    } else if (arg.startsWith("-")) {
      const [name, inline] = arg.replace(/^-+/, "").split("=", 2) as [
        string,
        string | undefined,
      ];
      const value = inline ?? args[++i];
      if (value === undefined) {
        throw new UsageError(`Option "${arg}" needs a value`);
      }
      flags.set(name === "o" ? "output" : name, value);
    } else positional.push(arg);
  }
  return { positional, flags };
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (cause) {
    throw new UsageError(`Cannot read "${path}": ${(cause as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new UsageError(
      `Cannot parse "${path}" as JSON: ${(cause as Error).message}`,
    );
  }
}

interface FoundTemplate extends TemplateFile {
  readonly sample: string | undefined;
}

async function findTemplates(root: string): Promise<FoundTemplate[]> {
  const found: FoundTemplate[] = [];
  async function walk(dir: string, rel: string, sample: string | undefined) {
    const entries: Deno.DirEntry[] = [];
    try {
      for await (const entry of Deno.readDir(dir)) entries.push(entry);
    } catch (cause) {
      throw new UsageError(
        `Cannot read folder "${dir}": ${(cause as Error).message}`,
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
          source: await Deno.readTextFile(path),
          sample: here,
        });
      }
    }
  }
  await walk(root, "", undefined);
  return found;
}

async function lintCommand(
  positional: string[],
  flags: Map<string, string>,
  write: (s: string) => void,
): Promise<number> {
  const dir = positional[0] ?? "templates";
  const format = flags.get("format") ?? "pretty";
  if (!["pretty", "json", "sarif"].includes(format)) {
    throw new UsageError(
      `Format "${format}" is not "pretty", "json" or "sarif"`,
    );
  }
  let lint: LintOptions = {};
  const policyFile = flags.get("policy");
  if (policyFile !== undefined) {
    const policy = await readJson(policyFile);
    if (policy === null || typeof policy !== "object") {
      throw new UsageError(
        `Policy file "${policyFile}" must hold a JSON object`,
      );
    }
    lint = policy as LintOptions;
  }
  const templates = await findTemplates(dir);
  const results: FileLintResult[] = [];
  for (const template of templates) {
    const path = joinPath(dir, template.path);
    let info;
    try {
      info = parseTemplatePath(template.path);
    } catch (error) {
      throw new UsageError((error as Error).message);
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
      if (error instanceof TypeError) throw new UsageError(error.message);
      throw error;
    }
    results.push({
      path,
      source: template.source,
      diagnostics: report.diagnostics,
    });
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
  positional: string[],
  flags: Map<string, string>,
  write: (s: string) => void,
): Promise<number> {
  const dir = positional[0] ?? "templates";
  const output = flags.get("output");
  if (output === undefined) throw new UsageError("build needs -o <file.ts>");
  const templates = await findTemplates(dir);
  let source: string;
  try {
    source = precompileTemplates(templates, {
      typesFrom: flags.get("types-from"),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  await Deno.writeTextFile(output, source);
  write(`wrote ${output} (${templates.length} templates)\n`);
  return 0;
}

async function composeCommand(
  flags: Map<string, string>,
  write: (s: string) => void,
): Promise<number> {
  const type = flags.get("type");
  const locale = flags.get("locale");
  const dataFile = flags.get("data");
  if (type === undefined || locale === undefined || dataFile === undefined) {
    throw new UsageError("compose needs --type, --locale and --data");
  }
  const data = await readJson(dataFile) as Record<string, unknown>;
  const dir = flags.get("templates");
  const templates = dir === undefined
    ? undefined
    : (await findTemplates(dir)).map((file) => compileTemplate(file));
  let message;
  try {
    message = createComposer({ templates }).compose({ type, locale, data });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const report = lintMessage({
    type,
    text: message.text,
    locale,
    ...(typeof data.amazonOrderId === "string"
      ? { amazonOrderId: data.amazonOrderId }
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

/**
 * Runs the command line.
 *
 * @param args The arguments, without the program name.
 * @param io Where to write; standard output and error by default.
 * @returns The exit code: 0 ok, 1 lint errors, 2 usage or input errors.
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
    const [command, ...rest] = args;
    const { positional, flags } = parseArgs(rest);
    if (command === undefined || command === "help" || flags.has("help")) {
      write(USAGE);
      return command === undefined ? 2 : 0;
    }
    switch (command) {
      case "lint":
        return await lintCommand(positional, flags, write);
      case "build":
        return await buildCommand(positional, flags, write);
      case "compose":
        return await composeCommand(flags, write);
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } catch (caught) {
    if (caught instanceof UsageError || caught instanceof RangeError) {
      error(`error: ${caught.message}\n\n${USAGE}`);
      return 2;
    }
    throw caught;
  }
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
