// This module is browser compatible.

/**
 * Renders precompiled templates with the Handlebars runtime and records which
 * spans of the text came from data.
 *
 * @module
 */

import runtime from "handlebars/runtime";
import { TemplateError } from "../errors.ts";
import {
  createHelpers,
  type Helper,
  HelperError,
  type HelperOptions,
} from "./_helpers.ts";
import { DATA_HELPER } from "./_transform.ts";
import type { PrecompiledTemplate } from "./precompiled_template.ts";

import type { TextSpan } from "../message_types/text_span.ts";

export type { TextSpan };

/** What rendering produced. */
export interface RenderResult {
  readonly text: string;
  readonly dataSpans: TextSpan[];
}

type TemplateFn = (context: unknown, options: unknown) => string;

const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKERS = /[\uE000\uE001]/g;

const compiled = new WeakMap<PrecompiledTemplate, TemplateFn>();
// One isolated runtime, so helpers registered globally by other code never
// leak into our templates.
const env = runtime.create();

function templateFn(template: PrecompiledTemplate): TemplateFn {
  let fn = compiled.get(template);
  if (fn === undefined) {
    fn = env.template(template.spec as never) as unknown as TemplateFn;
    compiled.set(template, fn);
  }
  return fn;
}

function position(
  options: HelperOptions,
): { line: number; column: number } | undefined {
  const start = options.loc?.start;
  return start === undefined
    ? undefined
    : { line: start.line, column: start.column + 1 };
}

class MissingVariable extends Error {
  readonly variable: string;
  readonly options: HelperOptions;
  constructor(variable: string, options: HelperOptions) {
    super(variable);
    this.variable = variable;
    this.options = options;
  }
}

function stringify(
  value: unknown,
  expr: string,
  options: HelperOptions,
): string {
  if (value === undefined || value === null) {
    throw new MissingVariable(expr, options);
  }
  if (typeof value === "string") return value;
  if (
    typeof value === "number" || typeof value === "boolean" ||
    typeof value === "bigint"
  ) {
    return String(value);
  }
  throw new HelperError(
    DATA_HELPER,
    `"${expr}" is ${
      Array.isArray(value) ? "an array" : "an object"
    }: format it with a helper such as formatList, or name one of its fields`,
    options.loc,
  );
}

function dataHelper(this: unknown, ...args: unknown[]): string {
  const options = args.at(-1) as HelperOptions;
  const hash = options.hash ?? {};
  const expr = String(hash.expr ?? "");
  let value: unknown;
  if (typeof hash.path === "string") {
    value = this;
    const parts = hash.path.split("\u0000");
    for (let i = 0; i < parts.length; i++) {
      if (
        value === null || typeof value !== "object" ||
        !Object.hasOwn(value, parts[i]!)
      ) {
        throw new MissingVariable(parts.slice(0, i + 1).join("."), options);
      }
      value = (value as Record<string, unknown>)[parts[i]!];
    }
  } else {
    value = args[0];
  }
  const text = stringify(value, expr, options).replace(MARKERS, "");
  return OPEN + text + CLOSE;
}

// The helpers of one locale, time zone and set of extra helpers, built once.
const helperSets = new Map<string, Record<string, Helper>>();
const extraIds = new WeakMap<object, number>();
let nextExtraId = 0;

function helpersFor(options: RenderOptions): Record<string, Helper> {
  let extra = 0;
  if (options.helpers !== undefined) {
    extra = extraIds.get(options.helpers) ?? ++nextExtraId;
    extraIds.set(options.helpers, extra);
  }
  const key = `${options.locale}\u0000${options.timeZone}\u0000${extra}`;
  let helpers = helperSets.get(key);
  if (helpers === undefined) {
    helpers = {
      ...createHelpers(options),
      ...options.helpers,
      [DATA_HELPER]: dataHelper,
    };
    if (helperSets.size >= 256) helperSets.clear();
    helperSets.set(key, helpers);
  }
  return helpers;
}

/** How to render. */
export interface RenderOptions {
  readonly locale: string;
  readonly timeZone: string;
  readonly helpers?: Readonly<Record<string, Helper>>;
}

/**
 * Renders a template and trims the text.
 *
 * @param template The precompiled template.
 * @param data The template data.
 * @param options Locale, time zone and extra helpers.
 * @returns The text and the spans that came from data.
 * @throws {TemplateError} When a variable is missing or a helper fails.
 */
export function renderTemplate(
  template: PrecompiledTemplate,
  data: unknown,
  options: RenderOptions,
): RenderResult {
  const helpers = helpersFor(options);
  let raw: string;
  try {
    raw = templateFn(template)(data, { helpers });
  } catch (error) {
    throw toTemplateError(error, template);
  }
  return extractSpans(raw);
}

function toTemplateError(
  error: unknown,
  template: PrecompiledTemplate,
): TemplateError {
  const where = (location: { line: number; column: number } | undefined) =>
    location === undefined
      ? ""
      : ` at line ${location.line}, column ${location.column}`;
  const base = { template: template.id, locale: template.locale };
  if (error instanceof MissingVariable) {
    const location = position(error.options);
    return new TemplateError(
      `Cannot render template "${template.id}" (${template.locale}): variable "${error.variable}" is missing${
        where(location)
      }`,
      { ...base, code: "missing-variable", variable: error.variable, location },
    );
  }
  if (error instanceof HelperError) {
    const location = position({ loc: error.loc });
    return new TemplateError(
      `Cannot render template "${template.id}" (${template.locale}): helper "${error.helper}"${
        where(location)
      } ${error.message}`,
      { ...base, code: "helper", helper: error.helper, location },
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  // Handlebars' own strict-mode errors end in " - line:column".
  const match = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/s.exec(message);
  if (match !== null && !template.variables.includes(match[1]!)) {
    // Strict mode reports a call to an unknown helper as a missing field.
    return new TemplateError(
      `Cannot render template "${template.id}" (${template.locale}): helper "${
        match[1]
      }" is not defined`,
      { ...base, code: "helper", helper: match[1] },
      { cause: error },
    );
  }
  if (match !== null) {
    const location = { line: Number(match[2]), column: Number(match[3]) + 1 };
    return new TemplateError(
      `Cannot render template "${template.id}" (${template.locale}): variable "${
        match[1]
      }" is missing${where(location)}`,
      { ...base, code: "missing-variable", variable: match[1], location },
      { cause: error },
    );
  }
  const helper = /^Missing helper: "([^"]+)"/.exec(message);
  if (helper !== null) {
    return new TemplateError(
      `Cannot render template "${template.id}" (${template.locale}): helper "${
        helper[1]
      }" is not defined`,
      { ...base, code: "helper", helper: helper[1] },
      { cause: error },
    );
  }
  return new TemplateError(
    `Cannot render template "${template.id}" (${template.locale}): ${message}`,
    { ...base, code: "render" },
    { cause: error },
  );
}

function extractSpans(raw: string): RenderResult {
  // Strip the markers, slicing between them, and record where data went.
  const parts: string[] = [];
  const spans: TextSpan[] = [];
  let length = 0;
  let from = 0;
  let open = -1;
  for (;;) {
    const a = raw.indexOf(OPEN, from);
    const b = raw.indexOf(CLOSE, from);
    const next = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (next < 0) break;
    parts.push(raw.slice(from, next));
    length += next - from;
    if (raw[next] === OPEN) open = length;
    else {
      if (open >= 0 && length > open) spans.push({ start: open, end: length });
      open = -1;
    }
    from = next + 1;
  }
  parts.push(raw.slice(from));
  const text = parts.join("");
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const shifted: TextSpan[] = [];
  for (const span of spans) {
    const s = Math.max(0, span.start - leading);
    const e = Math.min(trimmed.length, span.end - leading);
    if (e > s) shifted.push({ start: s, end: e });
  }
  return { text: trimmed, dataSpans: shifted };
}
