// This module is browser compatible.

/**
 * HTTP helpers shared by the client and the LWA auth: a fetch with a
 * clock-driven timeout, signal plumbing and Amazon's error format.
 *
 * @module
 */

import type { Clock } from "./clock.ts";
import type { SpApiErrorEntry } from "./errors.ts";
import type { FetchLike } from "./fetch_like.ts";

/** The abort reason that cancels a timeout timer once a request settled. */
const SETTLED: unique symbol = Symbol("settled");

/** A response together with its body, read under the same timeout. */
export interface Fetched {
  /** The response (its body already consumed). */
  readonly response: Response;
  /** The body text, or `undefined` when reading it failed. */
  readonly text: string | undefined;
  /** Why reading the body failed, if it did. */
  readonly bodyError: unknown;
}

/** Options of {@linkcode fetchWithTimeout}. */
export interface FetchWithTimeoutOptions {
  /** The implementation to call. */
  readonly fetch: FetchLike;
  /** Drives the timeout. */
  readonly clock: Clock;
  /** Milliseconds before the request is aborted with a `TimeoutError`. */
  readonly timeoutMs: number;
  /** The caller's signal. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * Calls `fetch` and reads the body, aborting both with a `TimeoutError`
 * `DOMException` after `timeoutMs` of clock time. The timeout also fires when
 * a custom `fetch` ignores its signal.
 *
 * @param url The URL.
 * @param init The request; its `signal` is replaced.
 * @param options Implementation, clock, timeout and caller signal.
 * @returns The response and its body.
 * @throws The fetch rejection, the caller's abort reason or a `TimeoutError`.
 */
export async function fetchWithTimeout(
  url: string,
  init: RequestInit,
  options: FetchWithTimeoutOptions,
): Promise<Fetched> {
  const timeout = new AbortController();
  const done = new AbortController();
  if (Number.isFinite(options.timeoutMs)) {
    options.clock.sleep(options.timeoutMs, done.signal).then(
      () =>
        timeout.abort(
          new DOMException(
            `The request timed out after ${options.timeoutMs} ms`,
            "TimeoutError",
          ),
        ),
      () => {},
    );
  }
  const signal = anySignal([options.signal, timeout.signal]);
  try {
    const response = await abortable(
      options.fetch(url, { ...init, signal }),
      signal,
    );
    let text: string | undefined;
    let bodyError: unknown;
    try {
      text = await abortable(response.text(), signal);
    } catch (error) {
      bodyError = error;
    }
    return { response, text, bodyError };
  } finally {
    // Any reason will do; the default one builds a DOMException with a stack.
    done.abort(SETTLED);
  }
}

/**
 * Combines signals: aborts when any of them does.
 *
 * @param signals Signals; `undefined` entries are skipped.
 * @returns One signal, or `undefined` when none was given.
 */
export function anySignal(
  signals: readonly (AbortSignal | undefined)[],
): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return AbortSignal.any(present);
}

/**
 * Settles with `promise`, or rejects with the abort reason as soon as
 * `signal` aborts.
 *
 * @typeParam T The resolved value.
 * @param promise The work.
 * @param signal Cancels the wait (the work itself may go on).
 * @returns The work's value.
 */
export function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => {});
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Parses JSON without throwing.
 *
 * @param text The body text.
 * @returns The value, or `undefined` when the text is empty or not JSON.
 */
export function parseJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads Amazon's `{ errors: [{ code, message, details }] }`.
 *
 * @param json The parsed body.
 * @returns The entries that have a string code (possibly none).
 */
export function parseErrors(json: unknown): SpApiErrorEntry[] {
  if (!isRecord(json) || !Array.isArray(json.errors)) return [];
  const entries: SpApiErrorEntry[] = [];
  for (const item of json.errors) {
    if (!isRecord(item) || typeof item.code !== "string") continue;
    const entry: SpApiErrorEntry = {
      code: item.code,
      message: typeof item.message === "string" ? item.message : "",
      ...(typeof item.details === "string" && item.details !== ""
        ? { details: item.details }
        : {}),
    };
    entries.push(entry);
  }
  return entries;
}

/**
 * Tells whether a value is a non-null, non-array object.
 *
 * @param value Anything.
 * @returns Whether its properties can be read as a record.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Hex-encodes the SHA-256 digest of a string.
 *
 * @param text The input.
 * @returns 64 lowercase hex digits.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(text),
  );
  return Array.from(
    new Uint8Array(digest),
    (b) => b.toString(16).padStart(2, "0"),
  ).join("");
}
