// Generated from templates/ by scripts/build_templates.ts. Do not edit.

/**
 * The default templates the library ships: one precompiled set per
 * message type, each in every shipped locale. Import only the sets you
 * use; a bundler then leaves the others out.
 *
 * @example Composing with one type's templates
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: [CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES] });
 * assert.ok(composer.locales("confirmCustomizationDetails").includes("de-DE"));
 * ```
 *
 * @module
 */

import type { TemplateSet } from "../compose/precompiled_template.ts";
import { CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES } from "./confirm_customization_details.gen.ts";
import { CONFIRM_DELIVERY_DETAILS_TEMPLATES } from "./confirm_delivery_details.gen.ts";
import { CONFIRM_ORDER_DETAILS_TEMPLATES } from "./confirm_order_details.gen.ts";
import { CONFIRM_SERVICE_DETAILS_TEMPLATES } from "./confirm_service_details.gen.ts";
import { DIGITAL_ACCESS_KEY_TEMPLATES } from "./digital_access_key.gen.ts";
import { UNEXPECTED_PROBLEM_TEMPLATES } from "./unexpected_problem.gen.ts";

export type {
  PrecompiledTemplate,
  TemplateLiteral,
  TemplateSet,
} from "../compose/precompiled_template.ts";
export {
  CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES,
  CONFIRM_DELIVERY_DETAILS_TEMPLATES,
  CONFIRM_ORDER_DETAILS_TEMPLATES,
  CONFIRM_SERVICE_DETAILS_TEMPLATES,
  DIGITAL_ACCESS_KEY_TEMPLATES,
  UNEXPECTED_PROBLEM_TEMPLATES,
};

/**
 * Every shipped template set, one per message type. What
 * `createComposer()` uses when given no templates.
 *
 * @example Composing with every default template
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { DEFAULT_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({ templates: DEFAULT_TEMPLATES });
 * assert.equal(composer.templateIds().length, 6);
 * ```
 */
export const DEFAULT_TEMPLATES: readonly TemplateSet[] = [
  CONFIRM_CUSTOMIZATION_DETAILS_TEMPLATES,
  CONFIRM_DELIVERY_DETAILS_TEMPLATES,
  CONFIRM_ORDER_DETAILS_TEMPLATES,
  CONFIRM_SERVICE_DETAILS_TEMPLATES,
  DIGITAL_ACCESS_KEY_TEMPLATES,
  UNEXPECTED_PROBLEM_TEMPLATES,
];
