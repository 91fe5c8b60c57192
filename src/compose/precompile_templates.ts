/**
 * The build step: precompiles Handlebars templates into a module that the
 * composer renders with the Handlebars runtime alone, so no code is
 * generated at request time (edge runtimes forbid it).
 *
 * @module
 */

import Handlebars from "handlebars";
import { isMessageTypeId, MESSAGE_TYPES } from "../message_types/mod.ts";
import { canonicalizeLocale } from "./select_locale.ts";
import { HELPER_NAMES } from "./_helpers.ts";
import { DATA_HELPER, transformTemplate } from "./_transform.ts";
import type { PrecompiledTemplate } from "./precompiled_template.ts";

/** A template file: its path below the templates folder and its source. */
export interface TemplateFile {
  /**
   * The path below the templates folder, `/`-separated:
   * `<type>/<locale>.hbs`, or `<type>/<variant>/<locale>.hbs` for an
   * alternative wording whose template id is `<type>/<variant>`.
   */
  readonly path: string;
  /** The Handlebars source. */
  readonly source: string;
}

/** Options of {@linkcode precompileTemplates}. */
export interface PrecompileTemplatesOptions {
  /**
   * Where the generated module imports the `PrecompiledTemplate` type from.
   *
   * @default {"@sellerkit/buyer-messages"}
   */
  readonly typesFrom?: string;
  /**
   * Names of extra helpers the composer will be given, so that `{{name}}`
   * calls them rather than reading a variable.
   *
   * @default {[]}
   */
  readonly helpers?: readonly string[];
}

/** A template's id, type and locale, read from its path. */
export interface TemplatePathInfo {
  /** The template id: `<type>` or `<type>/<variant>`. */
  readonly id: string;
  /** The message type id. */
  readonly type: string;
  /** The canonical locale. */
  readonly locale: string;
}

/**
 * Reads a template's id, message type and locale from its path.
 *
 * @param path The path below the templates folder.
 * @returns The id, type and locale.
 * @throws {RangeError} When the path is not `<type>[/<variant>]/<locale>.hbs`,
 * the type is unknown or takes no text, or the locale is not a BCP 47 tag.
 *
 * @example
 * ```ts
 * import { parseTemplatePath } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(parseTemplatePath("unexpectedProblem/de_de.hbs"), {
 *   id: "unexpectedProblem",
 *   type: "unexpectedProblem",
 *   locale: "de-DE",
 * });
 * ```
 */
export function parseTemplatePath(path: string): TemplatePathInfo {
  const segments = path.replaceAll("\\", "/").replace(/^\.?\//, "").split("/");
  const file = segments.pop() ?? "";
  if (!file.endsWith(".hbs") || segments.length < 1 || segments.length > 2) {
    throw new RangeError(
      `Cannot read template path "${path}": expected "<type>/<locale>.hbs" or "<type>/<variant>/<locale>.hbs"`,
    );
  }
  const type = segments[0]!;
  if (!isMessageTypeId(type)) {
    throw new RangeError(
      `Cannot read template path "${path}": "${type}" is not a message type`,
    );
  }
  if (MESSAGE_TYPES[type].text === null) {
    throw new RangeError(
      `Cannot read template path "${path}": message type "${type}" takes no text`,
    );
  }
  let locale: string;
  try {
    locale = canonicalizeLocale(file.slice(0, -".hbs".length));
  } catch {
    throw new RangeError(
      `Cannot read template path "${path}": "${
        file.slice(0, -4)
      }" is not a BCP 47 locale`,
    );
  }
  return { id: segments.join("/"), type, locale };
}

/** One template compiled to generated code and its metadata. */
interface CompiledSource {
  readonly meta: Omit<PrecompiledTemplate, "spec">;
  readonly spec: string;
}

function compileSource(
  file: TemplateFile,
  helpers: readonly string[],
): CompiledSource {
  const info = parseTemplatePath(file.path);
  let ast: unknown;
  try {
    ast = Handlebars.parse(file.source);
  } catch (cause) {
    throw new SyntaxError(
      `Cannot parse template "${file.path}": ${
        (cause as Error).message.split("\n")[0]
      }`,
      { cause },
    );
  }
  const { variables, literals } = transformTemplate(ast, helpers);
  // The renderer marks inserted values with U+0001 (see _render.ts).
  const control = literals.find((literal) => literal.text.includes("\u0001"));
  if (control !== undefined) {
    throw new SyntaxError(
      `Cannot compile template "${file.path}": the control character U+0001 at line ${control.line}, column ${control.column} has no place in a message`,
    );
  }
  let spec: string;
  try {
    spec = Handlebars.precompile(
      ast as Parameters<typeof Handlebars.precompile>[0],
      {
        strict: true,
        noEscape: true,
        knownHelpers: Object.fromEntries(
          [...helpers, DATA_HELPER].map((name) => [name, true]),
        ),
      },
    ) as string;
  } catch (cause) {
    throw new SyntaxError(
      `Cannot compile template "${file.path}": ${(cause as Error).message}`,
      { cause },
    );
  }
  return {
    meta: {
      id: info.id,
      type: info.type,
      locale: info.locale,
      variables,
      literals,
    },
    spec,
  };
}

function compileEntry(file: TemplateFile, helpers: readonly string[]): string {
  const { meta, spec } = compileSource(file, helpers);
  const json = JSON.stringify(meta);
  return `  { ${json.slice(1, -1)}, "spec": ${spec} }`;
}

/**
 * Compiles one template for immediate use, as authoring tools need: the
 * same code the build step writes, evaluated in this process. It generates
 * code at run time, so use it in build and authoring tools only, never at
 * the edge (use {@linkcode precompileTemplates} there).
 *
 * @param file The template file.
 * @param options Extra helper names.
 * @returns The template, ready for `createComposer({ templates: [...] })`.
 * @throws {RangeError} When the path does not name a text type and locale.
 * @throws {SyntaxError} When the source is not valid Handlebars.
 *
 * @example
 * ```ts
 * import { compileTemplate } from "@sellerkit/buyer-messages/precompile";
 * import { createComposer } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const template = compileTemplate({ path: "unexpectedProblem/en-US.hbs", source: "Order {{id}}" });
 * const composer = createComposer({ templates: [template] });
 * assert.equal(composer.compose({ type: "unexpectedProblem", locale: "en-US", data: { id: "1" } }).text, "Order 1");
 * ```
 */
export function compileTemplate(
  file: TemplateFile,
  options: Pick<PrecompileTemplatesOptions, "helpers"> = {},
): PrecompiledTemplate {
  const { meta, spec } = compileSource(file, [
    ...HELPER_NAMES,
    ...(options.helpers ?? []),
  ]);
  // Authoring time only: the spec is code that Handlebars generated.
  const value = new Function(`return (${spec});`)() as unknown;
  return { ...meta, spec: value };
}

/**
 * Precompiles template files into the source of an ES module that exports
 * `templates`, ready for `createComposer({ templates })`.
 *
 * @param files The template files, paths relative to the templates folder.
 * @param options Where the module imports its types from; extra helpers.
 * @returns The module source.
 * @throws {RangeError} When a path does not name a text message type and locale.
 * @throws {SyntaxError} When a template is not valid Handlebars.
 * @throws {TypeError} When two files define the same template and locale.
 *
 * @example Precompiling and using your own templates
 * ```ts
 * import { precompileTemplates } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const source = precompileTemplates([
 *   { path: "unexpectedProblem/en-US.hbs", source: "Order {{amazonOrderId}} ships {{formatDate date}}." },
 *   { path: "unexpectedProblem/de-DE.hbs", source: "Bestellung {{amazonOrderId}} kommt am {{formatDate date}}." },
 * ]);
 * assert.match(source, /"locale":"de-DE"/);
 * ```
 */
export function precompileTemplates(
  files: readonly TemplateFile[],
  options: PrecompileTemplatesOptions = {},
): string {
  const helpers = [...HELPER_NAMES, ...(options.helpers ?? [])];
  const seen = new Map<string, string>();
  const entries: string[] = [];
  const sorted = [...files].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  for (const file of sorted) {
    const info = parseTemplatePath(file.path);
    const key = `${info.id}\u0000${info.locale}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new TypeError(
        `Cannot precompile "${file.path}": template "${info.id}" in "${info.locale}" is already defined by "${previous}"`,
      );
    }
    seen.set(key, file.path);
    entries.push(compileEntry(file, helpers));
  }
  const typesFrom = options.typesFrom ?? "@sellerkit/buyer-messages";
  return [
    "// Generated from Handlebars templates by precompileTemplates(). Do not edit.",
    "// deno-fmt-ignore-file",
    "// deno-lint-ignore-file",
    "// @ts-nocheck: precompiled Handlebars code",
    `import type { PrecompiledTemplate } from ${JSON.stringify(typesFrom)};`,
    "",
    "/** The precompiled templates. */",
    "export const templates: readonly PrecompiledTemplate[] = [",
    entries.join(",\n"),
    "];",
    "",
  ].join("\n");
}
