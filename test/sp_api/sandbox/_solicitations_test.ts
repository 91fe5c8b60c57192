import assert from "node:assert/strict";
import { route } from "../../../src/sp_api/sandbox/_messaging.ts";
import { solicitationRoute } from "../../../src/sp_api/sandbox/_solicitations.ts";
import {
  createSandbox,
  type SandboxOptions,
} from "../../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "../_fake_clock.ts";

const BASE = "https://sellingpartnerapi-na.amazon.com/solicitations/v1/orders";
const TYPE = "productReviewAndSellerFeedback";
const US = "ATVPDKIKX0DER";
const ORDER = "111-2223334-4445556";
const DAY = 24 * 60 * 60 * 1000;
const START = 2_000 * DAY;
const TOKEN = { "x-amz-access-token": "Atza|sandbox-test" };

function setup(options: SandboxOptions = {}) {
  const clock = createFakeClock(START);
  const sandbox = createSandbox({ clock, ...options });
  const actions = (order = ORDER, headers: HeadersInit = TOKEN) =>
    sandbox.fetch(`${BASE}/${order}?marketplaceIds=${US}`, { headers });
  const send = (order = ORDER, headers: HeadersInit = TOKEN) =>
    sandbox.fetch(
      `${BASE}/${order}/solicitations/${TYPE}?marketplaceIds=${US}`,
      {
        method: "POST",
        headers,
      },
    );
  return { clock, sandbox, actions, send };
}

async function names(response: Response): Promise<string[]> {
  const body = await response.json();
  return body._links.actions.map((a: { name: string }) => a.name);
}

Deno.test("solicitationRoute() finds both Solicitations operations, and nothing else", () => {
  const orders = "/solicitations/v1/orders";
  assert.deepEqual(solicitationRoute("GET", `${orders}/1-2-3`), {
    operation: "getSolicitationActionsForOrder",
    kind: "solicitationActions",
    amazonOrderId: "1-2-3",
  });
  assert.deepEqual(
    solicitationRoute("POST", `${orders}/1%202/solicitations/${TYPE}`),
    {
      operation: "createProductReviewAndSellerFeedbackSolicitation",
      kind: "solicitation",
      amazonOrderId: "1 2",
      type: TYPE,
    },
  );
  assert.equal(
    solicitationRoute("POST", `${orders}/1/solicitations/other`)?.operation,
    "unknown",
  );
  assert.equal(solicitationRoute("POST", `${orders}/1-2-3`), undefined);
  assert.equal(
    solicitationRoute("GET", `${orders}/1/solicitations/${TYPE}`),
    undefined,
  );
  assert.equal(solicitationRoute("GET", `${orders}/%E0%A4%A`), undefined);
  assert.equal(
    solicitationRoute("GET", "/solicitations/v2/orders/1"),
    undefined,
  );
  // The sandbox's router reaches them.
  assert.equal(
    route("GET", `${orders}/1-2-3`)?.operation,
    "getSolicitationActionsForOrder",
  );
});

Deno.test("createSandbox() lists the solicitation and takes it once per order", async () => {
  const { sandbox, actions, send } = setup();
  const listed = await actions();
  assert.equal(listed.status, 200);
  assert.ok(listed.headers.get("x-amzn-RequestId"));
  const body = await listed.json();
  const path = `/solicitations/v1/orders/${ORDER}`;
  assert.deepEqual(body._links, {
    actions: [{
      href: `${path}/solicitations/${TYPE}?marketplaceIds=${US}`,
      name: TYPE,
    }],
    self: { href: `${path}?marketplaceIds=${US}` },
  });
  assert.deepEqual(body._embedded.actions[0]._links.schema, {
    href: `${path}/solicitations/${TYPE}/schema`,
    name: TYPE,
  });

  const sent = await send();
  assert.equal(sent.status, 201);
  assert.deepEqual(await sent.json(), {});
  assert.deepEqual(sandbox.solicitations, [{
    amazonOrderId: ORDER,
    type: TYPE,
    marketplaceId: US,
    time: START,
    requestId: sent.headers.get("x-amzn-RequestId"),
  }]);
  assert.equal(sandbox.sent.length, 0);

  // Once asked, the order lists nothing and refuses a second one.
  assert.deepEqual(await names(await actions()), []);
  const again = await send();
  assert.equal(again.status, 403);
  assert.deepEqual(await again.json(), {
    errors: [{
      code: "Unauthorized",
      message:
        "The requested solicitation is not available for this amazonOrderId.",
      details: "",
    }],
  });
  assert.equal(sandbox.solicitations.length, 1);
  // Other orders are not affected; reset() forgets which were asked.
  assert.equal((await send("222-3334445-5566677")).status, 201);
  sandbox.reset();
  assert.equal(sandbox.solicitations.length, 0);
  assert.deepEqual(await names(await actions()), [TYPE]);
});

Deno.test("createSandbox() opens the solicitation 5 to 30 days after deliveredAt", async () => {
  const cases: [number, boolean][] = [
    [4 * DAY, false],
    [5 * DAY - 1, false],
    [5 * DAY, true],
    [30 * DAY, true],
    [30 * DAY + 1, false],
    [-DAY, false],
  ];
  for (const [since, open] of cases) {
    const { actions, send } = setup({
      orders: { [ORDER]: { deliveredAt: START - since } },
    });
    assert.deepEqual(
      await names(await actions()),
      open ? [TYPE] : [],
      `${since}`,
    );
    const sent = await send();
    assert.equal(sent.status, open ? 201 : 403, `${since}`);
    if (!open) {
      const { errors } = await sent.json();
      assert.match(errors[0].message, /outside the 5-30 day range/);
    }
  }
  // The window moves with the sandbox clock.
  const { clock, actions } = setup({
    orders: { [ORDER]: { deliveredAt: START } },
  });
  assert.deepEqual(await names(await actions()), []);
  clock.advance(6 * DAY);
  assert.deepEqual(await names(await actions()), [TYPE]);
});

Deno.test("createSandbox() lets `solicitation` decide over deliveredAt", async () => {
  const { actions, send, sandbox } = setup({
    orders: {
      [ORDER]: { solicitation: false },
      "222-3334445-5566677": { solicitation: true, deliveredAt: START },
    },
  });
  assert.deepEqual(await names(await actions()), []);
  const refused = await send();
  assert.equal(refused.status, 403);
  assert.match(
    (await refused.json()).errors[0].message,
    /not available for this amazonOrderId/,
  );
  assert.equal((await send("222-3334445-5566677")).status, 201);
  sandbox.setOrder(ORDER, { solicitation: true });
  assert.equal((await send()).status, 201);
});

Deno.test("createSandbox() applies Amazon's checks to Solicitations: token, marketplace, order, rate limit", async () => {
  const { sandbox, actions, send } = setup({
    acceptUnknownOrders: false,
    orders: { [ORDER]: {} },
    rateLimit: { rate: 1, burst: 2 },
  });
  assert.equal((await actions(ORDER, {})).status, 403);
  assert.equal((await actions("999-9999999-9999999")).status, 404);
  assert.equal((await actions()).status, 429);
  // Each operation has its own bucket: the POST bucket is still full.
  assert.equal((await send(ORDER, {})).status, 403);
  assert.equal((await send()).status, 201);
  assert.equal((await send("999-9999999-9999999")).status, 429);
  assert.equal(sandbox.solicitations.length, 1);
  assert.deepEqual(
    sandbox.requests.filter((r) => r.status === 429).map((r) => r.operation),
    [
      "getSolicitationActionsForOrder",
      "createProductReviewAndSellerFeedbackSolicitation",
    ],
  );
});

Deno.test("createSandbox() answers 400 without one marketplace and 404 for other solicitation types", async () => {
  const { sandbox } = setup();
  const none = await sandbox.fetch(`${BASE}/${ORDER}`, { headers: TOKEN });
  assert.equal(none.status, 400);
  const two = await sandbox.fetch(
    `${BASE}/${ORDER}?marketplaceIds=${US},A1PA6795UKMFR9`,
    { headers: TOKEN },
  );
  assert.equal(two.status, 400);
  const other = await sandbox.fetch(
    `${BASE}/${ORDER}/solicitations/somethingElse?marketplaceIds=${US}`,
    { method: "POST", headers: TOKEN },
  );
  assert.equal(other.status, 404);
  const wrongMethod = await sandbox.fetch(
    `${BASE}/${ORDER}/solicitations/${TYPE}?marketplaceIds=${US}`,
    { headers: TOKEN },
  );
  assert.equal(wrongMethod.status, 404);
  assert.equal(sandbox.solicitations.length, 0);
});

Deno.test("createSandbox() applies faults to solicitations: taken before a drop or a 500, not before a 503", async () => {
  const { sandbox, send } = setup();
  const operation = "createProductReviewAndSellerFeedbackSolicitation";
  sandbox.injectFault({ kind: "unavailable", operation });
  assert.equal((await send()).status, 503);
  assert.equal(sandbox.solicitations.length, 0);
  sandbox.injectFault({ kind: "error-after-accept", operation });
  assert.equal((await send()).status, 500);
  assert.equal(sandbox.solicitations.length, 1);
  sandbox.injectFault({ kind: "drop", operation });
  await assert.rejects(send("222-3334445-5566677"), TypeError);
  assert.equal(sandbox.solicitations.length, 2);
});

Deno.test("createSandbox() refuses malformed solicitation settings", () => {
  assert.throws(
    () =>
      createSandbox({
        orders: { [ORDER]: { solicitation: "yes" as unknown as boolean } },
      }),
    TypeError,
  );
  assert.throws(
    () => createSandbox({ orders: { [ORDER]: { deliveredAt: NaN } } }),
    RangeError,
  );
  const sandbox = createSandbox();
  assert.throws(
    () => sandbox.setOrder(ORDER, { deliveredAt: "2026-01-01" as never }),
    /"deliveredAt" must be a time in milliseconds/,
  );
});

Deno.test("createSandbox() keeps at most maxRecords solicitations", async () => {
  const { sandbox, send } = setup({ maxRecords: 2 });
  for (const order of ["1-1-1", "2-2-2", "3-3-3"]) {
    assert.equal((await send(order)).status, 201);
  }
  assert.deepEqual(sandbox.solicitations.map((s) => s.amazonOrderId), [
    "2-2-2",
    "3-3-3",
  ]);
});
