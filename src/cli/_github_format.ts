// GitHub Actions workflow commands: one `::error` or `::warning`
// annotation per finding, which GitHub shows on the file and line.

import { joinPath } from "../authoring/template_folder.ts";
import type { CliLintResult } from "./_lint_folders.ts";
import { locate } from "./_locate.ts";

/** Escapes a command's message: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll(
    "\n",
    "%0A",
  );
}

/** Escapes a property value: as a message, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** One annotation line per finding. */
export function formatGithub(results: readonly CliLintResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const { dir, relPath, region } = locate(result, d);
      const properties = [
        ["file", joinPath(dir, relPath)],
        ["line", String(region.startLine)],
        ["col", String(region.startColumn)],
        ["endLine", String(region.endLine)],
        ["endColumn", String(region.endColumn)],
        ["title", d.ruleId],
      ].map(([key, value]) => `${key}=${escapeProperty(value!)}`).join(",");
      const command = d.severity === "error" ? "error" : "warning";
      lines.push(`::${command} ${properties}::${escapeData(d.message)}`);
    }
  }
  return lines.map((line) => `${line}\n`).join("");
}
