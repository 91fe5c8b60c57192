// This module is browser compatible.

/**
 * The `SELLERS` variable: many sellers behind one endpoint, as JSON.
 *
 * @module
 */

import type { Region } from "../message_types/marketplaces.ts";
import type { SellerConfig } from "../http/sellers.ts";

const EXAMPLE =
  '[{"id": "seller-1", "apiKeys": ["<32+ characters>"], "clientId": "amzn1.application-oa2-client...", "clientSecret": "...", "refreshToken": "Atzr|...", "region": "eu"}]';

/**
 * Parses `SELLERS`: a JSON array of sellers, each with its id, API keys,
 * LWA credentials and optional region.
 *
 * @param value The variable's value.
 * @returns The sellers, for `createSellerDirectory`.
 * @throws {TypeError} When it is not such JSON; the message names the
 *   seller and field, never a secret.
 */
export function parseSellers(value: string): SellerConfig[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new TypeError(
      `Cannot configure the messaging app: "SELLERS" must be a JSON array such as ${EXAMPLE}`,
    );
  }
  return parsed.map((entry: unknown, index): SellerConfig => {
    const where = `"SELLERS[${index}]"`;
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      throw new TypeError(
        `Cannot configure the messaging app: ${where} must be an object such as ${EXAMPLE}`,
      );
    }
    const {
      id,
      apiKeys,
      clientId,
      clientSecret,
      refreshToken,
      region,
      ...rest
    } = entry as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) {
      throw new TypeError(
        `Cannot configure the messaging app: ${where} has unknown field "${
          unknown[0].slice(0, 40)
        }" (known: id, apiKeys, clientId, clientSecret, refreshToken, region)`,
      );
    }
    if (typeof id !== "string") {
      throw new TypeError(
        `Cannot configure the messaging app: ${where}.id must be a string`,
      );
    }
    if (
      !Array.isArray(apiKeys) ||
      !apiKeys.every((key) => typeof key === "string")
    ) {
      throw new TypeError(
        `Cannot configure the messaging app: ${where}.apiKeys must be an array of strings`,
      );
    }
    for (
      const [name, field] of Object.entries({
        clientId,
        clientSecret,
        refreshToken,
      })
    ) {
      if (typeof field !== "string" || field.trim() === "") {
        throw new TypeError(
          `Cannot configure the messaging app: ${where}.${name} must be a non-empty string`,
        );
      }
    }
    if (
      region !== undefined && !["na", "eu", "fe"].includes(region as string)
    ) {
      throw new TypeError(
        `Cannot configure the messaging app: ${where}.region must be "na", "eu" or "fe"`,
      );
    }
    return {
      id,
      apiKeys: apiKeys as string[],
      auth: {
        clientId: clientId as string,
        clientSecret: clientSecret as string,
        refreshToken: refreshToken as string,
      },
      ...(region === undefined ? {} : { region: region as Region }),
    };
  });
}
