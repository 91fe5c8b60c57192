// This module is browser compatible.

/**
 * The sandbox's orders: the configured ones, the spec's static orders and
 * the answer for any other order id.
 *
 * @module
 */

import {
  isMessageTypeId,
  type MessageTypeId,
} from "../../message_types/mod.ts";
import { SANDBOX_ORDER_OK, type SandboxOrder } from "./orders.ts";

const STATIC_OK_TYPES: readonly MessageTypeId[] = [
  "confirmCustomizationDetails",
  "confirmDeliveryDetails",
  "legalDisclosure",
  "negativeFeedbackRemoval",
  "confirmOrderDetails",
  "confirmServiceDetails",
  "amazonMotors",
  "digitalAccessKey",
  "unexpectedProblem",
  "warranty",
  "invoice",
];

/** The sandbox's orders. */
export interface OrderBook {
  /** Configures an order. */
  set(amazonOrderId: string, order: SandboxOrder): void;
  /** How an order behaves, or `undefined` for an unknown order Amazon would not find. */
  get(amazonOrderId: string): SandboxOrder | undefined;
}

/**
 * Creates the order book.
 *
 * @param acceptUnknownOrders Whether orders never configured exist.
 * @returns The order book.
 */
export function createOrderBook(acceptUnknownOrders: boolean): OrderBook {
  const orders = new Map<string, SandboxOrder>();
  return {
    set(amazonOrderId, order) {
      for (const type of order.types ?? []) {
        if (!isMessageTypeId(type)) {
          throw new RangeError(
            `Cannot configure sandbox order "${amazonOrderId}": unknown message type "${type}"`,
          );
        }
      }
      if (
        order.solicitation !== undefined &&
        typeof order.solicitation !== "boolean"
      ) {
        throw new TypeError(
          `Cannot configure sandbox order "${amazonOrderId}": "solicitation" must be true or false`,
        );
      }
      if (
        order.deliveredAt !== undefined &&
        !(typeof order.deliveredAt === "number" &&
          Number.isFinite(order.deliveredAt))
      ) {
        throw new RangeError(
          `Cannot configure sandbox order "${amazonOrderId}": "deliveredAt" must be a time in milliseconds since the Unix epoch, got "${order.deliveredAt}"`,
        );
      }
      orders.set(amazonOrderId, { ...order });
    },
    get(amazonOrderId) {
      const configured = orders.get(amazonOrderId);
      if (configured !== undefined) return configured;
      if (amazonOrderId === SANDBOX_ORDER_OK) return { types: STATIC_OK_TYPES };
      return acceptUnknownOrders ? {} : undefined;
    },
  };
}
