// Finds the templates of a folder on the file system: the shared walk with
// Deno's file API, a folder that cannot be read or holds no templates being
// an input error.

import {
  findTemplateFiles,
  type FoundTemplate,
  type TemplateFolderEntry,
} from "../authoring/template_folder.ts";
import { InputError, readText } from "./_io.ts";

/** Lists a folder, or throws an {@linkcode InputError} naming it. */
async function listFolder(dir: string): Promise<TemplateFolderEntry[]> {
  const entries: Deno.DirEntry[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) entries.push(entry);
  } catch (cause) {
    throw new InputError(
      `Cannot read folder "${dir}": ${(cause as Error).message}`,
      { cause },
    );
  }
  return entries;
}

/**
 * Every `.hbs` file under `root`, sorted by path. A folder without any is
 * an input error: `doing` says what the folder was for.
 */
export async function findTemplates(
  root: string,
  doing: string,
): Promise<FoundTemplate[]> {
  const found = await findTemplateFiles(root, {
    list: listFolder,
    read: readText,
  });
  if (found.length === 0) {
    throw new InputError(
      `Cannot ${doing} folder "${root}": it holds no templates (<type>/<locale>.hbs files)`,
    );
  }
  return found;
}
