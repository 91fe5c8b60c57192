// This module is browser compatible.

/**
 * Builds SARIF 2.1.0 logs, the format GitHub code scanning reads, for the
 * public `toSarif()` and the command line alike: URIs relative to a base
 * folder named by a `uriBaseId` (its location in `originalUriBaseIds`), the
 * tool's version, a region for every finding, and a descriptor with the
 * reference page for every check the tools have.
 *
 * @module
 */

import { VERSION } from "../_version.ts";
import type { TemplateDiagnostic } from "./lint_template.ts";
import type { Severity } from "./rule.ts";
import { allRuleInfos } from "./rule_docs.ts";

/** A SARIF 2.1.0 log, as JSON-ready data. */
export interface SarifLog {
  /** The SARIF schema URL. */
  readonly $schema: string;
  /** The SARIF version, `2.1.0`. */
  readonly version: "2.1.0";
  /** One run of the linter. */
  readonly runs: readonly unknown[];
}

/** A region with 1-based lines and columns; the end column is exclusive. */
export interface SarifRegion {
  /** The first line. */
  readonly startLine: number;
  /** The first column. */
  readonly startColumn: number;
  /** The last line. */
  readonly endLine: number;
  /** The column just past the end. */
  readonly endColumn: number;
}

/** A finding placed in a file, ready for the log. */
export interface SarifFinding {
  /** The rule id. */
  readonly ruleId: string;
  /** Its severity. */
  readonly severity: Severity;
  /** The message. */
  readonly message: string;
  /**
   * The file, `/`- or `\`-separated: relative to the base named by `baseId`
   * when there is one, else relative to the source root or absolute.
   */
  readonly path: string;
  /** The id of the base folder the path is relative to, a key of the bases. */
  readonly baseId?: string;
  /** Where in the file. */
  readonly region: SarifRegion;
}

const FILE_START: SarifRegion = {
  startLine: 1,
  startColumn: 1,
  endLine: 1,
  endColumn: 1,
};

/**
 * Where a template finding is in its template: its template range, or the
 * start of the file for a finding that has none there (a finding about the
 * file, or one in inserted sample data).
 */
export function templateRegion(d: TemplateDiagnostic): SarifRegion {
  if (d.templateRange === null) return FILE_START;
  const { start, end } = d.templateRange;
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** Whether a path is absolute, in POSIX or Windows form. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith("/") || path.startsWith("\\") ||
    /^[A-Za-z]:[\\/]/.test(path);
}

function encodePath(path: string): string {
  return path.replaceAll("\\", "/").split("/").map(encodeURIComponent).join(
    "/",
  );
}

/** An absolute path as a `file:` URI. */
function fileUri(path: string): string {
  const slashed = path.replaceAll("\\", "/");
  return `file://${
    encodePath(slashed.startsWith("/") ? slashed : `/${slashed}`)
  }`;
}

/**
 * The location of a base folder, for `originalUriBaseIds`: an absolute one
 * as a `file:` URI, a relative one below the source root (`%SRCROOT%`).
 */
export function sarifBaseLocation(
  folder: string,
): { readonly uri: string; readonly uriBaseId?: string } {
  const slashed = folder.replaceAll("\\", "/").replace(/\/*$/, "/");
  if (isAbsolutePath(folder)) return { uri: fileUri(slashed) };
  const relative = slashed.replace(/^(\.\/)+/, "");
  return {
    uri: relative === "" ? "./" : encodePath(relative),
    uriBaseId: "%SRCROOT%",
  };
}

function artifactLocation(finding: SarifFinding) {
  if (finding.baseId !== undefined) {
    return { uri: encodePath(finding.path), uriBaseId: finding.baseId };
  }
  return isAbsolutePath(finding.path) ? { uri: fileUri(finding.path) } : {
    uri: encodePath(finding.path.replace(/^(\.\/)+/, "")),
    uriBaseId: "%SRCROOT%",
  };
}

function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The SARIF log of findings: one run of the tool, with a descriptor for
 * every check it has (so `ruleIndex` is stable from log to log) and every
 * finding with its file and region.
 *
 * @param findings The findings, placed.
 * @param bases The base folders the findings' paths are relative to, by id.
 * @returns The log.
 */
export function buildSarifLog(
  findings: readonly SarifFinding[],
  bases: Readonly<Record<string, string>> = {},
): SarifLog {
  const rules = allRuleInfos();
  const indexes = new Map(rules.map((rule, i) => [rule.id, i]));
  const baseIds = Object.keys(bases);
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "@sellerkit/buyer-messages",
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: "https://jsr.io/@sellerkit/buyer-messages",
          rules: rules.map((rule) => ({
            id: rule.id,
            name: camel(rule.id),
            shortDescription: { text: rule.description },
            helpUri: rule.helpUri,
            defaultConfiguration: rule.defaultSeverity === "off"
              ? { enabled: false }
              : { level: rule.defaultSeverity },
          })),
        },
      },
      ...(baseIds.length === 0 ? {} : {
        originalUriBaseIds: Object.fromEntries(
          baseIds.map((id) => [id, sarifBaseLocation(bases[id]!)]),
        ),
      }),
      results: findings.map((finding) => {
        const index = indexes.get(finding.ruleId);
        return {
          ruleId: finding.ruleId,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: finding.severity === "error" ? "error" : "warning",
          message: { text: finding.message },
          locations: [{
            physicalLocation: {
              artifactLocation: artifactLocation(finding),
              region: finding.region,
            },
          }],
        };
      }),
    }],
  };
}
