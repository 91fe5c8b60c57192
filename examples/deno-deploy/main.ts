/**
 * The endpoint on Deno Deploy. Set the variables in the project's settings
 * (see `ENV_VARIABLES`): the LWA credentials and `API_KEYS` are required
 * (or `ALLOW_UNAUTHENTICATED=true` / `BUILTIN_SANDBOX=true` on purpose);
 * without them the deployment fails to start and says which is missing.
 *
 * Locally: `deno run --allow-net --allow-env main.ts`.
 *
 * @module
 */

import {
  configFromEnv,
  createMessagingApp,
  ENV_VARIABLES,
  type MessagingApp,
} from "../../src/http/mod.ts";

/**
 * Builds the app from environment variables.
 *
 * @param env The variables (only those in `ENV_VARIABLES` are read).
 * @returns The app.
 * @throws {TypeError} When the configuration is incomplete.
 */
export function createDeployApp(
  env: Readonly<Record<string, string | undefined>>,
): MessagingApp {
  // The client's default fetch sends messages on fresh connections on Deno.
  const config = configFromEnv(env);
  console.log(`buyer-messages: ${config.summary}`);
  return createMessagingApp({
    ...config.options,
    onLog: (entry) => {
      if (entry.level !== "info") console.log(JSON.stringify(entry));
    },
  });
}

if (import.meta.main) {
  const env = Object.fromEntries(
    ENV_VARIABLES.map((name) => [name, Deno.env.get(name)]),
  );
  Deno.serve(createDeployApp(env).fetch);
}
