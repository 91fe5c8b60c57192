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

/**
 * Put before an inserted value whose place the template cannot tell (the
 * first value in a block, or the first after one), and on each side of
 * every value in the fallback rendering; removed after rendering. A one-byte
 * character, so a message whose characters all fit in Latin-1 stays a
 * one-byte string (a private-use mark would make every composed text
 * two-byte, which slows every later scan of it, lint included). Data never
 * carries it (it is removed from values) and the build step refuses
 * templates whose text does.
 */
const MARK = "\u0001";

const compiled = new WeakMap<PrecompiledTemplate, TemplateFn>();
// One isolated runtime, so helpers registered globally by other code never
// leak into our templates.
const env = runtime.create();
const BUILT_IN = env.helpers as Record<string, Helper>;

// Denies every inherited property, without logging: data is plain objects.
const PROTO_ACCESS = Object.freeze({
  properties: { whitelist: Object.create(null), defaultValue: false },
  methods: { whitelist: Object.create(null), defaultValue: false },
});
const NOTHING = Object.freeze({});
// Handlebars' own decorators (`{{#*inline}}` partials).
const DECORATORS = env.decorators;
const HOOKS = Object.freeze({
  helperMissing: BUILT_IN.helperMissing,
  blockHelperMissing: BUILT_IN.blockHelperMissing,
});

/**
 * How far one render may go. Amazon takes at most 2000 characters (400 for
 * some types), so a text 50 times that is useless; nested `{{#each}}` over
 * large data would otherwise grow as the product of the array lengths and
 * hold the thread for seconds or minutes. `blockRuns` bounds the work even
 * when the blocks write little: each run of a block body (one `{{#each}}`
 * item, a taken `{{#if}}`, a `{{#with}}`, a custom block helper's
 * `options.fn`) counts one.
 */
export const OUTPUT_BUDGET: {
  readonly maxLength: number;
  readonly maxBlockRuns: number;
} = Object.freeze({ maxLength: 100_000, maxBlockRuns: 100_000 });

/** Thrown inside a render that went past {@linkcode OUTPUT_BUDGET}. */
class OutputBudgetExceeded extends Error {
  readonly limit: "length" | "block-runs";
  constructor(limit: "length" | "block-runs") {
    super(limit);
    this.limit = limit;
  }
}

/** Block-body runs of the render in progress. */
let blockRuns = 0;
/** Characters the block bodies of the render in progress produced so far. */
let produced = 0;

type Program = (this: unknown, ...args: unknown[]) => string;

/**
 * Counts a block body's runs and output. A body's text holds its nested
 * bodies' text, so its length replaces what they added: `produced` stays
 * the length of the block text so far, and a runaway loop stops within one
 * body run of the limit.
 */
function budgeted(program: Program): Program {
  return function (this: unknown, ...args: unknown[]): string {
    if (++blockRuns > OUTPUT_BUDGET.maxBlockRuns) {
      throw new OutputBudgetExceeded("block-runs");
    }
    const before = produced;
    const text = program.apply(this, args);
    produced = before + (typeof text === "string" ? text.length : 0);
    if (produced > OUTPUT_BUDGET.maxLength) {
      throw new OutputBudgetExceeded("length");
    }
    return text;
  };
}

/**
 * The spec with every block program (the numbered entries Handlebars
 * generates for block bodies, inverses and inline partials) counted.
 */
function withBudget(spec: unknown): unknown {
  if (spec === null || typeof spec !== "object") return spec;
  const copy: Record<string, unknown> = { ...spec };
  for (const key of Object.keys(copy)) {
    const value = copy[key];
    if (/^\d+$/.test(key) && typeof value === "function") {
      copy[key] = budgeted(value as Program);
    }
  }
  return copy;
}

function templateFn(template: PrecompiledTemplate): TemplateFn {
  let fn = compiled.get(template);
  if (fn === undefined) {
    fn = env.template(
      withBudget(template.spec) as never,
    ) as unknown as TemplateFn;
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

function stringify(value: unknown, options: HelperOptions): string {
  if (typeof value === "string") return value;
  if (
    typeof value === "number" || typeof value === "boolean" ||
    typeof value === "bigint"
  ) {
    return String(value);
  }
  const expr = String(options.hash?.expr ?? "");
  if (value === undefined || value === null) {
    throw new MissingVariable(expr, options);
  }
  throw new HelperError(
    DATA_HELPER,
    `"${expr}" is ${
      Array.isArray(value) ? "an array" : "an object"
    }: format it with a helper such as formatList, or name one of its fields`,
    options.loc,
  );
}

function resolve(context: unknown, path: string, options: HelperOptions) {
  if (!path.includes("\u0000")) {
    if (
      context === null || typeof context !== "object" ||
      !Object.hasOwn(context, path)
    ) {
      throw new MissingVariable(path, options);
    }
    return (context as Record<string, unknown>)[path];
  }
  let value = context;
  const parts = path.split("\u0000");
  for (let i = 0; i < parts.length; i++) {
    if (
      value === null || typeof value !== "object" ||
      !Object.hasOwn(value, parts[i]!)
    ) {
      throw new MissingVariable(parts.slice(0, i + 1).join("."), options);
    }
    value = (value as Record<string, unknown>)[parts[i]!];
  }
  return value;
}

/**
 * What the render in progress inserted, two numbers per value in output
 * order: the length of literal text since the previous value (-1 when the
 * value is marked instead), then the value's length.
 */
let placed: number[] = [];
/** Whether the render in progress marks both sides of every value. */
let bracket = false;

// Called as (options) for a plain path, or (value, options).
function dataHelper(this: unknown, first: unknown, second?: unknown): string {
  const options = (second === undefined ? first : second) as HelperOptions;
  const hash = options.hash;
  const path = hash?.path;
  let text = stringify(
    typeof path === "string" ? resolve(this, path, options) : first,
    options,
  );
  if (text.includes(MARK)) text = text.replaceAll(MARK, "");
  if (bracket) return MARK + text + MARK;
  const gap = hash?.gap;
  if (typeof gap === "number") {
    placed.push(gap, text.length);
    return text;
  }
  placed.push(-1, text.length);
  return MARK + text;
}

/**
 * The helpers of one locale, time zone and set of extra helpers, built once
 * with Handlebars' own, so rendering hands them over as they are (passing
 * helpers per call makes Handlebars copy and wrap every one of them).
 */
const helperSets = new Map<string, Record<string, Helper>>();
const extraIds = new WeakMap<object, number>();
let nextExtraId = 0;

// Handlebars' `lookup` reads a property through the runtime's
// `lookupProperty`; the same, for own properties only.
function lookup(object: unknown, field: unknown): unknown {
  if (object === null || typeof object !== "object") return object;
  const key = String(field);
  return Object.hasOwn(object, key)
    ? (object as Record<string, unknown>)[key]
    : undefined;
}

function helpersFor(options: RenderOptions): Record<string, Helper> {
  let extra = 0;
  if (options.helpers !== undefined) {
    extra = extraIds.get(options.helpers) ?? ++nextExtraId;
    extraIds.set(options.helpers, extra);
  }
  const key = `${options.locale}\u0000${options.timeZone}\u0000${extra}`;
  let helpers = helperSets.get(key);
  if (helpers === undefined) {
    const { helperMissing: _, blockHelperMissing: __, ...builtIn } = BUILT_IN;
    helpers = {
      ...builtIn,
      lookup,
      ...createHelpers(options),
      ...options.helpers,
      [DATA_HELPER]: dataHelper,
    };
    if (helperSets.size >= 256) helperSets.clear();
    helperSets.set(key, helpers);
  }
  return helpers;
}

function run(
  fn: TemplateFn,
  data: unknown,
  helpers: Record<string, Helper>,
): string {
  blockRuns = 0;
  produced = 0;
  // Handlebars' own path for partials: the helpers, hooks and access rules
  // are used as given instead of merged and wrapped on every call.
  const raw = fn(data, {
    partial: true,
    helpers,
    partials: NOTHING,
    decorators: DECORATORS,
    hooks: HOOKS,
    protoAccessControl: PROTO_ACCESS,
    data: { root: data },
  });
  // Also when a helper caught the error of a body run past the budget.
  if (blockRuns > OUTPUT_BUDGET.maxBlockRuns) {
    throw new OutputBudgetExceeded("block-runs");
  }
  if (raw.length > OUTPUT_BUDGET.maxLength) {
    throw new OutputBudgetExceeded("length");
  }
  return raw;
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
 * @throws {TemplateError} When a variable is missing, a helper fails or the
 * render goes past {@linkcode OUTPUT_BUDGET} (code `output-budget`).
 */
export function renderTemplate(
  template: PrecompiledTemplate,
  data: unknown,
  options: RenderOptions,
): RenderResult {
  const fn = templateFn(template);
  const helpers = helpersFor(options);
  // A helper may compose another message: keep the outer render's state.
  const outerPlaced = placed;
  const outerBracket = bracket;
  const outerRuns = blockRuns;
  const outerProduced = produced;
  try {
    placed = [];
    bracket = false;
    const result = fromPlaces(run(fn, data, helpers), placed);
    if (result !== undefined) return result;
    // A block helper dropped or moved rendered text: render again with
    // both sides of every value marked, which needs no order.
    bracket = true;
    return fromBrackets(run(fn, data, helpers));
  } catch (error) {
    throw toTemplateError(error, template);
  } finally {
    placed = outerPlaced;
    bracket = outerBracket;
    blockRuns = outerRuns;
    produced = outerProduced;
  }
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
  if (error instanceof OutputBudgetExceeded) {
    return new TemplateError(
      `Cannot render template "${template.id}" (${template.locale}): output budget exceeded: ${
        error.limit === "length"
          ? `the text passed ${OUTPUT_BUDGET.maxLength} characters (a message holds at most 2000)`
          : `block bodies such as "{{#each}}" items ran more than ${OUTPUT_BUDGET.maxBlockRuns} times`
      }; check for loops, nested loops above all, over large data`,
      { ...base, code: "output-budget" },
    );
  }
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

/**
 * Places each inserted value: after the previous one plus the literal text
 * between them, or after its mark. Returns `undefined` when the output does
 * not agree with what was inserted.
 */
function fromPlaces(
  raw: string,
  places: readonly number[],
): RenderResult | undefined {
  const spans: TextSpan[] = [];
  let mark = raw.indexOf(MARK);
  let marks = 0;
  let end = 0;
  for (let i = 0; i < places.length; i += 2) {
    const gap = places[i]!;
    let start: number;
    if (gap < 0) {
      if (mark < end) return undefined;
      marks++;
      start = mark + 1;
      mark = raw.indexOf(MARK, start);
    } else start = end + gap;
    end = start + places[i + 1]!;
    if (end > raw.length || (mark >= 0 && mark < end)) return undefined;
    if (end > start) spans.push({ start: start - marks, end: end - marks });
  }
  if (mark >= 0) return undefined;
  return trimmed(marks === 0 ? raw : raw.replaceAll(MARK, ""), spans);
}

/** Removes the marks on both sides of every value, recording where data went. */
function fromBrackets(raw: string): RenderResult {
  const parts = raw.split(MARK);
  const spans: TextSpan[] = [];
  let offset = parts[0]!.length;
  for (let i = 1; i < parts.length; i += 2) {
    const length = parts[i]!.length;
    if (length > 0) spans.push({ start: offset, end: offset + length });
    offset += length + (parts[i + 1]?.length ?? 0);
  }
  return trimmed(parts.length === 1 ? raw : parts.join(""), spans);
}

function trimmed(text: string, spans: readonly TextSpan[]): RenderResult {
  const leading = text.length - text.trimStart().length;
  const result = text.trim();
  if (leading === 0 && result.length === text.length) {
    return { text: result, dataSpans: spans as TextSpan[] };
  }
  const shifted: TextSpan[] = [];
  for (const span of spans) {
    const s = Math.max(0, span.start - leading);
    const e = Math.min(result.length, span.end - leading);
    if (e > s) shifted.push({ start: s, end: e });
  }
  return { text: result, dataSpans: shifted };
}
