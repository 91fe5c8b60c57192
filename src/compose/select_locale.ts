// This module is browser compatible.

/**
 * Locale handling: canonical BCP 47 tags and negotiation between the buyer's
 * locale and the locales a template exists in.
 *
 * @module
 */

import { getMarketplace } from "../message_types/marketplaces.ts";

/**
 * The locales the default templates are written in.
 *
 * @example
 * ```ts
 * import { SUPPORTED_LOCALES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.ok(SUPPORTED_LOCALES.includes("de-DE"));
 * ```
 */
export const SUPPORTED_LOCALES: readonly string[] = Object.freeze([
  "en-US",
  "en-GB",
  "de-DE",
  "fr-FR",
  "es-ES",
  "es-MX",
  "it-IT",
  "nl-NL",
  "sv-SE",
  "pl-PL",
  "tr-TR",
  "ja-JP",
  "pt-BR",
  "ar-AE",
  "hi-IN",
  "zh-CN",
]);

/**
 * Turns a locale tag into its canonical BCP 47 form. Underscores are read as
 * hyphens and case is normalized, so `en_us` becomes `en-US`.
 *
 * @param tag The tag, as Amazon or a user wrote it.
 * @returns The canonical tag.
 * @throws {RangeError} When `tag` is not a valid BCP 47 language tag.
 * @throws {TypeError} When `tag` is not a string.
 *
 * @example
 * ```ts
 * import { canonicalizeLocale } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(canonicalizeLocale("en_us"), "en-US");
 * assert.equal(canonicalizeLocale("ZH-hans-cn"), "zh-Hans-CN");
 * assert.throws(() => canonicalizeLocale("not a locale"), RangeError);
 * ```
 */
export function canonicalizeLocale(tag: string): string {
  if (typeof tag !== "string") {
    throw new TypeError(
      `Cannot read locale: expected a string, got ${typeof tag}`,
    );
  }
  const cleaned = tag.trim().replaceAll("_", "-");
  try {
    const [canonical] = Intl.getCanonicalLocales(cleaned);
    if (canonical !== undefined) return canonical;
  } catch {
    // Reported below with the tag as given.
  }
  throw new RangeError(
    `Cannot read locale "${tag}": expected a BCP 47 tag such as "en-US"`,
  );
}

/** How a locale was chosen. */
export type LocaleMatch = "exact" | "region" | "language" | "default";

/** The outcome of {@linkcode negotiateLocale}. */
export interface NegotiatedLocale {
  /** The chosen locale, one of the available ones. */
  readonly locale: string;
  /** The requested locale in canonical form. */
  readonly requested: string;
  /**
   * How it was chosen: the same tag (`exact`), the same language in another
   * region (`region`), a template for the bare language (`language`), or the
   * default locale because none of the buyer's language exists (`default`).
   */
  readonly match: LocaleMatch;
}

/** Options of {@linkcode negotiateLocale}. */
export interface NegotiateLocaleOptions {
  /**
   * The locale to use when none in the buyer's language exists.
   *
   * @default {"en-US"}
   */
  readonly defaultLocale?: string;
  /**
   * The marketplace of the order: its locales are preferred among several of
   * the buyer's language (a `de-AT` buyer on amazon.de gets `de-DE`).
   */
  readonly marketplaceId?: string;
}

// Regions whose English follows British conventions (CLDR's en-001 and en-150
// parents): everywhere but the United States and its territories.
const US_ENGLISH = new Set(["US", "PR", "AS", "GU", "MP", "UM", "VI"]);
// Regions whose Spanish follows Latin American conventions (CLDR's es-419).
const SPAIN_SPANISH = new Set(["ES", "EA", "IC", "GQ", "PH"]);
// Regions whose Portuguese follows European conventions.
const BRAZIL_PORTUGUESE = new Set(["BR"]);

function preferredRegions(locale: Intl.Locale): string[] {
  const region = locale.region;
  const regions: string[] = [];
  switch (locale.language) {
    case "en":
      if (region !== undefined && !US_ENGLISH.has(region)) regions.push("GB");
      break;
    case "es":
      if (region !== undefined && !SPAIN_SPANISH.has(region)) {
        regions.push("MX", "419");
      }
      break;
    case "pt":
      if (region !== undefined && !BRAZIL_PORTUGUESE.has(region)) {
        regions.push("PT");
      }
      break;
  }
  const likely = new Intl.Locale(locale.language).maximize().region;
  if (likely !== undefined) regions.push(likely);
  return regions;
}

function script(locale: Intl.Locale): string | undefined {
  return locale.maximize().script;
}

/**
 * Chooses which of the available locales serves a buyer's locale: the exact
 * tag; else the same language (same script) in the marketplace's region, a
 * region that shares the buyer's conventions, or the language's main region;
 * else a template for the bare language; else the default locale.
 *
 * @param requested The buyer's locale (any BCP 47 tag; `_` is accepted).
 * @param available The locales that exist, in canonical form.
 * @param options The default locale and the marketplace.
 * @returns The chosen locale and how it was chosen.
 * @throws {RangeError} When `requested` is not a valid tag, or nothing fits
 * and the default locale is not available either.
 *
 * @example Falling back within a language
 * ```ts
 * import { negotiateLocale } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const available = ["en-US", "en-GB", "de-DE", "es-ES", "es-MX"];
 * assert.deepEqual(negotiateLocale("de_at", available), {
 *   locale: "de-DE",
 *   requested: "de-AT",
 *   match: "region",
 * });
 * assert.equal(negotiateLocale("es-AR", available).locale, "es-MX");
 * assert.equal(negotiateLocale("en-AU", available).locale, "en-GB");
 * assert.equal(negotiateLocale("ko-KR", available).match, "default");
 * ```
 */
export function negotiateLocale(
  requested: string,
  available: readonly string[],
  options: NegotiateLocaleOptions = {},
): NegotiatedLocale {
  const canonical = canonicalizeLocale(requested);
  const wanted = new Intl.Locale(canonical);
  const lookup = new Map(available.map((tag) => [tag.toLowerCase(), tag]));

  const exact = lookup.get(canonical.toLowerCase());
  if (exact !== undefined) {
    return { locale: exact, requested: canonical, match: "exact" };
  }

  const wantedScript = script(wanted);
  const sameLanguage = available.filter((tag) => {
    const candidate = new Intl.Locale(tag);
    return candidate.language === wanted.language &&
      candidate.region !== undefined &&
      script(candidate) === wantedScript;
  });
  if (sameLanguage.length > 0) {
    const marketplace = options.marketplaceId === undefined
      ? undefined
      : getMarketplace(options.marketplaceId);
    const regions = [
      ...(marketplace?.locales ?? []).map((tag) => new Intl.Locale(tag))
        .filter((tag) => tag.language === wanted.language)
        .map((tag) => tag.region),
      ...preferredRegions(wanted),
    ];
    for (const region of regions) {
      const hit = sameLanguage.find((tag) =>
        new Intl.Locale(tag).region === region
      );
      if (hit !== undefined) {
        return { locale: hit, requested: canonical, match: "region" };
      }
    }
    return { locale: sameLanguage[0]!, requested: canonical, match: "region" };
  }

  const bare = lookup.get(wanted.language.toLowerCase());
  if (bare !== undefined) {
    return { locale: bare, requested: canonical, match: "language" };
  }

  const defaultLocale = canonicalizeLocale(options.defaultLocale ?? "en-US");
  if (canonical.toLowerCase() !== defaultLocale.toLowerCase()) {
    const fallback = lookup.get(defaultLocale.toLowerCase());
    if (fallback !== undefined) {
      return { locale: fallback, requested: canonical, match: "default" };
    }
  }
  throw new RangeError(
    `Cannot find a locale for "${canonical}": available locales are ${
      available.map((tag) => `"${tag}"`).join(", ") || "none"
    } and the default "${defaultLocale}" is not among them`,
  );
}
