// The endpoint on Node 20+ with @hono/node-server.
//
//   deno task build:worker      # writes examples/node/dist/buyer_messages_hono.mjs
//   API_KEYS=... LWA_CLIENT_ID=... LWA_CLIENT_SECRET=... LWA_REFRESH_TOKEN=... \
//     node examples/node/server.mjs
//
// HOST (default 127.0.0.1) and PORT (default 8000; 0 picks a free port) say
// where to listen. Without API_KEYS (or ALLOW_UNAUTHENTICATED=true) and LWA
// credentials (or BUILTIN_SANDBOX=true) it refuses to start.
// BUYER_MESSAGES_BUNDLE points at another build of src/http/mod.ts.
import { serve } from "@hono/node-server";
import { pathToFileURL } from "node:url";

const bundle = process.env.BUYER_MESSAGES_BUNDLE
  ? pathToFileURL(process.env.BUYER_MESSAGES_BUNDLE).href
  : new URL("./dist/buyer_messages_hono.mjs", import.meta.url).href;
const { configFromEnv, createMessagingApp } = await import(bundle);

let config;
try {
  config = configFromEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const app = createMessagingApp({
  ...config.options,
  onLog: (entry) => {
    if (entry.level !== "info") console.log(JSON.stringify(entry));
  },
});

const hostname = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || "8000");
const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
  console.log(`buyer-messages: ${config.summary}`);
  console.log(`listening on http://${hostname}:${info.port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
