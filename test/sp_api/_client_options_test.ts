import assert from "node:assert/strict";
import { SYSTEM_CLOCK } from "../../src/sp_api/clock.ts";
import { defaultFetch } from "../../src/sp_api/default_fetch.ts";
import { DEFAULT_USER_AGENT } from "../../src/sp_api/lwa_auth.ts";
import {
  baseUrl,
  checkOperationOptions,
  checkOrderId,
  checkSendCall,
  checkSendOptions,
  orderUrl,
  resolveClientOptions,
} from "../../src/sp_api/_client_options.ts";

const AUTH = { accessToken: "Atza|x" };

Deno.test("resolveClientOptions() fills the defaults", () => {
  const config = resolveClientOptions({ auth: AUTH });
  assert.equal(config.clock, SYSTEM_CLOCK);
  assert.equal(config.fetch, defaultFetch);
  assert.equal(config.userAgent, DEFAULT_USER_AGENT);
  assert.equal(config.timeoutMs, 30_000);
  assert.equal(config.region, undefined);
  assert.equal(config.endpoint, undefined);
  assert.equal(config.lwaEndpoint, undefined);
  assert.equal(config.sandbox, false);
  assert.deepEqual(
    [
      config.policy.limit,
      config.policy.backoffLimit,
      config.policy.maxRetryTime,
    ],
    [3, 30_000, 60_000],
  );
  assert.equal(
    resolveClientOptions({ auth: AUTH, endpoint: "http://127.0.0.1:4010///" })
      .endpoint,
    "http://127.0.0.1:4010",
  );
  assert.equal(
    resolveClientOptions({
      auth: AUTH,
      lwaEndpoint: "http://127.0.0.1:4010/auth/o2/token",
    }).lwaEndpoint,
    "http://127.0.0.1:4010/auth/o2/token",
  );
});

Deno.test("resolveClientOptions() refuses bad options with TypeError or RangeError", () => {
  const bad: [unknown, string][] = [
    [null, "TypeError"],
    [{ auth: AUTH, fetch: "fetch" }, "TypeError"],
    [{ auth: AUTH, userAgent: "x".repeat(501) }, "RangeError"],
    [{ auth: AUTH, timeoutMs: 0 }, "RangeError"],
    [{ auth: AUTH, region: "us" }, "RangeError"],
    [{ auth: AUTH, endpoint: "not a url" }, "TypeError"],
    [{ auth: AUTH, lwaEndpoint: "not a url" }, "TypeError"],
    [{ auth: AUTH, lwaEndpoint: "ftp://127.0.0.1/token" }, "TypeError"],
    [{ auth: AUTH, lwaEndpoint: 42 }, "TypeError"],
    [{ auth: AUTH, retry: -1 }, "RangeError"],
  ];
  for (const [options, name] of bad) {
    assert.throws(
      () => resolveClientOptions(options as never),
      { name },
      JSON.stringify(options),
    );
  }
});

Deno.test("baseUrl() picks the endpoint, the fixed region or the marketplace's, and the sandbox host", () => {
  const config = resolveClientOptions({ auth: AUTH });
  assert.equal(
    baseUrl(config, "A1PA6795UKMFR9", "op"),
    "https://sellingpartnerapi-eu.amazon.com",
  );
  assert.equal(
    baseUrl({ ...config, region: "fe", sandbox: true }, "A1PA6795UKMFR9", "op"),
    "https://sandbox.sellingpartnerapi-fe.amazon.com",
  );
  assert.equal(
    baseUrl({ ...config, endpoint: "http://mock" }, "ZZZ", "op"),
    "http://mock",
  );
  assert.throws(() => baseUrl(config, "ZZZ", "getAttributes"), {
    name: "RangeError",
    message:
      'Cannot call "getAttributes": marketplace "ZZZ" has no known region, pass "region" or "endpoint"',
  });
});

Deno.test("orderUrl() encodes the order id and the query", () => {
  assert.equal(
    orderUrl("https://h", "1/2 3", "/attributes", { marketplaceIds: "A B" }),
    "https://h/messaging/v1/orders/1%2F2%203/attributes?marketplaceIds=A+B",
  );
});

Deno.test("checkOperationOptions() and checkOrderId() refuse malformed arguments", () => {
  const options = { marketplaceId: "ATVPDKIKX0DER" };
  assert.equal(checkOperationOptions(options, "op"), options);
  for (
    const value of [
      undefined,
      {},
      { marketplaceId: ["ATVPDKIKX0DER"] },
      { marketplaceId: "" },
      { marketplaceId: "atvp" },
      { marketplaceId: "ATVPDKIKX0DER", signal: "x" },
    ]
  ) {
    assert.throws(
      () => checkOperationOptions(value, "op"),
      JSON.stringify(value),
    );
  }
  assert.equal(
    checkOrderId("111-2223334-4445556", "op"),
    "111-2223334-4445556",
  );
  for (const value of ["", " 1", "1\n", 1]) {
    assert.throws(() => checkOrderId(value, "op"), TypeError, String(value));
  }
});

Deno.test("checkSendOptions() checks idempotencyKey and allowDuplicate", () => {
  assert.deepEqual(checkSendOptions({}, "op"), {
    idempotencyKey: undefined,
    allowDuplicate: false,
  });
  assert.deepEqual(
    checkSendOptions({ idempotencyKey: "k-1", allowDuplicate: true }, "op"),
    { idempotencyKey: "k-1", allowDuplicate: true },
  );
  assert.throws(
    () => checkSendOptions({ idempotencyKey: "a b" }, "op"),
    TypeError,
  );
  assert.throws(
    () => checkSendOptions({ allowDuplicate: "yes" }, "op"),
    TypeError,
  );
});

Deno.test("checkSendCall() checks the order id, then the operation's options, then the send's", () => {
  const signal = new AbortController().signal;
  assert.deepEqual(
    checkSendCall(
      "123-1234567-1234567",
      { marketplaceId: "ATVPDKIKX0DER", signal, idempotencyKey: "k-1" },
      "op",
    ),
    {
      id: "123-1234567-1234567",
      marketplaceId: "ATVPDKIKX0DER",
      signal,
      idempotencyKey: "k-1",
      allowDuplicate: false,
    },
  );
  // Every argument is wrong: the order id is named first.
  assert.throws(
    () => checkSendCall(" ", { marketplaceId: 1, allowDuplicate: "y" }, "op"),
    /"amazonOrderId"/,
  );
  assert.throws(
    () =>
      checkSendCall("1", { marketplaceId: "a b", allowDuplicate: "y" }, "op"),
    /"marketplaceId"/,
  );
  assert.throws(
    () =>
      checkSendCall("1", { marketplaceId: "A1", allowDuplicate: "y" }, "op"),
    /"allowDuplicate"/,
  );
  assert.throws(() => checkSendCall("1", null, "op"), /options must be/);
});
