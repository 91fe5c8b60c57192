import assert from "node:assert/strict";
import {
  checkMaxEntries,
  createExpiringMap,
} from "../../src/sp_api/_expiring_map.ts";
import { createFakeClock } from "./_fake_clock.ts";

Deno.test("createExpiringMap() forgets the least recently used entry beyond its bound", () => {
  const clock = createFakeClock();
  const map = createExpiringMap<number>(3, clock);
  map.set("a", 1, 60_000);
  map.set("b", 2, 60_000);
  map.set("c", 3, 60_000);
  assert.equal(map.get("a"), 1); // "a" is now the most recently used
  map.set("d", 4, 60_000);
  assert.equal(map.size, 3);
  assert.equal(map.get("b"), undefined);
  assert.deepEqual([map.get("a"), map.get("c"), map.get("d")], [1, 3, 4]);
  for (let i = 0; i < 1000; i++) map.set(`k${i}`, i, 60_000);
  assert.equal(map.size, 3);
});

Deno.test("createExpiringMap() drops entries when their lifetime ends", () => {
  const clock = createFakeClock();
  const map = createExpiringMap<string>(10, clock);
  map.set("short", "x", 1000);
  map.set("long", "y", 5000);
  clock.advance(999);
  assert.equal(map.get("short"), "x");
  clock.advance(1);
  assert.equal(map.get("short"), undefined);
  assert.equal(map.get("long"), "y");
  map.set("long", "z", 100); // a new value restarts its lifetime
  clock.advance(100);
  assert.equal(map.get("long"), undefined);
  assert.equal(map.size, 0);
  map.set("gone", "v", 1000);
  map.delete("gone");
  assert.equal(map.get("gone"), undefined);
});

Deno.test("checkMaxEntries() takes positive integers only", () => {
  assert.equal(checkMaxEntries(undefined, 7, "store"), 7);
  assert.equal(checkMaxEntries(1, 7, "store"), 1);
  for (const bad of [0, -1, 1.5, NaN, Infinity]) {
    assert.throws(
      () => checkMaxEntries(bad, 7, "test store"),
      (error: Error) =>
        error instanceof RangeError &&
        error.message.includes('Cannot create the test store: "maxEntries"'),
    );
  }
});
