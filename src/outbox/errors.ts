// This module is browser compatible.

/**
 * The error the outbox raises when a message cannot be found or is not in a
 * state that allows the request.
 *
 * @module
 */

import { BuyerMessagesError } from "../errors.ts";
import type { OutboxStatus } from "./types.ts";

/**
 * A request the outbox cannot carry out: the message does not exist (for
 * this seller), or its status does not allow it (cancelling a message that
 * is already being sent, retrying one that was sent).
 *
 * @example Cancelling too late
 * ```ts
 * import { OutboxStateError } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const error = new OutboxStateError("conflict", "Message 01K is sent: only a queued message can be cancelled", "sent");
 * assert.equal(error.code, "conflict");
 * assert.equal(error.status, "sent");
 * ```
 */
export class OutboxStateError extends BuyerMessagesError {
  /** `not_found`: no such message; `conflict`: its status does not allow it. */
  readonly code: "not_found" | "conflict";
  /** The message's status, when it exists. */
  readonly status: OutboxStatus | undefined;

  /**
   * Creates the error.
   *
   * @param code `not_found` or `conflict`.
   * @param message What failed and why.
   * @param status The message's status, when it exists.
   */
  constructor(
    code: "not_found" | "conflict",
    message: string,
    status?: OutboxStatus,
  ) {
    super(message);
    this.name = "OutboxStateError";
    this.code = code;
    this.status = status;
  }
}
