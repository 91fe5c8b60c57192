import assert from "node:assert/strict";
import {
  commitKv,
  expireInOf,
  MAX_KV_ATTEMPTS,
  updateKv,
} from "../../../src/adapters/deno/_kv_update.ts";
import { tempKvFile } from "./_kv_files.ts";

Deno.test("commitKv() commits again after SQLite's database is locked, and only then", async () => {
  let builds = 0;
  const operation = (fail: Error | undefined) =>
    ({
      commit() {
        return fail === undefined
          ? Promise.resolve({ ok: true, versionstamp: "1" })
          : Promise.reject(fail);
      },
    }) as unknown as Deno.AtomicOperation;
  const locked = new TypeError("database is locked");
  const result = await commitKv(() =>
    operation(++builds <= 3 ? locked : undefined)
  );
  assert.deepEqual(result, { ok: true, versionstamp: "1" });
  assert.equal(builds, 4);
  // Any other error is the caller's.
  builds = 0;
  const tooLarge = new TypeError("Value too large (max 65536 bytes)");
  await assert.rejects(
    commitKv(() => (builds++, operation(tooLarge))),
    (error) => error === tooLarge,
  );
  assert.equal(builds, 1);
});

Deno.test("updateKv() runs one handle's updates of a key one at a time, and each exactly once", async () => {
  await using file = await tempKvFile();
  const kv = await file.open();
  let commits = 0;
  const atomic = kv.atomic.bind(kv);
  kv.atomic = () => {
    const operation = atomic();
    const commit = operation.commit.bind(operation);
    operation.commit = () => (commits++, commit());
    return operation;
  };
  const results = await Promise.all(
    Array.from(
      { length: 50 },
      () =>
        updateKv<number, number>(kv, ["counter"], (n = 0) => ({
          result: n + 1,
          set: n + 1,
        }), "count"),
    ),
  );
  assert.deepEqual(results, Array.from({ length: 50 }, (_, i) => i + 1));
  assert.equal((await kv.get(["counter"])).value, 50);
  // No update lost a race to another update of the same handle.
  assert.equal(commits, 50);
  // A decision without a write commits nothing.
  assert.equal(
    await updateKv<number, string>(
      kv,
      ["counter"],
      () => ({ result: "no" }),
      "read",
    ),
    "no",
  );
  assert.equal(commits, 50);
});

Deno.test("updateKv() on two handles of one file loses no update", async () => {
  await using file = await tempKvFile();
  const handles = [await file.open(), await file.open()];
  const results = await Promise.all(
    Array.from(
      { length: 40 },
      (_, i) =>
        updateKv<number, number>(handles[i % 2], ["counter"], (n = 0) => ({
          result: n + 1,
          set: n + 1,
        }), "count"),
    ),
  );
  assert.deepEqual(
    results.toSorted((a, b) => a - b),
    Array.from({ length: 40 }, (_, i) => i + 1),
  );
  assert.equal((await handles[0].get(["counter"])).value, 40);
});

Deno.test("updateKv() gives up with a clear error when other writers always win", async () => {
  let reads = 0;
  const kv = {
    get: () =>
      Promise.resolve({
        key: ["k"],
        value: reads++,
        versionstamp: String(reads),
      }),
    atomic: () => {
      const operation = {
        check: () => operation,
        set: () => operation,
        commit: () => Promise.resolve({ ok: false }),
      };
      return operation;
    },
  } as unknown as Deno.Kv;
  await assert.rejects(
    updateKv<number, void>(
      kv,
      ["k"],
      (n) => ({ result: undefined, set: (n ?? 0) + 1 }),
      'reserve a token of rate bucket "k"',
    ),
    new Error(
      `Cannot reserve a token of rate bucket "k": other writers changed the key ${MAX_KV_ATTEMPTS} times in a row`,
    ),
  );
  assert.equal(reads, MAX_KV_ATTEMPTS);
});

Deno.test("expireInOf() rounds lifetimes up to whole milliseconds of at least 1", () => {
  assert.equal(expireInOf(0), 1);
  assert.equal(expireInOf(-5), 1);
  assert.equal(expireInOf(0.2), 1);
  assert.equal(expireInOf(1000.5), 1001);
  assert.equal(expireInOf(86_400_000), 86_400_000);
  assert.equal(expireInOf(Infinity), undefined);
  assert.equal(expireInOf(NaN), undefined);
});
