/**
 * Compose, lint and send Amazon SP-API buyer messages that Amazon will
 * accept.
 *
 * - **Compose** localized text from precompiled Handlebars templates keyed
 *   by the buyer's locale, with locale fallback and `Intl` formatting.
 * - **Lint** the text against Amazon's buyer-messaging policy: rule ids,
 *   severities, ranges, and messages that say what to do instead.
 * - **Catalog** every Messaging message type with its limits.
 *
 * @example Composing a message in the buyer's language
 * ```ts
 * import { createComposer } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const composer = createComposer();
 * const message = composer.compose({
 *   type: "confirmOrderDetails",
 *   locale: "fr-FR",
 *   data: {
 *     amazonOrderId: "123-1234567-1234567",
 *     sellerName: "Northwind Outfitters",
 *     productTitle: "Trail Runner 2 Hiking Boots",
 *     details: ["Size: EU 42", "Colour: Navy"],
 *   },
 * });
 * assert.equal(message.locale, "fr-FR");
 * assert.ok(message.text.includes("123-1234567-1234567"));
 * ```
 *
 * @module
 */

export * from "./src/errors.ts";
export * from "./src/message_types/mod.ts";
export * from "./src/message_types/marketplaces.ts";
export * from "./src/message_types/validate_body.ts";
export * from "./src/compose/select_locale.ts";
export * from "./src/compose/create_composer.ts";
export * from "./src/compose/create_template_composer.ts";
export type * from "./src/compose/precompiled_template.ts";
export * from "./src/lint/rule.ts";
export * from "./src/lint/define_rule.ts";
export * from "./src/lint/create_linter.ts";
export * from "./src/lint/lint_message.ts";
export {
  type Policy,
  RECOMMENDED_POLICY,
  type RuleConfig,
  SPEC_ONLY_POLICY,
} from "./src/lint/policies.ts";
export * from "./src/rules/mod.ts";
export * from "./src/language/mod.ts";
export * from "./src/sp_api/mod.ts";
export * from "./src/outbox/mod.ts";
