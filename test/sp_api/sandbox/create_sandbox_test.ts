import assert from "node:assert/strict";
import {
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
} from "../../../src/message_types/mod.ts";
import { contentMd5 } from "../../../src/sp_api/content_md5.ts";
import {
  createSandbox,
  SANDBOX_ORDER_INVALID,
  SANDBOX_ORDER_OK,
  type SandboxOptions,
} from "../../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "../_fake_clock.ts";

const HOST = "https://sandbox.sellingpartnerapi-na.amazon.com";
const US = "ATVPDKIKX0DER";
const TOKEN = { "x-amz-access-token": "Atza|test" };
const JSON_HEADERS = { ...TOKEN, "content-type": "application/json" };

function orderUrl(id: string, suffix = "", query = `marketplaceIds=${US}`) {
  return `${HOST}/messaging/v1/orders/${
    encodeURIComponent(id)
  }${suffix}?${query}`;
}

function post(
  sandbox: ReturnType<typeof createSandbox>,
  id: string,
  type: string,
  body: unknown,
  init: RequestInit = {},
) {
  return sandbox.fetch(orderUrl(id, `/messages/${type}`), {
    method: "POST",
    headers: JSON_HEADERS,
    body: body === undefined ? undefined : JSON.stringify(body),
    ...init,
  });
}

const VALID_BODIES: Record<string, unknown> = {
  confirmCustomizationDetails: { text: "Please confirm the engraving." },
  confirmDeliveryDetails: { text: "Delivery is booked for Monday." },
  legalDisclosure: {
    attachments: [{ uploadDestinationId: "u1", fileName: "law.pdf" }],
  },
  negativeFeedbackRemoval: undefined,
  confirmOrderDetails: { text: "Please confirm size EU 42." },
  confirmServiceDetails: { text: "The installer arrives at 9:00." },
  amazonMotors: {
    attachments: [{ uploadDestinationId: "u1", fileName: "fitment.pdf" }],
  },
  warranty: {
    attachments: [{
      uploadDestinationId: "8634452c-4d4f-4703-8cea-2ecc9dcb3279",
      fileName: "warranty.txt",
    }],
    coverageStartDate: "2004-12-13T21:39:45.618-08:00",
    coverageEndDate: "2005-12-13T21:39:45.618-08:00",
  },
  digitalAccessKey: { text: "Your key is in the attachment." },
  unexpectedProblem: { text: "Your parcel was damaged in transit." },
  invoice: {
    attachments: [{ uploadDestinationId: "u1", fileName: "invoice.pdf" }],
  },
};

Deno.test("createSandbox() follows the spec's static sandbox behaviours", async () => {
  const sandbox = createSandbox();
  const actions = await sandbox.fetch(orderUrl(SANDBOX_ORDER_OK), {
    headers: TOKEN,
  });
  assert.equal(actions.status, 200);
  const hal = await actions.json();
  assert.deepEqual(
    hal._links.actions.map((a: { name: string }) => a.name),
    [
      "confirmCustomizationDetails",
      "confirmDeliveryDetails",
      "legalDisclosure",
      "negativeFeedbackRemoval",
      "confirmOrderDetails",
      "confirmServiceDetails",
      "amazonMotors",
      "digitalAccessKey",
      "unexpectedProblem",
      "warranty",
      "invoice",
      "attributes",
    ],
  );
  assert.equal(
    hal._links.actions[0].href,
    `/messaging/v1/orders/${SANDBOX_ORDER_OK}/messages/confirmCustomizationDetails?marketplaceIds=${US}`,
  );
  assert.equal(
    hal._links.self.href,
    `/messaging/v1/orders/${SANDBOX_ORDER_OK}?marketplaceIds=${US}`,
  );
  const attributes = await sandbox.fetch(
    orderUrl(SANDBOX_ORDER_OK, "/attributes"),
    { headers: TOKEN },
  );
  assert.deepEqual(await attributes.json(), { buyer: { locale: "en-US" } });
  for (const type of MESSAGE_TYPE_IDS) {
    const ok = await post(sandbox, SANDBOX_ORDER_OK, type, VALID_BODIES[type]);
    assert.equal(ok.status, 201, type);
    assert.deepEqual(await ok.json(), {}, type);
  }
  assert.equal(sandbox.sent.length, MESSAGE_TYPE_IDS.length);
  const invalidError = {
    errors: [{ code: "InvalidInput", message: "Invalid Input", details: "" }],
  };
  for (const suffix of ["", "/attributes"]) {
    const bad = await sandbox.fetch(orderUrl(SANDBOX_ORDER_INVALID, suffix), {
      headers: TOKEN,
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(await bad.json(), invalidError);
  }
  for (const type of MESSAGE_TYPE_IDS) {
    const bad = await post(
      sandbox,
      SANDBOX_ORDER_INVALID,
      type,
      VALID_BODIES[type],
    );
    assert.equal(bad.status, 400, type);
    assert.deepEqual(await bad.json(), invalidError, type);
  }
  assert.equal(sandbox.sent.length, MESSAGE_TYPE_IDS.length);
});

Deno.test("createSandbox() serves any order with the non-deprecated types and en-US by default", async () => {
  const sandbox = createSandbox();
  const response = await sandbox.fetch(orderUrl("902-3159896-1390916"), {
    headers: TOKEN,
  });
  const names = (await response.json())._links.actions.map((
    a: { name: string },
  ) => a.name);
  const expected = MESSAGE_TYPE_IDS.filter((id) =>
    !MESSAGE_TYPES[id].deprecated
  );
  assert.deepEqual(names, [...expected, "attributes"]);
  assert.ok(!names.includes("negativeFeedbackRemoval"));
  assert.ok(!names.includes("amazonMotors"));
  const attributes = await sandbox.fetch(
    orderUrl("902-3159896-1390916", "/attributes"),
    { headers: TOKEN },
  );
  assert.deepEqual(await attributes.json(), { buyer: { locale: "en-US" } });
});

Deno.test("createSandbox() uses per-order types and locales", async () => {
  const sandbox = createSandbox({
    orders: { "111-0000000-0000001": { types: ["invoice"], locale: "ja-JP" } },
    defaultLocale: "de-DE",
  });
  sandbox.setOrder("111-0000000-0000002", { types: ["unexpectedProblem"] });
  const one = await sandbox.fetch(orderUrl("111-0000000-0000001"), {
    headers: TOKEN,
  });
  assert.deepEqual(
    (await one.json())._links.actions.map((a: { name: string }) => a.name),
    ["invoice", "attributes"],
  );
  const locale = await sandbox.fetch(
    orderUrl("111-0000000-0000001", "/attributes"),
    { headers: TOKEN },
  );
  assert.equal((await locale.json()).buyer.locale, "ja-JP");
  const other = await sandbox.fetch(
    orderUrl("111-0000000-0000002", "/attributes"),
    { headers: TOKEN },
  );
  assert.equal((await other.json()).buyer.locale, "de-DE");
  assert.throws(
    () => sandbox.setOrder("x", { types: ["nope" as "invoice"] }),
    RangeError,
  );
  assert.throws(
    () => createSandbox({ defaultTypes: ["nope" as "invoice"] }),
    RangeError,
  );
});

Deno.test("createSandbox() answers 403 for a type the order does not accept", async () => {
  const sandbox = createSandbox({
    orders: { "111-0000000-0000001": { types: ["invoice"] } },
  });
  const response = await post(
    sandbox,
    "111-0000000-0000001",
    "unexpectedProblem",
    {
      text: "Hello",
    },
  );
  assert.equal(response.status, 403);
  assert.deepEqual(await response.json(), {
    errors: [{
      code: "Unauthorized",
      message: "Invalid amazonOrderId and template combination",
      details: "",
    }],
  });
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createSandbox() answers 404 for unknown orders when asked to", async () => {
  const sandbox = createSandbox({
    acceptUnknownOrders: false,
    orders: { "111-0000000-0000001": {} },
  });
  const unknown = await sandbox.fetch(orderUrl("999-0000000-0000000"), {
    headers: TOKEN,
  });
  assert.equal(unknown.status, 404);
  assert.equal((await unknown.json()).errors[0].code, "NotFound");
  const known = await sandbox.fetch(orderUrl("111-0000000-0000001"), {
    headers: TOKEN,
  });
  assert.equal(known.status, 200);
  await known.body?.cancel();
  const stat = await sandbox.fetch(orderUrl(SANDBOX_ORDER_OK), {
    headers: TOKEN,
  });
  assert.equal(stat.status, 200);
  await stat.body?.cancel();
});

Deno.test("createSandbox() requires exactly one known marketplaceIds value", async () => {
  const sandbox = createSandbox();
  for (
    const query of [
      "",
      `marketplaceIds=${US}&marketplaceIds=A1PA6795UKMFR9`,
      `marketplaceIds=${US},A1PA6795UKMFR9`,
      "marketplaceIds=",
      "marketplaceIds=NOPE",
    ]
  ) {
    const response = await sandbox.fetch(orderUrl("111", "", query), {
      headers: TOKEN,
    });
    assert.equal(response.status, 400, query);
    const body = await response.json();
    assert.equal(body.errors[0].code, "InvalidInput", query);
  }
});

Deno.test("createSandbox() validates bodies like the real API", async () => {
  const sandbox = createSandbox();
  const cases: [string, unknown, string[]][] = [
    ["unexpectedProblem", { text: "" }, ["text"]],
    ["unexpectedProblem", { text: "x".repeat(2001) }, ["text"]],
    ["unexpectedProblem", { text: "hi", extra: 1 }, ["extra"]],
    ["warranty", {}, ["attachments"]],
    ["warranty", {
      attachments: [{ uploadDestinationId: "u", fileName: "f" }],
      coverageStartDate: "next year",
    }, ["coverageStartDate"]],
    ["legalDisclosure", { text: "no text allowed" }, ["text"]],
    ["negativeFeedbackRemoval", { text: "no body allowed" }, [""]],
  ];
  for (const [type, body, paths] of cases) {
    const response = await post(sandbox, SANDBOX_ORDER_OK, type, body);
    assert.equal(response.status, 400, type);
    assert.ok(response.headers.get("x-amzn-RequestId"));
    const json = await response.json();
    assert.deepEqual(
      json.errors.map((e: { details: string }) => e.details),
      paths,
      type,
    );
    for (const error of json.errors) {
      assert.equal(error.code, "InvalidInput");
      assert.equal(typeof error.message, "string");
    }
  }
  const notJson = await post(sandbox, "111", "unexpectedProblem", undefined, {
    body: "{",
  });
  assert.equal(notJson.status, 400);
  await notJson.body?.cancel();
  const wrongType = await post(sandbox, "111", "unexpectedProblem", undefined, {
    headers: { ...TOKEN, "content-type": "text/plain" },
    body: '{"text":"hi"}',
  });
  assert.equal(wrongType.status, 415);
  await wrongType.body?.cancel();
  const unknownType = await post(sandbox, "111", "nope", {});
  assert.equal(unknownType.status, 404);
  await unknownType.body?.cancel();
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createSandbox() requires an access token on SP-API calls", async () => {
  const sandbox = createSandbox();
  const response = await sandbox.fetch(orderUrl("111"));
  assert.equal(response.status, 403);
  assert.equal((await response.json()).errors[0].code, "Unauthorized");
});

Deno.test("createSandbox() with credentials accepts only tokens it issued, until they expire", async () => {
  const clock = createFakeClock();
  const credentials = {
    clientId: "id",
    clientSecret: "secret-value",
    refreshToken: "Atzr|refresh-value",
  };
  const sandbox = createSandbox({
    credentials,
    clock,
    tokenLifetimeSeconds: 60,
  });
  const forged = await sandbox.fetch(orderUrl("111"), { headers: TOKEN });
  assert.equal(forged.status, 403);
  await forged.body?.cancel();
  const tokenResponse = await sandbox.fetch(
    "https://api.amazon.com/auth/o2/token",
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credentials.refreshToken,
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      }),
    },
  );
  const token = await tokenResponse.json();
  assert.equal(token.token_type, "bearer");
  assert.equal(token.expires_in, 60);
  assert.equal(sandbox.tokensIssued, 1);
  const headers = { "x-amz-access-token": token.access_token };
  const ok = await sandbox.fetch(orderUrl("111"), { headers });
  assert.equal(ok.status, 200);
  await ok.body?.cancel();
  clock.advance(60_000);
  const expired = await sandbox.fetch(orderUrl("111"), { headers });
  assert.equal(expired.status, 403);
  assert.match((await expired.json()).errors[0].details, /expired/);
});

Deno.test("createSandbox() LWA endpoint refuses bad grants like Amazon", async () => {
  const sandbox = createSandbox({
    credentials: { clientId: "id", clientSecret: "s3cret", refreshToken: "r1" },
  });
  async function token(fields: Record<string, string>) {
    const response = await sandbox.fetch(
      "https://api.amazon.com/auth/o2/token",
      { method: "POST", body: new URLSearchParams(fields) },
    );
    return { status: response.status, body: await response.json() };
  }
  const base = {
    grant_type: "refresh_token",
    client_id: "id",
    client_secret: "s3cret",
    refresh_token: "r1",
  };
  assert.equal((await token(base)).status, 200);
  assert.deepEqual(
    (await token({ ...base, grant_type: "password" })).body.error,
    "unsupported_grant_type",
  );
  assert.equal(
    (await token({ ...base, client_secret: "" })).body.error,
    "invalid_request",
  );
  const badClient = await token({ ...base, client_secret: "nope" });
  assert.equal(badClient.status, 401);
  assert.equal(badClient.body.error, "invalid_client");
  const badGrant = await token({ ...base, refresh_token: "r2" });
  assert.equal(badGrant.status, 400);
  assert.equal(badGrant.body.error, "invalid_grant");
  assert.equal(sandbox.tokensIssued, 1);
});

Deno.test("createSandbox() throttles each operation with a token bucket (rate 5, burst 15)", async () => {
  const clock = createFakeClock();
  const sandbox = createSandbox({ clock });
  const statuses: number[] = [];
  for (let i = 0; i < 20; i++) {
    const response = await sandbox.fetch(orderUrl("111", "/attributes"), {
      headers: TOKEN,
    });
    statuses.push(response.status);
    if (response.status === 429) {
      assert.deepEqual(await response.json(), {
        errors: [{
          code: "QuotaExceeded",
          message: "You exceeded your quota for the requested resource.",
          details: "",
        }],
      });
      assert.equal(response.headers.get("x-amzn-RateLimit-Limit"), null);
    } else {
      assert.equal(response.headers.get("x-amzn-RateLimit-Limit"), "5");
      await response.body?.cancel();
    }
  }
  assert.deepEqual(statuses, [...Array(15).fill(200), ...Array(5).fill(429)]);
  // Another operation has its own bucket.
  const other = await sandbox.fetch(orderUrl("111"), { headers: TOKEN });
  assert.equal(other.status, 200);
  await other.body?.cancel();
  // A refused request does not spend a token: 200 ms later exactly one goes.
  clock.advance(200);
  const next = await sandbox.fetch(orderUrl("111", "/attributes"), {
    headers: TOKEN,
  });
  assert.equal(next.status, 200);
  await next.body?.cancel();
  const again = await sandbox.fetch(orderUrl("111", "/attributes"), {
    headers: TOKEN,
  });
  assert.equal(again.status, 429);
  await again.body?.cancel();
  const unlimited = createSandbox({ rateLimit: false });
  for (let i = 0; i < 50; i++) {
    const response = await unlimited.fetch(orderUrl("111", "/attributes"), {
      headers: TOKEN,
    });
    assert.equal(response.status, 200);
    await response.body?.cancel();
  }
  assert.throws(
    () => createSandbox({ rateLimit: { rate: 0, burst: 1 } }),
    RangeError,
  );
});

Deno.test("createSandbox() puts a request id on every answer and records requests", async () => {
  const sandbox = createSandbox();
  const ok = await post(sandbox, "111", "unexpectedProblem", { text: "Hi" });
  const id = ok.headers.get("x-amzn-RequestId");
  assert.match(id ?? "", /^[0-9a-f-]{36}$/);
  assert.equal(ok.headers.get("x-amzn-RateLimit-Limit"), "5");
  assert.equal(sandbox.sent[0].requestId, id);
  assert.equal(sandbox.requests[0].requestId, id);
  assert.equal(sandbox.requests[0].status, 201);
  assert.equal(sandbox.requests[0].operation, "createUnexpectedProblem");
  const forbidden = await sandbox.fetch(orderUrl("111"));
  assert.ok(forbidden.headers.get("x-amzn-RequestId"));
  assert.equal(forbidden.headers.get("x-amzn-RateLimit-Limit"), null);
  await forbidden.body?.cancel();
  const missing = await sandbox.fetch(`${HOST}/nothing/here`, {
    headers: TOKEN,
  });
  assert.equal(missing.status, 404);
  assert.ok(missing.headers.get("x-amzn-RequestId"));
  await missing.body?.cancel();
});

Deno.test("createSandbox() records sent messages with seller, order, type, body and time", async () => {
  const clock = createFakeClock(5000);
  const sandbox = createSandbox({ clock });
  await post(sandbox, "111-2223334-4445556", "confirmDeliveryDetails", {
    text: "Monday",
  });
  await post(sandbox, SANDBOX_ORDER_OK, "negativeFeedbackRemoval", undefined, {
    headers: TOKEN,
  });
  assert.deepEqual(
    sandbox.sent.map(({ requestId: _, ...rest }) => rest),
    [
      {
        seller: "default",
        amazonOrderId: "111-2223334-4445556",
        type: "confirmDeliveryDetails",
        marketplaceId: US,
        body: { text: "Monday" },
        time: 5000,
      },
      {
        seller: "default",
        amazonOrderId: SANDBOX_ORDER_OK,
        type: "negativeFeedbackRemoval",
        marketplaceId: US,
        body: undefined,
        time: 5000,
      },
    ],
  );
});

Deno.test("createSandbox() serves the upload flow with digest and signature checks", async () => {
  const sandbox = createSandbox({ checkAttachments: true });
  const bytes = new TextEncoder().encode("%PDF-1.7 invoice");
  const md5 = contentMd5(bytes);
  const created = await sandbox.fetch(
    `${HOST}/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/111/messages/invoice?marketplaceIds=${US}&contentMD5=${
      encodeURIComponent(md5)
    }&contentType=application%2Fpdf`,
    { method: "POST", headers: TOKEN },
  );
  assert.equal(created.status, 201);
  const { payload } = await created.json();
  assert.match(payload.uploadDestinationId, /^amzn1\.tortuga\.4\./);
  assert.deepEqual(payload.headers, {
    "Content-MD5": md5,
    "Content-Type": "application/pdf",
  });
  const url = new URL(payload.url);
  assert.ok(url.searchParams.get("X-Amz-Signature"));
  // Sending before the bytes arrived fails with checkAttachments.
  const early = await post(sandbox, "111", "invoice", {
    attachments: [{
      uploadDestinationId: payload.uploadDestinationId,
      fileName: "invoice.pdf",
    }],
  });
  assert.equal(early.status, 400);
  await early.body?.cancel();
  // A wrong signature, content type or body is refused as S3 would.
  const forged = new URL(url);
  forged.searchParams.set("X-Amz-Signature", "forged");
  const bad = await sandbox.fetch(forged, {
    method: "PUT",
    headers: payload.headers,
    body: bytes,
  });
  assert.equal(bad.status, 403);
  assert.match(await bad.text(), /SignatureDoesNotMatch/);
  const wrongType = await sandbox.fetch(url, {
    method: "PUT",
    headers: { ...payload.headers, "Content-Type": "image/png" },
    body: bytes,
  });
  assert.equal(wrongType.status, 403);
  await wrongType.body?.cancel();
  const wrongBytes = await sandbox.fetch(url, {
    method: "PUT",
    headers: payload.headers,
    body: new TextEncoder().encode("tampered"),
  });
  assert.equal(wrongBytes.status, 400);
  assert.match(await wrongBytes.text(), /BadDigest/);
  const put = await sandbox.fetch(url, {
    method: "PUT",
    headers: payload.headers,
    body: bytes,
  });
  assert.equal(put.status, 200);
  assert.deepEqual(sandbox.uploads[0].bytes, bytes);
  const sent = await post(sandbox, "111", "invoice", {
    attachments: [{
      uploadDestinationId: payload.uploadDestinationId,
      fileName: "invoice.pdf",
    }],
  });
  assert.equal(sent.status, 201);
  await sent.body?.cancel();
  // Uploads need a type that takes attachments and a base64 digest.
  const noAttachments = await sandbox.fetch(
    `${HOST}/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/111/messages/unexpectedProblem?marketplaceIds=${US}&contentMD5=${
      encodeURIComponent(md5)
    }`,
    { method: "POST", headers: TOKEN },
  );
  assert.equal(noAttachments.status, 400);
  await noAttachments.body?.cancel();
  const hexDigest = await sandbox.fetch(
    `${HOST}/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/111/messages/invoice?marketplaceIds=${US}&contentMD5=d41d8cd98f00b204e9800998ecf8427e`,
    { method: "POST", headers: TOKEN },
  );
  assert.equal(hexDigest.status, 400);
  assert.equal((await hexDigest.json()).errors[0].details, "contentMD5");
});

function faultSandbox(extra: SandboxOptions = {}) {
  const clock = createFakeClock();
  return { clock, sandbox: createSandbox({ clock, ...extra }) };
}

Deno.test("createSandbox() fault error-after-accept records the send and answers 500", async () => {
  const { sandbox } = faultSandbox();
  sandbox.injectFault({ kind: "error-after-accept" });
  const response = await post(sandbox, "111", "unexpectedProblem", {
    text: "Hi",
  });
  assert.equal(response.status, 500);
  assert.equal((await response.json()).errors[0].code, "InternalFailure");
  assert.equal(sandbox.sent.length, 1);
  // The fault is used up.
  const next = await post(sandbox, "111", "unexpectedProblem", { text: "Hi" });
  assert.equal(next.status, 201);
  await next.body?.cancel();
});

Deno.test("createSandbox() fault unavailable answers 503 without taking the send", async () => {
  const { sandbox } = faultSandbox();
  sandbox.injectFault({ kind: "unavailable", times: 2 });
  for (let i = 0; i < 2; i++) {
    const response = await post(sandbox, "111", "unexpectedProblem", {
      text: "Hi",
    });
    assert.equal(response.status, 503);
    await response.body?.cancel();
  }
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createSandbox() fault drop records the send and rejects with TypeError", async () => {
  const { sandbox } = faultSandbox();
  sandbox.injectFault({ kind: "drop", operation: "createUnexpectedProblem" });
  // Other operations are not hit.
  const get = await sandbox.fetch(orderUrl("111"), { headers: TOKEN });
  assert.equal(get.status, 200);
  await get.body?.cancel();
  await assert.rejects(
    post(sandbox, "111", "unexpectedProblem", { text: "Hi" }),
    TypeError,
  );
  assert.equal(sandbox.sent.length, 1);
  assert.equal(sandbox.requests.at(-1)?.status, undefined);
});

Deno.test("createSandbox() fault latency delays the answer on the clock and honours aborts", async () => {
  const { sandbox, clock } = faultSandbox();
  sandbox.injectFault({ kind: "latency", latencyMs: 2500, times: 2 });
  const response = await post(sandbox, "111", "unexpectedProblem", {
    text: "Hi",
  });
  assert.equal(response.status, 201);
  await response.body?.cancel();
  assert.equal(clock.now(), 2500);
  const controller = new AbortController();
  const pending = post(sandbox, "111", "unexpectedProblem", { text: "Hi" }, {
    signal: controller.signal,
  });
  await Promise.resolve();
  controller.abort(new DOMException("stop", "AbortError"));
  await assert.rejects(pending, { name: "AbortError" });
  // Both were taken before the delay, as a slow Amazon would.
  assert.equal(sandbox.sent.length, 2);
  assert.throws(
    () => sandbox.injectFault({ kind: "explode" as "drop" }),
    RangeError,
  );
});

Deno.test("createSandbox() reset() clears records, faults and buckets; maxRecords bounds memory", async () => {
  const sandbox = createSandbox({
    maxRecords: 3,
    rateLimit: { rate: 1, burst: 2 },
  });
  for (let i = 0; i < 2; i++) {
    const response = await post(sandbox, "111", "unexpectedProblem", {
      text: `Hi ${i}`,
    });
    await response.body?.cancel();
  }
  sandbox.injectFault({ kind: "unavailable" });
  sandbox.reset();
  assert.equal(sandbox.sent.length, 0);
  assert.equal(sandbox.requests.length, 0);
  for (let i = 0; i < 2; i++) {
    const response = await post(sandbox, "111", "unexpectedProblem", {
      text: `Hi ${i}`,
    });
    assert.equal(response.status, 201);
    await response.body?.cancel();
  }
  const unlimited = createSandbox({ maxRecords: 3, rateLimit: false });
  for (let i = 0; i < 10; i++) {
    const response = await post(unlimited, "111", "unexpectedProblem", {
      text: `Hi ${i}`,
    });
    await response.body?.cancel();
  }
  assert.equal(unlimited.sent.length, 3);
  assert.deepEqual(unlimited.sent[2].body, { text: "Hi 9" });
  assert.equal(unlimited.requests.length, 3);
});

Deno.test("createSandbox() LWA endpoint takes JSON bodies as Amazon does", async () => {
  const sandbox = createSandbox({
    credentials: { clientId: "id", clientSecret: "s3cret", refreshToken: "r1" },
  });
  const post = (body: string) =>
    sandbox.fetch("https://api.amazon.com/auth/o2/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
  const ok = await post(JSON.stringify({
    grant_type: "refresh_token",
    client_id: "id",
    client_secret: "s3cret",
    refresh_token: "r1",
  }));
  assert.equal(ok.status, 200);
  assert.equal((await ok.json()).token_type, "bearer");
  const bad = await post("[1, 2]");
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).error, "invalid_request");
  const wrong = await post(
    JSON.stringify({
      grant_type: "refresh_token",
      client_id: "id",
      client_secret: "x",
      refresh_token: "r1",
    }),
  );
  assert.equal(wrong.status, 401);
  await wrong.body?.cancel();
});
