// This module is browser compatible.

/**
 * The calls a Worker makes to a seller's object: one `POST` per store
 * method, its arguments and answer as JSON. Plain `fetch`, so the object
 * needs no base class from `cloudflare:workers`.
 *
 * @module
 */

import type { DurableObjectStubLike } from "./types.ts";

/** The URL of every call (the host is never resolved). */
export const RPC_URL = "https://seller-outbox.invalid/call";

/** The store methods an object answers. */
export const RPC_METHODS: readonly string[] = [
  "outbox.insert",
  "outbox.get",
  "outbox.replace",
  "outbox.due",
  "outbox.nextDue",
  "outbox.lanes",
  "outbox.expired",
  "outbox.list",
  "outbox.lock",
  "outbox.unlock",
  "rateLimit.reserve",
  "rateLimit.drain",
  "idempotency.claim",
  "idempotency.complete",
  "idempotency.release",
  "duplicateGuard.claim",
  "duplicateGuard.release",
  "directory.claim",
  "directory.find",
  "directory.sellers",
];

/** One call. */
export interface RpcCall {
  /** The seller the object holds (absent for the directory). */
  readonly seller?: string;
  /** The method, such as `outbox.insert`. */
  readonly method: string;
  /** Its arguments (`undefined` travels as `null`). */
  readonly args: readonly unknown[];
}

/**
 * Calls an object and answers what its method answered.
 *
 * @throws {Error} When the object refused or failed the call.
 */
export async function callObject(
  stub: DurableObjectStubLike,
  call: RpcCall,
): Promise<unknown> {
  const response = await stub.fetch(RPC_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(call),
  });
  const text = await response.text();
  let answer: { result?: unknown; error?: { message?: string } };
  try {
    answer = JSON.parse(text);
  } catch {
    answer = {};
  }
  if (!response.ok || answer === null || typeof answer !== "object") {
    const why = answer?.error?.message ?? `status ${response.status}`;
    throw new Error(
      `Durable Object call "${call.method}"${
        call.seller === undefined ? "" : ` for seller "${call.seller}"`
      } failed: ${why}`,
    );
  }
  return answer.result;
}

/** Reads a call from a request, or answers why it is not one. */
export async function readCall(
  request: Request,
): Promise<RpcCall | string> {
  if (request.method !== "POST" || new URL(request.url).pathname !== "/call") {
    return "expected POST /call";
  }
  let call: Partial<RpcCall>;
  try {
    call = await request.json();
  } catch {
    return "the body is not JSON";
  }
  if (
    call === null || typeof call !== "object" ||
    typeof call.method !== "string" || !RPC_METHODS.includes(call.method) ||
    !Array.isArray(call.args) ||
    (call.seller !== undefined && typeof call.seller !== "string")
  ) {
    return "expected { seller?, method, args } with a known method";
  }
  return call as RpcCall;
}

/** The answer to a call. */
export function answer(result: unknown): Response {
  return Response.json(result === undefined ? {} : { result });
}

/** The answer to a call that failed. */
export function failure(status: number, error: unknown): Response {
  return Response.json({
    error: {
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
    },
  }, { status });
}
