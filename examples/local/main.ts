/**
 * The endpoint on your machine, bound to 127.0.0.1 (`PORT`, default 8000).
 *
 * Without LWA credentials it talks to the built-in sandbox: nothing reaches
 * Amazon and no key is needed. With `LWA_CLIENT_ID`, `LWA_CLIENT_SECRET` and
 * `LWA_REFRESH_TOKEN` set (plus `SP_API_REGION`, and `SP_API_SANDBOX=true`
 * for Amazon's sandbox hosts) it talks to Amazon. `API_KEYS` protects it
 * like a deployment. `SELLERS` serves many sellers instead. It prints a
 * `curl` to paste.
 *
 * `POST /messages` with `Prefer: respond-async` queues to an outbox that
 * this process drains at Amazon's rate: in memory, or with
 * `OUTBOX_KV_PATH=<file>` in a Deno KV file (run with `--unstable-kv`) that
 * survives restarts; a message that was being sent when the process died
 * becomes `unknown` after `OUTBOX_LEASE_MS`.
 *
 * With `--allow-read` it also serves the template studio, read-only, at
 * `GET /studio` over the project's `templates/` (the templates it composes
 * with): the page asks for the API key when there is one.
 *
 * Run (`deno task start`):
 *
 * ```sh
 * deno run --allow-net=127.0.0.1,api.amazon.com,sellingpartnerapi-na.amazon.com,sellingpartnerapi-eu.amazon.com,sellingpartnerapi-fe.amazon.com,sandbox.sellingpartnerapi-na.amazon.com,sandbox.sellingpartnerapi-eu.amazon.com,sandbox.sellingpartnerapi-fe.amazon.com --allow-env=PORT,INIT_CWD,OUTBOX_KV_PATH,LWA_CLIENT_ID,LWA_CLIENT_SECRET,LWA_REFRESH_TOKEN,SP_API_REGION,SP_API_SANDBOX,SP_API_ENDPOINT,LWA_ENDPOINT,BUILTIN_SANDBOX,SANDBOX_ORDERS,API_KEYS,ALLOW_UNAUTHENTICATED,MAX_BODY_BYTES,ALLOWED_HOSTS,SELLERS,OUTBOX_LEASE_MS --unstable-kv --allow-read --allow-write examples/local/main.ts
 * ```
 *
 * With the sandbox only, `--allow-net=127.0.0.1 --allow-env=PORT` is
 * enough: variables that are not granted read as unset.
 *
 * @module
 */

import {
  configFromEnv,
  createMessagingApp,
  ENV_VARIABLES,
  type EnvConfig,
  type SharedStores,
} from "../../src/http/mod.ts";
import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import { createDenoKvStores } from "../../src/adapters/deno/kv_stores.ts";
import type { Studio, StudioFile } from "../../src/studio/types.ts";

/** The sandbox order the printed request uses: a German buyer on amazon.de. */
const DEMO_ORDER = "123-1234567-1234567";

/** Reads the variables this process may read, without prompting. */
function readEnv(names: readonly string[]): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const name of names) {
    const state = Deno.permissions.querySync({ name: "env", variable: name });
    if (state.state === "granted") env[name] = Deno.env.get(name);
  }
  return env;
}

const env = readEnv(["PORT", "INIT_CWD", "OUTBOX_KV_PATH", ...ENV_VARIABLES]);
const port = Number(env.PORT ?? "8000");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${env.PORT}"`);
  Deno.exit(1);
}

/** The outbox's stores: a Deno KV file, or this process's memory. */
async function openStores(): Promise<{ stores: SharedStores; where: string }> {
  const path = env.OUTBOX_KV_PATH;
  if (path === undefined || path === "") {
    return {
      stores: { outbox: createMemoryOutboxStore() },
      where: "outbox in memory",
    };
  }
  if (typeof Deno.openKv !== "function") {
    throw new TypeError("OUTBOX_KV_PATH needs the --unstable-kv flag");
  }
  // A relative path is relative to where the task was started.
  const file = path.startsWith("/") || env.INIT_CWD === undefined
    ? path
    : `${env.INIT_CWD}/${path}`;
  const kv = await Deno.openKv(file);
  return { stores: createDenoKvStores(kv), where: `outbox in ${path}` };
}

let config: EnvConfig;
let where: string;
try {
  const opened = await openStores();
  where = opened.where;
  config = configFromEnv(env, {
    stores: opened.stores,
    requireApiKeys: false,
    sandboxWithoutCredentials: true,
    // Only loopback names: a web page elsewhere cannot reach this server by
    // resolving its own name to 127.0.0.1 (DNS rebinding).
    allowedHosts: ["127.0.0.1", "localhost", "[::1]"],
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  Deno.exit(1);
}
if (config.mode === "builtin-sandbox" && env.SANDBOX_ORDERS === undefined) {
  config.sandbox?.setOrder(DEMO_ORDER, { locale: "de-DE" });
}
/** The studio over `templates/`, when this process may read them. */
async function openStudio(): Promise<Studio | undefined> {
  const root = new URL("../../templates/", import.meta.url);
  const read = Deno.permissions.querySync({ name: "read", path: root });
  if (read.state !== "granted") return undefined;
  const files: StudioFile[] = [];
  for await (const type of Deno.readDir(root)) {
    if (!type.isDirectory) continue;
    for await (const file of Deno.readDir(new URL(`${type.name}/`, root))) {
      if (!file.name.endsWith(".hbs") && file.name !== "sample.json") continue;
      const path = `${type.name}/${file.name}`;
      files.push({
        path,
        source: await Deno.readTextFile(new URL(path, root)),
      });
    }
  }
  // The compiler loads only when the studio is served.
  const { createStudio } = await import("../../src/precompile.ts");
  return createStudio({ files, lint: config.options.lint });
}
const studio = await openStudio();

const app = createMessagingApp({
  ...config.options,
  ...(studio === undefined ? {} : { studio }),
  onLog: (entry) =>
    console.log(
      `${entry.message} ${entry.durationMs} ms${
        entry.error === undefined
          ? ""
          : ` (${entry.error.name}: ${entry.error.message})`
      }`,
    ),
});

const request = {
  amazonOrderId: DEMO_ORDER,
  marketplaceId: "A1PA6795UKMFR9",
  type: "unexpectedProblem",
  data: {
    amazonOrderId: DEMO_ORDER,
    sellerName: "Northwind Outfitters",
    productTitle: "Trail Runner 2 Waterproof Hiking Boots",
    newShipDate: "2026-12-09",
  },
  // Against Amazon, a pasted command must not message a real buyer.
  ...(config.mode === "builtin-sandbox" ? {} : { dryRun: true }),
};

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen({ hostname, port }) {
    const base = `http://${hostname}:${port}`;
    const auth = (config.options.apiKeys?.length ?? 0) > 0
      ? ` -H "authorization: Bearer $API_KEY"`
      : "";
    console.log(`buyer-messages on ${base}: ${config.summary} (${where})`);
    console.log(`OpenAPI: ${base}/openapi.json`);
    if (studio !== undefined) console.log(`Template studio: ${base}/studio`);
    console.log(
      config.mode === "builtin-sandbox"
        ? "Compose, lint and send (to the sandbox) a message for a German buyer:"
        : "Compose and lint without sending (use your own order id, drop dryRun to send):",
    );
    console.log(
      `curl -sS -X POST ${base}/messages -H 'content-type: application/json'${auth} -d '${
        JSON.stringify(request)
      }'`,
    );
  },
}, app.fetch);

// Sends what is queued, at Amazon's rate, until the process stops.
const stopOutbox = new AbortController();
const draining = config.outbox?.run({ signal: stopOutbox.signal });

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  Deno.addSignalListener(signal, () => {
    stopOutbox.abort();
    Promise.all([server.shutdown(), draining]).then(() => Deno.exit(0));
  });
}
