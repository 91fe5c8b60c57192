// This module is browser compatible.

/**
 * The logging and metrics middleware: once per answered request, one log
 * entry (`onLog`) and one `http.request.duration` sample (`onMetric`), from
 * the answer the handlers recorded. Hooks that throw are ignored: a logging
 * bug must not change an answer.
 *
 * @module
 */

import type { MiddlewareHandler } from "hono";
import type { Clock } from "../sp_api/clock.ts";
import type { AppEnv } from "./_app_context.ts";

/**
 * One structured log entry, once per answered request. It never holds a
 * secret, a header or the message text.
 *
 * @example Collecting logs
 * ```ts
 * import { createMessagingApp, type AppLogEntry } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const logs: AppLogEntry[] = [];
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   apiKeys: ["key-0123456789abcdef0123456789abcdef"],
 *   onLog: (entry) => logs.push(entry),
 * });
 * await app.fetch(new Request("http://localhost/orders/123-1234567-1234567/message-types?marketplaceId=ATVPDKIKX0DER"));
 * assert.equal(logs[0].status, 401);
 * assert.equal(logs[0].route, "/orders/:amazonOrderId/message-types");
 * ```
 */
export interface AppLogEntry {
  /** `error` for 5xx, `warn` for 429, `info` otherwise. */
  readonly level: "info" | "warn" | "error";
  /** One line: method, route, status and outcome. */
  readonly message: string;
  /** This endpoint's request id (`x-request-id`). */
  readonly requestId: string;
  /** The HTTP method. */
  readonly method: string;
  /** The route pattern, such as `/messages`; `*` when none matched. */
  readonly route: string;
  /** The HTTP status answered. */
  readonly status: number;
  /** What happened: `sent`, `valid`, `rejected`, `unavailable`, `unknown`, `replayed` (a kept answer for a repeated `Idempotency-Key`), or an error code such as `duplicate` or `cancelled` (the caller went away before the message was sent). */
  readonly outcome: string;
  /** Milliseconds from the request to the answer. */
  readonly durationMs: number;
  /** Amazon's `x-amzn-RequestId`, when there was one. */
  readonly amazonRequestId?: string;
  /** The unexpected error behind a 5xx, name and message only. */
  readonly error?: { readonly name: string; readonly message: string };
}

/**
 * A metric sample. Names: `http.request.duration` (ms; tags `method`,
 * `route`, `status`, `outcome`), `messages.outcome` (count; tags `type`,
 * `outcome`), `lint.findings` (count; tags `ruleId`, `severity`) and, when
 * the app creates the client, `spapi.request.duration` (ms; tags
 * `operation`, `status`).
 *
 * @example Counting outcomes
 * ```ts
 * import { createMessagingApp, type AppMetric } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const metrics: AppMetric[] = [];
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   allowUnauthenticated: true,
 *   onMetric: (metric) => metrics.push(metric),
 * });
 * await app.fetch(new Request("http://localhost/healthz"));
 * assert.equal(metrics[0].name, "http.request.duration");
 * assert.equal(metrics[0].tags.status, "200");
 * ```
 */
export interface AppMetric {
  /** The metric name. */
  readonly name: string;
  /** The value: milliseconds or a count of 1. */
  readonly value: number;
  /** The unit of `value`. */
  readonly unit: "ms" | "count";
  /** Dimensions. */
  readonly tags: Readonly<Record<string, string>>;
}

/** Options of {@linkcode observe}. */
export interface ObserveOptions {
  /** The time source of durations. */
  readonly clock: Clock;
  /** Called once per answered request. */
  readonly onLog?: (entry: AppLogEntry) => void;
  /** Called for every metric sample. */
  readonly onMetric?: (metric: AppMetric) => void;
  /** Removes secrets from an error's name and message. */
  readonly scrub: (text: string) => string;
}

/**
 * Calls a user's hook, ignoring what it throws or rejects.
 *
 * @param hook The hook, if any.
 * @param event What to hand it.
 */
export function callHook<E>(
  hook: ((event: E) => void) | undefined,
  event: E,
): void {
  if (hook === undefined) return;
  try {
    const result: unknown = hook(event);
    if (result instanceof Promise) result.catch(() => {});
  } catch {
    // A logging bug must not change an answer.
  }
}

/**
 * Creates the middleware. It does nothing per request when there is neither
 * `onLog` nor `onMetric`.
 *
 * @param options The clock, the hooks and the scrubber.
 * @returns The middleware.
 */
export function observe(options: ObserveOptions): MiddlewareHandler<AppEnv> {
  const { clock, onLog, onMetric, scrub } = options;
  if (onLog === undefined && onMetric === undefined) {
    return function observe(_c, next) {
      return next();
    };
  }
  return async function observe(c, next) {
    const started = clock.now();
    await next();
    const durationMs = clock.now() - started;
    const answer = c.get("answer");
    const status = answer?.status ?? c.res.status;
    const outcome = answer?.outcome ?? "internal";
    const route = c.get("route") ?? "*";
    const method = c.req.method;
    if (onLog !== undefined) {
      const failure = answer?.error;
      const error = failure instanceof Error
        ? {
          name: scrub(String(failure.name)),
          message: scrub(String(failure.message)),
        }
        : failure === undefined
        ? undefined
        : { name: typeof failure, message: "" };
      callHook(onLog, {
        level: status >= 500 ? "error" : status === 429 ? "warn" : "info",
        message: `${method} ${route} ${status} ${outcome}`,
        requestId: c.get("requestId"),
        method,
        route,
        status,
        outcome,
        durationMs,
        ...(answer?.amazonRequestId === undefined
          ? {}
          : { amazonRequestId: answer.amazonRequestId }),
        ...(error === undefined ? {} : { error }),
      });
    }
    callHook(onMetric, {
      name: "http.request.duration",
      value: durationMs,
      unit: "ms",
      tags: { method, route, status: String(status), outcome },
    });
  };
}
