/**
 * The endpoint as a Cloudflare Worker. Configuration comes from the
 * Worker's bindings (vars and secrets, see `wrangler.toml`), read once per
 * isolate on the first request. Without API keys (unless
 * `ALLOW_UNAUTHENTICATED=true`) or credentials (unless
 * `BUILTIN_SANDBOX=true`) it refuses to serve: every request gets 503 and
 * the log says which variable is missing.
 *
 * With the Durable Object binding `OUTBOX` (see `wrangler.toml`), the
 * seller's object holds the rate buckets, idempotency keys, duplicate guard
 * and outbox that every isolate shares: `POST /messages` with
 * `Prefer: respond-async` queues the message and answers 202, and the
 * object's alarm sends it at Amazon's pace. Without the binding, each
 * isolate keeps its own in memory and there is no outbox.
 *
 * Build: `deno task build:worker` (see `scripts/build_worker.ts`), then
 * `npx wrangler deploy` in this folder.
 *
 * @module
 */

import {
  configFromEnv,
  createMessagingApp,
  type ExecutionContextLike,
  type MessagingApp,
  type MessagingAppOptions,
  type MessagingClientOptions,
} from "../../src/http/mod.ts";
import {
  createDurableObjectStores,
  type DurableObjectNamespaceLike,
} from "../../src/adapters/cloudflare/mod.ts";
import { createOutbox } from "../../src/outbox/create_outbox.ts";

/** The Durable Object class of the `OUTBOX` binding. */
export { SellerOutboxObject } from "../../src/adapters/cloudflare/mod.ts";

/** The seller of this single-seller deployment. */
const SELLER = "default";

/**
 * Puts the seller's rate buckets, idempotency keys, duplicate guard and
 * outbox in the seller's Durable Object.
 */
function withDurableObject(
  options: MessagingAppOptions,
  namespace: DurableObjectNamespaceLike,
): MessagingAppOptions {
  const stores = createDurableObjectStores(namespace, { seller: SELLER });
  const client = options.client as MessagingClientOptions;
  return {
    ...options,
    client: {
      ...client,
      // The object's client uses the seller as its identity: one bucket.
      rateLimit: {
        ...client.rateLimit,
        identity: SELLER,
        store: stores.rateLimit,
      },
      idempotency: { ...client.idempotency, store: stores.idempotency },
      duplicateGuard: {
        ...client.duplicateGuard,
        store: stores.duplicateGuard,
      },
    },
    idempotency: { ...options.idempotency, store: stores.idempotency },
    outbox: createOutbox({
      store: stores.outbox,
      // The seller's object sends; the Worker only queues and reads.
      client: () =>
        Promise.reject(new Error("The seller's Durable Object sends")),
    }),
  };
}

let app: MessagingApp | undefined;
let failure: string | undefined;

function appFor(
  env: Readonly<Record<string, unknown>>,
): MessagingApp | undefined {
  if (app !== undefined || failure !== undefined) return app;
  try {
    const config = configFromEnv(env ?? {});
    const namespace = env?.OUTBOX as DurableObjectNamespaceLike | undefined;
    app = createMessagingApp({
      ...(namespace === undefined
        ? config.options
        : withDurableObject(config.options, namespace)),
      onLog: (entry) => {
        if (entry.level !== "info") console.log(JSON.stringify(entry));
      },
    });
    console.log(
      `buyer-messages worker: ${config.summary}, ${
        namespace === undefined
          ? "stores in memory, no outbox"
          : "stores and outbox in Durable Objects"
      }`,
    );
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    console.error(`buyer-messages worker refuses to serve: ${failure}`);
  }
  return app;
}

/** The Worker: `fetch(request, env, ctx)`. */
const worker: {
  fetch(
    request: Request,
    env: Readonly<Record<string, unknown>>,
    ctx: ExecutionContextLike,
  ): Promise<Response>;
} = {
  fetch(request, env, ctx) {
    const messaging = appFor(env);
    if (messaging === undefined) {
      return Promise.resolve(
        Response.json({
          error: {
            code: "misconfigured",
            message: "This deployment is not configured: see the Worker's logs",
          },
        }, { status: 503, headers: { "cache-control": "no-store" } }),
      );
    }
    return messaging.fetch(request, env, ctx);
  },
};

export default worker;
