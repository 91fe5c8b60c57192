/**
 * Build and authoring tools: precompile templates for the edge, compile one
 * for immediate use, and lint templates with findings placed in their
 * source, and the template studio (`createStudio`). These load the full
 * Handlebars compiler; import them from build scripts, CLIs, editors and
 * servers that allow code generation, never from code that runs at the
 * edge.
 *
 * @example Precompiling a folder of templates
 * ```ts
 * import { precompileTemplates } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * const source = precompileTemplates([
 *   { path: "unexpectedProblem/en-US.hbs", source: "Order {{amazonOrderId}} is late." },
 * ]);
 * assert.match(source, /export const templates/);
 * ```
 *
 * @module
 */

export * from "./compose/precompile_templates.ts";
export * from "./lint/lint_template.ts";
export type {
  PrecompiledTemplate,
  TemplateLiteral,
} from "./compose/precompiled_template.ts";
export type { LintOptions } from "./lint/lint_message.ts";
export type * from "./lint/rule.ts";
export type { Policy, RuleConfig } from "./lint/policies.ts";
export type {
  ExtraField,
  Limits,
  MessageType,
} from "./message_types/message_type.ts";
export * from "./lint/format_results.ts";
export { createStudio } from "./studio/create_studio.ts";
export type * from "./studio/types.ts";
