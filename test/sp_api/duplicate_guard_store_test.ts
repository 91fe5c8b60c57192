import assert from "node:assert/strict";
import { BuyerMessagesError } from "../../src/errors.ts";
import {
  createMemoryDuplicateGuardStore,
  DEFAULT_DUPLICATE_WINDOW_MS,
  DuplicateMessageError,
} from "../../src/sp_api/duplicate_guard_store.ts";
import { createFakeClock } from "./_fake_clock.ts";

Deno.test("createMemoryDuplicateGuardStore() grants a key once until it is released", async () => {
  const store = createMemoryDuplicateGuardStore();
  assert.equal(await store.claim("k", 1000), true);
  assert.equal(await store.claim("k", 1000), false);
  assert.equal(await store.claim("other", 1000), true);
  await store.release("k");
  assert.equal(await store.claim("k", 1000), true);
});

Deno.test("createMemoryDuplicateGuardStore() forgets a key after the window (fake clock)", async () => {
  const clock = createFakeClock();
  const store = createMemoryDuplicateGuardStore({ clock });
  assert.equal(await store.claim("k", DEFAULT_DUPLICATE_WINDOW_MS), true);
  clock.advance(DEFAULT_DUPLICATE_WINDOW_MS - 1);
  assert.equal(await store.claim("k", DEFAULT_DUPLICATE_WINDOW_MS), false);
  clock.advance(1);
  assert.equal(await store.claim("k", DEFAULT_DUPLICATE_WINDOW_MS), true);
});

Deno.test("createMemoryDuplicateGuardStore() holds at most maxEntries keys", async () => {
  const store = createMemoryDuplicateGuardStore({ maxEntries: 100 });
  for (let i = 0; i < 1000; i++) {
    assert.equal(await store.claim(`k${i}`, 60_000), true);
  }
  // The last 100 are remembered, the ones before are forgotten.
  assert.equal(await store.claim("k999", 60_000), false);
  assert.equal(await store.claim("k900", 60_000), false);
  assert.equal(await store.claim("k899", 60_000), true);
  assert.throws(
    () => createMemoryDuplicateGuardStore({ maxEntries: -1 }),
    RangeError,
  );
});

Deno.test("DuplicateMessageError carries the type, order and window", () => {
  const error = new DuplicateMessageError("Cannot send", {
    type: "invoice",
    amazonOrderId: "123-1234567-1234567",
    windowMs: 1000,
  });
  assert.ok(error instanceof BuyerMessagesError);
  assert.equal(error.name, "DuplicateMessageError");
  assert.equal(error.type, "invoice");
  assert.equal(error.amazonOrderId, "123-1234567-1234567");
  assert.equal(error.windowMs, 1000);
});
