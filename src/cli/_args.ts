// Strict argument parsing for the command line, on `parseArgs` from
// `node:util` (built into Deno and Node). Strict mode decides; when it
// rejects the arguments, a second, lenient pass finds the argument at fault
// and words one line about it.

// @ts-ignore: the npm build type-checks the CLI without Node's type declarations; Deno and Node both provide node:util at run time
import { parseArgs as nodeParseArgs } from "node:util";

/** The name of the command the package installs. */
export const PROGRAM = "buyer-messages";

/** A command line the CLI cannot run: it answers with a hint to `--help`. */
export class UsageError extends Error {
  /** The command whose help the hint names; `undefined` for the top level. */
  readonly command: string | undefined;

  constructor(message: string, command: string | undefined) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}

/** One option a command accepts. */
export interface OptionSpec {
  /** A boolean never takes a value; a string always does. */
  readonly type: "boolean" | "string";
  /** A one-letter alias (`o` for `-o`). */
  readonly short?: string;
}

/** What {@linkcode parseCommandArgs} returns. */
export interface ParsedArgs {
  /** Option values by long name: a string, `true`, or absent. */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** The arguments that are not options, in order. */
  readonly positionals: readonly string[];
}

interface Token {
  readonly kind: "option" | "positional" | "option-terminator";
  readonly name?: string;
  readonly rawName?: string;
  readonly value?: string;
  readonly inlineValue?: boolean;
}

interface NodeParsed {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
  readonly tokens: Token[];
}

function runParseArgs(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  strict: boolean,
): NodeParsed {
  return nodeParseArgs({
    args: [...args],
    options: { ...options },
    strict,
    allowPositionals: true,
    tokens: true,
  }) as NodeParsed;
}

// Edit distance with adjacent transpositions ("lnit" is 1 from "lint").
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      let d = Math.min(
        rows[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = d;
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate closest to a mistyped word, when it is close enough to be
 * what was meant (a typo or a prefix), else `undefined`.
 */
export function closest(
  word: string,
  candidates: readonly string[],
): string | undefined {
  const typed = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = typed.length >= 2 && candidate.startsWith(typed)
      ? 0.5
      : distance(typed, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= 2 && bestDistance < typed.length / 2
    ? best
    : undefined;
}

function describeOption(name: string, spec: OptionSpec | undefined): string {
  return spec?.short === undefined ? `--${name}` : `-${spec.short}, --${name}`;
}

// The first argument strict parsing refuses, in one line.
function explain(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  fallback: string,
): string {
  for (const token of runParseArgs(args, options, false).tokens) {
    if (token.kind !== "option") continue;
    const raw = token.rawName!;
    const spec = options[token.name!];
    if (spec === undefined) {
      const long = raw.startsWith("--");
      const guess = long
        ? closest(token.name!, Object.keys(options))
        : undefined;
      return `Unknown option "${raw}"${
        guess === undefined ? "" : ` (did you mean "--${guess}"?)`
      }`;
    }
    if (spec.type === "boolean" && token.value !== undefined) {
      return `Option "${raw}" takes no value: got "${token.value}"`;
    }
    if (spec.type === "string" && token.value === undefined) {
      return `Option "${describeOption(token.name!, spec)}" needs a value`;
    }
    if (
      spec.type === "string" && !token.inlineValue &&
      token.value!.length > 1 && token.value!.startsWith("-")
    ) {
      return `Option "${raw}" needs a value: "${token.value}" looks like an option (write ${raw}=${token.value} if it is the value)`;
    }
  }
  return fallback.split("\n")[0]!;
}

/**
 * Parses a command's arguments strictly: an unknown option, a missing value,
 * a value given to a boolean, a string option given twice or more
 * positionals than `maxPositionals` throw a {@linkcode UsageError} for
 * `command`.
 */
export function parseCommandArgs(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  command: string | undefined,
  maxPositionals: number,
): ParsedArgs {
  let parsed: NodeParsed;
  try {
    parsed = runParseArgs(args, options, true);
  } catch (error) {
    throw new UsageError(
      explain(args, options, (error as Error).message),
      command,
    );
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    if (options[token.name!]?.type !== "string") continue;
    if (seen.has(token.name!)) {
      throw new UsageError(
        `Option "--${token.name}" is given more than once`,
        command,
      );
    }
    seen.add(token.name!);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals]!;
    throw new UsageError(
      maxPositionals === 0
        ? `Unexpected argument "${extra}": ${
          command ?? PROGRAM
        } takes only options`
        : `Unexpected argument "${extra}": ${command ?? PROGRAM} takes ${
          maxPositionals === 1 ? "one folder" : `${maxPositionals} arguments`
        }`,
      command,
    );
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
