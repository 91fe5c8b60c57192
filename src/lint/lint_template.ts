/**
 * Lints a template at authoring time: its source (syntax, helpers,
 * variables) and the text it renders from sample data, with findings on
 * the template's own words pointed back to the template's line and column.
 *
 * This module compiles templates, so it belongs in build and authoring
 * tools (the CLI, editors, CI), not at the edge.
 *
 * @module
 */

import Handlebars from "handlebars";
import { createComposer } from "../compose/create_composer.ts";
import { HELPER_NAMES } from "../compose/_helpers.ts";
import {
  compileTemplate,
  parseTemplatePath,
} from "../compose/precompile_templates.ts";
import type { TemplateLiteral } from "../compose/precompiled_template.ts";
import { TemplateError } from "../errors.ts";
import { checkLanguage } from "../language/mod.ts";
import { languageName } from "../rules/language_match.ts";
import { createPositionMap } from "./_positions.ts";
import { lintMessage, type LintOptions } from "./lint_message.ts";
import type { Diagnostic, Range } from "./rule.ts";

/** Options of {@linkcode lintTemplate}. */
export interface LintTemplateOptions {
  /** The message type the template is for. */
  readonly type: string;
  /** The locale the template is written in (its file name). */
  readonly locale: string;
  /** Sample data to render the template with. */
  readonly sampleData: Readonly<Record<string, unknown>>;
  /**
   * The template id.
   *
   * @default {the type}
   */
  readonly template?: string;
  /**
   * The policy and rule overrides, as for `lintMessage`.
   *
   * @default {{}}
   */
  readonly lint?: LintOptions;
  /**
   * Extra Handlebars helpers, as the composer will be given them.
   *
   * @default {{}}
   */
  readonly helpers?: Readonly<Record<string, (...args: unknown[]) => unknown>>;
}

/** A finding, placed in the template source where it can be. */
export interface TemplateDiagnostic extends Diagnostic {
  /**
   * Where the finding comes from: the template's own words (`template`),
   * inserted sample data (`data`), or the template source itself (`source`).
   */
  readonly origin: "template" | "data" | "source";
  /** The range in the template source, or `null` when it cannot be placed there. */
  readonly templateRange: Range | null;
}

/** The outcome of {@linkcode lintTemplate}. */
export interface TemplateLintReport {
  /** `true` when there is no error. */
  readonly ok: boolean;
  /** How many errors. */
  readonly errorCount: number;
  /** How many warnings. */
  readonly warningCount: number;
  /** The findings. */
  readonly diagnostics: readonly TemplateDiagnostic[];
  /** The text rendered from the sample data, when rendering succeeded. */
  readonly text: string | null;
}

const BUILT_IN_HELPERS = new Set([
  "if",
  "unless",
  "each",
  "with",
  "lookup",
  "log",
]);

interface AstNode {
  type: string;
  loc?: {
    start: { line: number; column: number };
    end: { line: number; column: number };
  };
  [key: string]: unknown;
}

function sourceRange(
  map: ReturnType<typeof createPositionMap>,
  lineStarts: number[],
  loc: AstNode["loc"],
): Range | null {
  if (loc === undefined) return null;
  const start = (lineStarts[loc.start.line - 1] ?? 0) + loc.start.column;
  const end = (lineStarts[loc.end.line - 1] ?? 0) + loc.end.column;
  return { start: map.at(start), end: map.at(end) };
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "\n") starts.push(i + 1);
  }
  return starts;
}

function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  const ast = node as AstNode;
  if (typeof ast.type === "string") visit(ast);
  for (const [key, value] of Object.entries(ast)) {
    if (key !== "loc" && key !== "strip") walk(value, visit);
  }
}

function checkSource(
  source: string,
  helpers: ReadonlySet<string>,
): TemplateDiagnostic[] {
  const map = createPositionMap(source);
  const starts = lineStartsOf(source);
  let ast: unknown;
  try {
    ast = Handlebars.parse(source);
  } catch (cause) {
    const message = (cause as Error).message;
    const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
    const position = map.at(starts[line - 1] ?? 0);
    const range = { start: position, end: position };
    return [{
      ruleId: "template-syntax",
      severity: "error",
      messageId: "syntax",
      message: `Fix the template syntax: ${message.split("\n").at(-1)}`,
      range,
      origin: "source",
      templateRange: range,
    }];
  }
  const found: TemplateDiagnostic[] = [];
  walk(ast, (node) => {
    const isCall = node.type === "SubExpression" ||
      node.type === "BlockStatement" ||
      (node.type === "MustacheStatement" &&
        (((node.params as unknown[]) ?? []).length > 0 ||
          node.hash !== undefined));
    if (!isCall) return;
    const path = node.path as { type: string; original?: string } | undefined;
    if (path?.type !== "PathExpression" || path.original === undefined) return;
    const name = path.original;
    if (BUILT_IN_HELPERS.has(name) || helpers.has(name)) return;
    const range = sourceRange(map, starts, node.loc);
    found.push({
      ruleId: "template-helper",
      severity: "error",
      messageId: "unknownHelper",
      message: `Helper "${name}" does not exist: use one of ${
        [...helpers].map((h) => `"${h}"`).join(", ")
      }, or register it with the composer`,
      range,
      origin: "source",
      templateRange: range,
    });
  });
  return found;
}

// Places a range of the rendered text in the template source, when the text
// there is the template's own words.
function placeInSource(
  text: string,
  start: number,
  end: number,
  literals: readonly TemplateLiteral[],
  source: string,
): Range | null {
  const wanted = text.slice(start, end);
  if (wanted === "") return null;
  const map = createPositionMap(source);
  const starts = lineStartsOf(source);
  // Prefer the literal that also matches the text just before the range.
  const before = text.slice(Math.max(0, start - 20), start);
  let best: { offset: number; score: number } | undefined;
  for (const literal of literals) {
    let index = literal.text.indexOf(wanted);
    while (index >= 0) {
      let score = 0;
      while (
        score < before.length && index - score - 1 >= 0 &&
        literal.text[index - score - 1] === before[before.length - score - 1]
      ) score++;
      const offset = (starts[literal.line - 1] ?? 0) + literal.column - 1 +
        index;
      if (best === undefined || score > best.score) best = { offset, score };
      index = literal.text.indexOf(wanted, index + 1);
    }
  }
  if (best === undefined) return null;
  return {
    start: map.at(best.offset),
    end: map.at(best.offset + wanted.length),
  };
}

// The template's own words (data excluded) must be in its folder's language.
function checkLiteralLanguage(
  literals: readonly TemplateLiteral[],
  locale: string,
  source: string,
  lint: LintOptions | undefined,
): TemplateDiagnostic[] {
  const setting = lint?.rules?.["language-match"];
  const off = setting === "off" ||
    (Array.isArray(setting) && setting[0] === "off");
  if (off || literals.length === 0) return [];
  const words = literals.map((literal) => literal.text).join("\n");
  const result = checkLanguage(words, locale);
  if (result.verdict !== "mismatch") return [];
  const map = createPositionMap(source);
  const starts = lineStartsOf(source);
  const first = literals.find((literal) => literal.text.trim() !== "") ??
    literals[0]!;
  const offset = (starts[first.line - 1] ?? 0) + first.column - 1;
  const range = {
    start: map.at(offset),
    end: map.at(offset + first.text.trimEnd().length),
  };
  const name = (code: string | undefined) =>
    code === undefined ? "another language" : languageName(code);
  return [{
    ruleId: "language-match",
    severity: result.strength === "strong" ? "error" : "warning",
    messageId: "templateLanguage",
    message: `The template's own words read as ${
      name(result.detected)
    }, but it is the "${locale}" template: translate it into ${
      name(new Intl.Locale(locale).language)
    } or move it to the right file`,
    range,
    origin: "template",
    templateRange: range,
  }];
}

/**
 * Lints a template: its source (syntax, unknown helpers), then the text it
 * renders from sample data against the lint policy. Findings in the
 * template's own words carry `templateRange`, the line and column in the
 * template source; findings in inserted data say so (`origin: "data"`).
 *
 * @param source The Handlebars source.
 * @param options The type, locale, sample data and lint options.
 * @returns The findings and the rendered text.
 * @throws {RangeError} When the type is unknown or takes no text, or the locale is invalid.
 *
 * @example Finding an email address on line 2 of a template
 * ```ts
 * import { lintTemplate } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const report = lintTemplate("Order {{amazonOrderId}} is late.\nWrite to help@shop.example.com", {
 *   type: "unexpectedProblem",
 *   locale: "en-US",
 *   sampleData: { amazonOrderId: "123-1234567-1234567" },
 * });
 * const email = report.diagnostics.find((d) => d.ruleId === "no-email");
 * assert.equal(email?.origin, "template");
 * assert.equal(email?.templateRange?.start.line, 2);
 * assert.equal(email?.templateRange?.start.column, 10);
 * ```
 */
export function lintTemplate(
  source: string,
  options: LintTemplateOptions,
): TemplateLintReport {
  const templateId = options.template ?? options.type;
  const path = `${templateId}/${options.locale}.hbs`;
  const info = parseTemplatePath(path);
  const extra = Object.keys(options.helpers ?? {});
  const helpers = new Set([...HELPER_NAMES, ...extra]);
  const diagnostics: TemplateDiagnostic[] = checkSource(source, helpers);
  let text: string | null = null;
  if (diagnostics.length === 0) {
    try {
      const template = compileTemplate({ path, source }, { helpers: extra });
      const composer = createComposer({
        templates: [template],
        defaultLocale: info.locale,
        helpers: options.helpers,
      });
      const message = composer.compose({
        type: info.type,
        template: info.id,
        locale: info.locale,
        data: options.sampleData,
      });
      text = message.text;
      const report = lintMessage({
        type: info.type,
        text: message.text,
        locale: info.locale,
        ...(typeof options.sampleData.amazonOrderId === "string"
          ? { amazonOrderId: options.sampleData.amazonOrderId }
          : {}),
        template: { id: info.id, locale: message.locale },
        dataSpans: message.dataSpans,
      }, options.lint);
      diagnostics.push(
        ...checkLiteralLanguage(
          template.literals,
          info.locale,
          source,
          options.lint,
        ),
      );
      for (const diagnostic of report.diagnostics) {
        const range = diagnostic.range;
        const inData = range !== null &&
          message.dataSpans.some((span) =>
            range.start.offset < span.end && span.start < range.end.offset
          );
        diagnostics.push({
          ...diagnostic,
          origin: inData ? "data" : "template",
          templateRange: range === null || inData ? null : placeInSource(
            message.text,
            range.start.offset,
            range.end.offset,
            template.literals,
            source,
          ),
        });
      }
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      const map = createPositionMap(source);
      const starts = lineStartsOf(source);
      const location = error.location;
      const position = location === undefined
        ? null
        : map.at((starts[location.line - 1] ?? 0) + location.column - 1);
      const range = position === null
        ? null
        : { start: position, end: position };
      diagnostics.push({
        ruleId: error.code === "missing-variable"
          ? "template-variable"
          : "template-helper",
        severity: "error",
        messageId: error.code,
        message: error.code === "missing-variable"
          ? `Variable "${error.variable}" is not in the sample data: add it to sample.json or fix its name`
          : error.message,
        range,
        origin: "source",
        templateRange: range,
      });
    }
  }
  let errorCount = 0;
  for (const d of diagnostics) if (d.severity === "error") errorCount++;
  return {
    ok: errorCount === 0,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    diagnostics,
    text,
  };
}
