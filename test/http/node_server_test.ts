/**
 * `examples/node/server.mjs` under Node with @hono/node-server, serving a
 * Node-targeted esbuild bundle of `src/http/mod.ts` (built into a temp
 * folder). Bounded: the server is stopped with SIGTERM (SIGKILL after a
 * deadline) and the temp folder removed.
 */
import assert from "node:assert/strict";
import { bundleNode, stopEsbuild } from "../../scripts/build_worker.ts";
import { DATA, KEY, ORDER, US } from "./_app.ts";

const SERVER = new URL("../../examples/node/server.mjs", import.meta.url)
  .pathname;

async function buildBundle(): Promise<{ dir: string; path: string }> {
  try {
    const bundle = await bundleNode();
    const dir = await Deno.makeTempDir({ prefix: "buyer-messages-node-" });
    const path = `${dir}/buyer_messages_hono.mjs`;
    await Deno.writeTextFile(path, bundle.code);
    return { dir, path };
  } finally {
    await stopEsbuild();
  }
}

function spawnNode(env: Record<string, string>): Deno.ChildProcess {
  return new Deno.Command("node", {
    args: [SERVER],
    env: { ...env, NO_COLOR: "1" },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
  }).spawn();
}

/** Reads stdout until a line matches, within a deadline. */
async function waitFor(
  stream: ReadableStream<Uint8Array>,
  pattern: RegExp,
  ms: number,
): Promise<
  { match: RegExpMatchArray; rest: ReadableStreamDefaultReader<string> }
> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  const timer = setTimeout(() => reader.cancel(), ms);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`No "${pattern}" within ${ms} ms: ${seen}`);
      seen += value;
      const match = seen.match(pattern);
      if (match !== null) return { match, rest: reader };
    }
  } finally {
    clearTimeout(timer);
  }
}

Deno.test("examples/node/server.mjs serves the bundle under Node", async () => {
  const { dir, path } = await buildBundle();
  const child = spawnNode({
    PATH: Deno.env.get("PATH") ?? "",
    BUYER_MESSAGES_BUNDLE: path,
    BUILTIN_SANDBOX: "true",
    API_KEYS: KEY,
    PORT: "0",
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  try {
    const { match, rest } = await waitFor(
      child.stdout,
      /listening on (http:\/\/127\.0\.0\.1:\d+)/,
      30_000,
    );
    const base = match[1];
    const message = {
      amazonOrderId: ORDER,
      marketplaceId: US,
      type: "unexpectedProblem",
      data: DATA,
    };
    const post = (body: unknown) =>
      fetch(`${base}/messages`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${KEY}`,
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
    const sent = await post(message);
    assert.equal(sent.status, 201);
    assert.equal((await sent.json()).status, "sent");
    const valid = await post({ ...message, dryRun: true });
    assert.equal((await valid.json()).status, "valid");
    const bad = await post({ ...message, amazonOrderId: "1" });
    assert.equal(bad.status, 400);
    await bad.body?.cancel();
    child.kill("SIGTERM");
    const status = await child.status;
    assert.equal(status.code, 0);
    await rest.cancel();
  } finally {
    clearTimeout(killer);
    try {
      child.kill("SIGKILL");
    } catch {
      // Already stopped.
    }
    await child.stderr.cancel().catch(() => {});
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("examples/node/server.mjs refuses to start without API keys", async () => {
  const { dir, path } = await buildBundle();
  const child = spawnNode({
    PATH: Deno.env.get("PATH") ?? "",
    BUYER_MESSAGES_BUNDLE: path,
    BUILTIN_SANDBOX: "true",
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  try {
    const { code, stderr } = await child.output();
    assert.equal(code, 1);
    assert.match(new TextDecoder().decode(stderr), /API_KEYS/);
  } finally {
    clearTimeout(killer);
    await Deno.remove(dir, { recursive: true });
  }
});
