// Helpers for the CLI tests: run main() in process, and lay out a
// templates folder in a temporary directory.
import { type CliIo, main } from "../../src/cli/mod.ts";

/** What a run of the CLI printed and returned. */
export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI with the arguments, capturing its output. */
export async function run(
  args: string[],
  io: Omit<CliIo, "write" | "error"> = {},
): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(args, {
    ...io,
    write: (s) => out += s,
    error: (s) => err += s,
  });
  return { code, out, err };
}

/** A temporary folder holding the files (paths below it to contents). */
export async function folder(
  files: Readonly<Record<string, string>>,
): Promise<string> {
  const dir = await Deno.makeTempDir();
  for (const [path, text] of Object.entries(files)) {
    const parent = path.split("/").slice(0, -1).join("/");
    if (parent !== "") {
      await Deno.mkdir(`${dir}/${parent}`, { recursive: true });
    }
    await Deno.writeTextFile(`${dir}/${path}`, text);
  }
  return dir;
}

/** Sample data every unexpectedProblem template may use. */
export const SAMPLE: string = JSON.stringify({
  amazonOrderId: "123-1234567-1234567",
  sellerName: "Northwind",
});
