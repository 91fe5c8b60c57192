import assert from "node:assert/strict";
import { createIdGenerator } from "../../src/outbox/_ids.ts";

Deno.test("ids are 26 Crockford base32 characters that sort by time, and by order within a millisecond", () => {
  const next = createIdGenerator();
  const ids = [
    next(1_000),
    next(1_000),
    next(1_000),
    next(1_001),
    next(Date.UTC(2026, 11, 4)),
  ];
  for (const id of ids) assert.match(id, /^[0-9A-HJKMNP-TV-Z]{26}$/);
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
  // The time is the first ten characters.
  assert.equal(ids[0].slice(0, 10), ids[2].slice(0, 10));
  assert.notEqual(ids[2].slice(0, 10), ids[3].slice(0, 10));
});

Deno.test("two generators do not collide", () => {
  const a = createIdGenerator();
  const b = createIdGenerator();
  const seen = new Set<string>();
  for (let i = 0; i < 1000; i++) {
    seen.add(a(5_000));
    seen.add(b(5_000));
  }
  assert.equal(seen.size, 2000);
});
