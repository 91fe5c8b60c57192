/**
 * The endpoint on your machine, bound to 127.0.0.1 (`PORT`, default 8000).
 *
 * Without LWA credentials it talks to the built-in sandbox: nothing reaches
 * Amazon and no key is needed. With `LWA_CLIENT_ID`, `LWA_CLIENT_SECRET` and
 * `LWA_REFRESH_TOKEN` set (plus `SP_API_REGION`, and `SP_API_SANDBOX=true`
 * for Amazon's sandbox hosts) it talks to Amazon. `API_KEYS` protects it
 * like a deployment. It prints a `curl` to paste.
 *
 * Run (`deno task start`):
 *
 * ```sh
 * deno run --allow-net=127.0.0.1,api.amazon.com,sellingpartnerapi-na.amazon.com,sellingpartnerapi-eu.amazon.com,sellingpartnerapi-fe.amazon.com,sandbox.sellingpartnerapi-na.amazon.com,sandbox.sellingpartnerapi-eu.amazon.com,sandbox.sellingpartnerapi-fe.amazon.com --allow-env=PORT,LWA_CLIENT_ID,LWA_CLIENT_SECRET,LWA_REFRESH_TOKEN,SP_API_REGION,SP_API_SANDBOX,SP_API_ENDPOINT,BUILTIN_SANDBOX,SANDBOX_ORDERS,API_KEYS,ALLOW_UNAUTHENTICATED,MAX_BODY_BYTES,ALLOWED_HOSTS examples/local/main.ts
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
} from "../../src/http/mod.ts";

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

const env = readEnv(["PORT", ...ENV_VARIABLES]);
const port = Number(env.PORT ?? "8000");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${env.PORT}"`);
  Deno.exit(1);
}

let config: EnvConfig;
try {
  config = configFromEnv(env, {
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
const app = createMessagingApp({
  ...config.options,
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
    console.log(`buyer-messages on ${base}: ${config.summary}`);
    console.log(`OpenAPI: ${base}/openapi.json`);
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

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  Deno.addSignalListener(signal, () => {
    server.shutdown().then(() => Deno.exit(0));
  });
}
