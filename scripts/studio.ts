/**
 * The template studio on 127.0.0.1 over one template folder (the project's
 * `templates/` unless a folder is given): the page and the JSON API of
 * `createStudio` (src/studio/), with the folder read for every request and
 * Save writing into it. This file holds only the file-system parts.
 *
 * Run: `deno task studio [dir]` (port from `PORT`, default 8787).
 *
 * API (see `Studio` in src/studio/create_studio.ts):
 * - `GET /api/matrix`: every type × locale with status, length and limit,
 *   and the variables it lacks compared with `en-US`;
 * - `GET /api/template?path=<type>/<locale>.hbs`: the source and its sample;
 * - `POST /api/lint` `{ path, source, sample }`: the findings, each with
 *   rule id, severity, message, range in the template or in the sample
 *   data, and its safe fix;
 * - `POST /api/preview` `{ path, source, sample, buyerLocale, timeZone }`:
 *   the negotiated locale and text;
 * - `PUT /api/template` `{ path, source }`: saves (unless read-only).
 *
 * @module
 */

import {
  findTemplateFiles,
  type TemplateFolderReader,
} from "../src/authoring/template_folder.ts";
import { createStudio, type StudioFile } from "../src/studio/create_studio.ts";

/** Options of {@linkcode createStudioHandler}. */
export interface StudioOptions {
  /** The template folder. */
  readonly dir: string;
  /** Refuse saving. Default `false`. */
  readonly readOnly?: boolean;
}

function join(dir: string, path: string): string {
  return `${dir.replace(/\/+$/, "")}/${path}`;
}

const FOLDER_READER: TemplateFolderReader = {
  list: (path) => Array.fromAsync(Deno.readDir(path)),
  read: (path) => Deno.readTextFile(path),
};

/** Every template below `dir` and the `sample.json` files they use. */
export async function readTemplateFolder(dir: string): Promise<StudioFile[]> {
  try {
    const templates = await findTemplateFiles(dir, FOLDER_READER);
    const files: StudioFile[] = templates.map(({ path, source }) => ({
      path,
      source,
    }));
    const samples = new Set(templates.flatMap((t) => t.sample ?? []));
    for (const sample of samples) {
      files.push({
        path: sample.slice(dir.length).replace(/^\/+/, ""),
        source: await Deno.readTextFile(sample),
      });
    }
    return files;
  } catch (cause) {
    throw new Error(
      `Cannot read folder "${dir}": ${(cause as Error).message}`,
      { cause },
    );
  }
}

/** Writes a template into the folder, never through a link out of it. */
async function saveInto(dir: string, path: string, source: string) {
  const target = join(dir, path);
  const real = await Deno.realPath(dir);
  let parent: string;
  try {
    parent = await Deno.realPath(target.slice(0, target.lastIndexOf("/")));
  } catch {
    throw new Error(`Cannot save "${path}": its folder does not exist`);
  }
  if (parent !== real && !parent.startsWith(`${real}/`)) {
    throw new Error(`Cannot save "${path}": it is outside the folder`);
  }
  await Deno.writeTextFile(target, source);
}

/** The studio's request handler over a folder. */
export function createStudioHandler(
  options: StudioOptions,
): (request: Request) => Promise<Response> {
  const { dir } = options;
  const studio = createStudio({
    files: () => readTemplateFolder(dir),
    ...(options.readOnly === true ? {} : {
      save: (path: string, source: string) => saveInto(dir, path, source),
    }),
  });
  return studio.fetch;
}

if (import.meta.main) {
  const dir = Deno.args[0] ?? "templates";
  const port = Number(Deno.env.get("PORT") ?? 8787);
  Deno.serve(
    {
      hostname: "127.0.0.1",
      port,
      onListen: ({ port }) =>
        console.log(`Studio for "${dir}" on http://127.0.0.1:${port}/`),
    },
    createStudioHandler({ dir }),
  );
}
