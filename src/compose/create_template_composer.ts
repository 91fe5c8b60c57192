// This module is browser compatible.

/**
 * The composer: turns a message type, the buyer's locale and data into the
 * text of a message, from the precompiled localized templates it is given.
 * It imports no templates of its own.
 *
 * @module
 */

import { TemplateError } from "../errors.ts";
import { getMessageType } from "../message_types/mod.ts";
import type { Helper } from "./_helpers.ts";
import { renderTemplate, type TextSpan } from "./_render.ts";
import type {
  PrecompiledTemplate,
  TemplateSet,
} from "./precompiled_template.ts";
import {
  canonicalizeLocale,
  type LocaleMatch,
  type NegotiatedLocale,
  negotiateLocale,
} from "./select_locale.ts";

const MAX_NEGOTIATIONS = 1024;

export type { TextSpan };

/** Options of `createComposer`. */
export interface ComposerOptions {
  /**
   * The precompiled templates: template sets (such as the sets the
   * `./default-templates` entry exports, one per message type) or single
   * entries (such as the `templates` a `precompileTemplates()` module
   * exports), in any mix. A later entry replaces an earlier one of the same
   * template id and locale.
   *
   * @default {every set of `DEFAULT_TEMPLATES` (`createComposer` only)}
   */
  readonly templates?: readonly (PrecompiledTemplate | TemplateSet)[];
  /**
   * The locale used when no template exists in the buyer's language.
   *
   * @default {"en-US"}
   */
  readonly defaultLocale?: string;
  /**
   * The IANA time zone dates and times are shown in.
   *
   * @default {"UTC"}
   */
  readonly timeZone?: string;
  /**
   * Extra Handlebars helpers by name, called as `(...args, options)`. Name
   * them in `precompileTemplates({ helpers })` too when they take no
   * arguments.
   *
   * @default {{}}
   */
  readonly helpers?: Readonly<Record<string, (...args: unknown[]) => unknown>>;
}

/** What to compose. */
export interface ComposeRequest {
  /** The message type id, such as `unexpectedProblem`. */
  readonly type: string;
  /** The buyer's locale, as `GetAttributes` returns it (any BCP 47 tag). */
  readonly locale: string;
  /** The template data. */
  readonly data: Readonly<Record<string, unknown>>;
  /**
   * The template id: the type itself, or `type/variant`.
   *
   * @default {the type}
   */
  readonly template?: string;
  /** The order's marketplace, to prefer its locales within a language. */
  readonly marketplaceId?: string;
}

/** A composed message. */
export interface ComposedMessage {
  /** The message text, trimmed. */
  readonly text: string;
  /** The message type id. */
  readonly type: string;
  /** The template id used. */
  readonly template: string;
  /** The locale of the template actually used. */
  readonly locale: string;
  /** The buyer's locale, canonical. */
  readonly requestedLocale: string;
  /** How the template locale was chosen; `default` means the buyer's language had no template. */
  readonly localeMatch: LocaleMatch;
  /** The spans of `text` that came from data or helpers rather than the template's own words. */
  readonly dataSpans: readonly TextSpan[];
}

/** Renders messages from templates. */
export interface Composer {
  /**
   * Composes a message.
   *
   * @param request The type, the buyer's locale, the data and optionally a template id.
   * @returns The text and where it came from.
   * @throws {RangeError} When the type is unknown or the locale is not a BCP 47 tag.
   * @throws {TemplateError} When no template exists, a variable is missing or a helper fails.
   */
  compose(request: ComposeRequest): ComposedMessage;
  /**
   * Lists the template ids, optionally only those for a message type.
   *
   * @param type A message type id.
   * @returns The template ids, sorted.
   */
  templateIds(type?: string): string[];
  /**
   * Lists the locales a template exists in.
   *
   * @param template The template id.
   * @returns The locales, sorted.
   */
  locales(template: string): string[];
  /**
   * Returns a precompiled template entry.
   *
   * @param template The template id.
   * @param locale The exact canonical locale.
   * @returns The entry, or `undefined`.
   */
  getTemplate(
    template: string,
    locale: string,
  ): PrecompiledTemplate | undefined;
}

/** Options of {@linkcode createTemplateComposer}: the templates are required. */
export interface TemplateComposerOptions extends ComposerOptions {
  /**
   * The precompiled templates: template sets or single entries, in any mix.
   */
  readonly templates: readonly (PrecompiledTemplate | TemplateSet)[];
}

function addEntry(
  byId: Map<string, Map<string, PrecompiledTemplate>>,
  entry: PrecompiledTemplate,
): void {
  if (
    entry === null || typeof entry !== "object" ||
    typeof entry.id !== "string" || typeof entry.locale !== "string" ||
    typeof entry.type !== "string" || entry.spec === undefined
  ) {
    throw new TypeError(
      "Cannot create composer: templates must be template sets or the entries a precompileTemplates() module exports",
    );
  }
  let locales = byId.get(entry.id);
  if (locales === undefined) byId.set(entry.id, locales = new Map());
  locales.set(canonicalizeLocale(entry.locale), entry);
}

/**
 * Creates a composer over the templates given and no others: the composer
 * core, which imports no templates, so a bundle holds only the template sets
 * its caller imports. `createComposer` is the same with the shipped
 * templates as default.
 *
 * @param options Templates, default locale, time zone and helpers.
 * @returns The composer.
 * @throws {TypeError} When the templates are missing or an entry is malformed.
 * @throws {RangeError} When the default locale or time zone is invalid.
 *
 * @example Composing a German message from one type's templates
 * ```ts
 * import { createTemplateComposer } from "@sellerkit/buyer-messages";
 * import { UNEXPECTED_PROBLEM_TEMPLATES } from "@sellerkit/buyer-messages/default-templates";
 * import assert from "node:assert/strict";
 *
 * const composer = createTemplateComposer({
 *   templates: [UNEXPECTED_PROBLEM_TEMPLATES],
 * });
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
 * assert.match(message.text, /123-1234567-1234567/);
 * assert.match(message.text, /9\. Dezember 2026/);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createTemplateComposer(
  options: TemplateComposerOptions,
): Composer {
  if (
    options === null || typeof options !== "object" ||
    !Array.isArray(options.templates)
  ) {
    throw new TypeError(
      "Cannot create composer: expected { templates: [...] }, such as the sets of the default-templates entry",
    );
  }
  const defaultLocale = canonicalizeLocale(options.defaultLocale ?? "en-US");
  const timeZone = options.timeZone ?? "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new RangeError(
      `Cannot create composer: time zone "${timeZone}" is not an IANA time zone`,
    );
  }
  const helpers = options.helpers as Record<string, Helper> | undefined;
  const byId = new Map<string, Map<string, PrecompiledTemplate>>();
  for (const item of options.templates) {
    if (Array.isArray(item)) {
      for (const entry of item as TemplateSet) addEntry(byId, entry);
    } else addEntry(byId, item as PrecompiledTemplate);
  }

  const negotiations = new Map<string, NegotiatedLocale>();

  function locales(template: string): string[] {
    return [...(byId.get(template)?.keys() ?? [])].sort();
  }

  return {
    compose(request: ComposeRequest): ComposedMessage {
      if (request === null || typeof request !== "object") {
        throw new TypeError(
          "Cannot compose message: expected a request object",
        );
      }
      const type = getMessageType(request.type);
      if (type.text === null) {
        throw new RangeError(
          `Cannot compose message "${type.id}": the type takes no text, only attachments`,
        );
      }
      const templateId = request.template ?? type.id;
      if (
        templateId !== type.id && !templateId.startsWith(`${type.id}/`)
      ) {
        throw new RangeError(
          `Cannot compose message "${type.id}": template "${templateId}" is written for another type`,
        );
      }
      const available = byId.get(templateId);
      if (available === undefined || available.size === 0) {
        throw new TemplateError(
          `Cannot compose message "${type.id}": no template "${templateId}" exists`,
          { code: "not-found", template: templateId },
        );
      }
      if (
        request.data === null || typeof request.data !== "object" ||
        Array.isArray(request.data)
      ) {
        throw new TypeError(
          `Cannot compose message "${type.id}": data must be an object`,
        );
      }
      let negotiated;
      try {
        // Negotiation builds Intl.Locale objects: remember its answers.
        const key = `${templateId}\u0000${request.locale}\u0000${
          request.marketplaceId ?? ""
        }`;
        negotiated = negotiations.get(key);
        if (negotiated === undefined) {
          negotiated = negotiateLocale(request.locale, [...available.keys()], {
            defaultLocale,
            marketplaceId: request.marketplaceId,
          });
          if (negotiations.size >= MAX_NEGOTIATIONS) negotiations.clear();
          negotiations.set(key, negotiated);
        }
      } catch (error) {
        if (!(error instanceof RangeError) || !available.size) throw error;
        canonicalizeLocale(request.locale);
        throw new TemplateError(
          `Cannot compose message "${type.id}": template "${templateId}" exists in ${
            locales(templateId).map((l) => `"${l}"`).join(", ")
          } but not in "${request.locale}" nor the default "${defaultLocale}"`,
          { code: "not-found", template: templateId },
        );
      }
      const template = available.get(negotiated.locale)!;
      const { text, dataSpans } = renderTemplate(template, request.data, {
        locale: template.locale,
        timeZone,
        helpers,
      });
      return {
        text,
        type: type.id,
        template: templateId,
        locale: template.locale,
        requestedLocale: negotiated.requested,
        localeMatch: negotiated.match,
        dataSpans,
      };
    },
    templateIds(type?: string): string[] {
      return [...byId.keys()]
        .filter((id) =>
          type === undefined || id === type || id.startsWith(`${type}/`)
        )
        .sort();
    },
    locales,
    getTemplate(template: string, locale: string) {
      return byId.get(template)?.get(locale);
    },
  };
}
