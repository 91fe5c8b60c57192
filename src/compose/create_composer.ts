// This module is browser compatible.

/**
 * The composer with the shipped templates as default: a thin layer over
 * `createTemplateComposer`. Importing it bundles every default template;
 * code that needs only some imports `createTemplateComposer` and the sets
 * it uses from the `./default-templates` entry.
 *
 * @module
 */

import { DEFAULT_TEMPLATES } from "../default_templates/mod.ts";
import {
  type Composer,
  type ComposerOptions,
  createTemplateComposer,
} from "./create_template_composer.ts";

export type {
  ComposedMessage,
  Composer,
  ComposeRequest,
  ComposerOptions,
  TextSpan,
} from "./create_template_composer.ts";

/**
 * Creates a composer over precompiled templates: the shipped default
 * templates unless others are given.
 *
 * @param options Templates, default locale, time zone and helpers.
 * @returns The composer.
 * @throws {TypeError} When a template entry is malformed.
 * @throws {RangeError} When the default locale or time zone is invalid.
 *
 * @example Composing a German message
 * ```ts
 * import { createComposer } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const composer = createComposer();
 * const message = composer.compose({
 *   type: "unexpectedProblem",
 *   locale: "de-AT",
 *   data: {
 *     amazonOrderId: "123-1234567-1234567",
 *     sellerName: "Northwind Outfitters",
 *     productTitle: "Trail Runner 2 Hiking Boots",
 *     newShipDate: "2026-12-09",
 *   },
 * });
 * assert.equal(message.locale, "de-DE");
 * assert.match(message.text, /9\. Dezember 2026/);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createComposer(options: ComposerOptions = {}): Composer {
  return createTemplateComposer({
    ...options,
    templates: options.templates ?? DEFAULT_TEMPLATES,
  });
}
