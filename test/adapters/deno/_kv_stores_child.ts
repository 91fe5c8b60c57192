/**
 * A process that shares the Deno KV stores through a database file: it opens
 * the file, prints "ready", waits for a line on stdin, does its work, and
 * prints the result as JSON.
 *
 * Usage: deno run --unstable-kv --allow-read --allow-write _kv_stores_child.ts <file> <mode> <name>
 *
 * - mode "reserve": reserves 25 tokens of one {rate: 10, burst: 5} bucket at
 *   time 0, all at once, and prints the waits;
 * - mode "claim": claims (queued -> sending) due records of lane
 *   "seller-a createUnexpectedProblem" ten at a time until none is due, and
 *   prints the ids it won.
 */
import { createDenoKvStores } from "../../../src/adapters/deno/kv_stores.ts";

const [path, mode, name] = Deno.args;
const kv = await Deno.openKv(path);
const stores = createDenoKvStores(kv);
const encoder = new TextEncoder();
await Deno.stdout.write(encoder.encode("ready\n"));
const reader = Deno.stdin.readable.getReader();
await reader.read();
reader.releaseLock();

let result: unknown;
if (mode === "reserve") {
  const limits = { rate: 10, burst: 5 };
  result = await Promise.all(
    Array.from(
      { length: 25 },
      () => stores.rateLimit.reserve("seller-1 createWarranty", limits, 0),
    ),
  );
} else {
  const won: string[] = [];
  // Bounded: a store that keeps answering records it cannot claim fails
  // the test instead of hanging it.
  for (let round = 0; round < 100; round++) {
    const due = await stores.outbox.due(
      "seller-a createUnexpectedProblem",
      0,
      10,
    );
    if (due.length === 0) break;
    for (const entry of due) {
      const claimed = await stores.outbox.replace(entry, {
        ...entry.record,
        status: "sending",
        leaseUntil: 1000,
        meta: { claimedBy: name },
      });
      if (claimed) won.push(entry.record.id);
    }
  }
  result = won;
}
await Deno.stdout.write(encoder.encode(JSON.stringify(result) + "\n"));
kv.close();
