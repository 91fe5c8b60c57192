/**
 * `deno task bench:report`: runs the benchmark suite and writes
 * bench/REPORT.md with tables and SVG charts (bench/charts/). Every figure is
 * a ratio or a rate measured in this run against a baseline measured in the
 * same run, with the machine, the runtime versions and the median of several
 * rounds. Nothing leaves 127.0.0.1.
 *
 * Sections, each in its own process: 1 compose, 2 lint (this folder),
 * 3 language match (runs bench/language/'s scripts when present),
 * 4 send (our client and peer clients against the sandbox on loopback),
 * 5 endpoint (runs bench/endpoint* when present), 6 outbox (queue and
 * drain cost per store, drain time against Amazon's rate on a fake clock).
 *
 * ```sh
 * deno task bench:report                      # everything
 * deno task bench:report --skip=language,send # leave sections out
 * ```
 *
 * @module
 */

import { parseArgs } from "node:util";
import type { ComposeResult } from "./sections/compose.ts";
import type { LintResult } from "./sections/lint.ts";
import type { SendResult } from "./sections/send.ts";
import type { OutboxResult } from "./sections/outbox.ts";
import { type EndpointResult, runEndpoint } from "./report/endpoint.ts";
import type { LanguageResult } from "./report/language.ts";
import { loadavg, machine } from "./report/machine.ts";
import { render, type Section } from "./report/render.ts";

/** The task line this script is meant to run under (shown in the report). */
export const TASK_LINE =
  "deno run --allow-read=. --allow-write=bench --allow-run=deno,node --allow-sys=osRelease,loadavg,systemMemoryInfo,cpus bench/report.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const BENCH = new URL("./", import.meta.url);
/** The whole run must stay under 10 minutes on 2 cores. */
const BUDGET_MS = 9.5 * 60_000;
const SECTIONS = [
  "compose",
  "lint",
  "language",
  "send",
  "endpoint",
  "outbox",
] as const;
/** The outbox section's share of the budget (it takes about a minute). */
const OUTBOX_MS = 120_000;

function log(message: string): void {
  console.error(`[bench:report] ${message}`);
}

/** Runs a section script in its own Deno process; its JSON is the last stdout line. */
async function child<T>(
  name: string,
  permissions: readonly string[],
  timeoutMs: number,
  extra: readonly string[] = [],
): Promise<Section<T>> {
  const started = performance.now();
  log(`${name}…`);
  const process = new Deno.Command("deno", {
    args: ["run", ...permissions, `bench/sections/${name}.ts`, ...extra],
    cwd: ROOT,
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const timer = setTimeout(() => {
    try {
      process.kill("SIGKILL");
    } catch {
      // already gone
    }
  }, timeoutMs);
  const output = await process.output();
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  const stdout = new TextDecoder().decode(output.stdout).trim();
  try {
    if (!output.success) throw new Error(`exit code ${output.code}`);
    const value = JSON.parse(stdout.split("\n").at(-1) ?? "") as T;
    log(`${name} done in ${seconds.toFixed(1)} s`);
    return { state: "ok", value, seconds };
  } catch (error) {
    const reason = output.signal === "SIGKILL"
      ? `killed after ${(timeoutMs / 1000).toFixed(0)} s (time budget)`
      : error instanceof Error
      ? error.message
      : String(error);
    log(`${name} failed: ${reason}`);
    return {
      state: "failed",
      error: `${reason}\n${stdout.slice(-1500)}`.trim(),
      seconds,
    };
  }
}

async function inProcess<T>(
  name: string,
  run: () => Promise<T>,
): Promise<Section<T>> {
  const started = performance.now();
  log(`${name}…`);
  try {
    const value = await run();
    const seconds = (performance.now() - started) / 1000;
    log(`${name} done in ${seconds.toFixed(1)} s`);
    return { state: "ok", value, seconds };
  } catch (error) {
    return {
      state: "failed",
      error: error instanceof Error
        ? error.stack ?? error.message
        : String(error),
      seconds: (performance.now() - started) / 1000,
    };
  }
}

async function main(): Promise<void> {
  const args = parseArgs({
    args: Deno.args,
    options: { skip: { type: "string", default: "" } },
  });
  const skip = new Set(
    args.values.skip!.split(",").map((s) => s.trim()).filter(Boolean),
  );
  for (const name of skip) {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      throw new TypeError(
        `Unknown section "${name}" in --skip; sections: ${SECTIONS.join(", ")}`,
      );
    }
  }
  const startedAt = new Date();
  const started = performance.now();
  const left = () => Math.max(5_000, BUDGET_MS - (performance.now() - started));
  const skipped = (name: string): Section<never> => ({
    state: "skipped",
    reason: `left out with --skip=${name}`,
  });
  const before = await machine();

  const compose = skip.has("compose")
    ? skipped("compose")
    : await child<ComposeResult>("compose", [
      "--allow-read=.",
      "--allow-write=bench/.out",
    ], Math.min(left(), 90_000));
  const lint = skip.has("lint") ? skipped("lint") : await child<LintResult>(
    "lint",
    ["--allow-read"],
    Math.min(left(), 120_000),
  );
  // Send, endpoint and outbox keep their share of the budget; language
  // gets the rest.
  const outboxMs = skip.has("outbox") ? 0 : OUTBOX_MS;
  const languageMs = Math.max(30_000, left() - 240_000 - outboxMs);
  const language = skip.has("language")
    ? skipped("language")
    : await child<LanguageResult>(
      "language",
      [
        "--allow-read",
        "--allow-write=/tmp/sellerkit-bench-language",
        "--allow-run=deno,ln",
      ],
      languageMs + 15_000,
      [`--timeout-ms=${languageMs}`],
    );
  const send = skip.has("send")
    ? skipped("send")
    : await child<SendResult>("send", [
      "--allow-read=.,/tmp/sellerkit-bench-peers",
      "--allow-write=/tmp/sellerkit-bench-peers",
      "--allow-run=deno,node,npm",
      "--allow-net=127.0.0.1",
    ], Math.max(30_000, left() - 60_000 - outboxMs));
  const endpoint = skip.has("endpoint")
    ? skipped("endpoint")
    : await inProcess<EndpointResult>(
      "endpoint",
      () => runEndpoint(Math.max(10_000, left() - 10_000 - outboxMs)),
    );
  const outbox = skip.has("outbox")
    ? skipped("outbox")
    : await child<OutboxResult>("outbox", [
      "--unstable-kv",
      "--allow-read=.,/tmp/sellerkit-bench-outbox",
      "--allow-write=/tmp/sellerkit-bench-outbox",
    ], Math.min(left(), OUTBOX_MS));

  const { markdown, charts } = render({
    started: startedAt,
    seconds: (performance.now() - started) / 1000,
    machine: before,
    loadAfter: loadavg(),
    taskLine: TASK_LINE,
    compose,
    lint,
    language,
    send,
    endpoint,
    outbox,
  });
  const chartDir = new URL("charts/", BENCH);
  await Deno.mkdir(chartDir, { recursive: true });
  for await (const entry of Deno.readDir(chartDir)) {
    if (
      entry.isFile && entry.name.endsWith(".svg") && !(entry.name in charts)
    ) {
      await Deno.remove(new URL(entry.name, chartDir));
    }
  }
  for (const [name, svg] of Object.entries(charts)) {
    await Deno.writeTextFile(new URL(name, chartDir), svg);
  }
  const report = new URL("REPORT.md", BENCH);
  await Deno.writeTextFile(report, markdown);
  await new Deno.Command("deno", {
    args: ["fmt", "-q", report.pathname],
    cwd: ROOT,
  }).output();
  const total = (performance.now() - started) / 1000;
  log(
    `wrote bench/REPORT.md and ${Object.keys(charts).length} chart(s) in ${
      total.toFixed(0)
    } s`,
  );
  const failed = [compose, lint, send, outbox].some((s) =>
    s.state === "failed"
  );
  if (failed) Deno.exitCode = 1;
}

if (import.meta.main) await main();
