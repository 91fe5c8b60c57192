/**
 * The Worker the Durable Object tests run in workerd: the seller's object
 * (short leases and budgets, and one refresh token per seller so that a
 * mock Amazon can tell sellers apart), and routes that reach the Worker's
 * stores:
 *
 * - `POST /store/<prefix>/<method>` with the arguments as a JSON array:
 *   calls the outbox store of `createDurableObjectStores` over the
 *   `CONTRACT` objects, whose alarm does nothing (the contract checks the
 *   store alone, without a drain changing records under it);
 * - `POST /enqueue/<prefix>` with an `OutboxInput`: queues a message;
 * - `GET /list/<prefix>/<seller>`: the seller's records;
 * - `POST /send/<prefix>/<seller>` with `{ amazonOrderId, text }`: sends at
 *   once from the Worker with a client on the object's stores.
 *
 * @module
 */

import {
  clientFor,
  createDurableObjectStores,
  defineSellerOutboxObject,
  type DurableObjectNamespaceLike,
} from "../../../src/adapters/cloudflare/mod.ts";
import { createOutbox } from "../../../src/outbox/create_outbox.ts";

/** Each seller signs in with its own refresh token. */
function sellerEnv(
  seller: string,
  env: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  return { ...env, LWA_REFRESH_TOKEN: `Atzr|${seller}` };
}

export const SellerOutboxObject = defineSellerOutboxObject({
  leaseMs: 3000,
  retryDelayMs: 1000,
  drainBudgetMs: 20_000,
  pollMs: 200,
  clientFor: (seller, env, stores) =>
    clientFor(seller, sellerEnv(seller, env), stores),
});

/** The seller's object without its drain, for the store contract. */
export class ContractObject extends SellerOutboxObject {
  override alarm(): Promise<void> {
    return Promise.resolve();
  }
}

const clients = new Map<string, ReturnType<typeof clientFor>>();

interface Env {
  readonly OUTBOX: DurableObjectNamespaceLike;
  readonly CONTRACT: DurableObjectNamespaceLike;
}

const worker: {
  fetch(request: Request, env: Env): Promise<Response>;
} = {
  async fetch(request, env) {
    const [, route, prefix = "", seller = "default"] = new URL(request.url)
      .pathname.split("/").map(decodeURIComponent);
    const stores = createDurableObjectStores(
      route === "store" ? env.CONTRACT : env.OUTBOX,
      { prefix, seller },
    );
    const outbox = createOutbox({
      store: stores.outbox,
      client: () => Promise.reject(new Error("the object sends")),
    });
    try {
      let result: unknown;
      if (route === "store") {
        const method = seller as keyof typeof stores.outbox;
        const args = await request.json() as unknown[];
        result = await (stores.outbox[method] as (
          ...args: unknown[]
        ) => Promise<unknown>)(...args);
      } else if (route === "enqueue") {
        result = await outbox.enqueue(await request.json());
      } else if (route === "list") {
        result = await outbox.list({ seller, limit: 1000 });
      } else if (route === "send") {
        const { amazonOrderId, text } = await request.json();
        // One client per isolate and seller, as a Worker keeps its app.
        const client = clients.get(`${prefix} ${seller}`) ?? clientFor(
          seller,
          sellerEnv(seller, env as unknown as Record<string, unknown>),
          stores,
        );
        clients.set(`${prefix} ${seller}`, client);
        result = await client.createUnexpectedProblem(amazonOrderId, {
          marketplaceId: "ATVPDKIKX0DER",
          body: { text },
        });
      } else {
        return new Response("not found", { status: 404 });
      }
      return Response.json(result === undefined ? {} : { result });
    } catch (error) {
      return Response.json({
        error: error instanceof Error
          ? `${error.name}: ${error.message}`
          : String(error),
      }, { status: 500 });
    }
  },
};

export default worker;
