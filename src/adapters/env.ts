// This module is browser compatible.

/**
 * Turns environment variables into app options, for the runtime entry
 * points. The library itself reads no environment: an entry point reads the
 * variables it is allowed to (`Deno.env`, `process.env`, Worker bindings)
 * and hands them over as a plain record.
 *
 * @module
 */

import type { Region } from "../message_types/marketplaces.ts";
import { MIN_API_KEY_LENGTH } from "../http/api_keys.ts";
import { createHostCheck } from "../http/host_check.ts";
import { isMessageTypeId } from "../message_types/mod.ts";
import type { FetchLike } from "../sp_api/fetch_like.ts";
import type { MessagingClientOptions } from "../sp_api/messaging_client.ts";
import {
  createSandbox,
  type Sandbox,
  type SandboxOrder,
} from "../sp_api/sandbox/mod.ts";
import type { MessagingAppOptions } from "../http/create_messaging_app.ts";
import {
  createSellerDirectory,
  type SellerDirectory,
} from "../http/sellers.ts";
import { createOutbox, type Outbox } from "../outbox/create_outbox.ts";
import type { OutboxStore } from "../outbox/types.ts";
import { createMessagingClient } from "../sp_api/messaging_client.ts";
import { createMemoryRateLimitStore } from "../sp_api/memory_rate_limit_store.ts";
import type { RateLimitStore } from "../sp_api/rate_limit_store.ts";
import {
  createMemoryDuplicateGuardStore,
  type DuplicateGuardStore,
} from "../sp_api/duplicate_guard_store.ts";
import type { IdempotencyStore } from "../sp_api/idempotency_store.ts";
import { parseSellers } from "./_env_sellers.ts";

/**
 * Every variable {@linkcode configFromEnv} reads, so an entry point can read
 * exactly these (and grant exactly these, as `--allow-env=...`):
 *
 * | variable | meaning |
 * | --- | --- |
 * | `LWA_CLIENT_ID`, `LWA_CLIENT_SECRET`, `LWA_REFRESH_TOKEN` | the seller's LWA credentials: all three, or none |
 * | `SP_API_REGION` | `na`, `eu` or `fe` (default: from each order's marketplace) |
 * | `SP_API_SANDBOX` | `true`: Amazon's static sandbox hosts |
 * | `SP_API_ENDPOINT` | a base URL replacing Amazon's host (a mock or proxy) |
 * | `LWA_ENDPOINT` | the URL LWA token requests go to instead of `https://api.amazon.com/auth/o2/token` (a mock or proxy) |
 * | `BUILTIN_SANDBOX` | `true`: the in-process sandbox, no credentials, no network |
 * | `SANDBOX_ORDERS` | JSON `{ "<order id>": { "types": [...], "locale": "de-DE" } }` for the built-in sandbox |
 * | `API_KEYS` | accepted API keys, separated by commas or whitespace |
 * | `ALLOW_UNAUTHENTICATED` | `true`: serve without API keys on purpose |
 * | `MAX_BODY_BYTES` | the request body limit (default 65536) |
 * | `ALLOWED_HOSTS` | the `Host` values served, separated by commas or whitespace (default: every host, or `allowedHosts`) |
 * | `SELLERS` | many sellers, instead of the LWA credentials and `API_KEYS`: JSON `[{ "id", "apiKeys": [...], "clientId", "clientSecret", "refreshToken", "region"? }]` |
 * | `OUTBOX_LEASE_MS` | how long a send may go unreported before it counts as `unknown` (default 300000) |
 *
 * @example Reading only these
 * ```ts
 * import { ENV_VARIABLES } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * // In Deno: `Deno.env.get(name)` for each name; in Node: `process.env[name]`.
 * const processEnv: Record<string, string> = { API_KEYS: "key-0123456789abcdef0123456789abcdef", HOME: "/root" };
 * const env = Object.fromEntries(ENV_VARIABLES.map((name) => [name, processEnv[name]]));
 * assert.equal(env.API_KEYS, "key-0123456789abcdef0123456789abcdef");
 * assert.equal("HOME" in env, false);
 * ```
 */
export const ENV_VARIABLES: readonly string[] = Object.freeze([
  "LWA_CLIENT_ID",
  "LWA_CLIENT_SECRET",
  "LWA_REFRESH_TOKEN",
  "SP_API_REGION",
  "SP_API_SANDBOX",
  "SP_API_ENDPOINT",
  "LWA_ENDPOINT",
  "BUILTIN_SANDBOX",
  "SANDBOX_ORDERS",
  "API_KEYS",
  "ALLOW_UNAUTHENTICATED",
  "MAX_BODY_BYTES",
  "ALLOWED_HOSTS",
  "SELLERS",
  "OUTBOX_LEASE_MS",
]);

/**
 * Where messages go: Amazon, Amazon's static sandbox hosts, or the
 * in-process sandbox.
 *
 * @example Telling the modes apart
 * ```ts
 * import { configFromEnv, type BackendMode } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const mode: BackendMode = configFromEnv({ BUILTIN_SANDBOX: "true", ALLOW_UNAUTHENTICATED: "true" }).mode;
 * assert.equal(mode, "builtin-sandbox");
 * ```
 */
export type BackendMode = "amazon" | "amazon-sandbox" | "builtin-sandbox";

/**
 * Options of {@linkcode configFromEnv}.
 *
 * @example A local development server
 * ```ts
 * import { configFromEnv, type ConfigFromEnvOptions } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const local: ConfigFromEnvOptions = { requireApiKeys: false, sandboxWithoutCredentials: true };
 * assert.equal(configFromEnv({}, local).mode, "builtin-sandbox");
 * ```
 */
export interface ConfigFromEnvOptions {
  /**
   * Refuse a configuration without `API_KEYS` unless
   * `ALLOW_UNAUTHENTICATED=true`. Turn off only for servers bound to
   * loopback.
   *
   * @default {true}
   */
  readonly requireApiKeys?: boolean;
  /**
   * Without LWA credentials, use the built-in sandbox instead of failing.
   *
   * @default {false}
   */
  readonly sandboxWithoutCredentials?: boolean;
  /**
   * The `fetch` the client calls Amazon with.
   *
   * @default {the messaging client's default: the global fetch, with messages sent on fresh connections on Deno}
   */
  readonly fetch?: FetchLike;
  /**
   * The `Host` values served when `ALLOWED_HOSTS` is not set: a server bound
   * to loopback passes `["127.0.0.1", "localhost", "[::1]"]`.
   *
   * @default {undefined}
   */
  readonly allowedHosts?: readonly string[];
  /**
   * Stores on a shared engine (Deno KV, a Durable Object): the client's
   * rate buckets and duplicate guard, the endpoint's idempotency keys, and
   * with `outbox`, an outbox (`EnvConfig.outbox`) for
   * `Prefer: respond-async`.
   *
   * @default {{}}
   */
  readonly stores?: SharedStores;
}

/**
 * Stores on one engine, shared by every process of a deployment.
 *
 * @example In-memory stores for one process
 * ```ts
 * import { configFromEnv, type SharedStores } from "@sellerkit/buyer-messages/hono";
 * import { createMemoryOutboxStore } from "@sellerkit/buyer-messages";
 * import assert from "node:assert/strict";
 *
 * const stores: SharedStores = { outbox: createMemoryOutboxStore() };
 * const config = configFromEnv({ BUILTIN_SANDBOX: "true", ALLOW_UNAUTHENTICATED: "true" }, { stores });
 * assert.equal(typeof config.outbox?.run, "function");
 * ```
 */
export interface SharedStores {
  /** The outbox's records. */
  readonly outbox?: OutboxStore;
  /** The client's rate buckets. */
  readonly rateLimit?: RateLimitStore;
  /** The endpoint's idempotency keys. */
  readonly idempotency?: IdempotencyStore;
  /** The client's duplicate guard. */
  readonly duplicateGuard?: DuplicateGuardStore;
}

/**
 * The outcome of {@linkcode configFromEnv}.
 *
 * @example Inspecting the sandbox
 * ```ts
 * import { configFromEnv, createMessagingApp, type EnvConfig } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const config: EnvConfig = configFromEnv({ BUILTIN_SANDBOX: "true", API_KEYS: "key-0123456789abcdef0123456789abcdef" });
 * const app = createMessagingApp(config.options);
 * await app.request("/orders/123-1234567-1234567/message-types?marketplaceId=ATVPDKIKX0DER", {
 *   headers: { authorization: "Bearer key-0123456789abcdef0123456789abcdef" },
 * });
 * assert.equal(config.sandbox?.requests.length, 1);
 * ```
 */
export interface EnvConfig {
  /** The options for {@linkcode createMessagingApp}. */
  readonly options: MessagingAppOptions;
  /** Where messages go. */
  readonly mode: BackendMode;
  /** The in-process sandbox, in `builtin-sandbox` mode. */
  readonly sandbox: Sandbox | undefined;
  /** One line for a startup log, without secrets. */
  readonly summary: string;
  /**
   * The outbox, when `stores.outbox` was given: also in `options`; run it
   * (`outbox.run({ signal })`) to send what is queued.
   */
  readonly outbox: Outbox | undefined;
}

function text(
  env: Readonly<Record<string, unknown>>,
  name: string,
): string | undefined {
  const value = env[name];
  return typeof value === "string" && value.trim() !== ""
    ? value.trim()
    : undefined;
}

function flag(
  env: Readonly<Record<string, unknown>>,
  name: string,
): boolean | undefined {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (["true", "1", "yes", "on"].includes(value)) return true;
  if (["false", "0", "no", "off"].includes(value)) return false;
  throw new TypeError(
    `Cannot configure the messaging app: "${name}" must be true or false`,
  );
}

function sandboxOrders(
  value: string,
): Record<string, SandboxOrder> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  const fail = () =>
    new TypeError(
      'Cannot configure the messaging app: "SANDBOX_ORDERS" must be JSON such as {"123-1234567-1234567": {"types": ["unexpectedProblem"], "locale": "de-DE"}}',
    );
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw fail();
  }
  const orders: Record<string, SandboxOrder> = {};
  for (const [id, order] of Object.entries(parsed)) {
    if (order === null || typeof order !== "object" || Array.isArray(order)) {
      throw fail();
    }
    const { types, locale, ...rest } = order as Record<string, unknown>;
    if (
      Object.keys(rest).length > 0 ||
      (types !== undefined &&
        !(Array.isArray(types) && types.every(isMessageTypeId))) ||
      (locale !== undefined && typeof locale !== "string")
    ) {
      throw fail();
    }
    orders[id] = {
      ...(types === undefined ? {} : { types }),
      ...(locale === undefined ? {} : { locale }),
    } as SandboxOrder;
  }
  return orders;
}

/**
 * Builds the app options from environment variables (see
 * {@linkcode ENV_VARIABLES}). Deployments must configure `API_KEYS` or say
 * `ALLOW_UNAUTHENTICATED=true`, and LWA credentials or
 * `BUILTIN_SANDBOX=true`; otherwise this throws, so a misconfigured server
 * refuses to start. Error messages name variables, never their values.
 *
 * @param env The variables, as a plain record (values that are not strings are ignored, so Worker bindings can be passed as they are).
 * @param options Whether keys are required and whether the sandbox replaces missing credentials.
 * @returns The options, the mode, the sandbox (if built in) and a summary.
 * @throws {TypeError} When credentials are incomplete or missing, no API key is configured, or a value is malformed.
 *
 * @example A deployment with credentials and keys
 * ```ts
 * import { configFromEnv } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * const config = configFromEnv({
 *   LWA_CLIENT_ID: "amzn1.application-oa2-client.example",
 *   LWA_CLIENT_SECRET: "example-secret",
 *   LWA_REFRESH_TOKEN: "Atzr|example",
 *   SP_API_REGION: "eu",
 *   API_KEYS: "key-0123456789abcdef0123456789abcdef, key-fedcba9876543210fedcba9876543210",
 * });
 * assert.equal(config.mode, "amazon");
 * assert.equal(config.options.apiKeys?.length, 2);
 * assert.ok(!config.summary.includes("example-secret"));
 * ```
 *
 * @example Refusing to start without keys
 * ```ts
 * import { configFromEnv } from "@sellerkit/buyer-messages/hono";
 * import assert from "node:assert/strict";
 *
 * assert.throws(() => configFromEnv({ BUILTIN_SANDBOX: "true" }), /API_KEYS/);
 * assert.equal(configFromEnv({ BUILTIN_SANDBOX: "true", ALLOW_UNAUTHENTICATED: "true" }).options.allowUnauthenticated, true);
 * ```
 */
export function configFromEnv(
  env: Readonly<Record<string, unknown>>,
  options: ConfigFromEnvOptions = {},
): EnvConfig {
  if (env === null || typeof env !== "object") {
    throw new TypeError(
      "Cannot configure the messaging app: expected the environment as a record of strings",
    );
  }
  const credentialNames = [
    "LWA_CLIENT_ID",
    "LWA_CLIENT_SECRET",
    "LWA_REFRESH_TOKEN",
  ];
  const missing = credentialNames.filter((name) => !text(env, name));
  if (missing.length > 0 && missing.length < 3) {
    throw new TypeError(
      `Cannot configure the messaging app: LWA credentials are incomplete, set ${
        missing.join(", ")
      } too`,
    );
  }
  const hasCredentials = missing.length === 0;
  const sellerList = text(env, "SELLERS");
  if (
    sellerList !== undefined && (missing.length < 3 || text(env, "API_KEYS"))
  ) {
    throw new TypeError(
      "Cannot configure the messaging app: set either SELLERS or the LWA credentials and API_KEYS, not both",
    );
  }
  const builtin = flag(env, "BUILTIN_SANDBOX");
  if (builtin === true && hasCredentials) {
    throw new TypeError(
      "Cannot configure the messaging app: set either the LWA credentials or BUILTIN_SANDBOX=true, not both",
    );
  }
  const region = text(env, "SP_API_REGION");
  if (region !== undefined && !["na", "eu", "fe"].includes(region)) {
    throw new TypeError(
      'Cannot configure the messaging app: "SP_API_REGION" must be na, eu or fe',
    );
  }
  const endpoint = text(env, "SP_API_ENDPOINT");
  if (endpoint !== undefined && !URL.canParse(endpoint)) {
    throw new TypeError(
      'Cannot configure the messaging app: "SP_API_ENDPOINT" must be an absolute URL',
    );
  }
  const lwaEndpoint = text(env, "LWA_ENDPOINT");
  if (
    lwaEndpoint !== undefined &&
    !(URL.canParse(lwaEndpoint) &&
      /^https?:$/.test(new URL(lwaEndpoint).protocol))
  ) {
    throw new TypeError(
      'Cannot configure the messaging app: "LWA_ENDPOINT" must be an absolute http(s) URL',
    );
  }
  const amazonSandbox = flag(env, "SP_API_SANDBOX") === true;

  let mode: BackendMode;
  let sandbox: Sandbox | undefined;
  const stores = options.stores ?? {};
  // One process's clients share these unless the engine gives its own: the
  // app's client and the outbox's must draw from one bucket.
  const shared: Omit<MessagingClientOptions, "auth"> = {
    rateLimit: { store: stores.rateLimit ?? createMemoryRateLimitStore() },
    duplicateGuard: {
      store: stores.duplicateGuard ?? createMemoryDuplicateGuardStore(),
    },
  };
  let client: MessagingClientOptions | undefined;
  let sellers: SellerDirectory | undefined;
  let sellerShared: Omit<MessagingClientOptions, "auth"> | undefined;
  const sellerConfigs = sellerList === undefined
    ? undefined
    : parseSellers(sellerList);
  if (sellerConfigs !== undefined) {
    if (builtin === true) {
      throw new TypeError(
        "Cannot configure the messaging app: SELLERS needs each seller's LWA credentials; it does not work with BUILTIN_SANDBOX=true",
      );
    }
    mode = amazonSandbox ? "amazon-sandbox" : "amazon";
    sellerShared = {
      ...shared,
      ...(region === undefined ? {} : { region: region as Region }),
      ...(amazonSandbox ? { sandbox: true } : {}),
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(lwaEndpoint === undefined ? {} : { lwaEndpoint }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    };
    sellers = createSellerDirectory(sellerConfigs, sellerShared);
  } else if (hasCredentials) {
    mode = amazonSandbox ? "amazon-sandbox" : "amazon";
    client = {
      auth: {
        clientId: text(env, "LWA_CLIENT_ID")!,
        clientSecret: text(env, "LWA_CLIENT_SECRET")!,
        refreshToken: text(env, "LWA_REFRESH_TOKEN")!,
      },
      ...(region === undefined ? {} : { region: region as Region }),
      ...(amazonSandbox ? { sandbox: true } : {}),
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(lwaEndpoint === undefined ? {} : { lwaEndpoint }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...shared,
    };
  } else if (builtin === true || options.sandboxWithoutCredentials === true) {
    mode = "builtin-sandbox";
    const orders = text(env, "SANDBOX_ORDERS");
    sandbox = createSandbox(
      orders === undefined ? {} : { orders: sandboxOrders(orders) },
    );
    client = {
      auth: { accessToken: "Atza|builtin-sandbox" },
      fetch: sandbox.fetch,
      ...shared,
    };
  } else {
    throw new TypeError(
      "Cannot configure the messaging app: no LWA credentials, set LWA_CLIENT_ID, LWA_CLIENT_SECRET and LWA_REFRESH_TOKEN (or BUILTIN_SANDBOX=true for the in-process sandbox)",
    );
  }

  const apiKeys = (text(env, "API_KEYS") ?? "").split(/[\s,]+/).filter((
    key,
  ) => key !== "");
  const open = flag(env, "ALLOW_UNAUTHENTICATED") === true;
  if (
    sellers === undefined && apiKeys.length === 0 && !open &&
    options.requireApiKeys !== false
  ) {
    throw new TypeError(
      "Cannot configure the messaging app: no API keys, set API_KEYS (or ALLOW_UNAUTHENTICATED=true to serve without keys on purpose)",
    );
  }
  apiKeys.forEach((key, index) => {
    if (key.length < MIN_API_KEY_LENGTH) {
      throw new RangeError(
        `Cannot configure the messaging app: key ${
          index + 1
        } of API_KEYS has ${key.length} characters, at least ${MIN_API_KEY_LENGTH} are needed (for example 24 random bytes in base64url)`,
      );
    }
  });
  const hosts = text(env, "ALLOWED_HOSTS")?.split(/[\s,]+/).filter((host) =>
    host !== ""
  );
  const allowedHosts = hosts !== undefined && hosts.length > 0
    ? hosts
    : options.allowedHosts;
  if (allowedHosts !== undefined) {
    try {
      createHostCheck(allowedHosts);
    } catch {
      throw new TypeError(
        'Cannot configure the messaging app: "ALLOWED_HOSTS" must list host names with optional ports, such as "localhost:8000, 127.0.0.1"',
      );
    }
  }
  const maxBody = text(env, "MAX_BODY_BYTES");
  if (maxBody !== undefined && !/^[1-9]\d{0,9}$/.test(maxBody)) {
    throw new TypeError(
      'Cannot configure the messaging app: "MAX_BODY_BYTES" must be a positive integer',
    );
  }
  const summary = `${
    mode === "builtin-sandbox"
      ? "built-in sandbox (nothing reaches Amazon)"
      : mode === "amazon-sandbox"
      ? "Amazon's sandbox"
      : "Amazon SP-API"
  }${region === undefined ? "" : `, region ${region}`}${
    endpoint === undefined ? "" : `, endpoint ${new URL(endpoint).origin}`
  }${
    lwaEndpoint === undefined || mode === "builtin-sandbox"
      ? ""
      : `, LWA endpoint ${new URL(lwaEndpoint).origin}`
  }, ${
    sellers !== undefined
      ? `${sellerConfigs!.length} sellers`
      : apiKeys.length === 0
      ? "no API key (open)"
      : `${apiKeys.length} API key${apiKeys.length === 1 ? "" : "s"}`
  }${stores.outbox === undefined ? "" : ", outbox on"}`;

  const lease = text(env, "OUTBOX_LEASE_MS");
  if (lease !== undefined && !/^[1-9]\d{0,9}$/.test(lease)) {
    throw new TypeError(
      'Cannot configure the messaging app: "OUTBOX_LEASE_MS" must be a positive integer',
    );
  }
  let outbox: Outbox | undefined;
  if (stores.outbox !== undefined) {
    // The outbox sends with a client of its own over the same shared
    // stores, so its sends and the endpoint's draw from one bucket.
    // Its lanes send one message after another: each is spaced from the
    // answer of the one before, so a slow request never earns a 429.
    const spaced = { ...shared.rateLimit, spaceFromAnswers: true };
    const outboxClient = client === undefined
      ? undefined
      : createMessagingClient({ ...client, rateLimit: spaced });
    const outboxSellers = sellers === undefined
      ? undefined
      : createSellerDirectory(sellerConfigs!, {
        ...sellerShared!,
        rateLimit: spaced,
      });
    outbox = createOutbox({
      store: stores.outbox,
      client: outboxClient ?? ((seller) => outboxSellers!.clientOf(seller)),
      ...(lease === undefined ? {} : { leaseMs: Number(lease) }),
    });
  }
  return {
    options: {
      ...(sellers === undefined
        ? { client, apiKeys, allowUnauthenticated: apiKeys.length === 0 }
        : { sellers }),
      ...(maxBody === undefined ? {} : { maxBodyBytes: Number(maxBody) }),
      ...(allowedHosts === undefined ? {} : { allowedHosts }),
      ...(stores.idempotency === undefined
        ? {}
        : { idempotency: { store: stores.idempotency } }),
      ...(outbox === undefined ? {} : { outbox }),
    },
    mode,
    sandbox,
    summary,
    outbox,
  };
}
