// Where a finding is, for formats that need a file and a region for every
// finding (SARIF, GitHub annotations): in the template where it can be
// placed there, else in the sample data it came from, else at the start of
// the template.

import { locateInSample } from "../authoring/locate_in_sample.ts";
import type { TemplateDiagnostic } from "../lint/lint_template.ts";
import { type SarifRegion, templateRegion } from "../lint/sarif.ts";
import type { CliLintResult } from "./_lint_folders.ts";

/** A file below a linted folder and a region in it. */
export interface Location {
  /** The folder as given. */
  readonly dir: string;
  /** The path below it, `/`-separated. */
  readonly relPath: string;
  /** Where in the file. */
  readonly region: SarifRegion;
}

function positionAt(text: string, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function regionIn(text: string, start: number, end: number): SarifRegion {
  const a = positionAt(text, start);
  const b = positionAt(text, end);
  return {
    startLine: a.line,
    startColumn: a.column,
    endLine: b.line,
    endColumn: b.column,
  };
}

/** Where a finding of a result is. */
export function locate(
  result: CliLintResult,
  d: TemplateDiagnostic,
): Location {
  const sample = result.sample;
  if (d.templateRange === null && d.origin === "data" && sample !== undefined) {
    const at = d.range === null || result.text === null
      ? null
      : locateInSample(sample.source, result.text, {
        start: d.range.start.offset,
        end: d.range.end.offset,
      });
    return {
      dir: result.dir,
      relPath: sample.path,
      region: at === null
        ? templateRegion(d)
        : regionIn(sample.source, at.start, at.end),
    };
  }
  return {
    dir: result.dir,
    relPath: result.relPath,
    region: templateRegion(d),
  };
}
