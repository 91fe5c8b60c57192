/**
 * The template studio on 127.0.0.1: a page for template authors and its
 * JSON API over one template folder (the project's `templates/` unless a
 * folder is given). Local mode reads and writes that folder.
 *
 * Run: `deno task studio [dir]` (port from `PORT`, default 8787).
 *
 * API:
 * - `GET /api/matrix`: every type × locale with status, length and limit,
 *   and the variables it lacks compared with `en-US`;
 * - `GET /api/template?path=<type>/<locale>.hbs`: the source and its sample;
 * - `POST /api/lint` `{ path, source, sample }`: the findings, each with
 *   rule id, severity, message, range in the template or in the data, and
 *   its safe fix;
 * - `POST /api/preview` `{ path, source, sample, buyerLocale, timeZone }`:
 *   the negotiated locale and text;
 * - `PUT /api/template` `{ path, source }`: saves (local mode only).
 *
 * @module
 */

import { parseTemplatePath } from "../src/compose/precompile_templates.ts";
import { compileTemplate } from "../src/compose/precompile_templates.ts";
import { createComposer } from "../src/compose/create_composer.ts";
import { findTemplates } from "../src/cli/_find_templates.ts";
import { InputError } from "../src/cli/_io.ts";
import { safeEdits } from "../src/cli/_fix.ts";
import { fileFinding, lintOne } from "../src/cli/_lint_folders.ts";
import { checkLocaleFileName } from "../src/cli/_locale_names.ts";
import type { Range } from "../src/lint/rule.ts";
import type { TemplateDiagnostic } from "../src/lint/lint_template.ts";
import { MESSAGE_TYPES } from "../src/message_types/mod.ts";
import { buildMatrix, type MatrixEntry } from "../src/studio/matrix.ts";
import { studioPage } from "../src/studio/page.ts";

/** Options of {@linkcode createStudioHandler}. */
export interface StudioOptions {
  /** The template folder. */
  readonly dir: string;
  /** Refuse saving. Default `false` (local mode). */
  readonly readOnly?: boolean;
}

/** A finding as the API answers it. */
export interface StudioFinding {
  readonly ruleId: string;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly origin: "template" | "data" | "source";
  /** Offsets in the template source, or `null`. */
  readonly range: { readonly start: number; readonly end: number } | null;
  /** Offsets in the sample JSON, for findings in inserted data. */
  readonly dataRange: { readonly start: number; readonly end: number } | null;
  /** The safe fix: replace the template range with `text`. */
  readonly fix:
    | { readonly start: number; readonly end: number; readonly text: string }
    | null;
}

class StudioInputError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
    this.name = "StudioInputError";
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

const PATH = /^[A-Za-z][A-Za-z0-9]*(?:\/[A-Za-z0-9_-]+)?\/[A-Za-z0-9_-]+\.hbs$/;

/** Checks a template path of the API: `<type>[/<variant>]/<locale>.hbs`, canonical, inside the folder. */
function checkPath(path: unknown): string {
  if (typeof path !== "string" || !PATH.test(path)) {
    throw new StudioInputError(
      `Template path ${
        JSON.stringify(path)
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

function join(dir: string, path: string): string {
  return `${dir.replace(/\/+$/, "")}/${path}`;
}

function parseSample(source: string | null, path: string) {
  const type = path.split("/").slice(0, -1).join("/");
  if (source === null) {
    return {
      ok: false as const,
      file: undefined,
      problem: fileFinding(
        "template-sample",
        "missingSample",
        `Sample data is missing: add "${type}/sample.json" with the variables the template uses`,
      ),
    };
  }
  const file = { path: `${type}/sample.json`, source };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return {
      ok: false as const,
      file,
      problem: fileFinding(
        "template-sample",
        "invalidSample",
        `Sample data is not valid JSON: ${(error as Error).message}`,
      ),
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false as const,
      file,
      problem: fileFinding(
        "template-sample",
        "invalidSample",
        "Sample data must hold a JSON object",
      ),
    };
  }
  return { ok: true as const, file, data: data as Record<string, unknown> };
}

function offsets(range: Range | null) {
  return range === null
    ? null
    : { start: range.start.offset, end: range.end.offset };
}

/** Lints a draft: the template source and the sample JSON text. */
export function lintDraft(path: string, source: string, sample: string | null) {
  const result = lintOne(
    "",
    path,
    source,
    parseSample(sample, path),
    {},
  );
  const diagnostics = result.diagnostics as readonly TemplateDiagnostic[];
  const edits = safeEdits(source, result.text, diagnostics);
  const findings: StudioFinding[] = diagnostics.map((d) => {
    let dataRange = null;
    if (
      d.origin === "data" && d.range !== null && result.text !== null &&
      sample !== null
    ) {
      const words = result.text.slice(d.range.start.offset, d.range.end.offset);
      const at = words === "" ? -1 : sample.indexOf(words);
      if (at >= 0) dataRange = { start: at, end: at + words.length };
    }
    const edit = d.templateRange === null
      ? undefined
      : edits.find((e) =>
        e.ruleId === d.ruleId && e.start === d.templateRange!.start.offset &&
        e.end === d.templateRange!.end.offset
      );
    return {
      ruleId: d.ruleId,
      severity: d.severity === "error" ? "error" : "warning",
      message: d.message,
      origin: d.origin ?? "source",
      range: d.origin === "data" ? null : offsets(d.templateRange ?? null),
      dataRange,
      fix: edit === undefined
        ? null
        : { start: edit.start, end: edit.end, text: edit.after },
    };
  });
  return {
    text: result.text,
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    findings,
  };
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw error;
  }
}

function limitOf(type: string): number | null {
  const descriptor = (MESSAGE_TYPES as Record<
    string,
    typeof MESSAGE_TYPES[keyof typeof MESSAGE_TYPES]
  >)[type];
  return descriptor?.text?.max ?? null;
}

async function sampleOf(dir: string, path: string): Promise<string | null> {
  const parts = path.split("/").slice(0, -1);
  // The nearest sample.json above the template, as the CLI finds it.
  for (let n = parts.length; n >= 0; n--) {
    const found = await readOrNull(
      join(dir, [...parts.slice(0, n), "sample.json"].join("/")),
    );
    if (found !== null) return found;
  }
  return null;
}

async function body(request: Request): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = await request.json();
  } catch {
    throw new StudioInputError("The request body is not valid JSON");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new StudioInputError("The request body must be a JSON object");
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, name: string): string {
  if (typeof value !== "string") {
    throw new StudioInputError(`"${name}" must be a string`);
  }
  return value;
}

/** The studio's request handler over a folder. */
export function createStudioHandler(
  options: StudioOptions,
): (request: Request) => Promise<Response> {
  const { dir } = options;
  const readOnly = options.readOnly ?? false;
  const page = studioPage({ readOnly });
  const routes = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case "GET /":
        return new Response(page, {
          headers: {
            "content-type": "text/html; charset=utf-8",
            "content-security-policy":
              "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:",
          },
        });
      case "GET /api/matrix": {
        const entries: MatrixEntry[] = [];
        for (const found of await findTemplates(dir, "open")) {
          const parts = found.path.split("/");
          const locale = parts.pop()!.replace(/\.hbs$/, "");
          const type = parts.join("/");
          const linted = lintDraft(
            found.path,
            found.source,
            await sampleOf(dir, found.path),
          );
          entries.push({
            type,
            locale,
            path: found.path,
            source: found.source,
            text: linted.text,
            errorCount: linted.errorCount,
            warningCount: linted.warningCount,
            limit: limitOf(type.split("/")[0]!),
          });
        }
        return json(buildMatrix(entries));
      }
      case "GET /api/template": {
        const path = checkPath(url.searchParams.get("path"));
        const source = await readOrNull(join(dir, path));
        if (source === null) {
          throw new StudioInputError(`Template "${path}" does not exist`, 404);
        }
        return json({
          path,
          source,
          sample: await sampleOf(dir, path),
          readOnly,
        });
      }
      case "POST /api/lint": {
        const input = await body(request);
        const path = checkPath(input.path);
        const sample = input.sample === null
          ? null
          : text(input.sample, "sample");
        const started = performance.now();
        const result = lintDraft(path, text(input.source, "source"), sample);
        return json({ ...result, ms: performance.now() - started });
      }
      case "POST /api/preview": {
        const input = await body(request);
        const path = checkPath(input.path);
        const source = text(input.source, "source");
        const info = parseTemplatePath(path);
        const sample = parseSample(
          input.sample === null ? null : text(input.sample, "sample"),
          path,
        );
        if (!sample.ok) return json({ error: sample.problem.message });
        try {
          const siblings = (await findTemplates(dir, "open")).filter((t) =>
            t.path !== path && parseTemplatePath(t.path).id === info.id
          );
          const templates = [{ path, source }, ...siblings].flatMap((t) => {
            try {
              return [compileTemplate(t)];
            } catch {
              return [];
            }
          });
          const composer = createComposer({
            templates,
            timeZone: text(input.timeZone ?? "UTC", "timeZone"),
          });
          const message = composer.compose({
            type: info.type,
            template: info.id,
            locale: text(input.buyerLocale ?? info.locale, "buyerLocale"),
            data: sample.data,
          });
          return json({ locale: message.locale, text: message.text });
        } catch (error) {
          return json({ error: (error as Error).message });
        }
      }
      case "PUT /api/template": {
        if (readOnly) {
          throw new StudioInputError("The studio is read-only here", 403);
        }
        const input = await body(request);
        const path = checkPath(input.path);
        const source = text(input.source, "source");
        const target = join(dir, path);
        const real = await Deno.realPath(dir);
        const parent = target.slice(0, target.lastIndexOf("/"));
        let realParent: string;
        try {
          realParent = await Deno.realPath(parent);
        } catch {
          throw new StudioInputError(`Folder of "${path}" does not exist`, 404);
        }
        if (realParent !== real && !realParent.startsWith(`${real}/`)) {
          throw new StudioInputError(`"${path}" is outside the folder`, 403);
        }
        await Deno.writeTextFile(target, source);
        return json({ saved: path });
      }
      default:
        return json({ error: `No route ${route}` }, 404);
    }
  };
  return async (request) => {
    try {
      return await routes(request);
    } catch (error) {
      if (error instanceof StudioInputError) {
        return json({ error: error.message }, error.status);
      }
      if (error instanceof InputError) {
        return json({ error: error.message }, 400);
      }
      console.error(error);
      return json({ error: "Internal error" }, 500);
    }
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
