/**
 * The studio's matrix of a template folder: one cell per message type and
 * locale, with its lint status, its length against the type's limit and
 * the variables it lacks compared with the reference locale.
 *
 * Runtime-neutral: the caller lints the templates and passes the results.
 *
 * @module
 */

import Handlebars from "handlebars";

/** The lint status of a matrix cell. */
export type CellStatus = "clean" | "warnings" | "errors" | "missing";

/** One linted template, as the matrix takes it. */
export interface MatrixEntry {
  /** The message type id. */
  readonly type: string;
  /** The locale (the file name without `.hbs`). */
  readonly locale: string;
  /** The path below the folder. */
  readonly path: string;
  /** The Handlebars source. */
  readonly source: string;
  /** The text rendered from the sample data, or `null`. */
  readonly text: string | null;
  /** How many errors the lint found. */
  readonly errorCount: number;
  /** How many warnings the lint found. */
  readonly warningCount: number;
  /** The type's text length limit in UTF-16 code units, or `null`. */
  readonly limit: number | null;
}

/** One cell of the matrix. */
export interface MatrixCell {
  /** The message type id. */
  readonly type: string;
  /** The locale. */
  readonly locale: string;
  /** The template path, or `null` for a missing cell. */
  readonly path: string | null;
  /** The status. */
  readonly status: CellStatus;
  /** The rendered length, or `null` when it did not render or is missing. */
  readonly length: number | null;
  /** The type's limit, or `null`. */
  readonly limit: number | null;
  /** Variables the reference locale uses and this template does not. */
  readonly missingVariables: readonly string[];
}

/** The matrix of a folder. */
export interface Matrix {
  /** The reference locale that variables are compared with. */
  readonly referenceLocale: string;
  /** The message types, sorted. */
  readonly types: readonly string[];
  /** The locales, sorted. */
  readonly locales: readonly string[];
  /** One cell per type × locale, type-major. */
  readonly cells: readonly MatrixCell[];
}

interface AstNode {
  readonly type: string;
  readonly [key: string]: unknown;
}

/**
 * The data variables a template reads: the paths of `{{name}}`, of helper
 * arguments and of block parameters, sorted and without duplicates. A
 * template that does not parse reads none.
 *
 * @example
 * ```ts
 * import { templateVariables } from "./matrix.ts";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(
 *   templateVariables("Hi {{buyer.name}}, {{formatDate shipDate}} {{#if note}}{{note}}{{/if}}"),
 *   ["buyer.name", "note", "shipDate"],
 * );
 * ```
 */
export function templateVariables(source: string): string[] {
  let ast: unknown;
  try {
    ast = Handlebars.parse(source);
  } catch {
    return [];
  }
  const found = new Set<string>();
  const path = (node: unknown) => {
    const p = node as AstNode | undefined;
    if (p?.type === "PathExpression" && typeof p.original === "string") {
      if (p.original !== "this" && !p.original.startsWith("@")) {
        found.add(p.original.replace(/^this\./, ""));
      }
    } else if (p?.type === "SubExpression") visitCall(p);
  };
  const visitCall = (node: AstNode) => {
    for (const param of (node.params as unknown[] | undefined) ?? []) {
      path(param);
    }
    const hash = node.hash as { pairs?: { value: unknown }[] } | undefined;
    for (const pair of hash?.pairs ?? []) path(pair.value);
  };
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as AstNode;
    if (n.type === "MustacheStatement" || n.type === "BlockStatement") {
      const params = (n.params as unknown[] | undefined) ?? [];
      const isCall = params.length > 0 || n.hash !== undefined;
      if (isCall) visitCall(n);
      else path(n.path);
      walk(n.program);
      walk(n.inverse);
      return;
    }
    if (n.type === "Program") walk(n.body);
  };
  walk(ast);
  return [...found].sort();
}

function statusOf(entry: MatrixEntry): CellStatus {
  if (entry.errorCount > 0) return "errors";
  return entry.warningCount > 0 ? "warnings" : "clean";
}

/**
 * Builds the matrix of linted templates: every type × every locale seen in
 * the folder, a `missing` cell where a type lacks a locale.
 *
 * @example
 * ```ts
 * import { buildMatrix } from "./matrix.ts";
 * import assert from "node:assert/strict";
 *
 * const matrix = buildMatrix([
 *   { type: "warranty", locale: "en-US", path: "warranty/en-US.hbs", source: "{{a}} {{b}}", text: "1 2", errorCount: 0, warningCount: 0, limit: 2000 },
 *   { type: "warranty", locale: "de-DE", path: "warranty/de-DE.hbs", source: "{{a}}", text: "1", errorCount: 0, warningCount: 1, limit: 2000 },
 * ]);
 * assert.deepEqual(matrix.cells.map((c) => [c.locale, c.status, c.missingVariables]), [
 *   ["de-DE", "warnings", ["b"]],
 *   ["en-US", "clean", []],
 * ]);
 * ```
 */
export function buildMatrix(
  entries: readonly MatrixEntry[],
  referenceLocale = "en-US",
): Matrix {
  const types = [...new Set(entries.map((e) => e.type))].sort();
  const locales = [...new Set(entries.map((e) => e.locale))].sort();
  const byKey = new Map(entries.map((e) => [`${e.type}\u0000${e.locale}`, e]));
  const cells: MatrixCell[] = [];
  for (const type of types) {
    const reference = byKey.get(`${type}\u0000${referenceLocale}`);
    const wanted = reference === undefined
      ? []
      : templateVariables(reference.source);
    const limit = entries.find((e) => e.type === type)?.limit ?? null;
    for (const locale of locales) {
      const entry = byKey.get(`${type}\u0000${locale}`);
      if (entry === undefined) {
        cells.push({
          type,
          locale,
          path: null,
          status: "missing",
          length: null,
          limit,
          missingVariables: wanted,
        });
        continue;
      }
      const has = new Set(templateVariables(entry.source));
      cells.push({
        type,
        locale,
        path: entry.path,
        status: statusOf(entry),
        length: entry.text === null ? null : entry.text.length,
        limit,
        missingVariables: wanted.filter((v) => !has.has(v)),
      });
    }
  }
  return { referenceLocale, types, locales, cells };
}
