import assert from "node:assert/strict";
import { createDenoKvStores } from "../../../src/adapters/deno/kv_stores.ts";
import { queuedRecord, testOutboxStore } from "../../outbox/_store_contract.ts";
import { inTwoProcesses, oneBucket, tempKvFile } from "./_kv_files.ts";

testOutboxStore("Deno KV", async () => {
  const file = await tempKvFile();
  const kv = await file.open();
  return {
    store: createDenoKvStores(kv).outbox,
    close: () => file[Symbol.asyncDispose](),
  };
});

const LANE = "seller-a createUnexpectedProblem";

Deno.test("createDenoKvStores() keeps stores with different prefixes apart", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const one = createDenoKvStores(kv, { prefix: ["one"] });
  const two = createDenoKvStores(kv, { prefix: ["two"] });
  await one.outbox.insert(queuedRecord("01"));
  assert.equal(await two.outbox.get("01"), undefined);
  assert.deepEqual(await two.outbox.lanes(), []);
  assert.equal(await two.outbox.insert(queuedRecord("01")), true);
  assert.equal(await one.duplicateGuard.claim("k", 60_000), true);
  assert.equal(await two.duplicateGuard.claim("k", 60_000), true);
  const limits = { rate: 1, burst: 1 };
  assert.equal(await one.rateLimit.reserve("k", limits, 0), 0);
  assert.equal(await two.rateLimit.reserve("k", limits, 0), 0);
  for await (const entry of kv.list({ prefix: [] })) {
    assert.ok(["one", "two"].includes(entry.key[0] as string), `${entry.key}`);
  }
});

Deno.test("createDenoKvStores() rateLimit: two processes on one file share one bucket", async () => {
  await using file = await tempKvFile();
  // The file exists before the children open it.
  (await file.open()).close();
  const waits = (await inTwoProcesses(file.path, "reserve")).flat() as number[];
  assert.deepEqual(waits.toSorted((a, b) => a - b), oneBucket(50));
});

Deno.test("createDenoKvStores() outbox: two processes claiming one lane at once claim each record once", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  const { outbox } = createDenoKvStores(kv);
  const ids = Array.from({ length: 60 }, (_, i) => String(i).padStart(3, "0"));
  for (const id of ids) await outbox.insert(queuedRecord(id));
  const [one, two] = await inTwoProcesses(file.path, "claim") as string[][];
  assert.deepEqual([...one, ...two].sort(), ids);
  for (const [name, won] of [["one", one], ["two", two]] as const) {
    for (const id of won) {
      const { record } = (await outbox.get(id))!;
      assert.equal(record.status, "sending");
      assert.equal(record.meta?.claimedBy, name, id);
    }
  }
  assert.equal((await outbox.expired(1000, 100)).length, 60);
  assert.deepEqual(await outbox.due(LANE, 0, 100), []);
});
