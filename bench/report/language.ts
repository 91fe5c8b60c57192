/**
 * Section 3 of the report, owned by the language-detection work in
 * `bench/language/`: this module only runs its scripts and reads what they
 * write. So that a report run never writes into `bench/language/` (work in
 * progress), the scripts run in a snapshot of `src/`, `bench/language/`,
 * `deno.json` and `deno.lock` under /tmp, with the repository's
 * `node_modules` linked in.
 *
 * Run as a section: `deno run --allow-read=.,/tmp/sellerkit-bench-language
 * --allow-write=/tmp/sellerkit-bench-language --allow-run=deno,ln
 * bench/sections/language.ts [--timeout-ms=N]` (prints JSON).
 *
 * @module
 */

const ROOT = new URL("../../", import.meta.url).pathname;
const SNAPSHOT = "/tmp/sellerkit-bench-language";

/** One script run. */
export interface ScriptRun {
  readonly script: string;
  readonly ok: boolean;
  readonly seconds: number;
  /** The end of standard error when it failed. */
  readonly error?: string;
}

/** What section 3 found. */
export interface LanguageResult {
  /** Why nothing was measured, when so. */
  readonly absent?: string;
  readonly runs: readonly ScriptRun[];
  /** RESULTS.md as this run's scripts wrote it. */
  readonly results?: string;
  /** When this run could not produce RESULTS.md but the repository has one. */
  readonly stale?: { readonly text: string; readonly modified: string };
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

async function copyDir(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    const source = `${from}/${entry.name}`;
    const target = `${to}/${entry.name}`;
    if (entry.isDirectory) await copyDir(source, target);
    else if (entry.isFile) await Deno.copyFile(source, target);
  }
}

async function snapshot(): Promise<void> {
  await Deno.remove(SNAPSHOT, { recursive: true }).catch(() => {});
  await Deno.mkdir(`${SNAPSHOT}/bench`, { recursive: true });
  await copyDir(`${ROOT}src`, `${SNAPSHOT}/src`);
  await copyDir(`${ROOT}bench/language`, `${SNAPSHOT}/bench/language`);
  for (const file of ["deno.json", "deno.lock"]) {
    if (await exists(`${ROOT}${file}`)) {
      await Deno.copyFile(`${ROOT}${file}`, `${SNAPSHOT}/${file}`);
    }
  }
  if (await exists(`${ROOT}node_modules`)) {
    // Deno.symlink needs unscoped write permission; `ln` does not.
    const linked = await new Deno.Command("ln", {
      args: ["-s", `${ROOT}node_modules`, `${SNAPSHOT}/node_modules`],
    }).output();
    if (!linked.success) {
      throw new Error(
        `Cannot link node_modules into the snapshot: ${
          new TextDecoder().decode(linked.stderr)
        }`,
      );
    }
  }
}

async function runScript(
  script: string,
  permissions: readonly string[],
  timeoutMs: number,
): Promise<ScriptRun> {
  const started = performance.now();
  console.error(`[language] running ${script}`);
  const child = new Deno.Command("deno", {
    args: ["run", ...permissions, script],
    cwd: SNAPSHOT,
    stdin: "null",
    stdout: "null",
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
  const seconds = (performance.now() - started) / 1000;
  return output.success ? { script, ok: true, seconds } : {
    script,
    ok: false,
    seconds,
    error: new TextDecoder().decode(output.stderr).trim().split("\n").slice(-8)
      .join("\n") || `exit code ${output.code}`,
  };
}

/**
 * Runs `measure_detectors.ts` (size and speed), then `evaluate.ts`
 * (accuracy, which folds the size table into RESULTS.md), when present.
 *
 * @param timeoutMs The time left for this section.
 * @returns What ran and RESULTS.md.
 */
export async function runLanguage(timeoutMs: number): Promise<LanguageResult> {
  const dir = `${ROOT}bench/language`;
  const scripts = ["measure_detectors.ts", "evaluate.ts"];
  const missing = [];
  for (const script of scripts) {
    if (!await exists(`${dir}/${script}`)) missing.push(script);
  }
  if (missing.length === scripts.length) {
    return {
      absent: `bench/language/${
        missing.join(" and bench/language/")
      } not present at run time`,
      runs: [],
    };
  }
  await snapshot();
  const runs: ScriptRun[] = [];
  const deadline = performance.now() + timeoutMs;
  const left = () => Math.max(1000, deadline - performance.now());
  if (!missing.includes("measure_detectors.ts")) {
    // Bundles with npm esbuild (a child binary), so it needs run and env.
    runs.push(
      await runScript("bench/language/measure_detectors.ts", [
        "--allow-read",
        `--allow-write=${SNAPSHOT}`,
        "--allow-env",
        "--allow-run",
        "--allow-sys",
      ], left()),
    );
  }
  if (!missing.includes("evaluate.ts")) {
    runs.push(
      await runScript("bench/language/evaluate.ts", [
        "--allow-read",
        `--allow-write=${SNAPSHOT}/bench/language`,
        "--allow-run=deno",
        "--allow-env",
      ], left()),
    );
  }
  const produced = `${SNAPSHOT}/bench/language/RESULTS.md`;
  const evaluated = runs.find((r) => r.script.endsWith("evaluate.ts"))?.ok;
  if (evaluated && await exists(produced)) {
    return { runs, results: await Deno.readTextFile(produced) };
  }
  const committed = `${dir}/RESULTS.md`;
  if (await exists(committed)) {
    const info = await Deno.stat(committed);
    return {
      runs,
      stale: {
        text: await Deno.readTextFile(committed),
        modified: info.mtime?.toISOString() ?? "unknown",
      },
    };
  }
  return { runs };
}
