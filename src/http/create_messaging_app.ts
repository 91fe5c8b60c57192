// This module is browser compatible.

/**
 * The edge endpoint: a Hono app that composes, lints and sends buyer
 * messages over HTTP, built from middleware. Hono's own: `requestId` (with
 * this endpoint's rule for a safe incoming id), `methodNotAllowed` (405 with
 * `Allow`), `bearerAuth` (with a synchronous constant-time key check),
 * `bodyLimit` (the declared length), `app.notFound` and `app.onError`. This
 * folder's own, one file each: the host check (`host_check.ts`), the logs
 * and metrics (`_observe.ts`), the JSON body under a deadline
 * (`_read_json_body.ts`) and idempotency (`_idempotency.ts`). Every answer
 * leaves through one function that adds the request id and redacts
 * secrets. Only src/http/ imports Hono; its types stay behind
 * {@linkcode MessagingApp}.
 *
 * @module
 */

import { type Context, Hono, type MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { methodNotAllowed } from "hono/method-not-allowed";
import { requestId } from "hono/request-id";
import { type Composer, createComposer } from "../compose/create_composer.ts";
import { lintMessage, type LintOptions } from "../lint/lint_message.ts";
import { type Clock, SYSTEM_CLOCK } from "../sp_api/clock.ts";
import {
  createMemoryIdempotencyStore,
  DEFAULT_IDEMPOTENCY_TTL_MS,
  type IdempotencyOptions,
} from "../sp_api/idempotency_store.ts";
import {
  createMessagingClient,
  type MessagingClient,
  type MessagingClientOptions,
  type ResponseEvent,
} from "../sp_api/messaging_client.ts";
import { createRedactor } from "../_redact.ts";
import type { AppContext, AppEnv, Reply } from "./_app_context.ts";
import {
  type Answer,
  errorAnswer,
  redactAnswer,
  toResponse,
} from "./_answer.ts";
import { assertApiKeys } from "./api_keys.ts";
import { authenticate, authenticateSeller } from "./_authenticate.ts";
import { handleMessageTypes } from "./_handle_message_types.ts";
import { handleSendMessage } from "./_handle_send_message.ts";
import { handleSolicitation } from "./_handle_solicitation.ts";
import {
  createHttpIdempotency,
  idempotency,
  idempotencyKey,
} from "./_idempotency.ts";
import {
  type AppLogEntry,
  type AppMetric,
  callHook,
  observe,
} from "./_observe.ts";

export type { AppLogEntry, AppMetric };
import { createOrderLookups } from "./_order_lookups.ts";
import type { Outbox } from "../outbox/create_outbox.ts";
import type { OutboxRequest } from "../outbox/types.ts";
import {
  handleCancelQueued,
  handleGetQueued,
  handleListQueued,
  handleRetryQueued,
  noOutbox,
} from "./_handle_outbox.ts";
import type { SellerDirectory } from "./sellers.ts";
import type { Studio } from "../studio/types.ts";
import {
  declaredBodyLimit,
  jsonBody,
  jsonContentType,
} from "./_read_json_body.ts";
import { hostCheck } from "./host_check.ts";
import { createOpenApiDocument, type OpenApiInfo } from "./openapi.ts";

/**
 * What a runtime passes as the third argument of `fetch` (Cloudflare
 * Workers' `ExecutionContext`). The app does not need it; it is handed on.
 *
 * @example Passing a context through
 * ```ts
 * import { createMessagingApp, type ExecutionContextLike } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   allowUnauthenticated: true,
 * });
 * const ctx: ExecutionContextLike = { waitUntil: () => {} };
 * const response = await app.fetch(new Request("http://localhost/healthz"), {}, ctx);
 * assert.equal(response.status, 200);
 * ```
 */
export interface ExecutionContextLike {
  /** Keeps the runtime alive until `promise` settles. */
  waitUntil(promise: Promise<unknown>): void;
  /** Falls through to the origin on an exception (Workers only). */
  passThroughOnException?(): void;
}

/**
 * Options of {@linkcode createMessagingApp}.
 *
 * @example A protected endpoint over the sandbox
 * ```ts
 * import { createMessagingApp, type MessagingAppOptions } from "@sellerkit/buyer-messages/hono";
 * import { createComposer } from "@sellerkit/buyer-messages";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const options: MessagingAppOptions = {
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   composer: createComposer({ timeZone: "Europe/Berlin" }),
 *   lint: { rules: { "no-phone": "error" } },
 *   apiKeys: ["key-0123456789abcdef0123456789abcdef"],
 *   maxBodyBytes: 16 * 1024,
 * };
 * const app = createMessagingApp(options);
 * const response = await app.fetch(new Request("http://localhost/messages", { method: "POST" }));
 * assert.equal(response.status, 401);
 * ```
 */
export interface MessagingAppOptions {
  /**
   * The SP-API client, or the options to create one (then the app also
   * reports `spapi.request.duration` metrics). Required unless `sellers`
   * is given.
   */
  readonly client?: MessagingClient | MessagingClientOptions;
  /**
   * Many sellers: each API key acts for one seller, with the seller's own
   * client ({@linkcode createSellerDirectory}). Replaces `client` and
   * `apiKeys`.
   *
   * @default {undefined}
   */
  readonly sellers?: SellerDirectory;
  /**
   * The outbox that `POST /messages` with `Prefer: respond-async` queues
   * to, and that `GET`/`DELETE /messages/{id}`, `GET /messages` and
   * `POST /messages/{id}/retry` read. Run it (`outbox.run`) somewhere to
   * send what is queued. Without it, `Prefer: respond-async` is ignored.
   *
   * @default {undefined}
   */
  readonly outbox?: Outbox;
  /**
   * The composer and its templates.
   *
   * @default {createComposer()}
   */
  readonly composer?: Composer;
  /**
   * The lint policy and per-rule overrides applied to every message.
   *
   * @default {{}}
   */
  readonly lint?: LintOptions;
  /**
   * The API keys accepted as `Authorization: Bearer <key>` on `/messages`
   * and `/orders/...` (`/healthz` and `/openapi.json` stay open).
   *
   * @default {[]}
   */
  readonly apiKeys?: readonly string[];
  /**
   * Serve without API keys. Required when `apiKeys` is empty, so an open
   * endpoint is always a decision.
   *
   * @default {false}
   */
  readonly allowUnauthenticated?: boolean;
  /**
   * The largest request body accepted, in bytes (larger ones get 413).
   *
   * @default {65536}
   */
  readonly maxBodyBytes?: number;
  /**
   * How long a request body may take to arrive, in milliseconds, counted
   * from the start of reading it; a slower client gets 408.
   *
   * @default {10000}
   */
  readonly bodyTimeoutMs?: number;
  /**
   * The `Host` values served, such as `["127.0.0.1", "localhost", "[::1]"]`
   * for a server on loopback (which keeps a web page on another site from
   * reaching it through DNS rebinding). An entry without a port matches any
   * port; any other host gets 421. Leave it out to serve every host, as
   * behind a platform's own routing.
   *
   * @default {undefined}
   */
  readonly allowedHosts?: readonly string[];
  /**
   * How long the types an order accepts and the buyer's locale are reused,
   * in milliseconds. Concurrent requests for one order always share one
   * lookup; `0` keeps nothing beyond that.
   *
   * @default {5000}
   */
  readonly cacheTtlMs?: number;
  /**
   * How many orders the cache remembers.
   *
   * @default {1000}
   */
  readonly cacheMaxEntries?: number;
  /**
   * The time source of the cache and of durations.
   *
   * @default {SYSTEM_CLOCK}
   */
  readonly clock?: Clock;
  /**
   * Called once per answered request. Errors it throws are ignored.
   *
   * @default {undefined}
   */
  readonly onLog?: (entry: AppLogEntry) => void;
  /**
   * Called for every metric sample. Errors it throws are ignored.
   *
   * @default {undefined}
   */
  readonly onMetric?: (metric: AppMetric) => void;
  /**
   * Title, version and servers of `GET /openapi.json`.
   *
   * @default {{ title: "Buyer messages", version: "0.1.0" }}
   */
  readonly openApi?: OpenApiInfo;
  /**
   * Where `POST /messages` keeps the answers of requests with an
   * `Idempotency-Key` header, and for how long. Keys are scoped per API key.
   * The duplicate guard is the client's (`client.duplicateGuard`).
   *
   * @default {{ store: createMemoryIdempotencyStore({ clock }), ttlMs: 86400000 }}
   */
  readonly idempotency?: IdempotencyOptions;
  /**
   * The template studio to serve read-only (`createStudio()` of the
   * `./precompile` entry, over the templates this endpoint composes with):
   * its page at `GET /studio` (open: it holds no data and asks for the key)
   * and its API below `/studio/api/` behind the API keys. Saving answers
   * 405. It needs a runtime that allows code generation (Deno, Node, Bun).
   *
   * @default {undefined}
   */
  readonly studio?: Studio;
}

/**
 * The endpoint: a Web-standard `fetch` handler plus the underlying Hono app.
 *
 * @example Serving it
 * ```ts ignore
 * import { createMessagingApp, type MessagingApp } from "@sellerkit/buyer-messages/hono";
 *
 * const app: MessagingApp = createMessagingApp({
 *   client: { auth: { clientId: "...", clientSecret: "...", refreshToken: "..." } },
 *   apiKeys: ["..."],
 * });
 * Deno.serve({ hostname: "127.0.0.1" }, app.fetch); // or `export default app` on Workers
 * ```
 *
 * @example Calling it in a test
 * ```ts
 * import { createMessagingApp, type MessagingApp } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const app: MessagingApp = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: createSandbox().fetch },
 *   allowUnauthenticated: true,
 * });
 * const response = await app.request("/healthz");
 * assert.deepEqual((await response.json()).status, "ok");
 * ```
 */
export interface MessagingApp {
  /**
   * Answers a request. Bound: pass it around as a function
   * (`Deno.serve(app.fetch)`, `export default { fetch: app.fetch }`).
   */
  fetch(
    request: Request,
    env?: unknown,
    ctx?: ExecutionContextLike,
  ): Promise<Response>;
  /**
   * Answers a request given as a path or URL (`"/healthz"` means
   * `http://localhost/healthz`), for tests.
   */
  request(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * The underlying Hono app, typed `unknown` to keep Hono's types out of
   * this API: `parent.route("/", app.hono as Hono)` mounts it in your own
   * Hono app; `parent.mount("/buyer-messages", app.fetch)` needs no cast.
   */
  readonly hono: unknown;
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const DEFAULT_BODY_TIMEOUT_MS = 10_000;
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const TYPES_ROUTE = "/orders/:amazonOrderId/message-types";
const QUEUED_ROUTE = "/messages/:id";
const RETRY_ROUTE = "/messages/:id/retry";
/** The seller of an endpoint with one client. */
const DEFAULT_SELLER = "default";

function isClient(value: unknown): value is MessagingClient {
  return typeof value === "object" && value !== null &&
    typeof (value as MessagingClient).sendMessage === "function" &&
    typeof (value as MessagingClient).getMessagingActionsForOrder ===
      "function" &&
    typeof (value as MessagingClient).getAttributes === "function";
}

function checkNumber(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new RangeError(
      `Cannot create the messaging app: "${name}" must be an integer of at least ${min}, got "${value}"`,
    );
  }
  return value;
}

/** Names the route of the request, for the logs, metrics and idempotency. */
function at(route: string): MiddlewareHandler<AppEnv> {
  return async function at(c, next) {
    c.set("route", route);
    await next();
  };
}

/** Whether a `Prefer` header asks for `respond-async` (RFC 7240). */
function prefersAsync(prefer: string | null): boolean {
  if (prefer === null) return false;
  return prefer.split(",").some((preference) =>
    preference.split(/[;=]/)[0].trim().toLowerCase() === "respond-async"
  );
}

/** Runs `check` for the one seller of an endpoint without `sellers`. */
function withDefaultSeller(
  check: MiddlewareHandler<AppEnv>,
): MiddlewareHandler<AppEnv> {
  return function defaultSeller(c, next) {
    c.set("seller", DEFAULT_SELLER);
    return check(c, next);
  };
}

/** The route pattern of a known path answered 405. */
function routeOf(path: string): string {
  if (path.startsWith("/orders/")) return TYPES_ROUTE;
  if (/^\/messages\/[^/]+\/retry$/.test(path)) return RETRY_ROUTE;
  if (/^\/messages\/[^/]+$/.test(path)) return QUEUED_ROUTE;
  return path;
}

/**
 * Creates the HTTP endpoint. Routes:
 *
 * - `POST /messages`: compose (or take `text`), check that the order accepts
 *   the type, lint, and send. Answers 201 `sent`, 200 `valid` (`dryRun`),
 *   422 `rejected`, 409 `unavailable`, 502 `unknown`, or an error (409
 *   `duplicate` for the same message within the client's duplicate window
 *   unless the body says `allowDuplicate: true`). An `Idempotency-Key`
 *   header makes retries safe: the same key answers the first answer again
 *   (`idempotency-replayed: true`) and sends nothing. A caller that goes
 *   away cancels its send while it still waits for its turn.
 * - `GET /orders/{amazonOrderId}/message-types?marketplaceId=`: the types
 *   the order accepts now, with their templates.
 * - `GET /openapi.json`: the contract, generated from the request schemas.
 * - `GET /healthz`: 200 `{ status: "ok" }`.
 *
 * Every answer is JSON with a `requestId` (and the `x-request-id` header).
 * Nothing a client sends leads to a 500, and no answer holds a stack trace.
 * The library reads no environment: pass configuration in, or build it with
 * {@linkcode configFromEnv} in your runtime's entry point.
 *
 * @param options The client, composer, lint options, API keys and limits.
 * @returns The app: `fetch`, `request` and the Hono app.
 * @throws {TypeError} When `client` or `apiKeys` are malformed, when no API
 * key is given without `allowUnauthenticated: true`, or when the lint
 * options name an unknown rule.
 * @throws {RangeError} When a size or duration is not a non-negative integer.
 *
 * @example Compose, lint and send through the sandbox
 * ```ts
 * import { createMessagingApp } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox({ orders: { "123-1234567-1234567": { locale: "de-DE" } } });
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
 *   apiKeys: ["key-0123456789abcdef0123456789abcdef"],
 * });
 * const response = await app.fetch(
 *   new Request("http://localhost/messages", {
 *     method: "POST",
 *     headers: {
 *       "authorization": "Bearer key-0123456789abcdef0123456789abcdef",
 *       "content-type": "application/json",
 *     },
 *     body: JSON.stringify({
 *       amazonOrderId: "123-1234567-1234567",
 *       marketplaceId: "A1PA6795UKMFR9",
 *       type: "unexpectedProblem",
 *       data: {
 *         amazonOrderId: "123-1234567-1234567",
 *         sellerName: "Northwind Outfitters",
 *         productTitle: "Trail Runner 2 Hiking Boots",
 *         newShipDate: "2026-12-09",
 *       },
 *     }),
 *   }),
 * );
 * assert.equal(response.status, 201);
 * const answer = await response.json();
 * assert.equal(answer.status, "sent");
 * assert.equal(answer.locale, "de-DE"); // the buyer's locale, from GetAttributes
 * assert.equal(sandbox.sent.length, 1);
 * ```
 *
 * @example A dry run that the lint rejects
 * ```ts
 * import { createMessagingApp } from "@sellerkit/buyer-messages/hono";
 * import { createSandbox } from "@sellerkit/buyer-messages/testing";
 * import assert from "node:assert/strict";
 *
 * const sandbox = createSandbox();
 * const app = createMessagingApp({
 *   client: { auth: { accessToken: "Atza|example" }, fetch: sandbox.fetch },
 *   allowUnauthenticated: true, // only for examples and loopback
 * });
 * const response = await app.request("/messages", {
 *   method: "POST",
 *   headers: { "content-type": "application/json" },
 *   body: JSON.stringify({
 *     amazonOrderId: "123-1234567-1234567",
 *     marketplaceId: "ATVPDKIKX0DER",
 *     type: "unexpectedProblem",
 *     text: "Order 123-1234567-1234567 is late. Write to help@shop.example",
 *     dryRun: true,
 *   }),
 * });
 * assert.equal(response.status, 422);
 * const answer = await response.json();
 * assert.equal(answer.status, "rejected");
 * assert.ok(answer.diagnostics.some((d: { severity: string }) => d.severity === "error"));
 * assert.equal(sandbox.sent.length, 0);
 * ```
 */
export function createMessagingApp(
  options: MessagingAppOptions,
): MessagingApp {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      "Cannot create the messaging app: options must be an object with a client",
    );
  }
  const clock = options.clock ?? SYSTEM_CLOCK;
  const onMetric = options.onMetric;
  const metric = (
    name: string,
    value: number,
    unit: "ms" | "count",
    tags: Readonly<Record<string, string>>,
  ) => {
    if (onMetric !== undefined) callHook(onMetric, { name, value, unit, tags });
  };

  const sellers = options.sellers;
  if (
    sellers !== undefined &&
    (typeof sellers?.sellerOf !== "function" ||
      typeof sellers.clientOf !== "function")
  ) {
    throw new TypeError(
      'Cannot create the messaging app: "sellers" must be a SellerDirectory (createSellerDirectory)',
    );
  }
  if (
    sellers !== undefined &&
    (options.client !== undefined || (options.apiKeys ?? []).length > 0)
  ) {
    throw new TypeError(
      'Cannot create the messaging app: give either "sellers" or "client" and "apiKeys", not both',
    );
  }
  const studio = options.studio;
  if (
    studio !== undefined &&
    (typeof studio?.page !== "function" || typeof studio.lint !== "function")
  ) {
    throw new TypeError(
      'Cannot create the messaging app: "studio" must be what createStudio() returns',
    );
  }
  const outbox = options.outbox;
  if (
    outbox !== undefined &&
    (typeof outbox?.enqueue !== "function" || typeof outbox.get !== "function")
  ) {
    throw new TypeError(
      'Cannot create the messaging app: "outbox" must be what createOutbox() returns',
    );
  }
  let client: MessagingClient | undefined;
  if (sellers !== undefined) {
    client = undefined;
  } else if (isClient(options.client)) {
    client = options.client;
  } else if (
    options.client !== null && typeof options.client === "object"
  ) {
    const clientOptions = options.client;
    const theirs = clientOptions.onResponse;
    client = createMessagingClient({
      ...clientOptions,
      onResponse: (event: ResponseEvent) => {
        metric("spapi.request.duration", event.duration, "ms", {
          operation: event.operation,
          status: event.status === undefined ? "none" : String(event.status),
        });
        theirs?.(event);
      },
    });
  } else {
    throw new TypeError(
      'Cannot create the messaging app: "client" must be a MessagingClient or the options of createMessagingClient',
    );
  }

  const apiKeys = options.apiKeys ?? [];
  if (!Array.isArray(apiKeys)) {
    throw new TypeError(
      'Cannot create the messaging app: "apiKeys" must be an array of strings',
    );
  }
  assertApiKeys(apiKeys);
  if (
    sellers === undefined && apiKeys.length === 0 &&
    options.allowUnauthenticated !== true
  ) {
    throw new TypeError(
      'Cannot create the messaging app: no "apiKeys" given; pass "allowUnauthenticated: true" to serve without keys on purpose',
    );
  }
  const maxBodyBytes = checkNumber(
    "maxBodyBytes",
    options.maxBodyBytes,
    DEFAULT_MAX_BODY_BYTES,
    1,
  );
  const bodyTimeoutMs = checkNumber(
    "bodyTimeoutMs",
    options.bodyTimeoutMs,
    DEFAULT_BODY_TIMEOUT_MS,
    1,
  );
  const cacheTtlMs = checkNumber("cacheTtlMs", options.cacheTtlMs, 5_000, 0);
  const cacheMaxEntries = checkNumber(
    "cacheMaxEntries",
    options.cacheMaxEntries,
    1_000,
    1,
  );
  const composer = options.composer ?? createComposer();
  if (
    typeof composer?.compose !== "function" ||
    typeof composer.templateIds !== "function"
  ) {
    throw new TypeError(
      'Cannot create the messaging app: "composer" must be what createComposer() returns',
    );
  }
  // One options object for the app's life: the linter resolves the policy
  // once per options object.
  const lint = options.lint ?? {};
  // A misconfigured policy fails now, not on the first message. The policy
  // and rule options are checked before any rule runs; an empty text keeps
  // the rules from doing work (building the lexicon matchers of every
  // language) at start-up.
  lintMessage({ type: "unexpectedProblem", text: "" }, lint);

  const contextOf = (client: MessagingClient): AppContext => ({
    composer,
    lint,
    client,
    lookups: createOrderLookups(client, {
      ttlMs: cacheTtlMs,
      maxEntries: cacheMaxEntries,
      clock,
    }),
    clock,
    count: (name, tags) => metric(name, 1, "count", tags),
  });
  // One context per seller, created on the seller's first request; with
  // one client, one context.
  const single = client === undefined ? undefined : contextOf(client);
  const contexts = new Map<string, Promise<AppContext>>();
  const sellerContext = (seller: string): Promise<AppContext> => {
    if (single !== undefined) return Promise.resolve(single);
    let context = contexts.get(seller);
    if (context === undefined) {
      context = Promise.resolve()
        .then(() => sellers!.clientOf(seller))
        .then((client) => contextOf(client));
      context.catch(() => contexts.delete(seller));
      contexts.set(seller, context);
    }
    return context;
  };
  const idempotencyOptions = options.idempotency ?? {};
  if (
    idempotencyOptions.store !== undefined &&
    (typeof idempotencyOptions.store?.claim !== "function" ||
      typeof idempotencyOptions.store.complete !== "function" ||
      typeof idempotencyOptions.store.release !== "function")
  ) {
    throw new TypeError(
      'Cannot create the messaging app: "idempotency.store" must be a store with "claim", "complete" and "release"',
    );
  }
  // The API keys, and the credentials when the app creates the client, are
  // redacted in every form from logs and error answers (the client redacts
  // its own secrets, access tokens included, from what it throws).
  const redactor = createRedactor();
  for (const key of apiKeys) redactor.addPermanent(key);
  for (const secret of sellers?.secrets?.() ?? []) {
    redactor.addPermanent(secret);
  }
  if (options.client !== undefined && !isClient(options.client)) {
    const auth: unknown = options.client.auth;
    for (const name of ["accessToken", "clientSecret", "refreshToken"]) {
      const secret = typeof auth === "object" && auth !== null
        ? (auth as Record<string, unknown>)[name]
        : undefined;
      if (typeof secret === "string") redactor.addPermanent(secret);
    }
  }
  const layer = createHttpIdempotency({
    store: idempotencyOptions.store ?? createMemoryIdempotencyStore({ clock }),
    redact: (kept) => redactAnswer(kept, redactor),
    ttlMs: checkNumber(
      "idempotency.ttlMs",
      idempotencyOptions.ttlMs,
      DEFAULT_IDEMPOTENCY_TTL_MS,
      1,
    ),
  });

  /** Every answer leaves through here: JSON, request id, redaction. */
  const reply: Reply = (c, answer) => {
    c.set("answer", answer);
    return toResponse(answer, c.get("requestId"), redactor);
  };
  const unauthorized = (c: Context<AppEnv>) =>
    reply(
      c,
      errorAnswer(
        401,
        "unauthorized",
        'Send a valid API key as "Authorization: Bearer <key>"',
        { headers: { "www-authenticate": 'Bearer realm="buyer-messages"' } },
      ),
    );
  const internal = (c: Context<AppEnv>, error: unknown) =>
    reply(c, {
      ...errorAnswer(
        500,
        "internal",
        "The request could not be handled: this is a bug, quote the requestId",
      ),
      error,
    });

  const hono = new Hono<AppEnv>();
  hono.use(
    requestId({
      // The header is read here, with this endpoint's own rule for a safe
      // id, and written with every answer by `reply`.
      headerName: "",
      generator: (c) => {
        const given = c.req.raw.headers.get("x-request-id");
        return given !== null && SAFE_REQUEST_ID.test(given)
          ? given
          : crypto.randomUUID();
      },
    }),
    observe({
      clock,
      onLog: options.onLog,
      onMetric,
      scrub: (text) => redactor.text(text),
    }),
    methodNotAllowed({
      app: hono,
      onMethodNotAllowed: (c, methods) => {
        const allow = methods.filter((method) => method !== "HEAD").join(
          ", ",
        );
        (c as Context<AppEnv>).set("route", routeOf(c.req.path));
        return reply(
          c as Context<AppEnv>,
          errorAnswer(
            405,
            "method_not_allowed",
            `Method not allowed: use ${allow}`,
            { headers: { allow } },
          ),
        );
      },
    }),
  );
  if (options.allowedHosts !== undefined) {
    hono.use(hostCheck(options.allowedHosts, reply));
  }
  const authenticated: MiddlewareHandler<AppEnv> = sellers !== undefined
    ? authenticateSeller(sellers, unauthorized)
    : apiKeys.length === 0
    ? async (c, next) => {
      c.set("seller", DEFAULT_SELLER);
      await next();
    }
    : withDefaultSeller(authenticate(apiKeys, unauthorized));

  let openApi: string | undefined;
  hono.get(
    "/healthz",
    at("/healthz"),
    (c) => reply(c, { status: 200, outcome: "ok", body: { status: "ok" } }),
  );
  hono.get("/openapi.json", at("/openapi.json"), (c) => {
    const response = reply(c, { status: 200, outcome: "ok", body: {} });
    openApi ??= JSON.stringify(
      createOpenApiDocument({ ...options.openApi, maxBodyBytes }),
    );
    return new Response(openApi, { status: 200, headers: response.headers });
  });
  hono.post(
    "/messages",
    at("/messages"),
    authenticated,
    idempotencyKey(reply),
    jsonContentType(reply),
    declaredBodyLimit(maxBodyBytes, reply),
    jsonBody(maxBodyBytes, bodyTimeoutMs, reply),
    async (c, next) => {
      await next();
      const type = (c.get("body") as { type?: unknown })?.type;
      metric("messages.outcome", 1, "count", {
        type: typeof type === "string" && type.length <= 64 ? type : "",
        outcome: c.get("answer").outcome,
      });
    },
    idempotency(layer, reply),
    async (c) => {
      const seller = c.get("seller");
      const queue = outbox !== undefined &&
          prefersAsync(c.req.raw.headers.get("prefer"))
        ? (request: OutboxRequest, meta: Readonly<Record<string, unknown>>) =>
          outbox.enqueue({ seller, request, meta })
        : undefined;
      return reply(
        c,
        // The caller's signal cancels only what has not left yet.
        await handleSendMessage(await sellerContext(seller), c.get("body"), {
          signal: c.req.raw.signal,
          ...(queue === undefined ? {} : { queue }),
        }),
      );
    },
  );
  // The outbox routes: what a message in the outbox is and what a person
  // may do with it, each on the seller's own messages.
  const outboxRoutes: readonly [
    "get" | "delete" | "post",
    string,
    (outbox: Outbox, seller: string, c: Context<AppEnv>) => Promise<Answer>,
  ][] = [
    ["get", "/messages", (o, s, c) => handleListQueued(o, s, c.req.query())],
    [
      "get",
      QUEUED_ROUTE,
      (o, s, c) => handleGetQueued(o, s, c.req.param("id")!),
    ],
    [
      "delete",
      QUEUED_ROUTE,
      (o, s, c) => handleCancelQueued(o, s, c.req.param("id")!),
    ],
    [
      "post",
      RETRY_ROUTE,
      (o, s, c) => handleRetryQueued(o, s, c.req.param("id")!),
    ],
  ];
  for (const [method, route, handle] of outboxRoutes) {
    hono[method](
      route,
      at(route),
      authenticated,
      async (c) =>
        reply(
          c,
          outbox === undefined
            ? noOutbox()
            : await handle(outbox, c.get("seller"), c),
        ),
    );
  }
  hono.get(
    TYPES_ROUTE,
    at(TYPES_ROUTE),
    authenticated,
    async (c) =>
      reply(
        c,
        await handleMessageTypes(
          await sellerContext(c.get("seller")),
          c.req.param("amazonOrderId") ?? "",
          c.req.query(),
        ),
      ),
  );
  // Amazon's review request: eligibility, then the send, with the same
  // body handling and idempotency as `POST /messages`.
  hono.post(
    "/solicitations",
    at("/solicitations"),
    authenticated,
    idempotencyKey(reply),
    jsonContentType(reply),
    declaredBodyLimit(maxBodyBytes, reply),
    jsonBody(maxBodyBytes, bodyTimeoutMs, reply),
    idempotency(layer, reply),
    async (c) => {
      const seller = c.get("seller");
      const queue = outbox !== undefined &&
          prefersAsync(c.req.raw.headers.get("prefer"))
        ? (request: OutboxRequest, notBefore: number | undefined) =>
          outbox.enqueue({
            seller,
            request,
            ...(notBefore === undefined ? {} : { notBefore }),
          })
        : undefined;
      return reply(
        c,
        await handleSolicitation(await sellerContext(seller), c.get("body"), {
          signal: c.req.raw.signal,
          ...(queue === undefined ? {} : { queue }),
        }),
      );
    },
  );
  if (studio !== undefined) {
    // The page holds no data: a browser cannot send a key when it opens a
    // page, so the page asks for it and sends it with every API call.
    hono.get("/studio", at("/studio"), (c) => {
      c.set("answer", { status: 200, outcome: "ok", body: {} });
      const page = studio.page({
        readOnly: true,
        askKey: sellers !== undefined || apiKeys.length > 0,
      });
      page.headers.set("x-request-id", c.get("requestId"));
      return page;
    });
    const api = "/studio/api";
    hono.get(
      `${api}/matrix`,
      at(`${api}/matrix`),
      authenticated,
      async (c) => reply(c, await studio.matrix()),
    );
    hono.get(
      `${api}/template`,
      at(`${api}/template`),
      authenticated,
      async (c) => reply(c, await studio.template(c.req.query("path") ?? null)),
    );
    hono.put(
      `${api}/template`,
      at(`${api}/template`),
      authenticated,
      (c) =>
        reply(
          c,
          errorAnswer(
            405,
            "read_only",
            "The studio is read-only here: templates cannot be saved through the endpoint; edit them in the template folder",
            { headers: { allow: "GET" } },
          ),
        ),
    );
    for (const name of ["lint", "preview"] as const) {
      hono.post(
        `${api}/${name}`,
        at(`${api}/${name}`),
        authenticated,
        jsonContentType(reply),
        declaredBodyLimit(maxBodyBytes, reply),
        jsonBody(maxBodyBytes, bodyTimeoutMs, reply),
        async (c) => reply(c, await studio[name](c.get("body"))),
      );
    }
  }
  hono.notFound((c) =>
    reply(
      c,
      errorAnswer(404, "not_found", "No such route: see GET /openapi.json"),
    )
  );
  hono.onError((error, c) =>
    error instanceof HTTPException && error.res !== undefined
      ? error.getResponse()
      : internal(c, error)
  );

  async function fetch(
    request: Request,
    env?: unknown,
    ctx?: ExecutionContextLike,
  ): Promise<Response> {
    try {
      return await hono.fetch(request, env, ctx as never);
    } catch {
      // Something other than an Error was thrown (Hono's onError takes only
      // errors); it is still answered as a bug.
      return toResponse(
        errorAnswer(
          500,
          "internal",
          "The request could not be handled: this is a bug, quote the requestId",
        ),
        crypto.randomUUID(),
      );
    }
  }

  function request(
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> {
    if (input instanceof Request) {
      return fetch(init === undefined ? input : new Request(input, init));
    }
    const url = String(input);
    return fetch(
      new Request(
        /^https?:\/\//.test(url)
          ? url
          : `http://localhost${url.startsWith("/") ? "" : "/"}${url}`,
        init,
      ),
    );
  }

  return { fetch, request, hono };
}
