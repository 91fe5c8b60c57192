/**
 * Over real loopback HTTP: Deno's own fetch re-sends a message POST when a
 * reused keep-alive connection drops after the server took the request; the
 * entry points' send fetch does not, and the client reports the outcome as
 * unknown.
 */
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createMessagingClient, UnknownOutcomeError } from "../mod.ts";
import {
  createDenoSendFetch,
  type FetchFn,
} from "../examples/_shared/deno_send_fetch.ts";

const ORDER = "123-1234567-1234567";
const MARKETPLACE = "ATVPDKIKX0DER";

async function withDroppingServer(
  run: (base: string, posts: () => number) => Promise<void>,
): Promise<void> {
  let posts = 0;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => body += chunk);
    req.on("end", () => {
      if (req.method === "POST") {
        posts++;
        // The message was taken; the connection drops before the answer.
        req.socket.destroy();
        return;
      }
      res.setHeader("content-type", "application/json");
      res.setHeader("connection", "keep-alive");
      res.end(JSON.stringify({
        _links: {
          self: { href: `/messaging/v1/orders/${ORDER}` },
          actions: [{ href: "x", name: "unexpectedProblem" }],
        },
        _embedded: { actions: [] },
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await run(`http://127.0.0.1:${port}`, () => posts);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function sendOnce(base: string, fetch: FetchFn): Promise<unknown> {
  const client = createMessagingClient({
    auth: { accessToken: "Atza|example" },
    endpoint: base,
    fetch,
    retry: 0,
    timeoutMs: 5_000,
  });
  // The eligibility GET leaves a keep-alive connection in the pool; the POST
  // then goes out on it.
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

Deno.test("Deno's fetch re-sends a dropped POST by itself (why the entry points need their own)", async () => {
  await withDroppingServer(async (base, posts) => {
    const client = Deno.createHttpClient({});
    try {
      await sendOnce(
        base,
        (input, init) => fetch(input, { ...init, client } as RequestInit),
      );
      assert.equal(
        posts(),
        2,
        "if this fails, Deno stopped retrying: the workaround may go",
      );
    } finally {
      client.close();
    }
  });
});

Deno.test("createDenoSendFetch() sends a message once and the client reports an unknown outcome", async () => {
  await withDroppingServer(async (base, posts) => {
    const error = await sendOnce(base, createDenoSendFetch());
    assert.equal(posts(), 1);
    assert.ok(error instanceof UnknownOutcomeError, String(error));
  });
});
