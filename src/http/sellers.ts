// This module is browser compatible.

/**
 * Many sellers behind one endpoint: each API key acts for one seller, and
 * each seller has its own credentials, region, rate buckets, idempotency
 * keys, duplicate guard and outbox lanes.
 *
 * @module
 */

import { sha256 } from "@noble/hashes/sha2";
import {
  createMessagingClient,
  type MessagingClient,
  type MessagingClientOptions,
} from "../sp_api/messaging_client.ts";
import type { Region } from "../message_types/marketplaces.ts";
import type { MessagingAuth } from "../sp_api/client_types.ts";
import { assertApiKeys } from "./api_keys.ts";

/** The id pattern of a seller: 1 to 128 visible ASCII characters. */
const SELLER_ID = /^[\x21-\x7e]{1,128}$/;
const encoder = new TextEncoder();

/**
 * Where the endpoint finds the seller of a request and the seller's client.
 * Build one from configuration with {@linkcode createSellerDirectory}, or
 * implement it over your own database (then cache the clients: each holds
 * the seller's access token).
 *
 * @example A directory over your own lookups
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import type { SellerDirectory } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|seller-1" }, fetch: sandbox.fetch });
 * const directory: SellerDirectory = {
 *   sellerOf: (apiKey) => apiKey === "key-seller-1-0123456789abcdef0123456789" ? "seller-1" : undefined,
 *   clientOf: () => client,
 * };
 * assert.equal(await directory.sellerOf("key-seller-1-0123456789abcdef0123456789"), "seller-1");
 * ```
 */
export interface SellerDirectory {
  /**
   * The seller an API key acts for, or `undefined` for an unknown key
   * (answered 401). Compare keys in constant time, or by their digests.
   */
  sellerOf(apiKey: string): string | undefined | Promise<string | undefined>;
  /** The seller's client: its credentials and region. */
  clientOf(seller: string): MessagingClient | Promise<MessagingClient>;
  /**
   * Secrets known up front (API keys, credentials) that the endpoint
   * redacts from its logs and answers.
   */
  secrets?(): readonly string[];
}

/**
 * One seller of {@linkcode createSellerDirectory}.
 *
 * @example A seller in Europe
 * ```ts
 * import type { SellerConfig } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const seller: SellerConfig = {
 *   id: "northwind-eu",
 *   apiKeys: ["key-northwind-0123456789abcdef0123456789"],
 *   auth: { clientId: "amzn1.application-oa2-client.example", clientSecret: "example", refreshToken: "Atzr|example" },
 *   region: "eu",
 * };
 * assert.equal(seller.region, "eu");
 * ```
 */
export interface SellerConfig {
  /** The seller's id in this endpoint: 1 to 128 visible ASCII characters. */
  readonly id: string;
  /** The API keys that act for this seller (at least 32 characters each). */
  readonly apiKeys: readonly string[];
  /** The seller's LWA credentials (or an access token, or a token provider). */
  readonly auth: MessagingAuth;
  /**
   * The seller's region.
   *
   * @default {each order's marketplace decides}
   */
  readonly region?: Region;
  /**
   * A base URL replacing Amazon's regional host (a proxy, a mock).
   *
   * @default {undefined}
   */
  readonly endpoint?: string;
}

function digestOf(key: string): string {
  let hex = "";
  for (const byte of sha256(encoder.encode(key))) {
    hex += byte.toString(16).padStart(2, "0");
  }
  return hex;
}

/**
 * Creates a seller directory from configuration. Each seller's client is
 * created on first use from `shared` (fetch, timeouts, and the shared
 * rate-limit, idempotency and duplicate-guard stores) plus the seller's own
 * credentials and region. Keys are looked up by their SHA-256 digest, so the
 * time taken tells nothing about a key.
 *
 * @param sellers The sellers.
 * @param shared Client options every seller shares (everything but `auth`).
 * @returns The directory.
 * @throws {TypeError} When a seller id or key is malformed, or a key or id is used twice.
 * @throws {RangeError} When a key is shorter than 32 characters.
 *
 * @example Two sellers over the sandbox
 * ```ts
 * import { createMessagingApp, createSellerDirectory } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const sellers = createSellerDirectory([
 *   { id: "seller-a", apiKeys: ["key-a-0123456789abcdef0123456789abcdef"], auth: { accessToken: "Atza|a" } },
 *   { id: "seller-b", apiKeys: ["key-b-0123456789abcdef0123456789abcdef"], auth: { accessToken: "Atza|b" } },
 * ], { fetch: sandbox.fetch });
 * assert.equal(await sellers.sellerOf("key-b-0123456789abcdef0123456789abcdef"), "seller-b");
 * assert.equal(await sellers.sellerOf("key-c-0123456789abcdef0123456789abcdef"), undefined);
 * const app = createMessagingApp({ sellers });
 * const response = await app.request("/healthz");
 * assert.equal(response.status, 200);
 * ```
 */
export function createSellerDirectory(
  sellers: readonly SellerConfig[],
  shared: Omit<MessagingClientOptions, "auth"> = {},
): SellerDirectory {
  if (!Array.isArray(sellers) || sellers.length === 0) {
    throw new TypeError(
      "Cannot create the seller directory: give at least one seller",
    );
  }
  const byKey = new Map<string, string>();
  const configs = new Map<string, SellerConfig>();
  const secrets: string[] = [];
  sellers.forEach((seller, index) => {
    if (
      seller === null || typeof seller !== "object" ||
      typeof seller.id !== "string" || !SELLER_ID.test(seller.id)
    ) {
      throw new TypeError(
        `Cannot create the seller directory: "sellers[${index}].id" must be 1 to 128 visible ASCII characters`,
      );
    }
    if (configs.has(seller.id)) {
      throw new TypeError(
        `Cannot create the seller directory: seller "${seller.id}" is listed twice`,
      );
    }
    if (!Array.isArray(seller.apiKeys) || seller.apiKeys.length === 0) {
      throw new TypeError(
        `Cannot create the seller directory: seller "${seller.id}" needs at least one API key in "apiKeys"`,
      );
    }
    assertApiKeys(seller.apiKeys);
    for (const key of seller.apiKeys) {
      const digest = digestOf(key);
      if (byKey.has(digest)) {
        throw new TypeError(
          `Cannot create the seller directory: an API key of seller "${seller.id}" is also used by seller "${
            byKey.get(digest)
          }"`,
        );
      }
      byKey.set(digest, seller.id);
      secrets.push(key);
    }
    const auth: unknown = seller.auth;
    if (typeof auth === "object" && auth !== null) {
      for (const name of ["accessToken", "clientSecret", "refreshToken"]) {
        const secret = (auth as Record<string, unknown>)[name];
        if (typeof secret === "string") secrets.push(secret);
      }
    }
    configs.set(seller.id, seller);
  });

  const clients = new Map<string, MessagingClient>();
  return {
    sellerOf(apiKey) {
      return typeof apiKey === "string"
        ? byKey.get(digestOf(apiKey))
        : undefined;
    },
    clientOf(id) {
      let client = clients.get(id);
      if (client !== undefined) return client;
      const config = configs.get(id);
      if (config === undefined) {
        throw new TypeError(`No seller "${String(id).slice(0, 128)}"`);
      }
      client = createMessagingClient({
        ...shared,
        auth: config.auth,
        ...(config.region === undefined ? {} : { region: config.region }),
        ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
      });
      clients.set(id, client);
      return client;
    },
    secrets: () => secrets,
  };
}
