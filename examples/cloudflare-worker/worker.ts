/**
 * The endpoint as a Cloudflare Worker. Configuration comes from the
 * Worker's bindings (vars and secrets, see `wrangler.toml`), read once per
 * isolate on the first request. Without API keys (unless
 * `ALLOW_UNAUTHENTICATED=true`) or credentials (unless
 * `BUILTIN_SANDBOX=true`) it refuses to serve: every request gets 503 and
 * the log says which variable is missing.
 *
 * Build: `deno task build:worker` (see `scripts/build_worker.ts`), then
 * `npx wrangler deploy` in this folder.
 *
 * @module
 */

import {
  configFromEnv,
  createMessagingApp,
  type ExecutionContextLike,
  type MessagingApp,
} from "../../src/http/mod.ts";

let app: MessagingApp | undefined;
let failure: string | undefined;

function appFor(
  env: Readonly<Record<string, unknown>>,
): MessagingApp | undefined {
  if (app !== undefined || failure !== undefined) return app;
  try {
    const config = configFromEnv(env ?? {});
    app = createMessagingApp({
      ...config.options,
      onLog: (entry) => {
        if (entry.level !== "info") console.log(JSON.stringify(entry));
      },
    });
    console.log(`buyer-messages worker: ${config.summary}`);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    console.error(`buyer-messages worker refuses to serve: ${failure}`);
  }
  return app;
}

/** The Worker: `fetch(request, env, ctx)`. */
const worker: {
  fetch(
    request: Request,
    env: Readonly<Record<string, unknown>>,
    ctx: ExecutionContextLike,
  ): Promise<Response>;
} = {
  fetch(request, env, ctx) {
    const messaging = appFor(env);
    if (messaging === undefined) {
      return Promise.resolve(
        Response.json({
          error: {
            code: "misconfigured",
            message: "This deployment is not configured: see the Worker's logs",
          },
        }, { status: 503, headers: { "cache-control": "no-store" } }),
      );
    }
    return messaging.fetch(request, env, ctx);
  },
};

export default worker;
