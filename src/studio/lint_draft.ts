// This module is browser compatible.

/**
 * The studio's lint of a draft: a template source and its sample JSON text,
 * linted as the command line lints a template file (a missing variable is
 * one finding and the rest is still checked), each finding placed in the
 * template or, when its words came from the sample data, in the sample
 * JSON text.
 *
 * @module
 */

import type { LintOptions } from "../lint/lint_message.ts";
import type { Range } from "../lint/rule.ts";
import { safeEdits } from "../authoring/fixes.ts";
import {
  lintTemplateFile,
  missingSample,
  parseSample,
  type TemplateSample,
} from "../authoring/template_folder.ts";
import {
  locateInSample,
  type OffsetRange,
} from "../authoring/locate_in_sample.ts";

/** A finding as the studio shows it. */
export interface StudioFinding {
  /** The rule id, such as `no-email`. */
  readonly ruleId: string;
  /** `error` or `warning`. */
  readonly severity: "error" | "warning";
  /** The message, for people. */
  readonly message: string;
  /**
   * Where the finding comes from: the template's own words (`template`),
   * the sample data (`data`) or the template source or file (`source`).
   */
  readonly origin: "template" | "data" | "source";
  /** Offsets in the template source, or `null`. */
  readonly range: OffsetRange | null;
  /** Offsets in the sample JSON text, for findings in inserted data. */
  readonly dataRange: OffsetRange | null;
  /** The safe fix: replace the template range with `text`. */
  readonly fix:
    | { readonly start: number; readonly end: number; readonly text: string }
    | null;
}

/** The lint of a draft. */
export interface DraftLint {
  /** The text rendered from the sample data, or `null`. */
  readonly text: string | null;
  /** How many errors. */
  readonly errorCount: number;
  /** How many warnings. */
  readonly warningCount: number;
  /** The findings, template findings first as the lint gives them. */
  readonly findings: readonly StudioFinding[];
}

/**
 * Parses the sample JSON text of the template at `path` (`null`: there is
 * none).
 */
export function sampleOfDraft(
  source: string | null,
  path: string,
): TemplateSample {
  if (source === null) return missingSample(path);
  const type = path.split("/").slice(0, -1).join("/");
  return parseSample({ path: `${type}/sample.json`, source });
}

function offsets(range: Range | null): OffsetRange | null {
  return range === null
    ? null
    : { start: range.start.offset, end: range.end.offset };
}

/**
 * Lints a draft: the template at `path` (`<type>[/<variant>]/<locale>.hbs`)
 * with `source`, rendered from the sample JSON text `sample`.
 */
export function lintDraft(
  path: string,
  source: string,
  sample: string | null,
  lint: LintOptions = {},
): DraftLint {
  const result = lintTemplateFile(
    { path, source },
    sampleOfDraft(sample, path),
    { lint },
  );
  const diagnostics = result.diagnostics;
  const edits = safeEdits(source, result.text, diagnostics);
  let errorCount = 0;
  const findings = diagnostics.map((d): StudioFinding => {
    const severity = d.severity === "error" ? "error" : "warning";
    if (severity === "error") errorCount++;
    const origin = d.origin ?? "source";
    const range = offsets(d.range);
    const dataRange =
      origin === "data" && range !== null && result.text !== null &&
        sample !== null
        ? locateInSample(sample, result.text, range)
        : null;
    const at = d.templateRange;
    const edit = at === null
      ? undefined
      : edits.find((e) =>
        e.ruleId === d.ruleId && e.start === at.start.offset &&
        e.end === at.end.offset
      );
    return {
      ruleId: d.ruleId,
      severity,
      message: d.message,
      origin,
      range: origin === "data" ? null : offsets(at ?? null),
      dataRange,
      fix: edit === undefined
        ? null
        : { start: edit.start, end: edit.end, text: edit.after },
    };
  });
  return {
    text: result.text,
    errorCount,
    warningCount: findings.length - errorCount,
    findings,
  };
}
