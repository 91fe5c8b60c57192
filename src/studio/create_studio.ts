// This module is browser compatible.

/**
 * The template studio over a set of template files: its page and its JSON
 * API (the matrix of type × locale, a template with its sample data, the
 * lint and the preview of a draft, and saving when a way to save is
 * given). Web APIs only: the caller reads the files (`deno task studio`
 * from a folder, an endpoint from what it was given) and serves it.
 *
 * @module
 */

import { createComposer } from "../compose/create_composer.ts";
import {
  compileTemplate,
  parseTemplatePath,
} from "../compose/precompile_templates.ts";
import type { PrecompiledTemplate } from "../compose/precompiled_template.ts";
import { MESSAGE_TYPES } from "../message_types/mod.ts";
import { checkLocaleFileName } from "../authoring/template_folder.ts";
import { lintDraft, sampleOfDraft } from "./lint_draft.ts";
import { buildMatrix, type MatrixEntry } from "./matrix.ts";
import { studioPage } from "./page.ts";
import type {
  Studio,
  StudioAnswer,
  StudioFile,
  StudioOptions,
  StudioPageOptions,
} from "./types.ts";

export type * from "./types.ts";

class StudioInputError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly code = "invalid_request",
  ) {
    super(message);
    this.name = "StudioInputError";
  }
}

function ok(body: Record<string, unknown>): StudioAnswer {
  return { status: 200, outcome: "ok", body };
}

function failure(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): StudioAnswer {
  return {
    status,
    outcome: code,
    body: { error: { code, message } },
    ...(headers === undefined ? {} : { headers }),
  };
}

// The page's own inline script and style, calls to its own origin, nothing
// else; no framing.
const PAGE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

const PATH = /^[A-Za-z][A-Za-z0-9]*(?:\/[A-Za-z0-9_-]+)?\/[A-Za-z0-9_-]+\.hbs$/;

/** A template path of the API: `<type>[/<variant>]/<locale>.hbs`, canonical, inside the folder. */
function checkPath(path: unknown): string {
  if (typeof path !== "string" || !PATH.test(path)) {
    throw new StudioInputError(
      `Template path ${
        JSON.stringify(path) ?? "undefined"
      } is not "<type>/<locale>.hbs" inside the folder`,
    );
  }
  const problem = checkLocaleFileName(path.split("/").pop()!);
  if (problem !== undefined) throw new StudioInputError(problem);
  try {
    parseTemplatePath(path);
  } catch (error) {
    throw new StudioInputError((error as Error).message);
  }
  return path;
}

function objectOf(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new StudioInputError("The request body must be a JSON object");
  }
  return body as Record<string, unknown>;
}

function text(value: unknown, name: string): string {
  if (typeof value !== "string") {
    throw new StudioInputError(`"${name}" must be a string`);
  }
  return value;
}

function optionalText(value: unknown, name: string): string | null {
  return value === null || value === undefined ? null : text(value, name);
}

function limitOf(type: string): number | null {
  const descriptor = (MESSAGE_TYPES as Readonly<
    Record<string, { readonly text: { readonly max: number } | null }>
  >)[type];
  return descriptor?.text?.max ?? null;
}

/** The nearest `sample.json` above a template, as the command line finds it. */
function sampleOf(
  files: ReadonlyMap<string, string>,
  path: string,
): string | null {
  const parts = path.split("/").slice(0, -1);
  for (let n = parts.length; n >= 0; n--) {
    const found = files.get([...parts.slice(0, n), "sample.json"].join("/"));
    if (found !== undefined) return found;
  }
  return null;
}

/** Whether the template at `path` is a locale of the template `id`. */
function sameTemplate(path: string, id: string): boolean {
  try {
    return parseTemplatePath(path).id === id;
  } catch {
    return false;
  }
}

function checkFiles(files: unknown): readonly StudioFile[] {
  if (
    !Array.isArray(files) ||
    !files.every((f) =>
      typeof f?.path === "string" && typeof f?.source === "string"
    )
  ) {
    throw new TypeError(
      'Cannot read the studio\'s files: "files" must give an array of { path, source } with strings',
    );
  }
  return files;
}

/**
 * Creates the template studio over template files. It lints, renders and
 * previews with the full Handlebars compiler (which generates code): run it
 * where that is allowed (Deno, Node, Bun), not on Cloudflare Workers or
 * Deno Deploy. The endpoint serves it read-only at `GET /studio` when
 * `createMessagingApp({ studio })` is given one.
 *
 * @param options The files, how to save (none: read-only) and the lint
 * options.
 * @returns The studio: page, API handlers and a `fetch` for loopback.
 * @throws {TypeError} When `files` is not an array or function of files, or
 * `save` is not a function.
 *
 * @example Linting a draft whose sample data holds an email address
 * ```ts
 * import { createStudio } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const studio = createStudio({
 *   files: [{ path: "unexpectedProblem/en-US.hbs", source: "Order {{amazonOrderId}}" }],
 * });
 * const sample = JSON.stringify({ amazonOrderId: "123-1234567-1234567", sellerName: "Mail me at shop@example.com" });
 * const answer = await studio.lint({
 *   path: "unexpectedProblem/en-US.hbs",
 *   source: "Order {{amazonOrderId}} is late. {{sellerName}}",
 *   sample,
 * });
 * assert.equal(answer.status, 200);
 * const [finding] = (answer.body.findings as { ruleId: string; dataRange: { start: number; end: number } }[])
 *   .filter((f) => f.ruleId === "no-email");
 * assert.equal(sample.slice(finding!.dataRange.start, finding!.dataRange.end), "shop@example.com");
 * assert.equal((await studio.save({ path: "unexpectedProblem/en-US.hbs", source: "" })).status, 403);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createStudio(options: StudioOptions): Studio {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      'Cannot create the studio: options must be an object with "files"',
    );
  }
  const given = options.files;
  if (typeof given !== "function") checkFiles(given);
  const write = options.save;
  if (write !== undefined && typeof write !== "function") {
    throw new TypeError(
      'Cannot create the studio: "save" must be a function (path, source) => Promise<void>',
    );
  }
  const lint = options.lint ?? {};
  const readOnly = write === undefined;

  const readFiles = async (): Promise<Map<string, string>> => {
    const files = typeof given === "function"
      ? checkFiles(await given())
      : given;
    return new Map(files.map((f) => [f.path.replace(/^\.?\//, ""), f.source]));
  };
  const templatesOf = (files: ReadonlyMap<string, string>) => {
    const templates = [...files.keys()].filter((p) => p.endsWith(".hbs"))
      .sort();
    if (templates.length === 0) {
      throw new StudioInputError(
        "The template folder holds no templates (<type>/<locale>.hbs files)",
        404,
        "no_templates",
      );
    }
    return templates;
  };

  const handlers = {
    async matrix(): Promise<StudioAnswer> {
      const files = await readFiles();
      const entries: MatrixEntry[] = [];
      for (const path of templatesOf(files)) {
        const source = files.get(path)!;
        const parts = path.split("/");
        const locale = parts.pop()!.replace(/\.hbs$/, "");
        const type = parts.join("/");
        const linted = lintDraft(path, source, sampleOf(files, path), lint);
        entries.push({
          type,
          locale,
          path,
          source,
          text: linted.text,
          errorCount: linted.errorCount,
          warningCount: linted.warningCount,
          limit: limitOf(parts[0]!),
        });
      }
      return ok({ ...buildMatrix(entries) });
    },
    async template(path: string | null): Promise<StudioAnswer> {
      const checked = checkPath(path);
      const files = await readFiles();
      const source = files.get(checked);
      if (source === undefined) {
        return failure(
          404,
          "not_found",
          `Template "${checked}" does not exist`,
        );
      }
      return ok({
        path: checked,
        source,
        sample: sampleOf(files, checked),
        readOnly,
      });
    },
    lint(body: unknown): Promise<StudioAnswer> {
      const input = objectOf(body);
      const path = checkPath(input.path);
      const source = text(input.source, "source");
      const sample = optionalText(input.sample, "sample");
      const started = performance.now();
      const result = lintDraft(path, source, sample, lint);
      return Promise.resolve(
        ok({ ...result, ms: performance.now() - started }),
      );
    },
    async preview(body: unknown): Promise<StudioAnswer> {
      const input = objectOf(body);
      const path = checkPath(input.path);
      const source = text(input.source, "source");
      const info = parseTemplatePath(path);
      const buyerLocale = optionalText(input.buyerLocale, "buyerLocale") ??
        info.locale;
      const timeZone = optionalText(input.timeZone, "timeZone") ?? "UTC";
      const sample = sampleOfDraft(
        optionalText(input.sample, "sample"),
        path,
      );
      if (!sample.ok) return ok({ error: sample.problem.message });
      let draft: PrecompiledTemplate;
      try {
        draft = compileTemplate({ path, source });
      } catch (error) {
        // Never a sibling locale's text in place of the draft's.
        return ok({ error: (error as Error).message });
      }
      const files = await readFiles();
      const templates: PrecompiledTemplate[] = [draft];
      for (const [p, s] of files) {
        if (!p.endsWith(".hbs") || p === path || !sameTemplate(p, info.id)) {
          continue;
        }
        try {
          templates.push(compileTemplate({ path: p, source: s }));
        } catch {
          // A sibling that does not compile is left out of the preview.
        }
      }
      try {
        const message = createComposer({ templates, timeZone }).compose({
          type: info.type,
          template: info.id,
          locale: buyerLocale,
          data: sample.data,
        });
        return ok({ locale: message.locale, text: message.text });
      } catch (error) {
        return ok({ error: (error as Error).message });
      }
    },
    async save(body: unknown): Promise<StudioAnswer> {
      if (write === undefined) {
        return failure(
          403,
          "read_only",
          "The studio is read-only here: templates cannot be saved",
        );
      }
      const input = objectOf(body);
      const path = checkPath(input.path);
      const source = text(input.source, "source");
      try {
        await write(path, source);
      } catch (error) {
        return failure(403, "not_saved", (error as Error).message);
      }
      return ok({ saved: path });
    },
  };

  let matrix: Promise<StudioAnswer> | undefined;

  /** Runs a handler: bad input becomes its 4xx answer. */
  async function answer(
    run: () => Promise<StudioAnswer>,
  ): Promise<StudioAnswer> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof StudioInputError) {
        return failure(error.status, error.code, error.message);
      }
      throw error;
    }
  }

  const json = (a: StudioAnswer): Response =>
    new Response(JSON.stringify(a.body), {
      status: a.status,
      headers: {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
        ...a.headers,
      },
    });

  async function readJson(request: Request): Promise<unknown> {
    try {
      return await request.json();
    } catch {
      throw new StudioInputError("The request body is not valid JSON");
    }
  }

  const routes: Readonly<
    Record<
      string,
      Readonly<Record<string, (r: Request) => Promise<StudioAnswer>>>
    >
  > = {
    "/api/matrix": { GET: () => handlers.matrix() },
    "/api/template": {
      GET: (r) => handlers.template(new URL(r.url).searchParams.get("path")),
      PUT: async (r) => handlers.save(await readJson(r)),
    },
    "/api/lint": { POST: async (r) => handlers.lint(await readJson(r)) },
    "/api/preview": { POST: async (r) => handlers.preview(await readJson(r)) },
  };

  return {
    readOnly,
    page: (page: StudioPageOptions = {}) =>
      new Response(
        studioPage({
          readOnly: readOnly || page.readOnly === true,
          askKey: page.askKey === true,
        }),
        { headers: PAGE_HEADERS },
      ),
    matrix: () => {
      if (typeof given === "function") return answer(handlers.matrix);
      // Files given once do not change: lint them once.
      matrix ??= answer(handlers.matrix);
      return matrix;
    },
    template: (path) => answer(() => handlers.template(path)),
    lint: (body) => answer(() => handlers.lint(body)),
    preview: (body) => answer(() => handlers.preview(body)),
    save: (body) => answer(() => handlers.save(body)),
    async fetch(request: Request): Promise<Response> {
      const { pathname } = new URL(request.url);
      if (pathname === "/") {
        if (request.method !== "GET" && request.method !== "HEAD") {
          return json(
            failure(405, "method_not_allowed", "Method not allowed: use GET", {
              allow: "GET",
            }),
          );
        }
        return new Response(studioPage({ readOnly }), {
          headers: PAGE_HEADERS,
        });
      }
      const route = routes[pathname];
      if (route === undefined) {
        return json(failure(404, "not_found", `No route ${pathname}`));
      }
      const handle = route[request.method];
      if (handle === undefined) {
        const allow = Object.keys(route).join(", ");
        return json(
          failure(
            405,
            "method_not_allowed",
            `Method not allowed: use ${allow}`,
            { allow },
          ),
        );
      }
      try {
        return json(await answer(() => handle(request)));
      } catch (error) {
        return json(
          failure(
            500,
            "internal",
            `The studio could not answer: ${(error as Error).message}`,
          ),
        );
      }
    },
  };
}
