import assert from "node:assert/strict";
import { BuyerMessagesError } from "../../src/errors.ts";
import {
  createMemoryIdempotencyStore,
  DEFAULT_IDEMPOTENCY_TTL_MS,
  fingerprintJson,
  IDEMPOTENCY_KEY_PATTERN,
  IdempotencyKeyInFlightError,
  IdempotencyKeyReusedError,
} from "../../src/sp_api/idempotency_store.ts";
import { createFakeClock } from "./_fake_clock.ts";

Deno.test("createMemoryIdempotencyStore() claims a key once, then answers pending, then done", async () => {
  const store = createMemoryIdempotencyStore();
  assert.deepEqual(await store.claim("k", "f1", 1000), { status: "new" });
  assert.deepEqual(await store.claim("k", "f1", 1000), {
    status: "pending",
    fingerprint: "f1",
  });
  // A different request under the same key sees the first fingerprint.
  assert.deepEqual(await store.claim("k", "f2", 1000), {
    status: "pending",
    fingerprint: "f1",
  });
  await store.complete("k", { fingerprint: "f1", value: { n: 1 } }, 1000);
  assert.deepEqual(await store.claim("k", "f1", 1000), {
    status: "done",
    fingerprint: "f1",
    value: { n: 1 },
  });
  assert.equal((await store.claim("other", "f1", 1000)).status, "new");
});

Deno.test("createMemoryIdempotencyStore() release lets the same request run again", async () => {
  const store = createMemoryIdempotencyStore();
  await store.claim("k", "f1", 1000);
  await store.release("k");
  assert.deepEqual(await store.claim("k", "f1", 1000), { status: "new" });
});

Deno.test("createMemoryIdempotencyStore() forgets keys after their lifetime (fake clock)", async () => {
  const clock = createFakeClock();
  const store = createMemoryIdempotencyStore({ clock });
  await store.claim("k", "f1", DEFAULT_IDEMPOTENCY_TTL_MS);
  await store.complete(
    "k",
    { fingerprint: "f1", value: "first" },
    DEFAULT_IDEMPOTENCY_TTL_MS,
  );
  clock.advance(DEFAULT_IDEMPOTENCY_TTL_MS - 1);
  assert.equal((await store.claim("k", "f1", 1000)).status, "done");
  clock.advance(1);
  assert.deepEqual(await store.claim("k", "f2", 1000), { status: "new" });
  // A pending claim expires too.
  clock.advance(1000);
  assert.deepEqual(await store.claim("k", "f3", 1000), { status: "new" });
});

Deno.test("createMemoryIdempotencyStore() holds at most maxEntries keys, least recently used first out", async () => {
  const store = createMemoryIdempotencyStore({ maxEntries: 3 });
  for (const key of ["a", "b", "c"]) {
    await store.claim(key, "f", 60_000);
    await store.complete(key, { fingerprint: "f", value: key }, 60_000);
  }
  assert.equal((await store.claim("a", "f", 60_000)).status, "done"); // touch "a"
  await store.claim("d", "f", 60_000); // evicts "b"
  assert.equal((await store.claim("b", "f", 60_000)).status, "new"); // evicts "c"
  assert.equal((await store.claim("a", "f", 60_000)).status, "done");
  assert.equal((await store.claim("c", "f", 60_000)).status, "new");
  for (let i = 0; i < 10_000; i++) await store.claim(`k${i}`, "f", 60_000);
  // Only the last three survive.
  assert.equal((await store.claim("k9999", "f", 60_000)).status, "pending");
  assert.equal((await store.claim("k9996", "f", 60_000)).status, "new");
  assert.throws(
    () => createMemoryIdempotencyStore({ maxEntries: 0 }),
    RangeError,
  );
});

Deno.test("createMemoryIdempotencyStore() copies values in and out", async () => {
  const store = createMemoryIdempotencyStore();
  const value = { body: { list: [1] } };
  await store.claim("k", "f", 1000);
  await store.complete("k", { fingerprint: "f", value }, 1000);
  value.body.list.push(2);
  const first = await store.claim("k", "f", 1000);
  assert.ok(first.status === "done");
  assert.deepEqual(first.value, { body: { list: [1] } });
  (first.value as typeof value).body.list.push(3);
  const second = await store.claim("k", "f", 1000);
  assert.ok(second.status === "done");
  assert.deepEqual(second.value, { body: { list: [1] } });
});

Deno.test("fingerprintJson() ignores key order and layout, not content", () => {
  const a = fingerprintJson({
    method: "POST",
    body: { b: [1, { y: 2, x: 1 }], a: "x", skip: undefined },
  });
  const b = fingerprintJson({
    body: { a: "x", b: [1, { x: 1, y: 2 }] },
    method: "POST",
  });
  assert.equal(a, b);
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.notEqual(
    a,
    fingerprintJson({
      method: "POST",
      body: { a: "x", b: [{ x: 1, y: 2 }, 1] },
    }),
  );
  assert.notEqual(fingerprintJson("1"), fingerprintJson(1));
  assert.notEqual(fingerprintJson(null), fingerprintJson({}));
  assert.equal(
    fingerprintJson({ at: new Date(0) }),
    fingerprintJson({ at: "1970-01-01T00:00:00.000Z" }),
  );
});

Deno.test("fingerprintJson() is the SHA-256 of the canonical JSON (checked against Web Crypto)", async () => {
  const values: unknown[] = [
    null,
    "",
    "caf\u00e9 \u{1f600}",
    { b: 1, a: [true, null, 1.5] },
    "x".repeat(1000),
  ];
  const canonical = [
    "null",
    '""',
    JSON.stringify("caf\u00e9 \u{1f600}"),
    '{"a":[true,null,1.5],"b":1}',
    JSON.stringify("x".repeat(1000)),
  ];
  for (const [i, value] of values.entries()) {
    const digest = await crypto.subtle.digest(
      "SHA-256",
      new TextEncoder().encode(canonical[i]),
    );
    const hex = Array.from(
      new Uint8Array(digest),
      (b) => b.toString(16).padStart(2, "0"),
    ).join("");
    assert.equal(fingerprintJson(value), hex, canonical[i].slice(0, 20));
  }
});

Deno.test("IDEMPOTENCY_KEY_PATTERN takes 1 to 255 visible ASCII characters", () => {
  for (const good of ["a", "x".repeat(255), crypto.randomUUID(), "A~!#{}"]) {
    assert.ok(IDEMPOTENCY_KEY_PATTERN.test(good), good);
  }
  for (const bad of ["", "x".repeat(256), "a b", "tab\t", "é", "line\n"]) {
    assert.ok(!IDEMPOTENCY_KEY_PATTERN.test(bad), JSON.stringify(bad));
  }
});

Deno.test("IdempotencyKeyReusedError and IdempotencyKeyInFlightError carry the key, type and order", () => {
  const init = {
    idempotencyKey: "k-1",
    type: "unexpectedProblem",
    amazonOrderId: "123-1234567-1234567",
  };
  for (
    const [Class, name] of [
      [IdempotencyKeyReusedError, "IdempotencyKeyReusedError"],
      [IdempotencyKeyInFlightError, "IdempotencyKeyInFlightError"],
    ] as const
  ) {
    const error = new Class("Cannot send", init);
    assert.ok(error instanceof BuyerMessagesError);
    assert.equal(error.name, name);
    assert.equal(error.idempotencyKey, "k-1");
    assert.equal(error.type, "unexpectedProblem");
    assert.equal(error.amazonOrderId, "123-1234567-1234567");
  }
});
