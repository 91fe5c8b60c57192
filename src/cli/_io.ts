// What every command shares: where it writes, the error for bad input
// files, and reading files and option values.

import { type OptionSpec, type ParsedArgs, UsageError } from "./_args.ts";

/** Where a command writes, and what stops a long-running one. */
export interface CommandIo {
  /** Writes to standard output. */
  readonly write: (text: string) => void;
  /** Writes to standard error. */
  readonly error: (text: string) => void;
  /** Stops `lint --watch`; without it the watch runs until the process ends. */
  readonly signal?: AbortSignal;
}

/** One command of the CLI. */
export interface Command {
  /** The text of `<command> --help`. */
  readonly help: string;
  /** The options it accepts. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** How many positional arguments it takes. */
  readonly maxPositionals: number;
  /** Runs it and returns the exit code. */
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}

/** A bad file or folder (as opposed to a bad command line). */
export class InputError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "InputError";
  }
}

/** The value of a string option, if given. */
export function stringValue(
  args: ParsedArgs,
  name: string,
): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** `"a", "b" and "c"`. */
export function quoteList(
  items: readonly string[],
  conjunction = "and",
): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length < 2
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted.at(-1)}`;
}

/** The values of required string options, or a usage error naming the missing ones. */
export function required(
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

/** Reads a text file, or throws an {@linkcode InputError} naming it. */
export async function readText(path: string): Promise<string> {
  try {
    return await Deno.readTextFile(path);
  } catch (cause) {
    throw new InputError(
      `Cannot read "${path}": ${(cause as Error).message}`,
      { cause },
    );
  }
}

/** Parses JSON text, or throws an {@linkcode InputError} naming its file. */
export function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError(
      `Cannot parse "${path}" as JSON: ${(cause as Error).message}`,
      { cause },
    );
  }
}

/** Reads and parses a JSON file. */
export async function readJson(path: string): Promise<unknown> {
  return parseJson(path, await readText(path));
}
