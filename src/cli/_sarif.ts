// SARIF 2.1.0 for GitHub code scanning and other viewers: the shared
// builder, with one base (`TEMPLATES`, or `TEMPLATES<n>` for several) per
// linted folder and every finding placed where `locate` puts it.

import { buildSarifLog, type SarifLog } from "../lint/sarif.ts";
import type { CliLintResult } from "./_lint_folders.ts";
import { locate } from "./_locate.ts";

/** The SARIF log of the results. */
export function toCliSarif(results: readonly CliLintResult[]): SarifLog {
  const dirs = [...new Set(results.map((r) => r.dir))];
  const baseIds = new Map(
    dirs.map((dir, i) => [
      dir,
      dirs.length === 1 ? "TEMPLATES" : `TEMPLATES${i + 1}`,
    ]),
  );
  return buildSarifLog(
    results.flatMap((result) =>
      result.diagnostics.map((d) => {
        const { dir, relPath, region } = locate(result, d);
        return {
          ruleId: d.ruleId,
          severity: d.severity,
          message: d.message,
          path: relPath,
          baseId: baseIds.get(dir)!,
          region,
        };
      })
    ),
    Object.fromEntries(dirs.map((dir) => [baseIds.get(dir)!, dir])),
  );
}
