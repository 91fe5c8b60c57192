import assert from "node:assert/strict";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createOrderLookups } from "../../src/http/_order_lookups.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";
import { ORDER, OTHER_ORDER, US } from "./_app.ts";

function setup(ttlMs: number, maxEntries = 100) {
  const clock = createFakeClock(1_000_000);
  const sandbox = createSandbox({ clock, rateLimit: false });
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: sandbox.fetch,
    clock,
    retry: 0,
  });
  const lookups = createOrderLookups(client, { ttlMs, maxEntries, clock });
  const count = (operation: string) =>
    sandbox.requests.filter((r) => r.operation === operation).length;
  return { clock, sandbox, lookups, count };
}

Deno.test("createOrderLookups() shares one lookup among concurrent callers", async () => {
  const { lookups, count } = setup(0);
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => lookups.actions(ORDER, US)),
  );
  assert.equal(count("getMessagingActionsForOrder"), 1);
  assert.ok(answers.every((a) => a === answers[0]));
  await lookups.actions(ORDER, US);
  assert.equal(count("getMessagingActionsForOrder"), 2, "ttl 0 keeps nothing");
});

Deno.test("createOrderLookups() reuses answers until the TTL passes", async () => {
  const { clock, lookups, count } = setup(5_000);
  await lookups.attributes(ORDER, US);
  clock.advance(4_999);
  await lookups.attributes(ORDER, US);
  assert.equal(count("getAttributes"), 1);
  clock.advance(2);
  await lookups.attributes(ORDER, US);
  assert.equal(count("getAttributes"), 2);
  await lookups.attributes(ORDER, "A1PA6795UKMFR9");
  assert.equal(count("getAttributes"), 3, "keyed by marketplace too");
});

Deno.test("createOrderLookups() does not remember failures", async () => {
  const { sandbox, lookups, count } = setup(5_000);
  sandbox.injectFault({
    kind: "unavailable",
    operation: "getMessagingActionsForOrder",
  });
  await assert.rejects(lookups.actions(ORDER, US));
  const actions = await lookups.actions(ORDER, US);
  assert.ok(actions.types.length > 0);
  assert.equal(count("getMessagingActionsForOrder"), 2);
});

Deno.test("createOrderLookups() forgets the oldest orders beyond maxEntries, and on request", async () => {
  const { lookups, count } = setup(60_000, 1);
  await lookups.actions(ORDER, US);
  await lookups.actions(OTHER_ORDER, US);
  await lookups.actions(ORDER, US);
  assert.equal(count("getMessagingActionsForOrder"), 3);
  lookups.forgetActions(ORDER, US);
  await lookups.actions(ORDER, US);
  assert.equal(count("getMessagingActionsForOrder"), 4);
});

Deno.test("createOrderLookups() hands out a cached answer without a promise until it expires", async () => {
  let now = 0;
  let calls = 0;
  const actions = { types: ["unexpectedProblem" as const] };
  const client = {
    getMessagingActionsForOrder: () => {
      calls++;
      return Promise.resolve(actions);
    },
    getAttributes: () => Promise.resolve({ locale: "de-DE" }),
  } as unknown as Parameters<typeof createOrderLookups>[0];
  const lookups = createOrderLookups(client, {
    ttlMs: 100,
    maxEntries: 10,
    clock: { now: () => now, sleep: () => Promise.resolve() },
  });
  const order = "123-1234567-1234567";
  assert.equal(lookups.cachedActions(order, "ATVPDKIKX0DER"), undefined);
  const pending = lookups.actions(order, "ATVPDKIKX0DER");
  // Pending: still nothing to hand out.
  assert.equal(lookups.cachedActions(order, "ATVPDKIKX0DER"), undefined);
  await pending;
  assert.equal(lookups.cachedActions(order, "ATVPDKIKX0DER"), actions);
  assert.equal(lookups.cachedAttributes(order, "ATVPDKIKX0DER"), undefined);
  await lookups.attributes(order, "ATVPDKIKX0DER");
  assert.deepEqual(lookups.cachedAttributes(order, "ATVPDKIKX0DER"), {
    locale: "de-DE",
  });
  now = 100;
  assert.equal(lookups.cachedActions(order, "ATVPDKIKX0DER"), undefined);
  lookups.forgetActions(order, "ATVPDKIKX0DER");
  assert.equal(calls, 1);
});
