import assert from "node:assert/strict";
import { answerOf, get, makeApp, ORDER, US } from "./_app.ts";

Deno.test("handleMessageTypes() lists the types and the templates of those that take text", async () => {
  const { app } = makeApp({}, {
    orders: { [ORDER]: { types: ["confirmOrderDetails", "warranty"] } },
  });
  const response = await get(
    app,
    `/orders/${ORDER}/message-types?marketplaceId=${US}`,
  );
  assert.equal(response.status, 200);
  const answer = await answerOf(response);
  assert.deepEqual(answer.available, ["confirmOrderDetails", "warranty"]);
  assert.deepEqual(answer.templates, {
    confirmOrderDetails: ["confirmOrderDetails"],
  });
  assert.equal(answer.amazonOrderId, ORDER);
  assert.equal(answer.marketplaceId, US);
  assert.equal(
    response.headers.get("x-amzn-RequestId"),
    answer.amazonRequestId,
  );
});

Deno.test("handleMessageTypes() answers 400 with paths for bad ids and a missing marketplace", async () => {
  const { app, sandbox } = makeApp();
  for (
    const [path, expected] of [
      [`/orders/12345/message-types?marketplaceId=${US}`, ["amazonOrderId"]],
      [`/orders/${ORDER}/message-types`, ["marketplaceId"]],
      [`/orders/${ORDER}/message-types?marketplaceId=NOPE`, ["marketplaceId"]],
      [`/orders/123%2F1234567-1234567/message-types?marketplaceId=${US}`, [
        "amazonOrderId",
      ]],
      [`/orders/%E0%A4%A/message-types`, ["amazonOrderId", "marketplaceId"]],
    ] as const
  ) {
    const response = await get(app, path);
    assert.equal(response.status, 400, path);
    const answer = await answerOf(response);
    const issues = (answer.error as { issues: { path: string }[] }).issues;
    assert.deepEqual(issues.map((i) => i.path), expected, path);
  }
  assert.equal(sandbox.requests.length, 0);
});

Deno.test("handleMessageTypes() ignores extra query parameters", async () => {
  const { app } = makeApp();
  const response = await get(
    app,
    `/orders/${ORDER}/message-types?marketplaceId=${US}&_=1`,
  );
  assert.equal(response.status, 200);
  await response.body?.cancel();
});

Deno.test("handleMessageTypes() answers 404 for an order Amazon does not know", async () => {
  const { app } = makeApp({}, { acceptUnknownOrders: false });
  const response = await get(
    app,
    `/orders/999-9999999-9999999/message-types?marketplaceId=${US}`,
  );
  assert.equal(response.status, 404);
  assert.equal(
    ((await answerOf(response)).error as { code: string }).code,
    "order_not_found",
  );
});
