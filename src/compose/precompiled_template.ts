// This module is browser compatible.

/**
 * The shape of a precompiled template, as `precompileTemplates` writes it and
 * `createComposer` reads it.
 *
 * @module
 */

/** A run of literal template text, with where it starts in the source. */
export interface TemplateLiteral {
  /** The literal text, after Handlebars' whitespace control. */
  readonly text: string;
  /** 1-based line in the template source. */
  readonly line: number;
  /** 1-based column in the template source. */
  readonly column: number;
}

/**
 * One template, precompiled for the Handlebars runtime.
 *
 * @example A template entry as the build step writes it
 * ```ts
 * import type { PrecompiledTemplate } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const entry: Pick<PrecompiledTemplate, "id" | "type" | "locale"> = {
 *   id: "unexpectedProblem",
 *   type: "unexpectedProblem",
 *   locale: "de-DE",
 * };
 * assert.equal(entry.type, "unexpectedProblem");
 * ```
 */
export interface PrecompiledTemplate {
  /** The template id: the message type, or `type/variant` for an alternative wording. */
  readonly id: string;
  /** The message type id the template is written for. */
  readonly type: string;
  /** The canonical BCP 47 locale the template is written in. */
  readonly locale: string;
  /** The variables the template reads from its data (root paths). */
  readonly variables: readonly string[];
  /** The literal text runs of the template, for language checks. */
  readonly literals: readonly TemplateLiteral[];
  /** The Handlebars template spec (generated code); opaque to callers. */
  readonly spec: unknown;
}

/**
 * A set of precompiled templates, such as one message type's templates in
 * every locale, as a `precompileTemplates()` module or the
 * `./default-templates` entry exports it.
 *
 * @example A set of one template
 * ```ts
 * import type { TemplateSet } from "@sellerkit/buyer-messages";
 * import { compileTemplate } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const set: TemplateSet = [
 *   compileTemplate({ path: "unexpectedProblem/en-US.hbs", source: "Order {{id}}" }),
 * ];
 * assert.equal(set[0]?.locale, "en-US");
 * ```
 */
export type TemplateSet = readonly PrecompiledTemplate[];
