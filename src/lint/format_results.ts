// This module is browser compatible.

/**
 * Formats lint results of template files for people (code frames) and for
 * machines (SARIF 2.1.0, for GitHub code scanning).
 *
 * @module
 */

import type { TemplateDiagnostic } from "./lint_template.ts";
import {
  buildSarifLog,
  isAbsolutePath,
  type SarifLog,
  templateRegion,
} from "./sarif.ts";

export { ruleDocsUrl } from "./rule_docs.ts";
export type { SarifLog } from "./sarif.ts";

/** The lint result of one file. */
export interface FileLintResult {
  /** The file path as shown to the user, `/`-separated. */
  readonly path: string;
  /** The file's source, for code frames. */
  readonly source: string;
  /** The findings. */
  readonly diagnostics: readonly TemplateDiagnostic[];
}

/** Options of {@linkcode formatPretty}. */
export interface FormatPrettyOptions {
  /**
   * Whether to color with ANSI escapes.
   *
   * @default {false}
   */
  readonly color?: boolean;
}

/**
 * Formats results as text with code frames: each finding with its line and
 * column, the source line, and the span underlined; then a summary.
 *
 * @param results The results per file.
 * @param options Color.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatPretty } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const position = (offset: number) => ({ offset, line: 1, column: offset + 1 });
 * const text = formatPretty([{
 *   path: "unexpectedProblem/en-US.hbs",
 *   source: "Write to a@b.com",
 *   diagnostics: [{
 *     ruleId: "no-email", severity: "error", messageId: "email", message: "Remove it",
 *     range: { start: position(9), end: position(16) }, origin: "template",
 *     templateRange: { start: position(9), end: position(16) },
 *   }],
 * }]);
 * assert.match(text, /1:10 {2}error {2}Remove it {2}no-email/);
 * assert.match(text, /\^{7}/);
 * ```
 */
export function formatPretty(
  results: readonly FileLintResult[],
  options: FormatPrettyOptions = {},
): string {
  const paint = (code: string, text: string) =>
    options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    out.push(paint("4", result.path));
    const lines = result.source.split(/\r?\n/);
    for (const d of result.diagnostics) {
      if (d.severity === "error") errors++;
      else warnings++;
      const where = d.templateRange?.start;
      const position = where === undefined
        ? "-"
        : `${where.line}:${where.column}`;
      const severity = d.severity === "error"
        ? paint("31", "error")
        : paint("33", "warning");
      const note = d.origin === "data" ? " (in sample data)" : "";
      out.push(
        `  ${position}  ${severity}  ${d.message}${note}  ${
          paint("2", d.ruleId)
        }`,
      );
      if (d.templateRange !== null && where !== undefined) {
        const line = lines[where.line - 1] ?? "";
        const end = d.templateRange.end;
        const width = end.line === where.line
          ? Math.max(1, end.column - where.column)
          : Math.max(1, line.length - where.column + 1);
        const gutter = String(where.line);
        out.push(`    ${gutter} | ${line}`);
        out.push(
          `    ${" ".repeat(gutter.length)} | ${" ".repeat(where.column - 1)}${
            paint("31", "^".repeat(width))
          }`,
        );
      }
    }
    out.push("");
  }
  const total = errors + warnings;
  out.push(
    total === 0
      ? `${results.length} template(s) checked, no problems`
      : `${total} problem(s) (${errors} error(s), ${warnings} warning(s)) in ${results.length} template(s)`,
  );
  return out.join("\n");
}

/** Options of {@linkcode toSarif}. */
export interface ToSarifOptions {
  /**
   * The folder the results' paths are relative to (a path that starts with
   * it is taken below it). The log names it in `originalUriBaseIds` under
   * {@linkcode ToSarifOptions.uriBaseId}: an absolute folder as a `file:`
   * URI, a relative one below the source root (`%SRCROOT%`, the checkout in
   * GitHub code scanning). Without it, relative paths are relative to the
   * source root and absolute ones become `file:` URIs.
   *
   * @default {undefined}
   */
  readonly folder?: string;
  /**
   * The id that names the folder in `originalUriBaseIds` and in the
   * locations below it (with `folder` only).
   *
   * @default {"TEMPLATES"}
   */
  readonly uriBaseId?: string;
}

function slashed(path: string): string {
  return path.replaceAll("\\", "/").replace(/^(\.\/)+/, "");
}

/**
 * Where a result's file is for SARIF: below the folder (a relative path is
 * taken as below it already), or, outside it, as given.
 */
function placed(
  path: string,
  folder: string | undefined,
  baseId: string,
): { readonly path: string; readonly baseId?: string } {
  if (folder === undefined) return { path };
  const prefix = slashed(folder).replace(/\/*$/, "/");
  const file = slashed(path);
  if (prefix !== "/" && file.startsWith(prefix)) {
    return { path: file.slice(prefix.length), baseId };
  }
  return isAbsolutePath(path) ? { path } : { path: file, baseId };
}

/**
 * Formats results as a SARIF 2.1.0 log, the format GitHub code scanning
 * reads: the tool and its version, a descriptor for every rule and template
 * check (with its reference page as `helpUri`), and each finding with its
 * file and region (the start of the file for a finding that has no place in
 * the template, such as one in sample data). Paths are relative URIs with a
 * `uriBaseId`.
 *
 * @param results The results per file.
 * @param options The folder the paths are relative to, and its id.
 * @returns The SARIF log.
 *
 * @example A log for GitHub code scanning
 * ```ts
 * import { lintTemplate, toSarif } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const source = "Order {{amazonOrderId}} is late. Write to help@shop.example.com";
 * const { diagnostics } = lintTemplate(source, {
 *   type: "unexpectedProblem",
 *   locale: "en-US",
 *   sampleData: { amazonOrderId: "123-1234567-1234567" },
 * });
 * const log = toSarif(
 *   [{ path: "templates/unexpectedProblem/en-US.hbs", source, diagnostics }],
 *   { folder: "templates" },
 * );
 * assert.equal(log.version, "2.1.0");
 * // deno-lint-ignore no-explicit-any
 * const [run] = log.runs as any[];
 * assert.deepEqual(run.originalUriBaseIds.TEMPLATES, {
 *   uri: "templates/",
 *   uriBaseId: "%SRCROOT%",
 * });
 * const email = run.results.find((r: { ruleId: string }) => r.ruleId === "no-email");
 * assert.deepEqual(email.locations[0].physicalLocation.artifactLocation, {
 *   uri: "unexpectedProblem/en-US.hbs",
 *   uriBaseId: "TEMPLATES",
 * });
 * assert.equal(run.tool.driver.rules[email.ruleIndex].id, "no-email");
 * ```
 */
export function toSarif(
  results: readonly FileLintResult[],
  options: ToSarifOptions = {},
): SarifLog {
  const { folder } = options;
  const baseId = options.uriBaseId ?? "TEMPLATES";
  return buildSarifLog(
    results.flatMap((result) => {
      const where = placed(result.path, folder, baseId);
      return result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        ...where,
        region: templateRegion(d),
      }));
    }),
    folder === undefined ? {} : { [baseId]: folder },
  );
}
