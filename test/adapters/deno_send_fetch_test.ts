/**
 * Over real loopback HTTP on Deno: Deno's own `fetch` re-sends a message
 * POST when a reused keep-alive connection drops after the server took the
 * request. The send fetch of `./deno`, which the messaging client and the
 * Hono app use when they are given no `fetch`, sends it once, and the
 * outcome is reported as unknown.
 */
import assert from "node:assert/strict";
import {
  createMessagingClient,
  type FetchLike,
  type MessagingClientOptions,
  UnknownOutcomeError,
} from "../../mod.ts";
import { createDenoSendFetch } from "../../src/adapters/deno/mod.ts";
import { createMessagingApp } from "../../src/http/mod.ts";
import {
  type DroppingServer,
  startDroppingServer,
} from "../_dropping_server.ts";

const ORDER = "123-1234567-1234567";
const MARKETPLACE = "ATVPDKIKX0DER";

async function withServer(
  run: (server: DroppingServer) => Promise<void>,
): Promise<void> {
  const server = startDroppingServer();
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

/** Sends one message; returns the error, or `undefined` when it was sent. */
async function sendOnce(
  base: string,
  fetch?: FetchLike,
): Promise<unknown> {
  const options: MessagingClientOptions = {
    auth: { accessToken: "Atza|example" },
    endpoint: base,
    timeoutMs: 5_000,
    ...(fetch === undefined ? {} : { fetch }),
  };
  const client = createMessagingClient(options);
  // The eligibility GET leaves a keep-alive connection in the pool; the POST
  // would then go out on it.
  try {
    await client.sendMessage("unexpectedProblem", ORDER, {
      marketplaceId: MARKETPLACE,
      body: { text: `Order ${ORDER} ships late.` },
    });
    return undefined;
  } catch (error) {
    return error;
  }
}

Deno.test("Deno's fetch re-sends a dropped POST by itself on a reused connection (why the default fetch exists)", async () => {
  await withServer(async (server) => {
    const pooled = Deno.createHttpClient({});
    try {
      const error = await sendOnce(
        server.base,
        (input, init) =>
          fetch(input, { ...init, client: pooled } as RequestInit),
      );
      const posts = server.posts();
      assert.equal(
        posts.length,
        2,
        "if this fails, Deno stopped re-sending: the fresh-connection default may go",
      );
      assert.equal(posts[0].reused, true);
      assert.equal(posts[0].dropped, true);
      assert.equal(error, undefined, "the re-sent message was reported sent");
    } finally {
      pooled.close();
    }
  });
});

Deno.test("createMessagingClient() without a fetch sends a message once on Deno and reports an unknown outcome", async () => {
  await withServer(async (server) => {
    const error = await sendOnce(server.base);
    const posts = server.posts();
    assert.equal(posts.length, 1, JSON.stringify(server.requests));
    assert.equal(posts[0].reused, false, "the POST went on a fresh connection");
    assert.ok(error instanceof UnknownOutcomeError, String(error));
    // GETs still share a pooled connection.
    const gets = server.requests.filter((r) => r.method === "GET");
    assert.ok(gets.length >= 1);
  });
});

Deno.test("createDenoSendFetch() sends a message once and the client reports an unknown outcome", async () => {
  await withServer(async (server) => {
    const error = await sendOnce(server.base, createDenoSendFetch());
    assert.equal(server.posts().length, 1);
    assert.ok(error instanceof UnknownOutcomeError, String(error));
  });
});

Deno.test("createDenoSendFetch() keeps GETs on pooled connections", async () => {
  await withServer(async (server) => {
    const send = createDenoSendFetch();
    for (let i = 0; i < 3; i++) {
      const response = await send(
        `${server.base}/messaging/v1/orders/${ORDER}?marketplaceIds=${MARKETPLACE}`,
      );
      assert.equal(response.status, 200);
      await response.body?.cancel();
    }
    assert.deepEqual(
      server.requests.map((r) => r.connection),
      [1, 1, 1],
    );
  });
});

Deno.test("createMessagingApp() without a fetch sends a message once on Deno and answers 502 unknown", async () => {
  await withServer(async (server) => {
    const app = createMessagingApp({
      client: { auth: { accessToken: "Atza|example" }, endpoint: server.base },
      allowUnauthenticated: true,
    });
    const response = await app.fetch(
      new Request("http://localhost/messages", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          amazonOrderId: ORDER,
          marketplaceId: MARKETPLACE,
          type: "unexpectedProblem",
          data: {
            amazonOrderId: ORDER,
            sellerName: "Northwind Outfitters",
            productTitle: "Trail Runner 2 Hiking Boots",
            newShipDate: "2026-12-09",
          },
        }),
      }),
    );
    const answer = await response.json();
    assert.equal(server.posts().length, 1, JSON.stringify(server.requests));
    assert.equal(response.status, 502, JSON.stringify(answer));
    assert.equal(answer.status, "unknown");
  });
});
