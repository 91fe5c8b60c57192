// This module is browser compatible.

/**
 * The sandbox's static orders and how an order behaves.
 *
 * @module
 */

import type { MessageTypeId } from "../../message_types/mod.ts";

/**
 * The spec's static sandbox order that always succeeds.
 *
 * @example The order that always works
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox, SANDBOX_ORDER_OK } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const { types } = await client.getMessagingActionsForOrder(SANDBOX_ORDER_OK, { marketplaceId: "ATVPDKIKX0DER" });
 * assert.equal(types.length, 11);
 * ```
 */
export const SANDBOX_ORDER_OK = "123-1234567-1234567";
/**
 * The spec's static sandbox order that always fails with 400 `InvalidInput`.
 *
 * @example The order that always fails
 * ```ts
 * import { createMessagingClient, SpApiError } from "@sellerkit/buyer-messages";
 * import { createSandbox, SANDBOX_ORDER_INVALID } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * await assert.rejects(client.getAttributes(SANDBOX_ORDER_INVALID, { marketplaceId: "ATVPDKIKX0DER" }), SpApiError);
 * ```
 */
export const SANDBOX_ORDER_INVALID = "123-1234567-0000000";

/**
 * How one order behaves in the sandbox.
 *
 * @example An order in French that only takes invoices
 * ```ts
 * import { createMessagingClient } from "@sellerkit/buyer-messages";
 * import { createSandbox, type SandboxOrder } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const order: SandboxOrder = { types: ["invoice"], locale: "fr-FR" };
 * const sandbox = createSandbox({ orders: { "111-2223334-4445556": order } });
 * const client = createMessagingClient({ auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch });
 * const { locale } = await client.getAttributes("111-2223334-4445556", { marketplaceId: "A13V1IB3VIYZZH" });
 * assert.equal(locale, "fr-FR");
 * ```
 */
export interface SandboxOrder {
  /**
   * The message types `getMessagingActionsForOrder` lists and sends accept.
   *
   * @default {the sandbox's defaultTypes}
   */
  readonly types?: readonly MessageTypeId[];
  /**
   * The buyer locale `GetAttributes` answers.
   *
   * @default {the sandbox's defaultLocale}
   */
  readonly locale?: string;
  /**
   * Whether the order accepts a `productReviewAndSellerFeedback`
   * solicitation (until it got one: Amazon takes one per order). When
   * given, it decides; otherwise `deliveredAt` does.
   *
   * @default {true, unless deliveredAt says otherwise}
   */
  readonly solicitation?: boolean;
  /**
   * When the order was delivered, in milliseconds since the Unix epoch by
   * the sandbox clock. Without `solicitation`, the order accepts a
   * solicitation from 5 to 30 days after it, as on Amazon; outside that
   * window a send gets Amazon's 403.
   *
   * @default {undefined}
   */
  readonly deliveredAt?: number;
}
