// This module is browser compatible.

/**
 * What the sandbox records (requests, sent messages and solicitations,
 * uploads), bounded by `maxRecords`, and how it answers in Amazon's JSON
 * format.
 *
 * @module
 */

import type { RateLimits } from "../rate_limit_store.ts";
import type {
  SandboxRequestRecord,
  SandboxUpload,
  SentMessage,
  SentSolicitation,
} from "./types.ts";

/** The sandbox's own, writable view of its records. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** One entry of Amazon's `errors`. */
export interface ErrorEntry {
  /** The code, such as `InvalidInput`. */
  readonly code: string;
  /** The message. */
  readonly message: string;
  /** The details. */
  readonly details?: string;
}

/** The sandbox's records. */
export interface Records {
  /** Messages Amazon took. */
  readonly sent: SentMessage[];
  /** Solicitations Amazon took. */
  readonly solicitations: SentSolicitation[];
  /** Upload destinations created (and their bytes once PUT). */
  readonly uploads: Writable<SandboxUpload>[];
  /** Every request. */
  readonly requests: Writable<SandboxRequestRecord>[];
  /** Appends to a list, dropping the oldest beyond `maxRecords`. */
  keep<T>(list: T[], item: T): void;
  /** Empties every list. */
  clear(): void;
}

/**
 * Creates the records.
 *
 * @param maxRecords How many entries each list keeps.
 * @returns Empty records.
 */
export function createRecords(maxRecords: number): Records {
  const sent: SentMessage[] = [];
  const solicitations: SentSolicitation[] = [];
  const uploads: Writable<SandboxUpload>[] = [];
  const requests: Writable<SandboxRequestRecord>[] = [];
  return {
    sent,
    solicitations,
    uploads,
    requests,
    keep<T>(list: T[], item: T): void {
      list.push(item);
      while (list.length > maxRecords) list.shift();
    },
    clear(): void {
      sent.length = 0;
      solicitations.length = 0;
      uploads.length = 0;
      requests.length = 0;
    },
  };
}

/** Answers in Amazon's format and records the status. */
export interface Responder {
  /** A JSON answer with `x-amzn-RequestId` (and the rate-limit header where Amazon sends it). */
  respond(
    record: Writable<SandboxRequestRecord>,
    status: number,
    body: unknown,
    extra?: Record<string, string>,
  ): Response;
  /** An `{ errors }` answer. */
  fail(
    record: Writable<SandboxRequestRecord>,
    status: number,
    ...errors: ErrorEntry[]
  ): Response;
}

/**
 * Creates the responder.
 *
 * @param limits The sandbox's plan, for `x-amzn-RateLimit-Limit`, or `false`.
 * @returns The responder.
 */
export function createResponder(limits: RateLimits | false): Responder {
  function respond(
    record: Writable<SandboxRequestRecord>,
    status: number,
    body: unknown,
    extra: Record<string, string> = {},
  ): Response {
    const requestId = record.requestId ?? crypto.randomUUID();
    record.status = status;
    const headers = new Headers({
      "content-type": "application/json",
      "x-amzn-RequestId": requestId,
      ...extra,
    });
    if (
      limits !== false && record.operation !== "lwaToken" &&
      record.operation !== "uploadContent" &&
      (status < 300 || status === 400 || status === 404)
    ) {
      headers.set("x-amzn-RateLimit-Limit", String(limits.rate));
    }
    return new Response(
      status === 204 || body === undefined ? null : JSON.stringify(body),
      { status, headers },
    );
  }
  return {
    respond,
    fail(record, status, ...errors) {
      return respond(record, status, { errors });
    },
  };
}
