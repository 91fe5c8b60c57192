/**
 * Writes a generated source file, or with `--check` fails when the file on
 * disk differs from what the generator makes now (the test task runs the
 * checks, so a stale file cannot land).
 *
 * @module
 */

/** What a generator writes and how its stale message reads. */
export interface GeneratedFile {
  /** The file, as a URL. */
  readonly url: URL;
  /** Its path from the repository root, for messages. */
  readonly name: string;
  /** The command that writes it anew, named in the stale message. */
  readonly command: string;
  /** What the generator makes now. */
  readonly source: string;
  /** What the check prints when the file is current. */
  readonly upToDate: string;
  /** What a write prints. */
  readonly wrote: string;
}

/**
 * Checks (with `--check` in `args`) or writes a generated file. A stale or
 * missing file under `--check` prints how to rebuild it and exits 1.
 *
 * @param file The file and its messages.
 * @param args The script's arguments.
 */
export async function writeOrCheck(
  file: GeneratedFile,
  args: readonly string[] = Deno.args,
): Promise<void> {
  if (!args.includes("--check")) {
    await Deno.writeTextFile(file.url, file.source);
    console.log(file.wrote);
    return;
  }
  let current = "";
  try {
    current = await Deno.readTextFile(file.url);
  } catch {
    // Missing counts as stale.
  }
  if (current !== file.source) {
    console.error(
      `${file.name} is stale: run \`${file.command}\` and commit the result`,
    );
    Deno.exit(1);
  }
  console.log(file.upToDate);
}
