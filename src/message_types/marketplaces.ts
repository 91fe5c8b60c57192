// This module is browser compatible.

/**
 * Amazon marketplaces: ids, SP-API regions and the locales buyers there use.
 *
 * @module
 */

/** An SP-API region: North America, Europe or Far East. */
export type Region = "na" | "eu" | "fe";

/** One Amazon marketplace. */
export interface Marketplace {
  /** The marketplace id, such as `ATVPDKIKX0DER`. */
  readonly id: string;
  /** The ISO 3166 country code (`UK` is Amazon's spelling for Great Britain). */
  readonly country: string;
  /** The SP-API region that serves it. */
  readonly region: Region;
  /** The locales buyers there use, the most common first. */
  readonly locales: readonly string[];
}

function m(
  id: string,
  country: string,
  region: Region,
  ...locales: string[]
): Marketplace {
  return Object.freeze({
    id,
    country,
    region,
    locales: Object.freeze(locales),
  });
}

/**
 * Every marketplace that SP-API Messaging serves.
 *
 * @example Finding the German marketplace
 * ```ts
 * import { MARKETPLACES } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const de = MARKETPLACES.find((mp) => mp.country === "DE");
 * assert.equal(de?.id, "A1PA6795UKMFR9");
 * assert.equal(de?.region, "eu");
 * ```
 */
export const MARKETPLACES: readonly Marketplace[] = Object.freeze([
  m("A2EUQ1WTGCTBG2", "CA", "na", "en-CA", "fr-CA"),
  m("ATVPDKIKX0DER", "US", "na", "en-US", "es-US"),
  m("A1AM78C64UM0Y8", "MX", "na", "es-MX"),
  m("A2Q3Y263D00KWC", "BR", "na", "pt-BR"),
  m("A28R8C7NBKEWEA", "IE", "eu", "en-IE"),
  m("A1RKKUPIHCS9HS", "ES", "eu", "es-ES"),
  m("A1F83G8C2ARO7P", "UK", "eu", "en-GB"),
  m("A13V1IB3VIYZZH", "FR", "eu", "fr-FR"),
  m("AMEN7PMS3EDWL", "BE", "eu", "fr-BE", "nl-BE"),
  m("A1805IZSGTT6HS", "NL", "eu", "nl-NL"),
  m("A1PA6795UKMFR9", "DE", "eu", "de-DE"),
  m("APJ6JRA9NG5V4", "IT", "eu", "it-IT"),
  m("A2NODRKZP88ZB9", "SE", "eu", "sv-SE"),
  m("AE08WJ6YKNBMC", "ZA", "eu", "en-ZA"),
  m("A1C3SOZRARQ6R3", "PL", "eu", "pl-PL"),
  m("ARBP9OOSHTCHU", "EG", "eu", "ar-EG", "en-EG"),
  m("A33AVAJ2PDY3EV", "TR", "eu", "tr-TR"),
  m("A17E79C6D8DWNP", "SA", "eu", "ar-SA", "en-SA"),
  m("A2VIGQ35RCS4UG", "AE", "eu", "ar-AE", "en-AE"),
  m("A21TJRUUN4KGV", "IN", "eu", "en-IN", "hi-IN"),
  m("A19VAU5U5O7RUS", "SG", "fe", "en-SG"),
  m("A39IBJ37TRP1C6", "AU", "fe", "en-AU"),
  m("A1VC38T7YXB528", "JP", "fe", "ja-JP"),
]);

const BY_ID: ReadonlyMap<string, Marketplace> = new Map(
  MARKETPLACES.map((mp) => [mp.id, mp]),
);

/**
 * Looks up a marketplace by id.
 *
 * @param id The marketplace id.
 * @returns The marketplace, or `undefined` when the id is unknown.
 *
 * @example
 * ```ts
 * import { getMarketplace } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * assert.equal(getMarketplace("A1VC38T7YXB528")?.country, "JP");
 * assert.equal(getMarketplace("nope"), undefined);
 * ```
 */
export function getMarketplace(id: string): Marketplace | undefined {
  return BY_ID.get(id);
}
