/**
 * The sandbox as Amazon for many sellers: LWA issues each refresh token its
 * own access tokens, every SP-API call is metered against the bucket of its
 * token's seller and operation, and every record names the seller.
 */
import assert from "node:assert/strict";
import { createLwaAuth } from "../../../src/sp_api/lwa_auth.ts";
import {
  createSandbox,
  type Sandbox,
} from "../../../src/sp_api/sandbox/mod.ts";
import { lwaSeller } from "../../../src/sp_api/sandbox/_lwa.ts";
import { createFakeClock } from "../_fake_clock.ts";

const HOST = "https://sellingpartnerapi-na.amazon.com";
const LWA = "https://api.amazon.com/auth/o2/token";
const US = "ATVPDKIKX0DER";
const CLIENT = {
  clientId: "amzn1.application-oa2-client.sellers-test",
  clientSecret: "SELLERS-TEST-CLIENT-SECRET",
};

async function token(
  sandbox: Sandbox,
  refreshToken: string,
  clientId = CLIENT.clientId,
): Promise<Response> {
  return await sandbox.fetch(LWA, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: clientId,
      client_secret: CLIENT.clientSecret,
    }).toString(),
  });
}

async function accessToken(
  sandbox: Sandbox,
  refreshToken: string,
): Promise<string> {
  const response = await token(sandbox, refreshToken);
  assert.equal(response.status, 200);
  return (await response.json()).access_token;
}

/** Sends an unexpectedProblem for `order` with `access`; answers the status. */
async function send(
  sandbox: Sandbox,
  access: string,
  order: string,
): Promise<number> {
  const response = await sandbox.fetch(
    `${HOST}/messaging/v1/orders/${order}/messages/unexpectedProblem?marketplaceIds=${US}`,
    {
      method: "POST",
      headers: {
        "x-amz-access-token": access,
        "content-type": "application/json",
      },
      body: JSON.stringify({ text: "Your parcel is delayed by two days." }),
    },
  );
  await response.body?.cancel();
  return response.status;
}

async function attributes(
  sandbox: Sandbox,
  access: string,
): Promise<number> {
  const response = await sandbox.fetch(
    `${HOST}/messaging/v1/orders/123-1234567-1234567/attributes?marketplaceIds=${US}`,
    { headers: { "x-amz-access-token": access } },
  );
  await response.body?.cancel();
  return response.status;
}

function order(n: number): string {
  return `111-0000000-${String(n).padStart(7, "0")}`;
}

Deno.test("sandbox LWA issues each refresh token its own tokens; the seller is the credentials' identity", async () => {
  const sandbox = createSandbox({ clock: createFakeClock(1000) });
  const a = await accessToken(sandbox, "Atzr|seller-a");
  const b = await accessToken(sandbox, "Atzr|seller-b");
  assert.notEqual(a, b);
  assert.equal(sandbox.tokensIssued, 2);
  assert.equal(await send(sandbox, a, order(1)), 201);
  assert.equal(await send(sandbox, b, order(2)), 201);
  const sellerA = await createLwaAuth({
    ...CLIENT,
    refreshToken: "Atzr|seller-a",
  }).identity();
  const sellerB = lwaSeller(CLIENT.clientId, "Atzr|seller-b");
  assert.match(sellerA, /^lwa-[0-9a-f]{32}$/);
  assert.notEqual(sellerA, sellerB);
  assert.deepEqual(
    sandbox.sent.map((m) => [m.seller, m.amazonOrderId]),
    [[sellerA, order(1)], [sellerB, order(2)]],
  );
  assert.deepEqual(
    sandbox.requests.map((r) => [r.operation, r.seller]),
    [
      ["lwaToken", sellerA],
      ["lwaToken", sellerB],
      ["createUnexpectedProblem", sellerA],
      ["createUnexpectedProblem", sellerB],
    ],
  );
  // The same refresh token under another app is another seller-and-app pair.
  const other = await token(sandbox, "Atzr|seller-a", "amzn1.other-app");
  await other.body?.cancel();
  assert.notEqual(sandbox.requests.at(-1)?.seller, sellerA);
  for (const record of [...sandbox.requests, ...sandbox.sent]) {
    assert.ok(!JSON.stringify(record).includes("Atzr|"));
  }
});

Deno.test("sandbox buckets are per seller and operation, like Amazon's (rate 1, burst 5)", async () => {
  const clock = createFakeClock(1000);
  const sandbox = createSandbox({ clock, rateLimit: { rate: 1, burst: 5 } });
  const a = await accessToken(sandbox, "Atzr|seller-a");
  const b = await accessToken(sandbox, "Atzr|seller-b");
  const statusesA: number[] = [];
  for (let n = 0; n < 6; n++) statusesA.push(await send(sandbox, a, order(n)));
  assert.deepEqual(statusesA, [201, 201, 201, 201, 201, 429]);
  // Seller B is not slowed by A: its bucket of the same operation is full.
  const statusesB: number[] = [];
  for (let n = 0; n < 6; n++) {
    statusesB.push(await send(sandbox, b, order(10 + n)));
  }
  assert.deepEqual(statusesB, [201, 201, 201, 201, 201, 429]);
  // A's other operations have their own buckets.
  assert.equal(await attributes(sandbox, a), 200);
  clock.advance(1000);
  assert.equal(await send(sandbox, a, order(6)), 201);
  assert.equal(await send(sandbox, a, order(7)), 429);
  assert.equal(
    sandbox.sent.filter((m) => m.seller === sandbox.sent[0].seller).length,
    6,
  );
  assert.equal(sandbox.sent.length, 11);
  const throttled = sandbox.requests.filter((r) => r.status === 429);
  assert.equal(throttled.length, 3);
  assert.ok(throttled.every((r) => r.seller !== undefined));
});

Deno.test("sandbox access tokens it did not issue all belong to one seller, as before", async () => {
  const sandbox = createSandbox({
    clock: createFakeClock(1000),
    rateLimit: { rate: 1, burst: 2 },
  });
  assert.equal(await send(sandbox, "Atza|one", order(1)), 201);
  assert.equal(await send(sandbox, "Atza|two", order(2)), 201);
  assert.equal(await send(sandbox, "Atza|three", order(3)), 429);
  assert.deepEqual(sandbox.sent.map((m) => m.seller), ["default", "default"]);
});

Deno.test("sandbox sellers option names sellers, issues only for them and accepts only issued tokens", async () => {
  const clock = createFakeClock(1000);
  const sandbox = createSandbox({
    clock,
    sellers: { "Atzr|seller-a": "A1SELLERA", "Atzr|seller-b": "A1SELLERB" },
  });
  const a = await accessToken(sandbox, "Atzr|seller-a");
  const b = await accessToken(sandbox, "Atzr|seller-b");
  const refused = await token(sandbox, "Atzr|stranger");
  assert.equal(refused.status, 400);
  assert.equal((await refused.json()).error, "invalid_grant");
  assert.equal(await send(sandbox, a, order(1)), 201);
  assert.equal(await send(sandbox, b, order(2)), 201);
  assert.equal(await send(sandbox, "Atza|never-issued", order(3)), 403);
  assert.deepEqual(sandbox.sent.map((m) => m.seller), [
    "A1SELLERA",
    "A1SELLERB",
  ]);
  sandbox.expireTokens();
  assert.equal(await send(sandbox, a, order(4)), 403);
  const fresh = await accessToken(sandbox, "Atzr|seller-a");
  assert.equal(await send(sandbox, fresh, order(4)), 201);
  assert.equal(sandbox.sent.at(-1)?.seller, "A1SELLERA");
});

Deno.test("sandbox sellers option refuses malformed maps without quoting refresh tokens", () => {
  for (
    const sellers of [
      null,
      "Atzr|secret-1",
      { "Atzr|secret-2": "" },
      { "Atzr|secret-3": 7 },
      { "": "A1" },
    ]
  ) {
    assert.throws(
      () => createSandbox({ sellers: sellers as never }),
      (error: unknown) =>
        error instanceof TypeError && /"sellers"/.test(error.message) &&
        !error.message.includes("secret"),
      JSON.stringify(sellers),
    );
  }
});
