import assert from "node:assert/strict";
import {
  closest,
  type OptionSpec,
  parseCommandArgs,
  UsageError,
} from "../../src/cli/_args.ts";

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: "string" },
  quiet: { type: "boolean" },
  out: { type: "string", short: "o" },
};

function usageMessage(args: string[], max = 1): string {
  try {
    parseCommandArgs(args, OPTIONS, "lint", max);
  } catch (error) {
    assert.ok(error instanceof UsageError);
    assert.equal(error.command, "lint");
    return error.message;
  }
  throw new Error(`${JSON.stringify(args)} was accepted`);
}

Deno.test("closest() suggests a typo's intended word, and nothing for a stranger", () => {
  assert.equal(closest("formt", ["format", "policy"]), "format");
  assert.equal(closest("pol", ["format", "policy"]), "policy");
  assert.equal(closest("lnit", ["lint", "build", "compose"]), "lint");
  assert.equal(closest("xyzzy", ["lint", "build", "compose"]), undefined);
  assert.equal(closest("a", ["ab", "b"]), undefined);
});

Deno.test("parseCommandArgs() keeps booleans from swallowing the next argument", () => {
  const parsed = parseCommandArgs(
    ["--quiet", "dir", "-o", "x.ts"],
    OPTIONS,
    "lint",
    1,
  );
  assert.equal(parsed.values.quiet, true);
  assert.equal(parsed.values.out, "x.ts");
  assert.deepEqual(parsed.positionals, ["dir"]);
});

Deno.test("parseCommandArgs() words one line for each way arguments go wrong", () => {
  assert.equal(
    usageMessage(["--formt", "json"]),
    'Unknown option "--formt" (did you mean "--format"?)',
  );
  assert.equal(usageMessage(["--format"]), 'Option "--format" needs a value');
  assert.match(usageMessage(["--format", "--quiet"]), /looks like an option/);
  assert.equal(
    usageMessage(["--quiet=yes"]),
    'Option "--quiet" takes no value: got "yes"',
  );
  assert.equal(
    usageMessage(["--format", "json", "--format", "sarif"]),
    'Option "--format" is given more than once',
  );
  assert.match(usageMessage(["a", "b"]), /Unexpected argument "b"/);
  assert.match(usageMessage(["a"], 0), /takes only options/);
  for (const args of [["--formt", "json"], ["--format"], ["a", "b"]]) {
    assert.ok(!usageMessage(args).includes("\n"), "one line");
  }
});
