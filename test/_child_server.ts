/**
 * A server started as a child process for a test: it waits until the
 * child printed what says it is ready, keeps reading what it prints after
 * (so it never blocks on a full pipe), is killed after a deadline, and
 * stops with SIGTERM, then SIGKILL.
 */

/** A running child server. */
export interface ChildServer {
  readonly child: Deno.ChildProcess;
  /** What it printed until it was ready. */
  readonly printed: string;
  /** Stops it (SIGTERM, then SIGKILL after 10 s) and answers its exit code (0 after SIGTERM). */
  stop(): Promise<number>;
}

/**
 * Starts `deno <args>` and waits until its output matches `ready`.
 *
 * @param what What it is, for the error when it does not start.
 * @param args The arguments of `deno`.
 * @param options Its environment, where its errors go, the pattern and the deadline.
 * @returns The running child.
 */
export async function startChildServer(
  what: string,
  args: readonly string[],
  options: {
    readonly env: Readonly<Record<string, string>>;
    readonly stderr: "inherit" | "null";
    readonly ready: RegExp;
    readonly deadlineMs: number;
  },
): Promise<ChildServer> {
  const child = new Deno.Command(Deno.execPath(), {
    args: [...args],
    env: { ...options.env, NO_COLOR: "1" },
    stdout: "piped",
    stderr: options.stderr,
    stdin: "null",
  }).spawn();
  const killer = setTimeout(() => child.kill("SIGKILL"), options.deadlineMs);
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let printed = "";
  try {
    while (!options.ready.test(printed)) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`${what} did not start: ${printed}`);
      printed += value;
    }
  } catch (error) {
    clearTimeout(killer);
    child.kill("SIGKILL");
    await child.status;
    throw error;
  }
  const drained = (async () => {
    while (!(await reader.read()).done) { /* what it prints later */ }
  })().catch(() => {});
  return {
    child,
    printed,
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
      const { code, signal } = await child.status;
      clearTimeout(stopper);
      clearTimeout(killer);
      await drained;
      return signal === "SIGTERM" ? 0 : code;
    },
  };
}
