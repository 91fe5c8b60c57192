// SARIF 2.1.0 for GitHub code scanning and other viewers: URIs relative to
// the linted folder with a `uriBaseId` (its location in
// `originalUriBaseIds`), the tool version, a region for every finding, and
// a descriptor with a help URI for every rule the tool has.

import { ruleDocsUrl } from "../lint/format_results.ts";
import { ALL_RULES } from "../rules/mod.ts";
import type { CliLintResult } from "./_lint_folders.ts";
import { locate } from "./_locate.ts";
import { VERSION } from "./_version.ts";

/** The checks the CLI runs on template files besides the policy rules. */
export const TEMPLATE_RULES: readonly {
  readonly id: string;
  readonly description: string;
}[] = [
  { id: "template-syntax", description: "Require valid Handlebars syntax" },
  { id: "template-helper", description: "Require helpers that exist" },
  {
    id: "template-variable",
    description: "Require variables the sample data provides",
  },
  {
    id: "template-sample",
    description: "Require readable sample data (sample.json) for templates",
  },
  {
    id: "template-file-name",
    description: "Require template files named by canonical BCP 47 locale",
  },
  {
    id: "template-path",
    description: "Require templates at <type>/<locale>.hbs of a text type",
  },
];

function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function isAbsolute(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path);
}

function encodePath(path: string): string {
  return path.replaceAll("\\", "/").split("/").map(encodeURIComponent).join(
    "/",
  );
}

/** The location of a linted folder, for `originalUriBaseIds`. */
function baseLocation(dir: string): { uri: string; uriBaseId?: string } {
  const slashed = dir.replaceAll("\\", "/").replace(/\/*$/, "/");
  if (isAbsolute(dir)) {
    const path = slashed.startsWith("/") ? slashed : `/${slashed}`;
    return { uri: `file://${encodePath(path)}` };
  }
  const relative = slashed.replace(/^(\.\/)+/, "");
  return {
    uri: relative === "" ? "./" : encodePath(relative),
    uriBaseId: "%SRCROOT%",
  };
}

/** The SARIF log of the results. */
export function toCliSarif(results: readonly CliLintResult[]): unknown {
  const dirs = [...new Set(results.map((r) => r.dir))];
  const baseIds = new Map(
    dirs.map((
      dir,
      i,
    ) => [dir, dirs.length === 1 ? "TEMPLATES" : `TEMPLATES${i + 1}`]),
  );
  const rules = [
    ...ALL_RULES.map((rule) => ({
      id: rule.id,
      description: rule.meta.description,
      level: rule.meta.defaultSeverity,
    })),
    ...TEMPLATE_RULES.map((rule) => ({ ...rule, level: "error" as const })),
  ];
  const indexes = new Map(rules.map((rule, i) => [rule.id, i]));
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
            helpUri: ruleDocsUrl(rule.id),
            defaultConfiguration: rule.level === "off"
              ? { enabled: false }
              : { level: rule.level },
          })),
        },
      },
      originalUriBaseIds: Object.fromEntries(
        dirs.map((dir) => [baseIds.get(dir)!, baseLocation(dir)]),
      ),
      results: results.flatMap((result) =>
        result.diagnostics.map((d) => {
          const { dir, relPath, region } = locate(result, d);
          const index = indexes.get(d.ruleId);
          return {
            ruleId: d.ruleId,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: d.severity === "error" ? "error" : "warning",
            message: { text: d.message },
            locations: [{
              physicalLocation: {
                artifactLocation: {
                  uri: encodePath(relPath),
                  uriBaseId: baseIds.get(dir)!,
                },
                region,
              },
            }],
          };
        })
      ),
    }],
  };
}
