/**
 * The Deno Deploy entry point over real HTTP on loopback: served with
 * `Deno.serve` on a free port, called with `fetch`, shut down at the end.
 * Run as a program without configuration, it refuses to start.
 */
import assert from "node:assert/strict";
import { createDeployApp } from "../../examples/deno-deploy/main.ts";
import { DATA, KEY, ORDER, US } from "./_app.ts";

Deno.test("examples/deno-deploy serves the endpoint over HTTP", async () => {
  const app = createDeployApp({ BUILTIN_SANDBOX: "true", API_KEYS: KEY });
  const controller = new AbortController();
  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: 0,
    signal: controller.signal,
    onListen() {},
  }, app.fetch);
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    const send = (body: unknown, key = KEY) =>
      fetch(`${base}/messages`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${key}`,
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    const message = {
      amazonOrderId: ORDER,
      marketplaceId: US,
      type: "unexpectedProblem",
      data: DATA,
    };
    const sent = await send(message);
    assert.equal(sent.status, 201);
    const answer = await sent.json();
    assert.equal(answer.status, "sent");
    assert.equal(sent.headers.get("x-request-id"), answer.requestId);

    const valid = await send({ ...message, dryRun: true });
    assert.equal(valid.status, 200);
    assert.equal((await valid.json()).status, "valid");

    const denied = await send(message, "wrong-key");
    assert.equal(denied.status, 401);
    await denied.body?.cancel();

    const huge = await fetch(`${base}/messages`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${KEY}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ ...message, text: "x".repeat(70_000) }),
    });
    assert.equal(huge.status, 413);
    await huge.body?.cancel();

    const health = await fetch(`${base}/healthz`);
    assert.deepEqual((await health.json()).status, "ok");
  } finally {
    controller.abort();
    await server.finished;
  }
});

Deno.test("examples/deno-deploy refuses to start without keys and credentials", async () => {
  assert.throws(() => createDeployApp({ BUILTIN_SANDBOX: "true" }), /API_KEYS/);
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-env",
      "--allow-net=127.0.0.1",
      new URL("../../examples/deno-deploy/main.ts", import.meta.url).pathname,
    ],
    env: {
      API_KEYS: "",
      LWA_CLIENT_ID: "",
      BUILTIN_SANDBOX: "",
      NO_COLOR: "1",
    },
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
  }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  try {
    const { code, stderr } = await child.output();
    assert.notEqual(code, 0);
    assert.match(new TextDecoder().decode(stderr), /no LWA credentials/);
  } finally {
    clearTimeout(timer);
  }
});
