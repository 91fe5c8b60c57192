// This module is browser compatible.

/**
 * The request pipeline: one call to Amazon (or to S3) through access token,
 * rate limit, headers, hooks, `fetch` with a timeout, and the attempt loop
 * that {@linkcode classifyResponse} steers. Whatever it throws has passed
 * the redactor.
 *
 * @module
 */

import type { Redactor } from "../_redact.ts";
import type { Clock } from "./clock.ts";
import type {
  MessagingClientOptions,
  RequestEvent,
  ResponseEvent,
} from "./client_types.ts";
import { SpApiError, type SpApiErrorEntry } from "./errors.ts";
import type { FetchLike } from "./fetch_like.ts";
import type { RateLimiter, RateLimitGrant } from "./rate_limiter.ts";
import type { RateLimits } from "./rate_limit_store.ts";
import type { ClientAuth } from "./_client_auth.ts";
import { bucketKey } from "./_client_rate_limit.ts";
import {
  answerError,
  errorMessage,
  s3ErrorCode,
  unknownOutcome,
} from "./_attempt_errors.ts";
import { classifyResponse } from "./_classify_response.ts";
import {
  abortable,
  type Fetched,
  fetchWithTimeout,
  parseErrors,
  parseJson,
} from "./_http.ts";
import { parseRetryAfter, type RetryPolicy } from "./_retry.ts";

const ACCEPT = "application/json, application/hal+json";

/** One request of an operation. */
export interface Call {
  /** The operation, for buckets, hooks and messages. */
  readonly operation: string;
  /** The HTTP method. */
  readonly method: "GET" | "POST" | "PUT";
  /** The URL. */
  readonly url: string;
  /** The base URL (part of the bucket key). */
  readonly base: string;
  /** Cancels the call (for a send, only until it is on the wire). */
  readonly signal: AbortSignal | undefined;
  /** The body. */
  readonly body?: string | Uint8Array;
  /** The `content-type` header. */
  readonly contentType?: string;
  /** More headers (the S3 PUT's signed ones). */
  readonly headers?: Readonly<Record<string, string>>;
  /** SP-API calls carry the access token and are rate limited; the S3 PUT is neither. */
  readonly spApi: boolean;
  /** The bucket plan, when not the client's default. */
  readonly limits?: RateLimits;
  /** A message send: at most once. */
  readonly send?: { readonly type: string; readonly amazonOrderId: string };
  /** The order, for messages. */
  readonly amazonOrderId?: string;
}

/** A successful answer. */
export interface Answer {
  /** The 2xx status. */
  readonly status: number;
  /** The parsed JSON body, or `undefined`. */
  readonly json: unknown;
  /** The `x-amzn-RequestId` header. */
  readonly requestId: string | undefined;
}

/** What the pipeline runs with. */
export interface PipelineContext {
  /** The `fetch` to call. */
  readonly fetch: FetchLike;
  /** The time source. */
  readonly clock: Clock;
  /** The `user-agent` header. */
  readonly userAgent: string;
  /** Milliseconds per attempt. */
  readonly timeoutMs: number;
  /** The retry policy. */
  readonly policy: RetryPolicy;
  /** Learns tokens; cleans what is shown and thrown. */
  readonly redactor: Redactor;
  /** The access token source. */
  readonly auth: ClientAuth;
  /** The seller identity. */
  readonly identity: () => Promise<string>;
  /** The client's limiter. */
  readonly limiter: RateLimiter;
  /** Called before each attempt. */
  readonly onRequest?: MessagingClientOptions["onRequest"];
  /** Called after each attempt. */
  readonly onResponse?: MessagingClientOptions["onResponse"];
}

function emit<E>(hook: ((event: E) => void) | undefined, event: E): void {
  if (hook === undefined) return;
  try {
    const result: unknown = hook(event);
    if (result instanceof Promise) result.catch(() => {});
  } catch {
    // A logging bug must not change whether a message is sent.
  }
}

/**
 * Creates the pipeline of a client.
 *
 * @param context Fetch, clock, auth, limiter, hooks and settings.
 * @returns `perform(call)`: the answer, or a redacted error.
 */
export function createRequestPipeline(
  context: PipelineContext,
): (call: Call) => Promise<Answer> {
  const { clock, redactor, auth, limiter, policy, timeoutMs } = context;

  function isSend(
    call: Call,
  ): call is Call & { readonly send: NonNullable<Call["send"]> } {
    return call.send !== undefined;
  }

  /** The access token of an attempt; it must not wait after the rate-limit token. */
  async function accessToken(call: Call): Promise<string> {
    let token: string;
    try {
      token = await abortable(auth.token(), call.signal);
    } catch (error) {
      throw redactor.error(error);
    }
    if (typeof token !== "string" || token === "") {
      throw new TypeError(
        `Cannot call "${call.operation}": the token provider did not return a non-empty string`,
      );
    }
    redactor.addToken(token);
    return token;
  }

  function requestHeaders(call: Call, token: string | undefined): Headers {
    const headers = new Headers({ "user-agent": context.userAgent });
    if (call.spApi) headers.set("accept", ACCEPT);
    if (token !== undefined) headers.set("x-amz-access-token", token);
    if (call.contentType !== undefined) {
      headers.set("content-type", call.contentType);
    }
    for (const [name, value] of Object.entries(call.headers ?? {})) {
      headers.set(name, value);
    }
    return headers;
  }

  /** One try on the wire: hooks around `fetch` with the timeout. */
  async function attemptOnce(
    call: Call,
    token: string | undefined,
    attempt: number,
  ): Promise<{ fetched?: Fetched; failure?: unknown }> {
    const signal = call.signal;
    const headers = requestHeaders(call, token);
    // Redacting costs a URL parse: only pay it when someone listens.
    const shownUrl = context.onRequest || context.onResponse
      ? redactor.url(call.url)
      : "";
    if (context.onRequest) {
      emit<RequestEvent>(context.onRequest, {
        operation: call.operation,
        method: call.method,
        url: shownUrl,
        headers: redactor.headers(headers),
        attempt,
      });
    }
    // The last moment a caller's abort means "not sent".
    signal?.throwIfAborted();
    const started = clock.now();
    let fetched: Fetched | undefined;
    let failure: unknown;
    try {
      fetched = await fetchWithTimeout(call.url, {
        method: call.method,
        headers,
        body: call.body as BodyInit | undefined,
      }, {
        fetch: context.fetch,
        clock,
        timeoutMs,
        // A message on the wire is not aborted by the caller: Amazon may
        // take it either way, and only a completed request tells whether
        // it did (its outcome is then recorded, and reported as usual).
        // The timeout still applies.
        signal: isSend(call) ? undefined : signal,
      });
    } catch (error) {
      failure = error;
    }
    if (context.onResponse) {
      const requestId = fetched?.response.headers.get("x-amzn-RequestId") ??
        undefined;
      emit<ResponseEvent>(context.onResponse, {
        operation: call.operation,
        method: call.method,
        url: shownUrl,
        attempt,
        status: fetched?.response.status,
        requestId: requestId === undefined
          ? undefined
          : redactor.text(requestId),
        duration: clock.now() - started,
        ...(failure === undefined ? {} : {
          error: failure instanceof Error ? failure.name : typeof failure,
        }),
      });
    }
    return fetched === undefined ? { failure } : { fetched };
  }

  /** Amazon's errors (redacted) and the error code of an error answer. */
  function readErrors(
    call: Call,
    fetched: Fetched,
    json: unknown,
  ): { errors: SpApiErrorEntry[]; code: string | undefined } {
    if (fetched.response.ok) return { errors: [], code: undefined };
    const errors = parseErrors(json).map((entry) => ({
      ...entry,
      code: redactor.text(entry.code),
      message: redactor.text(entry.message),
      ...(entry.details === undefined
        ? {}
        : { details: redactor.text(entry.details) }),
    }));
    const code = errors[0]?.code ??
      (call.spApi ? undefined : s3ErrorCode(fetched.text));
    return { errors, code };
  }

  async function performUnredacted(call: Call): Promise<Answer> {
    const signal = call.signal;
    const key = call.spApi
      ? bucketKey(await context.identity(), call.base, call.operation)
      : undefined;
    const firstStart = clock.now();
    let attempt = 0;
    let retries = 0;
    let authRetried = false;

    for (;;) {
      attempt++;
      signal?.throwIfAborted();
      let token: string | undefined;
      let grant: RateLimitGrant | undefined;
      if (key !== undefined) {
        // The access token first: a token refresh must not sit between taking
        // a rate-limit token and the request reaching Amazon.
        token = await accessToken(call);
        grant = await limiter.acquire(key, { signal, limits: call.limits });
      }
      let attemptResult: Awaited<ReturnType<typeof attemptOnce>>;
      try {
        attemptResult = await attemptOnce(call, token, attempt);
      } finally {
        // Amazon has counted the request by now, if it ever will: queued
        // requests are paced from here, not from when the token was taken.
        if (grant !== undefined) limiter.answered(grant);
      }
      const { fetched, failure } = attemptResult;
      const response = fetched?.response;
      if (key !== undefined && response !== undefined) {
        limiter.adapt(key, response.headers.get("x-amzn-RateLimit-Limit"));
      }
      const json = parseJson(fetched?.text);
      const { errors, code } = fetched === undefined
        ? { errors: [], code: undefined }
        : readErrors(call, fetched, json);
      let retryAfterMs: number | undefined;
      if (response?.status === 429) {
        if (key !== undefined) {
          await limiter.drain(key, { limits: call.limits });
        }
        retryAfterMs = parseRetryAfter(
          response.headers.get("retry-after"),
          clock.now(),
        );
      }

      const decision = classifyResponse({
        status: response?.status,
        failure,
        // fetch does not tell a connection that never opened from one that
        // failed after the request left, so every failure may have reached
        // Amazon.
        mayHaveReachedAmazon: true,
        bodyFailed: fetched !== undefined && fetched.bodyError !== undefined,
        isSend: isSend(call),
        spApi: call.spApi,
        aborted: signal?.aborted === true,
        errors,
        code,
        retryAfterMs,
        timeoutMs,
        canRefreshToken: call.spApi && token !== undefined && !authRetried &&
          auth.invalidate !== undefined,
        budget: { policy, retries, elapsedMs: clock.now() - firstStart },
      });
      const requestId = response?.headers.get("x-amzn-RequestId") ??
        undefined;
      switch (decision.kind) {
        case "ok":
          return { status: response!.status, json, requestId };
        case "retry":
          retries++;
          await clock.sleep(decision.delayMs, signal);
          continue;
        case "refresh-token":
          auth.invalidate!(token!);
          authRetried = true;
          continue;
        case "aborted":
          throw signal!.reason;
        case "rethrow":
          throw redactor.error(
            decision.what === "failure" ? failure : fetched!.bodyError,
          );
      }
      const init = response === undefined ? undefined : {
        status: response.status,
        operation: call.operation,
        code,
        details: errors[0]?.details,
        errors,
        requestId,
        response,
      };
      if (decision.kind === "error") {
        throw answerError(redactor, call, decision.errorClass, init!, attempt);
      }
      throw unknownOutcome(
        redactor,
        call as Call & { readonly send: NonNullable<Call["send"]> },
        decision.reason,
        init === undefined ? { cause: redactor.error(failure) } : {
          status: init.status,
          requestId,
          cause: new SpApiError(
            errorMessage(redactor, call, init.status, errors),
            init,
          ),
        },
      );
    }
  }

  return function perform(call: Call): Promise<Answer> {
    // Whatever is thrown passes the redactor on its way out: messages,
    // fields, kept headers and causes, in every form a server may echo.
    return performUnredacted(call).catch((error) => {
      throw redactor.error(error);
    });
  };
}
