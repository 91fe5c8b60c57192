/**
 * Starts `examples/local/main.ts` as `deno task start` runs it, with the
 * least permissions (`--allow-net=127.0.0.1 --allow-env=PORT`), on a free
 * port, and stops it. Bounded: killed after a deadline.
 */

import { startChildServer } from "../_child_server.ts";

const MAIN = new URL("../../examples/local/main.ts", import.meta.url).pathname;
/** Its own configuration: the runtime dependencies only, as the task uses. */
const CONFIG =
  new URL("../../examples/local/deno.json", import.meta.url).pathname;

/** A running local server. */
export interface LocalServer {
  readonly child: Deno.ChildProcess;
  readonly port: number;
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** What it printed before it was ready (the banner and the curl). */
  readonly banner: string;
  /** Stops it (SIGTERM, then SIGKILL) and answers its exit code. */
  stop(): Promise<number>;
}

/** What else a test gives the local server. */
export interface LocalServerOptions {
  /** More variables (their names are granted too). */
  readonly env?: Readonly<Record<string, string>>;
  /** More flags, such as `--unstable-kv` and file permissions. */
  readonly flags?: readonly string[];
}

/** Starts the local server and waits until it prints its curl. */
export async function startLocalServer(
  deadlineMs = 120_000,
  options: LocalServerOptions = {},
): Promise<LocalServer> {
  const env = options.env ?? {};
  const server = await startChildServer("The local server", [
    "run",
    "--config",
    CONFIG,
    "--allow-net=127.0.0.1",
    `--allow-env=${["PORT", ...Object.keys(env)].join(",")}`,
    ...(options.flags ?? []),
    MAIN,
  ], {
    env: { ...env, PORT: "0" },
    stderr: "null",
    ready: /^curl .*$/m,
    deadlineMs,
  });
  const banner = server.printed;
  const port = Number(banner.match(/on http:\/\/127\.0\.0\.1:(\d+)/)![1]);
  return {
    child: server.child,
    port,
    base: `http://127.0.0.1:${port}`,
    banner,
    stop: server.stop,
  };
}
