/**
 * Cancellation over real HTTP: Deno aborts `request.signal` when a client
 * hangs up, and the endpoint then never sends a message that was still
 * waiting for its rate-limit token.
 */
import assert from "node:assert/strict";
import {
  type AppLogEntry,
  createMessagingApp,
} from "../../src/http/create_messaging_app.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { KEY, ORDER, US } from "./_app.ts";

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until(
  condition: () => boolean,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

Deno.test("Deno.serve aborts request.signal when the client hangs up", async () => {
  let seen: AbortSignal | undefined;
  const aborted = Promise.withResolvers<void>();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      seen = request.signal;
      request.signal.addEventListener("abort", () => aborted.resolve());
      await aborted.promise;
      return new Response("late");
    },
  );
  try {
    const controller = new AbortController();
    const pending = fetch(`http://127.0.0.1:${server.addr.port}/`, {
      signal: controller.signal,
    }).catch((error) => error);
    assert.ok(await until(() => seen !== undefined, 5_000));
    assert.equal(seen!.aborted, false);
    controller.abort();
    assert.equal((await pending).name, "AbortError");
    const timer = sleep(5_000).then(() => "timed out");
    assert.notEqual(
      await Promise.race([aborted.promise.then(() => "aborted"), timer]),
      "timed out",
    );
    assert.equal(seen!.aborted, true);
  } finally {
    aborted.resolve();
    await server.shutdown();
  }
});

Deno.test("POST /messages over HTTP never sends the queued messages of callers that hung up", async () => {
  // Amazon's side has the same plan, so its rate header changes nothing.
  const sandbox = createSandbox({ rateLimit: { rate: 1, burst: 1 } });
  const logs: AppLogEntry[] = [];
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|cancellation-test" },
      fetch: sandbox.fetch,
      // One send per second: 30 callers queue up behind the limit.
      rateLimit: { rate: 1, burst: 1 },
    },
    apiKeys: [KEY],
    onLog: (entry) => logs.push(entry),
  });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    app.fetch,
  );
  const url = `http://127.0.0.1:${server.addr.port}/messages`;
  try {
    const controllers = Array.from(
      { length: 30 },
      () => new AbortController(),
    );
    const results = controllers.map((controller, i) =>
      fetch(url, {
        method: "POST",
        headers: {
          authorization: `Bearer ${KEY}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({
          amazonOrderId: ORDER,
          marketplaceId: US,
          type: "unexpectedProblem",
          locale: "en-US",
          text: `Order ${ORDER} ships ${
            i + 2
          } days late. We apologize for the delay.`,
        }),
        signal: controller.signal,
      }).then(
        async (response) => {
          await response.body?.cancel();
          return response.status;
        },
        (error: Error) => error.name,
      )
    );
    // The callers give up after 1.5 s: by then one or two tokens came.
    await sleep(1_500);
    const sentBeforeAbort = sandbox.sent.length;
    for (const controller of controllers) controller.abort();
    const outcomes = await Promise.all(results);
    const hungUp = outcomes.filter((o) => o === "AbortError").length;
    assert.equal(
      outcomes.filter((o) => o === 201).length + hungUp,
      30,
      JSON.stringify(outcomes),
    );
    // The server noticed every hang-up and cancelled those sends...
    assert.ok(
      await until(
        () => logs.filter((l) => l.outcome === "cancelled").length === hungUp,
        10_000,
      ),
      JSON.stringify(logs.map((l) => l.outcome)),
    );
    // ...and no queued message goes out later (two more tokens would come).
    await sleep(2_500);
    assert.ok(
      sentBeforeAbort >= 1 && sentBeforeAbort <= 3,
      `sent ${sentBeforeAbort}`,
    );
    assert.equal(sandbox.sent.length, sentBeforeAbort);
    assert.equal(hungUp, 30 - sentBeforeAbort);
  } finally {
    await server.shutdown();
  }
});
