// Safe fixes of template findings, written back into the template source
// (`lint --fix` of the command line, "Apply fix" of the studio).
//
// Rules suggest fixes on the rendered message. A fix is safe to write back
// into the template when all of these hold:
// - its rule declares `fixable: true`;
// - the finding lies in the template's own words (`origin: "template"`),
//   never in inserted data, which the template does not hold;
// - the fix replaces exactly the finding's range, and the template source
//   at the finding's template range holds the same characters as the
//   rendered text there, so the edit changes what the rule saw and nothing
//   else;
// - it does not overlap another fix in the same file.

import type { TemplateDiagnostic } from "../lint/lint_template.ts";
import { ALL_RULES } from "../rules/mod.ts";

const FIXABLE = new Set(
  ALL_RULES.filter((rule) => rule.meta.fixable === true).map((rule) => rule.id),
);

/** One edit of a template source. */
export interface FixEdit {
  /** The rule whose fix it is. */
  readonly ruleId: string;
  /** Where, 1-based. */
  readonly line: number;
  /** Where, 1-based. */
  readonly column: number;
  /** Start offset in the source. */
  readonly start: number;
  /** End offset in the source. */
  readonly end: number;
  /** The text replaced. */
  readonly before: string;
  /** The text put in its place. */
  readonly after: string;
}

/** The safe edits of a template's findings, in source order. */
export function safeEdits(
  source: string,
  text: string | null,
  diagnostics: readonly TemplateDiagnostic[],
): FixEdit[] {
  if (text === null) return [];
  const edits: FixEdit[] = [];
  for (const d of diagnostics) {
    const fix = d.fix;
    if (
      fix === undefined || !FIXABLE.has(d.ruleId) || d.origin !== "template" ||
      d.range === null || d.templateRange === null ||
      fix.range.start.offset !== d.range.start.offset ||
      fix.range.end.offset !== d.range.end.offset
    ) continue;
    const start = d.templateRange.start.offset;
    const end = d.templateRange.end.offset;
    const before = source.slice(start, end);
    if (before !== text.slice(d.range.start.offset, d.range.end.offset)) {
      continue;
    }
    edits.push({
      ruleId: d.ruleId,
      line: d.templateRange.start.line,
      column: d.templateRange.start.column,
      start,
      end,
      before,
      after: fix.text,
    });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: FixEdit[] = [];
  for (const edit of edits) {
    const last = kept.at(-1);
    if (last !== undefined && edit.start < last.end) continue;
    kept.push(edit);
  }
  return kept;
}

/** The source with the edits applied. */
export function applyEdits(source: string, edits: readonly FixEdit[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.after + out.slice(edit.end);
  }
  return out;
}
