/**
 * Helpers of the Deno KV store tests: database files, a seeded random
 * source, an index check, and runs of `_kv_stores_child.ts` in two
 * processes.
 *
 * @module
 */
import assert from "node:assert/strict";
import type { OutboxRecord } from "../../../src/outbox/types.ts";

/** A fresh database file, and a way to open it (several times) and clean up. */
export async function tempKvFile() {
  const dir = await Deno.makeTempDir({ prefix: "kv-stores-" });
  const path = `${dir}/outbox.sqlite3`;
  const opened: Deno.Kv[] = [];
  return {
    path,
    async open(): Promise<Deno.Kv> {
      const kv = await Deno.openKv(path);
      opened.push(kv);
      return kv;
    },
    async [Symbol.asyncDispose]() {
      for (const kv of opened) {
        try {
          kv.close();
        } catch {
          // closed already
        }
      }
      await Deno.remove(dir, { recursive: true });
    },
  };
}

// A small deterministic random source (mulberry32).
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Checks that the KV index keys are exactly those the records call for, and
 * that the copies in the queued and sending indexes carry the record's own
 * versionstamp.
 */
export async function assertIndexesMatch(kv: Deno.Kv, prefix: Deno.KvKey) {
  const records = new Map<string, { record: OutboxRecord; version: string }>();
  for await (
    const entry of kv.list<OutboxRecord>({ prefix: [...prefix, "outbox", "r"] })
  ) {
    records.set(entry.value.id, {
      record: entry.value,
      version: entry.versionstamp,
    });
  }
  const expected = new Set<string>();
  for (const { record } of records.values()) {
    expected.add(JSON.stringify(["s", record.seller, record.id]));
    expected.add(
      JSON.stringify([
        "o",
        record.seller,
        record.request.amazonOrderId,
        record.id,
      ]),
    );
    if (record.status === "queued") {
      expected.add(
        JSON.stringify(["q", record.lane, record.notBefore, record.id]),
      );
    }
    if (record.status === "sending") {
      expected.add(JSON.stringify(["l", record.leaseUntil ?? 0, record.id]));
    }
  }
  const found = new Set<string>();
  for (const index of ["s", "o", "q", "l"]) {
    for await (
      const entry of kv.list<unknown>({ prefix: [...prefix, "outbox", index] })
    ) {
      const key = entry.key.slice(prefix.length + 1);
      found.add(JSON.stringify(key));
      if (index === "q" || index === "l") {
        const id = key.at(-1) as string;
        assert.deepEqual(entry.value, records.get(id)?.record, `copy of ${id}`);
        assert.equal(entry.versionstamp, records.get(id)?.version);
      }
    }
  }
  assert.deepEqual([...found].sort(), [...expected].sort());
}

/** The waits of `count` reservations of one {rate: 10, burst: 5} bucket at time 0. */
export function oneBucket(count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.max(0, i - 4) * 100);
}

/**
 * Runs `_kv_stores_child.ts` in two processes on one database file, starts
 * their work at the same moment, and answers what each printed.
 */
export async function inTwoProcesses(
  path: string,
  mode: string,
): Promise<unknown[]> {
  const child = new URL("./_kv_stores_child.ts", import.meta.url);
  const processes = ["one", "two"].map((name) =>
    new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--unstable-kv",
        "--no-config",
        `--allow-read=${path}`,
        `--allow-write=${path}`,
        child.pathname,
        path,
        mode,
        name,
      ],
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn()
  );
  const readers = processes.map((p) =>
    p.stdout.pipeThrough(new TextDecoderStream()).getReader()
  );
  const buffered = readers.map(() => "");
  const readLine = async (i: number): Promise<string> => {
    while (!buffered[i].includes("\n")) {
      const { value, done } = await readers[i].read();
      if (done) throw new Error(`child ${i} ended early: ${buffered[i]}`);
      buffered[i] += value;
    }
    const [line, ...rest] = buffered[i].split("\n");
    buffered[i] = rest.join("\n");
    return line;
  };
  try {
    for (const i of [0, 1]) assert.equal(await readLine(i), "ready");
    // Both start at once.
    await Promise.all(processes.map(async (p) => {
      const writer = p.stdin.getWriter();
      await writer.write(new TextEncoder().encode("go\n"));
      await writer.close();
    }));
    const results = await Promise.all([0, 1].map(readLine));
    const statuses = await Promise.all(processes.map((p) => p.status));
    assert.ok(statuses.every((s) => s.success));
    return results.map((line) => JSON.parse(line));
  } finally {
    for (const reader of readers) await reader.cancel();
  }
}
