/**
 * The template studio on 127.0.0.1 over one template folder (the project's
 * `templates/` unless a folder is given): the page and the JSON API of
 * `createStudio` (src/studio/), with the folder read for every request and
 * Save writing into it. This file holds only the file-system parts.
 *
 * Run: `deno task studio [dir]` (port from `PORT`, default 8787). It
 * answers only requests addressed to 127.0.0.1 or localhost (403 for any
 * other host, so a web page cannot reach the folder by pointing its own
 * name at this machine), and saves only inside the folder, never through a
 * link that leads out of it.
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
  const inside = (at: string) => at === real || at.startsWith(`${real}/`);
  if (!inside(parent)) {
    throw new Error(`Cannot save "${path}": it is outside the folder`);
  }
  // A file that is a link is written where it leads: only inside.
  const link = await Deno.lstat(target).then((s) => s.isSymlink, () => false);
  if (link) {
    const to = await Deno.realPath(target).catch(() => null);
    if (to === null || !inside(to)) {
      throw new Error(
        `Cannot save "${path}": it is a link out of the folder`,
      );
    }
  }
  await Deno.writeTextFile(target, source);
}

// The names this machine answers to on loopback. A request for any other
// host is a page elsewhere whose name was pointed at 127.0.0.1 (DNS
// rebinding): it must neither read nor save the folder.
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set([
  "127.0.0.1",
  "localhost",
  "[::1]",
]);

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
  return (request) => {
    const host = new URL(request.url).hostname;
    if (!LOOPBACK_HOSTS.has(host)) {
      return Promise.resolve(Response.json({
        error: {
          code: "forbidden_host",
          message:
            `Host "${host}" is not this machine: open the studio at http://127.0.0.1`,
        },
      }, { status: 403 }));
    }
    return studio.fetch(request);
  };
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
