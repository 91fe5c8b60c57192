/**
 * Starts `examples/local/main.ts` as `deno task start` runs it, with the
 * least permissions (`--allow-net=127.0.0.1 --allow-env=PORT`), on a free
 * port, and stops it. Bounded: killed after a deadline.
 */

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

/** Starts the local server and waits until it prints its curl. */
export async function startLocalServer(
  deadlineMs = 120_000,
): Promise<LocalServer> {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--config",
      CONFIG,
      "--allow-net=127.0.0.1",
      "--allow-env=PORT",
      MAIN,
    ],
    env: { PORT: "0", NO_COLOR: "1" },
    stdout: "piped",
    stderr: "null",
    stdin: "null",
  }).spawn();
  const killer = setTimeout(() => child.kill("SIGKILL"), deadlineMs);
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let banner = "";
  try {
    while (!/^curl .*$/m.test(banner)) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`The local server did not start: ${banner}`);
      banner += value;
    }
  } catch (error) {
    clearTimeout(killer);
    child.kill("SIGKILL");
    await child.status;
    throw error;
  }
  const port = Number(banner.match(/on http:\/\/127\.0\.0\.1:(\d+)/)![1]);
  // Keep draining the request log so the server never blocks on a full pipe.
  const drained = (async () => {
    while (!(await reader.read()).done) { /* the request log */ }
  })().catch(() => {});
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    banner,
    async stop() {
      try {
        child.kill("SIGTERM");
      } catch {
        // Already stopped.
      }
      const stopper = setTimeout(() => {
        try {
          child.kill("SIGKILL");
        } catch {
          // Already stopped.
        }
      }, 10_000);
      const { code } = await child.status;
      clearTimeout(stopper);
      clearTimeout(killer);
      await drained;
      return code;
    },
  };
}
