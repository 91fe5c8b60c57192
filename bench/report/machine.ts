/**
 * What the report says about the machine and runtimes. Needs
 * `--allow-sys=osRelease,loadavg,systemMemoryInfo,cpus` and `--allow-run=node`
 * (its version).
 *
 * @module
 */

import { cpus } from "node:os";

/** The machine at one moment. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly deno: string;
  readonly v8: string;
  readonly typescript: string;
  readonly node: string;
  /** 1, 5 and 15 minute load averages. */
  readonly loadavg: readonly number[];
}

function cpuModel(): string {
  try {
    return cpus()[0]?.model?.trim() || "unknown";
  } catch {
    return "unknown";
  }
}

async function nodeVersion(): Promise<string> {
  try {
    const output = await new Deno.Command("node", { args: ["--version"] })
      .output();
    return new TextDecoder().decode(output.stdout).trim();
  } catch {
    return "not found";
  }
}

/** Reads the machine's description now. */
export async function machine(): Promise<Machine> {
  return {
    cpu: cpuModel(),
    cores: navigator.hardwareConcurrency,
    memoryGiB: Deno.systemMemoryInfo().total / 2 ** 30,
    os: `${Deno.build.os} ${Deno.osRelease()} (${Deno.build.arch})`,
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    typescript: Deno.version.typescript,
    node: await nodeVersion(),
    loadavg: Deno.loadavg(),
  };
}

/** The load averages now. */
export function loadavg(): readonly number[] {
  return Deno.loadavg();
}
