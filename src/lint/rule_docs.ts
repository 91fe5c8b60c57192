// This module is browser compatible.

/**
 * What the tools say about each check they report: the policy rules and the
 * template checks (which are no `Rule` objects: the template lint and the
 * template-folder walk report them), each with a short description and the
 * URL of its reference page, `docs/rules/<id>.md` as published on JSR.
 *
 * @module
 */

import { VERSION } from "../_version.ts";
import { ALL_RULES } from "../rules/mod.ts";
import type { RuleSetting } from "./rule.ts";

/** A check reported on templates besides the policy rules. */
export interface TemplateRuleInfo {
  /** The rule id the findings carry. */
  readonly id: string;
  /** What it requires, in the imperative, as rule descriptions are. */
  readonly description: string;
  /** What it checks and how to fix a finding: a paragraph of Markdown. */
  readonly details: string;
  /** The source file that reports it. */
  readonly source: string;
}

/** The template checks, in the order the tools list them. */
export const TEMPLATE_RULES: readonly TemplateRuleInfo[] = [
  {
    id: "template-syntax",
    description: "Require valid Handlebars syntax",
    details:
      "The template must parse as Handlebars: every `{{` closed, every block (`{{#if}}`, `{{#each}}`) closed by its own name. The finding is placed on the line where the parser stopped. Fix the markup; nothing else is checked in a template that does not parse.",
    source: "src/lint/lint_template.ts",
  },
  {
    id: "template-helper",
    description: "Require helpers that exist",
    details:
      "Every helper the template calls must exist, as a helper the composer registers (such as `formatDate`) or one passed in the `helpers` option, and must accept the values it gets when the sample data renders. A helper that gets nothing usually means that its variable is missing from the sample data.",
    source: "src/lint/lint_template.ts",
  },
  {
    id: "template-variable",
    description: "Require variables the sample data provides",
    details:
      "Templates render in strict mode: a missing variable is an error, never an empty string. Every variable the template uses must be in its sample data (`sample.json`). The lint reports each missing variable where it is used, then renders the template again with a stand-in value so that the rest of the text is still checked.",
    source: "src/lint/lint_template.ts",
  },
  {
    id: "template-sample",
    description: "Require readable sample data (sample.json) for templates",
    details:
      "Each template is rendered from the nearest `sample.json` in its folder or above it. The file must exist, be valid JSON and hold an object with the variables the templates use. Without it, every variable is missing, which is reported once.",
    source: "src/authoring/template_folder.ts",
  },
  {
    id: "template-file-name",
    description: "Require template files named by canonical BCP 47 locale",
    details:
      "A template file is named after its locale as the canonical BCP 47 tag of a known language and region: `en-US.hbs`, not `EN_us.hbs` (the finding suggests the canonical name) nor `klingon.hbs` (no known language). The command line's `build` refuses such files. The rest of a misnamed file is not checked until it is renamed.",
    source: "src/authoring/template_folder.ts",
  },
  {
    id: "template-path",
    description: "Require templates at <type>/<locale>.hbs of a text type",
    details:
      "A template sits at `<type>/<locale>.hbs` (or `<type>/<variant>/<locale>.hbs`), where `<type>` is the id of a message type that takes text, such as `unexpectedProblem`. A file elsewhere, or of a type without text, is refused.",
    source: "src/authoring/template_folder.ts",
  },
];

/** A check as report formats describe it. */
export interface RuleInfo {
  /** The rule id. */
  readonly id: string;
  /** What it requires. */
  readonly description: string;
  /** Its severity by default; template checks are errors. */
  readonly defaultSeverity: RuleSetting;
  /** The URL of its reference page. */
  readonly helpUri: string;
}

/**
 * The URL of a rule's reference page: `docs/rules/<id>.md` of this version
 * of the package on JSR.
 *
 * @param ruleId A rule id, such as `no-email`.
 * @returns The URL.
 *
 * @example The page of a rule
 * ```ts
 * import { ruleDocsUrl } from "@sellerkit/buyer-messages/precompile";
 * import assert from "node:assert/strict";
 *
 * assert.match(
 *   ruleDocsUrl("no-email"),
 *   /^https:\/\/jsr\.io\/@sellerkit\/buyer-messages\/\d+\.\d+\.\d+[^/]*\/docs\/rules\/no-email\.md$/,
 * );
 * ```
 */
export function ruleDocsUrl(ruleId: string): string {
  return `https://jsr.io/@sellerkit/buyer-messages/${VERSION}/docs/rules/${
    encodeURIComponent(ruleId)
  }.md`;
}

/** Every check the tools report: the policy rules, then the template checks. */
export function allRuleInfos(): RuleInfo[] {
  return [
    ...ALL_RULES.map((rule) => ({
      id: rule.id,
      description: rule.meta.description,
      defaultSeverity: rule.meta.defaultSeverity,
      helpUri: ruleDocsUrl(rule.id),
    })),
    ...TEMPLATE_RULES.map((rule) => ({
      id: rule.id,
      description: rule.description,
      defaultSeverity: "error" as const,
      helpUri: ruleDocsUrl(rule.id),
    })),
  ];
}
