// `lint --watch`: runs the lint, then again whenever a template or a
// sample.json below the folders changes, until the signal aborts. It polls
// the folders' files (small text files) so that it runs the same on Deno
// and on Node.

import { joinPath } from "../authoring/template_folder.ts";

/** How often the folders are read for changes, in milliseconds. */
export const POLL_INTERVAL_MS = 200;

// The paths and contents of every template and sample below the folders; a
// folder that cannot be read counts as a state of its own.
async function snapshot(dirs: readonly string[]): Promise<string> {
  const parts: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries: Deno.DirEntry[] = [];
    try {
      for await (const entry of Deno.readDir(dir)) entries.push(entry);
    } catch (error) {
      parts.push(`${dir}\u0000unreadable ${(error as Error).name}`);
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : 1);
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      if (entry.isDirectory) await walk(path);
      else if (entry.name.endsWith(".hbs") || entry.name === "sample.json") {
        let text: string;
        try {
          text = await Deno.readTextFile(path);
        } catch {
          text = "\u0000unreadable";
        }
        parts.push(`${path}\u0000${text}`);
      }
    }
  }
  for (const dir of dirs) await walk(dir);
  return parts.join("\u0001");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
  });
}

/**
 * Runs `once`, then again after each change below `dirs`, until `signal`
 * aborts; returns the exit code of the last run. `onChange` announces a
 * re-run.
 */
export async function watch(
  dirs: readonly string[],
  once: () => Promise<number>,
  onChange: () => void,
  signal: AbortSignal | undefined,
): Promise<number> {
  let before = await snapshot(dirs);
  let code = await once();
  while (!signal?.aborted) {
    await sleep(POLL_INTERVAL_MS, signal);
    if (signal?.aborted) break;
    const now = await snapshot(dirs);
    if (now === before) continue;
    before = now;
    onChange();
    code = await once();
  }
  return code;
}
