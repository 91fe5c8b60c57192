/**
 * Section 5 of the report, owned by the Hono endpoint work (`src/http/`,
 * `bench/endpoint*`, `scripts/build_worker.ts`, the Worker test): this
 * module only finds and runs what that work provides and includes what it
 * prints.
 *
 * What it runs, when present:
 * - every `bench/endpoint*.ts` (or `bench/endpoint*\/*.ts`): a file with
 *   `Deno.bench(` through `deno bench --json`; otherwise with the
 *   `deno run …` command its header documents (its permission flags, with
 *   the network narrowed to loopback), or, lacking one, with read, env, sys,
 *   run, write to bench/ and /tmp and net to 127.0.0.1 when it has an
 *   `import.meta.main` block;
 * - `scripts/build_worker.ts` the same way (the bundle size split); the
 *   Worker's start-up is `bench/endpoint_worker_startup.ts`;
 * - every `bench/endpoint*.md` is included as is.
 *
 * @module
 */

const ROOT = new URL("../../", import.meta.url).pathname;
const WORKER_TEST = "test/http/cloudflare_worker_test.ts";

/** One thing found and run. */
export interface EndpointItem {
  readonly path: string;
  readonly kind: "markdown" | "script" | "bench" | "test";
  readonly ok: boolean;
  /** The command line that ran it. */
  readonly command?: string;
  readonly seconds?: number;
  /** Markdown content, output, or the failure. */
  readonly text: string;
  /** The output parsed as JSON, when it is JSON. */
  readonly json?: unknown;
  /** For a bench file: name, group, baseline, avg/p75/p99 ns. */
  readonly benches?: readonly BenchRow[];
}

/** One `Deno.bench` result. */
export interface BenchRow {
  readonly name: string;
  readonly group?: string;
  readonly baseline: boolean;
  readonly avgNs: number;
  readonly p75Ns: number;
  readonly p99Ns: number;
}

/** What section 5 found. */
export interface EndpointResult {
  /** Why nothing was measured, when so. */
  readonly absent?: string;
  /** What exists of the endpoint work. */
  readonly present: Readonly<Record<string, boolean>>;
  readonly items: readonly EndpointItem[];
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

async function candidates(): Promise<string[]> {
  const found: string[] = [];
  for await (const entry of Deno.readDir(`${ROOT}bench`)) {
    if (!entry.name.startsWith("endpoint")) continue;
    if (entry.isFile) found.push(`bench/${entry.name}`);
    else if (entry.isDirectory) {
      for await (const inner of Deno.readDir(`${ROOT}bench/${entry.name}`)) {
        if (inner.isFile) found.push(`bench/${entry.name}/${inner.name}`);
      }
    }
  }
  return found.sort();
}

async function execute(
  args: readonly string[],
  timeoutMs: number,
): Promise<{ ok: boolean; stdout: string; stderr: string; seconds: number }> {
  const started = performance.now();
  const child = new Deno.Command("deno", {
    args: [...args],
    cwd: ROOT,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    env: { NO_COLOR: "1" },
  }).spawn();
  const timer = setTimeout(() => {
    try {
      child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }, timeoutMs);
  const output = await child.output();
  clearTimeout(timer);
  return {
    ok: output.success,
    stdout: new TextDecoder().decode(output.stdout),
    stderr: new TextDecoder().decode(output.stderr),
    seconds: (performance.now() - started) / 1000,
  };
}

const LOOPBACK = "--allow-net=127.0.0.1,localhost";
const DEFAULT_PERMISSIONS = [
  "--allow-read",
  "--allow-write=bench,/tmp",
  "--allow-env",
  "--allow-sys",
  "--allow-run",
  LOOPBACK,
];

/**
 * The permission flags of the `deno run … PATH` command a file documents,
 * with any network grant narrowed to loopback; undefined when none.
 */
export function documentedPermissions(
  source: string,
  path: string,
): string[] | undefined {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = new RegExp(`deno run ([^\\n\`]*?)${escaped}`).exec(source);
  if (match === null) return undefined;
  const flags: string[] = [];
  for (const flag of match[1].split(/\s+/).filter(Boolean)) {
    if (flag === "-A" || flag === "--allow-all") {
      flags.push(...DEFAULT_PERMISSIONS);
    } else if (flag === "--allow-net" || flag.startsWith("--allow-net=")) {
      const hosts = flag.includes("=")
        ? flag.slice("--allow-net=".length).split(",").filter((host) =>
          /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(host)
        )
        : [];
      flags.push(hosts.length ? `--allow-net=${hosts.join(",")}` : LOOPBACK);
    } else if (flag.startsWith("--allow-") || flag.startsWith("--unstable")) {
      flags.push(flag);
    }
  }
  return [...new Set(flags)];
}

function shown(args: readonly string[]): string {
  return `deno ${
    args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" ")
  }`;
}

function tail(text: string, lines: number): string {
  return text.trim().split("\n").slice(-lines).join("\n");
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  for (const candidate of [trimmed, trimmed.split("\n").at(-1) ?? ""]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // not JSON
    }
  }
  const start = trimmed.indexOf("{");
  if (start >= 0) {
    try {
      return JSON.parse(trimmed.slice(start));
    } catch {
      // not JSON
    }
  }
  return undefined;
}

async function runFile(
  path: string,
  timeoutMs: number,
): Promise<EndpointItem | undefined> {
  const source = await Deno.readTextFile(`${ROOT}${path}`);
  if (source.includes("Deno.bench(")) {
    console.error(`[endpoint] deno bench ${path}`);
    const args = ["bench", "--json", ...DEFAULT_PERMISSIONS, path];
    const result = await execute(args, timeoutMs);
    let benches: BenchRow[] | undefined;
    try {
      const json = JSON.parse(result.stdout);
      benches = json.benches.map((
        b: {
          name: string;
          group?: string;
          baseline: boolean;
          results: { ok?: { avg: number; p75: number; p99: number } }[];
        },
      ) => ({
        name: b.name,
        group: b.group,
        baseline: b.baseline,
        avgNs: b.results[0]?.ok?.avg ?? NaN,
        p75Ns: b.results[0]?.ok?.p75 ?? NaN,
        p99Ns: b.results[0]?.ok?.p99 ?? NaN,
      }));
    } catch {
      benches = undefined;
    }
    return {
      path,
      kind: "bench",
      ok: result.ok && benches !== undefined,
      command: shown(args),
      seconds: result.seconds,
      text: result.ok ? "" : tail(result.stderr || result.stdout, 15),
      benches,
    };
  }
  const permissions = documentedPermissions(source, path) ??
    (source.includes("import.meta.main") ? DEFAULT_PERMISSIONS : undefined);
  if (permissions === undefined) return undefined;
  console.error(`[endpoint] deno run ${path}`);
  const args = ["run", ...permissions, path];
  const result = await execute(args, timeoutMs);
  return {
    path,
    kind: "script",
    ok: result.ok,
    command: shown(args),
    seconds: result.seconds,
    text: result.ok
      ? tail(result.stdout, 60)
      : tail(result.stderr || result.stdout, 15),
    json: result.ok ? parseJson(result.stdout) : undefined,
  };
}

/**
 * Finds and runs the endpoint measurements.
 *
 * @param timeoutMs The time left for this section.
 * @returns What was found, ran and printed.
 */
export async function runEndpoint(timeoutMs: number): Promise<EndpointResult> {
  const present = {
    "src/http/mod.ts": await exists(`${ROOT}src/http/mod.ts`),
    "scripts/build_worker.ts": await exists(`${ROOT}scripts/build_worker.ts`),
    [WORKER_TEST]: await exists(`${ROOT}${WORKER_TEST}`),
  };
  const files = await candidates();
  const scripts = [
    ...files.filter((f) => /\.(ts|js|mjs)$/.test(f)),
    ...(present["scripts/build_worker.ts"] ? ["scripts/build_worker.ts"] : []),
  ];
  if (scripts.length === 0 && !present[WORKER_TEST] && files.length === 0) {
    return {
      absent:
        "no bench/endpoint* files, scripts/build_worker.ts or Worker test at run time",
      present,
      items: [],
    };
  }
  const deadline = performance.now() + timeoutMs;
  const left = () => Math.max(5_000, deadline - performance.now());
  const items: EndpointItem[] = [];
  for (const path of scripts) {
    const item = await runFile(path, left());
    if (item !== undefined) items.push(item);
  }
  for (const path of (await candidates()).filter((f) => f.endsWith(".md"))) {
    items.push({
      path,
      kind: "markdown",
      ok: true,
      text: await Deno.readTextFile(`${ROOT}${path}`),
    });
  }
  return items.length === 0
    ? {
      absent: `found ${
        files.join(", ")
      }, but nothing runnable (no Deno.bench, no documented deno run command, no import.meta.main)`,
      present,
      items,
    }
    : { present, items };
}
