// `lint`: lints templates folders and reports every finding at once, in
// one of four formats; optionally fixes safe findings and watches.

import { closest, PROGRAM, UsageError } from "./_args.ts";
import { formatPretty } from "../lint/format_results.ts";
import type { LintOptions } from "../lint/lint_message.ts";
import { applyEdits, type FixEdit, safeEdits } from "../authoring/fixes.ts";
import { formatGithub } from "./_github_format.ts";
import {
  type Command,
  type CommandIo,
  InputError,
  quoteList,
  readJson,
  stringValue,
} from "./_io.ts";
import { type CliLintResult, lintFolders } from "./_lint_folders.ts";
import { toCliSarif } from "./_sarif.ts";
import { watch } from "./_watch.ts";

const FORMATS = ["pretty", "json", "sarif", "github"] as const;
type Format = typeof FORMATS[number];

interface LintSettings {
  readonly dirs: readonly string[];
  readonly format: Format;
  readonly lint: LintOptions;
  readonly fix: "write" | "dry-run" | undefined;
  readonly maxWarnings: number | undefined;
}

function readFormat(args: Parameters<Command["run"]>[0]): Format {
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
  return format as Format;
}

function readMaxWarnings(
  args: Parameters<Command["run"]>[0],
): number | undefined {
  const value = stringValue(args, "max-warnings");
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError(
      `Option "--max-warnings" takes a whole number of 0 or more: got "${value}"`,
      "lint",
    );
  }
  return Number(value);
}

async function readPolicy(file: string | undefined): Promise<LintOptions> {
  if (file === undefined) return {};
  const policy = await readJson(file);
  if (policy === null || typeof policy !== "object" || Array.isArray(policy)) {
    throw new InputError(
      `Cannot use policy file "${file}": it must hold a JSON object`,
    );
  }
  return policy as LintOptions;
}

function describeEdits(
  result: CliLintResult,
  edits: readonly FixEdit[],
  verb: string,
): string {
  const lines = [`${verb} ${result.path}:`];
  for (const edit of edits) {
    lines.push(
      `  ${edit.line}:${edit.column}  ${edit.ruleId}  ${
        JSON.stringify(edit.before)
      } -> ${JSON.stringify(edit.after)}`,
    );
  }
  return lines.join("\n") + "\n";
}

async function lintOnce(
  settings: LintSettings,
  { write, error }: CommandIo,
): Promise<number> {
  let results = await lintFolders(settings.dirs, settings.lint);
  if (settings.fix !== undefined) {
    // Machine formats keep standard output to themselves.
    const say = settings.format === "pretty" ? write : error;
    let changed = 0;
    for (const result of results) {
      const edits = safeEdits(result.source, result.text, result.diagnostics);
      if (edits.length === 0) continue;
      changed++;
      if (settings.fix === "write") {
        try {
          await Deno.writeTextFile(
            result.path,
            applyEdits(result.source, edits),
          );
        } catch (cause) {
          throw new InputError(
            `Cannot write "${result.path}": ${(cause as Error).message}`,
            { cause },
          );
        }
      }
      say(
        describeEdits(
          result,
          edits,
          settings.fix === "write" ? "fixed" : "would fix",
        ),
      );
    }
    if (changed === 0) say("no safe fixes to apply\n");
    if (settings.fix === "write" && changed > 0) {
      results = await lintFolders(settings.dirs, settings.lint);
    }
    if (settings.format === "pretty") write("\n");
  }
  if (settings.format === "json") {
    write(
      JSON.stringify(
        results.map(({ path, diagnostics }) => ({ path, diagnostics })),
        null,
        2,
      ) + "\n",
    );
  } else if (settings.format === "sarif") {
    write(JSON.stringify(toCliSarif(results), null, 2) + "\n");
  } else if (settings.format === "github") {
    write(formatGithub(results));
  } else write(formatPretty(results, { color: false }) + "\n");
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === "error") errors++;
      else warnings++;
    }
  }
  if (settings.maxWarnings !== undefined && warnings > settings.maxWarnings) {
    error(
      `Too many warnings: ${warnings} found, --max-warnings allows ${settings.maxWarnings}\n`,
    );
    return 1;
  }
  return errors > 0 ? 1 : 0;
}

/** The `lint` command. */
export const lintCommand: Command = {
  help: `Usage: ${PROGRAM} lint [dir...] [options]

Lints every template in each folder (default: templates) against Amazon's
buyer-messaging policy, rendered with the sample.json of its folder, and
prints the findings of all folders together. A folder without templates is
an error; a bad file name, a missing sample.json or a missing variable is a
finding of its template, and the other templates are still linted.

Options:
  --format <pretty|json|sarif|github>
                                Output format (default: pretty); "github"
                                writes GitHub Actions annotations.
  --policy <file.json>          Lint options, e.g. {"rules":{"no-emoji":"off"}}.
  --fix                         Apply the safe fixes to the template files.
  --fix-dry-run                 Print the safe fixes without writing them.
  --max-warnings <n>            Exit with 1 when there are more than n warnings.
  --watch                       Lint again whenever a template or sample
                                changes, until stopped (Ctrl-C).
  -h, --help                    Show this help.

A fix is safe when its rule declares fixes, it lies in the template's own
words (not in inserted data), and it replaces exactly the text the rule
found there.

Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage or
input errors.
`,
  options: {
    format: { type: "string" },
    policy: { type: "string" },
    fix: { type: "boolean" },
    "fix-dry-run": { type: "boolean" },
    "max-warnings": { type: "string" },
    watch: { type: "boolean" },
  },
  maxPositionals: Infinity,
  async run(args, io) {
    if (args.values.fix === true && args.values["fix-dry-run"] === true) {
      throw new UsageError(
        'Options "--fix" and "--fix-dry-run" exclude each other: give one',
        "lint",
      );
    }
    const settings: LintSettings = {
      dirs: args.positionals.length === 0 ? ["templates"] : args.positionals,
      format: readFormat(args),
      maxWarnings: readMaxWarnings(args),
      fix: args.values.fix === true
        ? "write"
        : args.values["fix-dry-run"] === true
        ? "dry-run"
        : undefined,
      lint: await readPolicy(stringValue(args, "policy")),
    };
    if (args.values.watch !== true) return await lintOnce(settings, io);
    const { error } = io;
    const once = async () => {
      try {
        return await lintOnce(settings, io);
      } catch (caught) {
        if (!(caught instanceof InputError)) throw caught;
        error(`error: ${caught.message}\n`);
        return 2;
      } finally {
        error(`watching ${quoteList(settings.dirs)} for changes\n`);
      }
    };
    return await watch(
      settings.dirs,
      once,
      () => error("change found, linting again\n"),
      io.signal,
    );
  },
};
