/**
 * The endpoint's outbox: `Prefer: respond-async`, the status, list, cancel
 * and retry routes, and many sellers behind one endpoint.
 */
import assert from "node:assert/strict";
import { createMessagingApp } from "../../src/http/create_messaging_app.ts";
import { createSellerDirectory } from "../../src/http/sellers.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import { createOutbox } from "../../src/outbox/create_outbox.ts";
import { composed, KEY, ORDER, US } from "./_app.ts";

const KEY_B = "test-key-b-0123456789abcdef0123456789abcdef";

function setup() {
  const sandbox = createSandbox();
  const client = createMessagingClient({
    auth: { accessToken: "Atza|outbox-routes" },
    fetch: sandbox.fetch,
  });
  const outbox = createOutbox({ store: createMemoryOutboxStore(), client });
  const app = createMessagingApp({ client, apiKeys: [KEY], outbox });
  const call = (path: string, init: RequestInit = {}, key = KEY) =>
    app.request(path, {
      ...init,
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        ...init.headers,
      },
    });
  return { sandbox, outbox, app, call };
}

const ASYNC = { prefer: "respond-async" };

Deno.test("POST /messages with Prefer: respond-async queues after the checks and answers 202", async () => {
  const { sandbox, outbox, call } = setup();
  const response = await call("/messages", {
    method: "POST",
    headers: ASYNC,
    body: JSON.stringify(composed()),
  });
  assert.equal(response.status, 202);
  assert.equal(response.headers.get("preference-applied"), "respond-async");
  const body = await response.json();
  assert.equal(body.status, "queued");
  assert.match(body.id, /^[0-9A-Z]{26}$/);
  assert.equal(response.headers.get("location"), `/messages/${body.id}`);
  assert.equal(body.locale, "en-US");
  assert.equal(sandbox.sent.length, 0);

  const queued = await (await call(`/messages/${body.id}`)).json();
  assert.equal(queued.status, "queued");
  assert.equal(queued.type, "unexpectedProblem");
  assert.equal(queued.amazonOrderId, ORDER);
  assert.equal(typeof queued.text, "string");

  await outbox.drainOnce();
  const sent = await (await call(`/messages/${body.id}`)).json();
  assert.equal(sent.status, "sent");
  assert.deepEqual(
    sent.history.map((event: { status: string }) => event.status),
    ["queued", "sending", "sent"],
  );
  assert.match(sent.history[2].at, /^\d{4}-\d\d-\d\dT/);
  assert.equal(typeof sent.history[2].amazonRequestId, "string");
  assert.equal(sandbox.sent.length, 1);
  assert.equal((sandbox.sent[0].body as { text: string }).text, queued.text);
});

Deno.test("respond-async keeps 4xx and 422 immediate: nothing is queued", async () => {
  const { outbox, call } = setup();
  const rejected = await call("/messages", {
    method: "POST",
    headers: ASYNC,
    body: JSON.stringify({
      amazonOrderId: ORDER,
      marketplaceId: US,
      type: "unexpectedProblem",
      text: "Write to me at seller@example.com for a discount.",
    }),
  });
  assert.equal(rejected.status, 422);
  await rejected.body?.cancel();
  const invalid = await call("/messages", {
    method: "POST",
    headers: ASYNC,
    body: JSON.stringify({ amazonOrderId: ORDER }),
  });
  assert.equal(invalid.status, 400);
  await invalid.body?.cancel();
  assert.equal((await outbox.list()).records.length, 0);
  // A dry run is answered, not queued.
  const dry = await call("/messages", {
    method: "POST",
    headers: { prefer: "wait=5, respond-async" },
    body: JSON.stringify(composed({ dryRun: true })),
  });
  assert.equal(dry.status, 200);
  await dry.body?.cancel();
  assert.equal((await outbox.list()).records.length, 0);
});

Deno.test("GET /messages lists by order; DELETE cancels while queued; retry only for unknown", async () => {
  const { sandbox, outbox, call } = setup();
  const ids: string[] = [];
  for (const productTitle of ["Boots", "Socks"]) {
    const response = await call("/messages", {
      method: "POST",
      headers: ASYNC,
      body: JSON.stringify(
        composed({ data: { ...composed().data as object, productTitle } }),
      ),
    });
    ids.push((await response.json()).id);
  }
  const list = await (await call(`/messages?amazonOrderId=${ORDER}`)).json();
  assert.deepEqual(
    list.messages.map((m: { id: string }) => m.id),
    [...ids].reverse(),
  );
  const other =
    await (await call("/messages?amazonOrderId=111-0000000-0000000"))
      .json();
  assert.deepEqual(other.messages, []);

  const cancelled = await call(`/messages/${ids[0]}`, { method: "DELETE" });
  assert.equal(cancelled.status, 200);
  assert.equal((await cancelled.json()).status, "cancelled");
  await outbox.drainOnce();
  assert.equal(sandbox.sent.length, 1);

  const late = await call(`/messages/${ids[1]}`, { method: "DELETE" });
  assert.equal(late.status, 409);
  const lateBody = await late.json();
  assert.equal(lateBody.error.code, "conflict");
  assert.equal(lateBody.status, "sent");
  const retry = await call(`/messages/${ids[1]}/retry`, { method: "POST" });
  assert.equal(retry.status, 409);
  await retry.body?.cancel();

  for (
    const path of [
      "/messages/nope",
      `/messages/${ids[0].slice(0, -1)}${ids[0].endsWith("0") ? "1" : "0"}`,
    ]
  ) {
    const missing = await call(path);
    assert.equal(missing.status, 404);
    await missing.body?.cancel();
  }
  const badQuery = await call("/messages?limit=0&cursor=x");
  assert.equal(badQuery.status, 400);
  const issues = (await badQuery.json()).error.issues.map(
    (issue: { path: string }) => issue.path,
  );
  assert.deepEqual(issues, ["limit", "cursor"]);
});

Deno.test("an unknown outcome is retried only on request", async () => {
  const { sandbox, outbox, call } = setup();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
  });
  const { id } = await (await call("/messages", {
    method: "POST",
    headers: ASYNC,
    body: JSON.stringify(composed()),
  })).json();
  await outbox.drainOnce();
  assert.equal(
    (await (await call(`/messages/${id}`)).json()).status,
    "unknown",
  );
  await outbox.drainOnce();
  assert.equal(sandbox.sent.length, 1);
  const retry = await call(`/messages/${id}/retry`, { method: "POST" });
  assert.equal(retry.status, 202);
  assert.equal((await retry.json()).status, "queued");
  await outbox.drainOnce();
  assert.equal((await (await call(`/messages/${id}`)).json()).status, "sent");
  assert.equal(sandbox.sent.length, 2);
});

Deno.test("without an outbox, Prefer is ignored and the outbox routes answer 404", async () => {
  const sandbox = createSandbox();
  const app = createMessagingApp({
    client: { auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch },
    apiKeys: [KEY],
  });
  const headers = {
    authorization: `Bearer ${KEY}`,
    "content-type": "application/json",
  };
  const sent = await app.request("/messages", {
    method: "POST",
    headers: { ...headers, ...ASYNC },
    body: JSON.stringify(composed()),
  });
  assert.equal(sent.status, 201);
  await sent.body?.cancel();
  const status = await app.request("/messages/01ARZ3NDEKTSV4RRFFQ69G5FAV", {
    headers,
  });
  assert.equal(status.status, 404);
  assert.equal((await status.json()).error.code, "not_found");
});

Deno.test("many sellers: each key acts for its seller, with its own client and messages", async () => {
  const sandbox = createSandbox({
    sellers: { "Atzr|seller-a": "seller-a", "Atzr|seller-b": "seller-b" },
  });
  const lwa = (seller: string) => ({
    clientId: "amzn1.application-oa2-client.test",
    clientSecret: `secret-${seller}-0123456789`,
    refreshToken: `Atzr|${seller}`,
  });
  const sellers = createSellerDirectory([
    { id: "seller-a", apiKeys: [KEY], auth: lwa("seller-a") },
    { id: "seller-b", apiKeys: [KEY_B], auth: lwa("seller-b") },
  ], { fetch: sandbox.fetch });
  const outbox = createOutbox({
    store: createMemoryOutboxStore(),
    client: (seller) => sellers.clientOf(seller),
  });
  const app = createMessagingApp({ sellers, outbox });
  const call = (key: string, path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        ...init.headers,
      },
    });
  const now = await call(KEY_B, "/messages", {
    method: "POST",
    body: JSON.stringify(composed()),
  });
  assert.equal(now.status, 201);
  await now.body?.cancel();
  assert.equal(sandbox.sent.at(-1)?.seller, "seller-b");

  const queued = await call(KEY, "/messages", {
    method: "POST",
    headers: ASYNC,
    body: JSON.stringify(
      composed({
        data: { ...composed().data as object, productTitle: "Tent" },
      }),
    ),
  });
  const { id } = await queued.json();
  const foreign = await call(KEY_B, `/messages/${id}`);
  assert.equal(foreign.status, 404);
  await foreign.body?.cancel();
  const foreignCancel = await call(KEY_B, `/messages/${id}`, {
    method: "DELETE",
  });
  assert.equal(foreignCancel.status, 404);
  await foreignCancel.body?.cancel();
  await outbox.drainOnce();
  const mine = await (await call(KEY, `/messages/${id}`)).json();
  assert.equal(mine.status, "sent");
  assert.equal(sandbox.sent.at(-1)?.seller, "seller-a");

  const stranger = await call(
    "test-key-c-0123456789abcdef0123456789abcdef",
    "/messages",
  );
  assert.equal(stranger.status, 401);
  const text = await stranger.text();
  for (const secret of ["secret-seller-a-0123456789", "Atzr|seller-a", KEY]) {
    assert.ok(!text.includes(secret));
  }
});

Deno.test("an Idempotency-Key replays the 202 of a queued message: it is queued once", async () => {
  const { outbox, call } = setup();
  const send = () =>
    call("/messages", {
      method: "POST",
      headers: { ...ASYNC, "idempotency-key": "bulk-2026-12-04-0001" },
      body: JSON.stringify(composed()),
    });
  const first = await send();
  assert.equal(first.status, 202);
  const { id } = await first.json();
  const again = await send();
  assert.equal(again.status, 202);
  assert.equal(again.headers.get("idempotency-replayed"), "true");
  assert.equal((await again.json()).id, id);
  assert.equal((await outbox.list()).records.length, 1);
});
