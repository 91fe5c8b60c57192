// Finds the templates of a folder: every `.hbs` file below it, each with
// the nearest `sample.json` above it.

import { InputError, joinPath, readText } from "./_io.ts";

/** A template file found in a folder. */
export interface FoundTemplate {
  /** The path below the folder, `/`-separated. */
  readonly path: string;
  /** The Handlebars source. */
  readonly source: string;
  /** The path of the nearest `sample.json` (with the folder), if any. */
  readonly sample: string | undefined;
}

/**
 * Every `.hbs` file under `root`, sorted by path. A folder without any is
 * an input error: `doing` says what the folder was for.
 */
export async function findTemplates(
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
