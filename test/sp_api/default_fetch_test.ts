/**
 * The messaging client's default `fetch`: on Deno, sends go out on
 * connections that are never reused; elsewhere, and where
 * `Deno.createHttpClient` is missing or refuses, the global `fetch` as it is.
 * Node's and Cloudflare Workers' `fetch` do not re-send a message POST on a
 * dropped keep-alive connection: the client, bundled for each and run there
 * against a loopback server that drops the first POST, sends once and
 * reports an unknown outcome.
 */
import assert from "node:assert/strict";
import { Miniflare } from "miniflare";
import { bundle, stopEsbuild } from "../../scripts/build_worker.ts";
import { defaultFetch } from "../../src/sp_api/default_fetch.ts";
import { startDroppingServer } from "../_dropping_server.ts";
import { deadline } from "../_timing.ts";

const ORDER = "123-1234567-1234567";
const MARKETPLACE = "ATVPDKIKX0DER";
const SP_API_MOD = new URL("../../src/sp_api/mod.ts", import.meta.url)
  .pathname;

type DefaultFetchModule = typeof import("../../src/sp_api/default_fetch.ts");

/** A fresh instance of the module, so that its once-per-process client is not yet made. */
async function freshModule(tag: string): Promise<DefaultFetchModule> {
  const url = new URL("../../src/sp_api/default_fetch.ts", import.meta.url);
  url.search = `?instance=${tag}-${crypto.randomUUID()}`;
  return await import(url.href) as DefaultFetchModule;
}

/** Calls `run` with the global fetch replaced by one that records `init`. */
async function recordingInits(
  run: () => Promise<unknown>,
): Promise<RequestInit[]> {
  const seen: RequestInit[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (_input, init) => {
    seen.push(init ?? {});
    return Promise.resolve(new Response("{}"));
  };
  try {
    await run();
  } finally {
    globalThis.fetch = original;
  }
  return seen;
}

function clientOf(init: RequestInit): unknown {
  return (init as { client?: unknown }).client;
}

Deno.test("defaultFetch() sends POST, PUT, PATCH and DELETE on Deno's fresh-connection client, one per process", async () => {
  const inits = await recordingInits(async () => {
    for (const method of ["POST", "put", "PATCH", "DELETE"]) {
      await defaultFetch("https://example.com/x", { method, body: "{}" });
    }
    await defaultFetch(
      new Request("https://example.com/x", { method: "POST", body: "{}" }),
    );
  });
  const clients = inits.map(clientOf);
  assert.ok(clients[0] instanceof Deno.HttpClient);
  for (const client of clients) assert.equal(client, clients[0]);
});

Deno.test("defaultFetch() leaves GET and HEAD on the global fetch's pooled connections", async () => {
  const inits = await recordingInits(async () => {
    await defaultFetch("https://example.com/x");
    await defaultFetch("https://example.com/x", { method: "HEAD" });
    await defaultFetch(new Request("https://example.com/x"));
  });
  assert.deepEqual(inits.map(clientOf), [undefined, undefined, undefined]);
});

Deno.test("defaultFetch() passes the request options through", async () => {
  const signal = new AbortController().signal;
  const headers = new Headers({ "x-test": "1" });
  const [init] = await recordingInits(() =>
    defaultFetch("https://example.com/x", {
      method: "POST",
      body: "payload",
      headers,
      signal,
    })
  );
  assert.equal(init.method, "POST");
  assert.equal(init.body, "payload");
  assert.equal(init.headers, headers);
  assert.equal(init.signal, signal);
});

Deno.test("defaultFetch() falls back to the global fetch when Deno.createHttpClient throws", async () => {
  const module = await freshModule("throws");
  const original = Deno.createHttpClient;
  let calls = 0;
  Deno.createHttpClient = () => {
    calls++;
    throw new Error("Deno.createHttpClient is not supported here");
  };
  try {
    const inits = await recordingInits(async () => {
      await module.defaultFetch("https://example.com/x", { method: "POST" });
      await module.defaultFetch("https://example.com/x", { method: "POST" });
    });
    assert.deepEqual(inits.map(clientOf), [undefined, undefined]);
    assert.equal(calls, 1, "tried once, not on every send");
  } finally {
    Deno.createHttpClient = original;
  }
});

Deno.test("defaultFetch() falls back to the global fetch when Deno.createHttpClient is missing", async () => {
  const module = await freshModule("missing");
  const original = Deno.createHttpClient;
  // deno-lint-ignore no-explicit-any
  delete (Deno as any).createHttpClient;
  try {
    const inits = await recordingInits(() =>
      module.defaultFetch("https://example.com/x", { method: "POST" })
    );
    assert.deepEqual(inits.map(clientOf), [undefined]);
  } finally {
    Deno.createHttpClient = original;
  }
});

// --- The same client on other runtimes -------------------------------------

/** Bundles `src/sp_api/mod.ts` (or an entry importing it) with esbuild. */
async function bundleClient(
  entry: string,
  platform: "node" | "browser",
): Promise<string> {
  try {
    const built = await deadline(
      bundle({ entry, platform, minify: false }),
      60_000,
      "bundling",
    );
    return built.code;
  } finally {
    await stopEsbuild();
  }
}

/** What the client did, as the script on the other runtime reports it. */
interface Outcome {
  readonly outcome: "sent" | "unknown" | "error";
  readonly name?: string;
  readonly message?: string;
}

/**
 * The send, as plain JavaScript both runtimes run (no `fetch` option). The
 * global `fetch` is wrapped only to wait a moment before a POST: the runtime
 * then has put the eligibility lookup's keep-alive connection back in its
 * pool, and the POST goes out on that reused connection, the case where
 * Deno re-sends.
 */
const SEND_SOURCE = `
const globalFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  if ((init?.method ?? "GET") !== "GET") {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return globalFetch.call(globalThis, input, init);
};
async function sendOnce(base) {
  const client = createMessagingClient({
    auth: { accessToken: "Atza|example" },
    endpoint: base,
    timeoutMs: 5000,
  });
  try {
    await client.sendMessage("unexpectedProblem", ${JSON.stringify(ORDER)}, {
      marketplaceId: ${JSON.stringify(MARKETPLACE)},
      body: { text: "Order ${ORDER} ships late." },
    });
    return { outcome: "sent" };
  } catch (error) {
    return {
      outcome: error instanceof UnknownOutcomeError ? "unknown" : "error",
      name: error?.name,
      message: String(error?.message),
    };
  }
}
`;

async function nodeVersion(): Promise<string | undefined> {
  try {
    const { success, stdout } = await new Deno.Command("node", {
      args: ["--version"],
      stdout: "piped",
      stderr: "null",
    }).output();
    return success ? new TextDecoder().decode(stdout).trim() : undefined;
  } catch {
    return undefined;
  }
}

const NODE = await nodeVersion();
if (NODE === undefined) {
  console.warn(
    "node is not on PATH: the Node test of the default fetch is skipped",
  );
}

Deno.test({
  name:
    "createMessagingClient() without a fetch sends a message once on Node and reports an unknown outcome",
  ignore: NODE === undefined,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "buyer-messages-node-" });
    const server = startDroppingServer();
    try {
      await Deno.writeTextFile(
        `${dir}/client.mjs`,
        await bundleClient(SP_API_MOD, "node"),
      );
      await Deno.writeTextFile(
        `${dir}/run.mjs`,
        `import { createMessagingClient, UnknownOutcomeError } from "./client.mjs";\n` +
          SEND_SOURCE +
          `console.log(JSON.stringify(await sendOnce(process.argv[2])));\n`,
      );
      const child = new Deno.Command("node", {
        args: [`${dir}/run.mjs`, server.base],
        env: { NO_COLOR: "1" },
        clearEnv: true,
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      const output = await child.output().finally(() => clearTimeout(timer));
      const stdout = new TextDecoder().decode(output.stdout);
      const stderr = new TextDecoder().decode(output.stderr);
      assert.equal(output.code, 0, `node ${NODE}: ${stderr}`);
      const result = JSON.parse(stdout) as Outcome;
      const posts = server.posts();
      assert.equal(posts.length, 1, JSON.stringify(server.requests));
      assert.equal(posts[0].dropped, true);
      assert.equal(
        posts[0].reused,
        true,
        `the POST should have reused the GET's connection: ${
          JSON.stringify(server.requests)
        }`,
      );
      assert.equal(result.outcome, "unknown", JSON.stringify(result));
      assert.equal(result.name, "UnknownOutcomeError");
    } finally {
      await server.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "createMessagingClient() without a fetch sends a message once on Cloudflare Workers (workerd) and reports an unknown outcome",
  // Miniflare keeps workerd's pipes and timers beyond dispose().
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "buyer-messages-workerd-" });
    const server = startDroppingServer();
    let mf: Miniflare | undefined;
    try {
      const entry = `${dir}/entry.js`;
      await Deno.writeTextFile(
        entry,
        `import { createMessagingClient, UnknownOutcomeError } from ${
          JSON.stringify(SP_API_MOD)
        };\n` +
          SEND_SOURCE +
          `export default {
  async fetch(request) {
    const base = new URL(request.url).searchParams.get("base");
    return Response.json(await sendOnce(base));
  },
};\n`,
      );
      const code = await bundleClient(entry, "browser");
      await Deno.writeTextFile(`${dir}/worker.js`, code);
      mf = new Miniflare({
        modules: true,
        scriptPath: `${dir}/worker.js`,
        modulesRoot: dir,
        compatibilityDate: "2025-09-01",
      });
      const response = await deadline(
        mf.dispatchFetch(
          `http://localhost/?base=${encodeURIComponent(server.base)}`,
        ),
        30_000,
        "the worker",
      );
      const result = await response.json() as Outcome;
      const posts = server.posts();
      assert.equal(posts.length, 1, JSON.stringify(server.requests));
      assert.equal(posts[0].dropped, true);
      assert.equal(
        posts[0].reused,
        true,
        `the POST should have reused the GET's connection: ${
          JSON.stringify(server.requests)
        }`,
      );
      assert.equal(result.outcome, "unknown", JSON.stringify(result));
      assert.equal(result.name, "UnknownOutcomeError");
    } finally {
      await mf?.dispose();
      await server.close();
      await Deno.remove(dir, { recursive: true });
    }
  },
});
