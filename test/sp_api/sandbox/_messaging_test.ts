import assert from "node:assert/strict";
import { createFaults } from "../../../src/sp_api/sandbox/_faults.ts";
import { createSandboxLwa } from "../../../src/sp_api/sandbox/_lwa.ts";
import {
  createSandboxMessaging,
  route,
} from "../../../src/sp_api/sandbox/_messaging.ts";
import { createOrderBook } from "../../../src/sp_api/sandbox/_order_book.ts";
import {
  createRecords,
  createResponder,
  type Writable,
} from "../../../src/sp_api/sandbox/_records.ts";
import { createSandboxUploads } from "../../../src/sp_api/sandbox/_uploads.ts";
import type { SandboxRequestRecord } from "../../../src/sp_api/sandbox/types.ts";
import { createFakeClock } from "../_fake_clock.ts";

const ORDERS = "/messaging/v1/orders";

Deno.test("route() finds each Messaging and Uploads operation, and nothing else", () => {
  const cases: [string, string, unknown][] = [
    ["GET", `${ORDERS}/1-2-3`, {
      operation: "getMessagingActionsForOrder",
      kind: "actions",
      amazonOrderId: "1-2-3",
    }],
    ["GET", `${ORDERS}/1-2-3/attributes`, {
      operation: "getAttributes",
      kind: "attributes",
      amazonOrderId: "1-2-3",
    }],
    ["POST", `${ORDERS}/1-2-3/messages/warranty`, {
      operation: "createWarranty",
      kind: "send",
      amazonOrderId: "1-2-3",
      type: "warranty",
    }],
    ["POST", `${ORDERS}/1-2-3/messages/invoice`, {
      operation: "sendInvoice",
      kind: "send",
      amazonOrderId: "1-2-3",
      type: "invoice",
    }],
    ["POST", `${ORDERS}/1-2-3/messages/nope`, {
      operation: "unknown",
      kind: "send",
      amazonOrderId: "1-2-3",
      type: "nope",
    }],
    [
      "POST",
      `/uploads/2020-11-01/uploadDestinations${ORDERS}/1%2F2/messages/invoice`,
      {
        operation: "createUploadDestinationForResource",
        kind: "upload",
        amazonOrderId: "1/2",
        type: "invoice",
      },
    ],
    ["POST", `${ORDERS}/1-2-3`, undefined],
    ["GET", `${ORDERS}/1-2-3/messages/warranty`, undefined],
    ["GET", `${ORDERS}/%E0%A4%A`, undefined],
    ["GET", "/other", undefined],
  ];
  for (const [method, path, expected] of cases) {
    assert.deepEqual(route(method, path), expected, `${method} ${path}`);
  }
});

function setup(limits: { rate: number; burst: number } | false) {
  const clock = createFakeClock();
  const responder = createResponder(limits);
  const records = createRecords(Infinity);
  const faults = createFaults(clock, responder);
  const lwa = createSandboxLwa({
    clock,
    credentials: undefined,
    tokenLifetimeMs: 3_600_000,
    responder,
    faults,
  });
  const messaging = createSandboxMessaging({
    clock,
    limits,
    checkTokens: false,
    lwa,
    orders: createOrderBook(true),
    defaultTypes: ["unexpectedProblem"],
    defaultLocale: "en-GB",
    checkAttachments: false,
    records,
    responder,
    faults,
    uploads: createSandboxUploads({
      clock,
      uploadBase: new URL("https://uploads.example.invalid/"),
      records,
      responder,
      faults,
    }),
  });
  const call = async (path: string, method = "GET", token = "Atza|x") => {
    const url = new URL(`https://sp.example.invalid${path}`);
    const found = route(method, url.pathname)!;
    const record: Writable<SandboxRequestRecord> = {
      method,
      url: url.href,
      operation: found.operation,
      status: undefined,
      time: 0,
      requestId: "rid",
    };
    const response = await messaging.handle(
      new Request(url, {
        method,
        headers: {
          "x-amz-access-token": token,
          "content-type": "application/json",
        },
        ...(method === "POST"
          ? { body: JSON.stringify({ text: "Your parcel is late." }) }
          : {}),
      }),
      url,
      found,
      record,
      undefined,
    );
    return response;
  };
  return { call, records, messaging };
}

Deno.test("createSandboxMessaging() answers attributes and sends with the configured defaults", async () => {
  const { call, records } = setup(false);
  const q = "?marketplaceIds=ATVPDKIKX0DER";
  const attributes = await call(`${ORDERS}/1-2-3/attributes${q}`);
  assert.deepEqual(await attributes.json(), { buyer: { locale: "en-GB" } });
  assert.equal(
    (await call(`${ORDERS}/1-2-3/messages/unexpectedProblem${q}`, "POST"))
      .status,
    201,
  );
  assert.equal(
    (await call(`${ORDERS}/1-2-3/messages/confirmDeliveryDetails${q}`, "POST"))
      .status,
    403,
  );
  assert.equal(records.sent.length, 1);
  assert.equal(
    (await call(`${ORDERS}/1-2-3/attributes${q}`, "GET", "")).status,
    403,
  );
  assert.equal((await call(`${ORDERS}/1-2-3/attributes`)).status, 400);
});

Deno.test("createSandboxMessaging() refuses with 429 when an operation's bucket is empty, and clear() refills", async () => {
  const { call, messaging } = setup({ rate: 1, burst: 2 });
  const path = `${ORDERS}/1-2-3/attributes?marketplaceIds=ATVPDKIKX0DER`;
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await call(path)).status);
  assert.deepEqual(statuses, [200, 200, 429]);
  // Another operation has its own bucket.
  assert.equal(
    (await call(`${ORDERS}/1-2-3?marketplaceIds=ATVPDKIKX0DER`)).status,
    200,
  );
  messaging.clear();
  assert.equal((await call(path)).status, 200);
});
