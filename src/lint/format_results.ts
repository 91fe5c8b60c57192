// This module is browser compatible.

/**
 * Formats lint results of template files for people (code frames) and for
 * machines (SARIF 2.1.0, for GitHub code scanning).
 *
 * @module
 */

import { ALL_RULES } from "../rules/mod.ts";
import type { TemplateDiagnostic } from "./lint_template.ts";

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

const RULE_DESCRIPTIONS: ReadonlyMap<string, string> = new Map([
  ...ALL_RULES.map((
    rule,
  ): [string, string] => [rule.id, rule.meta.description]),
  ["template-syntax", "Require valid Handlebars syntax"],
  ["template-helper", "Require helpers that exist"],
  ["template-variable", "Require variables the sample data provides"],
]);

/** The documentation URL of a rule, derived from its id. */
export function ruleDocsUrl(ruleId: string): string {
  return `https://jsr.io/@sellerkit/buyer-messages/doc/~/${
    ruleId.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
  }`;
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

/** A SARIF 2.1.0 log, as JSON-ready data. */
export interface SarifLog {
  /** The SARIF schema URL. */
  readonly $schema: string;
  /** The SARIF version, `2.1.0`. */
  readonly version: "2.1.0";
  /** One run of the linter. */
  readonly runs: readonly unknown[];
}

/**
 * Formats results as a SARIF 2.1.0 log, the format GitHub code scanning
 * reads.
 *
 * @param results The results per file.
 * @returns The SARIF log.
 *
 * @example
 * ```ts
 * import { toSarif } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const log = toSarif([{ path: "unexpectedProblem/en-US.hbs", source: "x", diagnostics: [] }]);
 * assert.equal(log.version, "2.1.0");
 * ```
 */
export function toSarif(results: readonly FileLintResult[]): SarifLog {
  const ruleIds = [
    ...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId))),
  ].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "@sellerkit/buyer-messages",
          informationUri: "https://jsr.io/@sellerkit/buyer-messages",
          rules: ruleIds.map((id) => ({
            id,
            shortDescription: { text: RULE_DESCRIPTIONS.get(id) ?? id },
            helpUri: ruleDocsUrl(id),
          })),
        },
      },
      results: results.flatMap((result) =>
        result.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: ruleIds.indexOf(d.ruleId),
          level: d.severity === "error" ? "error" : "warning",
          message: { text: d.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: result.path },
              ...(d.templateRange === null ? {} : {
                region: {
                  startLine: d.templateRange.start.line,
                  startColumn: d.templateRange.start.column,
                  endLine: d.templateRange.end.line,
                  endColumn: d.templateRange.end.column,
                },
              }),
            },
          }],
        }))
      ),
    }],
  };
}
