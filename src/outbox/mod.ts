// This module is browser compatible.

/**
 * The outbox: queue messages now, send them later at Amazon's rate, on a
 * store that survives restarts and is shared by many processes.
 *
 * @module
 */

export type * from "./types.ts";
export { OUTBOX_FINAL_STATUSES } from "./types.ts";
export * from "./errors.ts";
export * from "./memory_store.ts";
export * from "./create_outbox.ts";
