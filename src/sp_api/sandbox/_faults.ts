// This module is browser compatible.

/**
 * Injected faults: a queue of faults per operation, applied at the moment
 * Amazon would have taken a request (before: 503; after: 500, a dropped
 * connection, or latency).
 *
 * @module
 */

import type { Clock } from "../clock.ts";
import { isRecord } from "../_http.ts";
import type { Responder, Writable } from "./_records.ts";
import type {
  SandboxFault,
  SandboxFaultKind,
  SandboxRequestRecord,
} from "./types.ts";

const KINDS: readonly SandboxFaultKind[] = [
  "latency",
  "error-after-accept",
  "unavailable",
  "drop",
];

interface ActiveFault {
  readonly fault: SandboxFault;
  remaining: number;
}

/** The fault queue. */
export interface Faults {
  /** Queues a fault. */
  inject(fault: SandboxFault): void;
  /** Takes the next fault matching the operation, if any. */
  take(operation: string): SandboxFault | undefined;
  /**
   * Answers a request Amazon would take: applies a matching fault around
   * `commit` (the state change) and `answer`.
   */
  accept(
    record: Writable<SandboxRequestRecord>,
    signal: AbortSignal | undefined,
    commit: () => void,
    answer: () => Response,
  ): Promise<Response>;
  /** Drops every queued fault. */
  clear(): void;
}

/**
 * The error a dropped connection throws, like Deno's `fetch`.
 *
 * @param record The request, whose status is cleared.
 * @returns The error.
 */
export function dropped(record: Writable<SandboxRequestRecord>): TypeError {
  record.status = undefined;
  return new TypeError(
    "error sending request: connection closed before message completed (sandbox fault)",
  );
}

/**
 * Creates the fault queue.
 *
 * @param clock Drives latency faults.
 * @param responder Answers 503 and 500 faults.
 * @returns The queue.
 */
export function createFaults(clock: Clock, responder: Responder): Faults {
  const faults: ActiveFault[] = [];

  function take(operation: string): SandboxFault | undefined {
    const index = faults.findIndex(({ fault }) =>
      fault.operation === undefined
        ? operation !== "lwaToken" && operation !== "uploadContent"
        : fault.operation === operation
    );
    if (index === -1) return undefined;
    const active = faults[index];
    active.remaining--;
    if (active.remaining <= 0) faults.splice(index, 1);
    return active.fault;
  }

  return {
    inject(fault) {
      if (!isRecord(fault) || !KINDS.includes(fault.kind)) {
        throw new RangeError(
          `Cannot inject the fault: "kind" must be one of ${
            KINDS.map((k) => `"${k}"`).join(", ")
          }`,
        );
      }
      faults.push({ fault: { ...fault }, remaining: fault.times ?? 1 });
    },
    take,
    async accept(record, signal, commit, answer) {
      const fault = take(record.operation);
      if (fault?.kind === "unavailable") {
        return responder.fail(record, 503, {
          code: "ServiceUnavailable",
          message: "Service temporarily unavailable",
        });
      }
      commit();
      if (fault?.kind === "error-after-accept") {
        return responder.fail(record, 500, {
          code: "InternalFailure",
          message: "We encountered an internal error. Please try again.",
        });
      }
      if (fault?.kind === "drop") throw dropped(record);
      if (fault?.kind === "latency") {
        try {
          await clock.sleep(fault.latencyMs ?? 1000, signal);
        } catch (error) {
          record.status = undefined;
          throw error;
        }
      }
      return answer();
    },
    clear() {
      faults.length = 0;
    },
  };
}
