/**
 * The command line: lint templates folders, precompile one, or compose one
 * message. Runs on Deno (`deno run -A jsr:@sellerkit/buyer-messages/cli`)
 * and, from the npm package, on Node (`npx buyer-messages`).
 *
 * ```
 * buyer-messages lint [dir...] [--format pretty|json|sarif|github] [--policy file.json]
 *                      [--fix | --fix-dry-run] [--max-warnings N] [--watch]
 * buyer-messages build [dir] -o <file.ts|file.js> [--js] [--types-from specifier]
 * buyer-messages compose --type T --locale L --data file.json [--templates dir]
 * buyer-messages --help | <command> --help | --version
 * ```
 *
 * Parsing is strict: an unknown option, an option without its value or an
 * unexpected argument is a usage error, reported in one line on standard
 * error with a hint to `--help`. A folder without templates is an input
 * error, never "no problems".
 *
 * Lint reports every finding at once: a bad template file name (not a
 * canonical BCP 47 tag), a missing `sample.json` or a missing variable is a
 * finding of its template, and the other templates are still linted.
 *
 * Exit codes: 0 ok, 1 lint errors, too many warnings (`--max-warnings`) or
 * a message that would be rejected, 2 usage or input errors.
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

import {
  closest,
  type OptionSpec,
  parseCommandArgs,
  PROGRAM,
  UsageError,
} from "./_args.ts";
import { buildCommand } from "./_build_command.ts";
import { composeCommand } from "./_compose_command.ts";
import { type Command, InputError, quoteList } from "./_io.ts";
import { lintCommand } from "./_lint_command.ts";
import { VERSION } from "../_version.ts";

/** Where the CLI writes; the defaults are standard output and error. */
export interface CliIo {
  /** Writes to standard output. */
  readonly write?: (text: string) => void;
  /** Writes to standard error. */
  readonly error?: (text: string) => void;
  /**
   * Stops `lint --watch`, which then returns the exit code of its last run.
   *
   * @default {undefined: the watch runs until the process ends}
   */
  readonly signal?: AbortSignal;
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

const HELP: OptionSpec = { type: "boolean", short: "h" };

const COMMANDS: Readonly<Record<string, Command>> = {
  lint: lintCommand,
  build: buildCommand,
  compose: composeCommand,
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
    return await command.run(parsed, { write, error, signal: io.signal });
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
