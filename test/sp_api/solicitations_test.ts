/**
 * The client's Solicitations API v1: `getSolicitationActionsForOrder` and
 * `createProductReviewAndSellerFeedbackSolicitation` through the request
 * pipeline (token, Amazon's 1/s burst 5 plan, retries only where safe) and
 * the send guards (eligibility, one solicitation per order, idempotency).
 */
import assert from "node:assert/strict";
import {
  AuthError,
  MessageTypeUnavailableError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import { DuplicateMessageError } from "../../src/sp_api/duplicate_guard_store.ts";
import {
  IdempotencyKeyReusedError,
} from "../../src/sp_api/idempotency_store.ts";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import {
  createMessagingClient,
  type MessagingClientOptions,
} from "../../src/sp_api/messaging_client.ts";
import {
  createSandbox,
  SANDBOX_ORDER_OK,
  type SandboxOptions,
} from "../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "./_fake_clock.ts";

const US = "ATVPDKIKX0DER";
const ORDER = "902-3159896-1390916";
const OTHER = "111-2223334-4445556";
const TYPE = "productReviewAndSellerFeedback";
const DAY = 24 * 60 * 60 * 1000;
const START = 1_000 * DAY;

function setup(
  options: {
    sandbox?: SandboxOptions;
    client?: Partial<MessagingClientOptions>;
  } = {},
) {
  const clock = createFakeClock(START);
  const sandbox = createSandbox({ clock, ...options.sandbox });
  const client = createMessagingClient({
    auth: { accessToken: "Atza|solicitations" },
    fetch: sandbox.fetch,
    clock,
    ...options.client,
  });
  return { clock, sandbox, client };
}

/** A fetch that answers from a script, by call number (1-based). */
function scripted(
  answer: (n: number, request: Request) => Response,
): { fetch: FetchLike; requests: Request[] } {
  const requests: Request[] = [];
  return {
    requests,
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      return Promise.resolve(answer(requests.length, request));
    },
  };
}

function operations(sandbox: ReturnType<typeof createSandbox>): string[] {
  return sandbox.requests.map((r) => `${r.operation} ${r.status}`);
}

Deno.test("getSolicitationActionsForOrder() GETs the order's Solicitations resource and lists its actions", async () => {
  const { client, sandbox } = setup();
  const actions = await client.getSolicitationActionsForOrder("902 3159896/1", {
    marketplaceId: US,
  });
  const url = new URL(sandbox.requests[0].url);
  assert.equal(sandbox.requests[0].method, "GET");
  assert.equal(url.host, "sellingpartnerapi-na.amazon.com");
  assert.equal(
    url.pathname,
    "/solicitations/v1/orders/902%203159896%2F1",
  );
  assert.deepEqual(url.searchParams.getAll("marketplaceIds"), [US]);
  assert.deepEqual(actions.types, [TYPE]);
  assert.equal(actions.actions.length, 1);
  assert.equal(actions.actions[0].name, TYPE);
  assert.equal(actions.requestId, sandbox.requests[0].requestId);
  assert.ok(Object.isFrozen(actions.types));
});

Deno.test("getSolicitationActionsForOrder() keeps every named action once and skips malformed links", async () => {
  const stub = scripted(() =>
    Response.json({
      _links: {
        actions: [
          { href: "/a", name: TYPE },
          { href: "/a-again", name: TYPE },
          { href: "/b", name: "somethingNew" },
          { name: "noHref" },
          "junk",
          { href: "/unnamed" },
        ],
        self: { href: "/self" },
      },
    }, { headers: { "x-amzn-RequestId": "rid-1" } })
  );
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: stub.fetch,
  });
  const actions = await client.getSolicitationActionsForOrder(ORDER, {
    marketplaceId: US,
  });
  assert.deepEqual(actions.types, [TYPE, "somethingNew"]);
  assert.deepEqual(actions.actions.map((a) => a.href), [
    "/a",
    "/a-again",
    "/b",
    "/unnamed",
  ]);
  assert.equal(actions.requestId, "rid-1");
  assert.equal(
    stub.requests[0].headers.get("x-amz-access-token"),
    "Atza|x",
  );
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() checks eligibility, then POSTs once with no body", async () => {
  const { client, sandbox } = setup();
  const result = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    { marketplaceId: US },
  );
  assert.deepEqual(operations(sandbox), [
    "getSolicitationActionsForOrder 200",
    "createProductReviewAndSellerFeedbackSolicitation 201",
  ]);
  const post = new URL(sandbox.requests[1].url);
  assert.equal(sandbox.requests[1].method, "POST");
  assert.equal(
    post.pathname,
    `/solicitations/v1/orders/${ORDER}/solicitations/${TYPE}`,
  );
  assert.deepEqual(post.searchParams.getAll("marketplaceIds"), [US]);
  assert.deepEqual(result, {
    type: TYPE,
    amazonOrderId: ORDER,
    requestId: sandbox.requests[1].requestId,
  });
  assert.equal(sandbox.solicitations.length, 1);
  assert.equal(sandbox.solicitations[0].amazonOrderId, ORDER);
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() skips the check with checkEligibility: false", async () => {
  const { client, sandbox } = setup();
  await client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
    marketplaceId: US,
    checkEligibility: false,
  });
  assert.deepEqual(operations(sandbox), [
    "createProductReviewAndSellerFeedbackSolicitation 201",
  ]);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() refuses an order that lists no solicitation, sending nothing", async () => {
  const { client, sandbox } = setup({
    sandbox: { orders: { [OTHER]: { solicitation: false } } },
  });
  const error = await client.createProductReviewAndSellerFeedbackSolicitation(
    OTHER,
    { marketplaceId: US },
  ).catch((e) => e);
  assert.ok(error instanceof MessageTypeUnavailableError);
  assert.equal(error.type, TYPE);
  assert.equal(error.amazonOrderId, OTHER);
  assert.deepEqual(error.available, []);
  assert.equal(error.requestId, sandbox.requests[0].requestId);
  assert.match(
    error.message,
    /^Cannot send solicitation "productReviewAndSellerFeedback" as order "111-2223334-4445556" does not accept it now: .*5 to 30 days after delivery/,
  );
  assert.equal(sandbox.solicitations.length, 0);
  assert.deepEqual(operations(sandbox), ["getSolicitationActionsForOrder 200"]);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() maps Amazon's 403 outside the review window to MessageTypeUnavailableError", async () => {
  const { client, sandbox } = setup({
    // Delivered 40 days ago: past Amazon's 5-30 day window.
    sandbox: { orders: { [OTHER]: { deliveredAt: START - 40 * DAY } } },
  });
  const error = await client.createProductReviewAndSellerFeedbackSolicitation(
    OTHER,
    { marketplaceId: US, checkEligibility: false },
  ).catch((e) => e);
  assert.ok(error instanceof MessageTypeUnavailableError);
  assert.equal(error.status, 403);
  assert.equal(error.requestId, sandbox.requests[0].requestId);
  assert.ok(error.cause instanceof AuthError);
  assert.match(error.message, /outside the 5-30 day range/);
  assert.equal(sandbox.solicitations.length, 0);
  // Refused by Amazon, so the guard gave its claim back: a later try runs.
  const again = await client.createProductReviewAndSellerFeedbackSolicitation(
    OTHER,
    { marketplaceId: US, checkEligibility: false },
  ).catch((e) => e);
  assert.ok(again instanceof MessageTypeUnavailableError);
  assert.equal(sandbox.requests.length, 2);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() keeps other 403s as AuthError", async () => {
  const stub = scripted(() =>
    Response.json({
      errors: [{
        code: "Unauthorized",
        message: "Access to requested resource is denied.",
        details: "",
      }],
    }, { status: 403 })
  );
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: stub.fetch,
  });
  const error = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    { marketplaceId: US, checkEligibility: false },
  ).catch((e) => e);
  assert.ok(error instanceof AuthError);
  assert.ok(!(error instanceof MessageTypeUnavailableError));
  assert.equal(stub.requests.length, 1);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() refuses a second solicitation to the same order", async () => {
  const { client, sandbox } = setup();
  await client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
    marketplaceId: US,
  });
  const error = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    { marketplaceId: US },
  ).catch((e) => e);
  assert.ok(error instanceof DuplicateMessageError);
  assert.equal(error.type, TYPE);
  assert.equal(error.amazonOrderId, ORDER);
  assert.equal(error.windowMs, 30 * DAY);
  assert.match(error.message, /less than 30 days ago/);
  assert.equal(sandbox.requests.length, 2);
  // Another order is not affected.
  await client.createProductReviewAndSellerFeedbackSolicitation(OTHER, {
    marketplaceId: US,
  });
  assert.equal(sandbox.solicitations.length, 2);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() guards for 30 days even when messages use a shorter window", async () => {
  const { client, sandbox, clock } = setup({
    client: { duplicateGuard: { windowMs: 60 * 60 * 1000 } },
  });
  await client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
    marketplaceId: US,
    checkEligibility: false,
  });
  clock.advance(29 * DAY);
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: US,
      checkEligibility: false,
    }),
    DuplicateMessageError,
  );
  clock.advance(1 * DAY + 1);
  // The guard has let go; Amazon itself still refuses the order.
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: US,
      checkEligibility: false,
    }),
    MessageTypeUnavailableError,
  );
  assert.equal(sandbox.solicitations.length, 1);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() sends past the guard with allowDuplicate or windowMs 0", async () => {
  const { client, sandbox } = setup();
  await client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
    marketplaceId: US,
  });
  const error = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    { marketplaceId: US, allowDuplicate: true, checkEligibility: false },
  ).catch((e) => e);
  // The guard let it through; Amazon refused it (one per order).
  assert.ok(error instanceof MessageTypeUnavailableError);
  assert.match(error.message, /not available for this amazonOrderId/);

  const off = setup({ client: { duplicateGuard: { windowMs: 0 } } });
  await off.client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
    marketplaceId: US,
  });
  await assert.rejects(
    off.client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: US,
    }),
    MessageTypeUnavailableError,
  );
  assert.equal(sandbox.solicitations.length, 1);
  assert.equal(off.sandbox.solicitations.length, 1);
});

for (
  const [kind, status] of [
    ["error-after-accept", 500],
    ["drop", undefined],
    ["unavailable", 503],
  ] as const
) {
  Deno.test(`createProductReviewAndSellerFeedbackSolicitation() never resends after "${kind}": UnknownOutcomeError, and the guard holds`, async () => {
    const { client, sandbox } = setup({ client: { retry: 3 } });
    sandbox.injectFault({
      kind,
      operation: "createProductReviewAndSellerFeedbackSolicitation",
      times: 5,
    });
    const error = await client.createProductReviewAndSellerFeedbackSolicitation(
      ORDER,
      { marketplaceId: US, checkEligibility: false },
    ).catch((e) => e);
    assert.ok(error instanceof UnknownOutcomeError, String(error));
    assert.equal(error.status, status);
    assert.equal(
      error.operation,
      "createProductReviewAndSellerFeedbackSolicitation",
    );
    assert.equal(error.type, TYPE);
    assert.equal(error.amazonOrderId, ORDER);
    assert.equal(sandbox.requests.length, 1);
    assert.equal(sandbox.solicitations.length, kind === "unavailable" ? 0 : 1);
    // It may have reached Amazon: a later send is refused without a request.
    await assert.rejects(
      client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
        marketplaceId: US,
        checkEligibility: false,
      }),
      DuplicateMessageError,
    );
    assert.equal(sandbox.requests.length, 1);
  });
}

Deno.test("createProductReviewAndSellerFeedbackSolicitation() retries a 429 (Amazon did not take it) and GETs on 503", async () => {
  const stub = scripted((n, request) =>
    request.method === "GET" && n === 1
      ? Response.json(
        { errors: [{ code: "ServiceUnavailable", message: "" }] },
        {
          status: 503,
        },
      )
      : request.method === "GET"
      ? Response.json({
        _links: { actions: [{ href: "/x", name: TYPE }], self: { href: "/" } },
      })
      : n === 3
      ? Response.json({ errors: [{ code: "QuotaExceeded", message: "" }] }, {
        status: 429,
      })
      : new Response("{}", {
        status: 201,
        headers: { "x-amzn-RequestId": "rid-sent" },
      })
  );
  const clock = createFakeClock();
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: stub.fetch,
    clock,
    retry: { limit: 2, jitter: false },
  });
  const result = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    { marketplaceId: US },
  );
  assert.equal(result.requestId, "rid-sent");
  assert.deepEqual(stub.requests.map((r) => r.method), [
    "GET",
    "GET",
    "POST",
    "POST",
  ]);
  // No body and no content-type: the operation takes none.
  const post = stub.requests[3];
  assert.equal(post.headers.get("content-type"), null);
  assert.equal(await post.text(), "");
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() gives up on persistent 429 with QuotaExceededError, sent nothing", async () => {
  const stub = scripted(() =>
    Response.json({ errors: [{ code: "QuotaExceeded", message: "" }] }, {
      status: 429,
    })
  );
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: stub.fetch,
    clock: createFakeClock(),
    retry: { limit: 1, jitter: false },
  });
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: US,
      checkEligibility: false,
    }),
    QuotaExceededError,
  );
  assert.equal(stub.requests.length, 2);
  // Nothing reached Amazon, so the guard let go of the order.
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: US,
      checkEligibility: false,
    }),
    QuotaExceededError,
  );
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() replays an idempotency key instead of sending again", async () => {
  const { client, sandbox } = setup();
  const options = { marketplaceId: US, idempotencyKey: "review-1001" };
  const first = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    options,
  );
  const again = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    options,
  );
  assert.deepEqual(again, first);
  assert.equal(sandbox.solicitations.length, 1);
  assert.equal(sandbox.requests.length, 2);
  // The same key for another order, or for a message, is refused.
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(OTHER, options),
    IdempotencyKeyReusedError,
  );
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, {
      ...options,
      body: { text: "Your parcel is late." },
    }),
    IdempotencyKeyReusedError,
  );
  assert.equal(sandbox.requests.length, 2);
});

Deno.test("createProductReviewAndSellerFeedbackSolicitation() replays an unknown outcome under its idempotency key", async () => {
  const { client, sandbox } = setup();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createProductReviewAndSellerFeedbackSolicitation",
  });
  const options = {
    marketplaceId: US,
    idempotencyKey: "review-1002",
    checkEligibility: false,
  };
  const first = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    options,
  ).catch((e) => e);
  const again = await client.createProductReviewAndSellerFeedbackSolicitation(
    ORDER,
    options,
  ).catch((e) => e);
  assert.ok(first instanceof UnknownOutcomeError);
  assert.ok(again instanceof UnknownOutcomeError);
  assert.equal(again.message, first.message);
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("Solicitations calls are paced at Amazon's 1 per second, burst 5, whatever the Messaging rate", async () => {
  const { client, sandbox, clock } = setup({
    sandbox: { rateLimit: { rate: 1, burst: 5 } },
    client: { rateLimit: { rate: 50, burst: 50 } },
  });
  const orders = Array.from(
    { length: 8 },
    (_, i) => `111-2223334-44455${String(i).padStart(2, "0")}`,
  );
  await Promise.all(
    orders.map((order) =>
      client.getSolicitationActionsForOrder(order, { marketplaceId: US })
    ),
  );
  const statuses = sandbox.requests.map((r) => r.status);
  assert.deepEqual(statuses, Array(8).fill(200), "no 429");
  const times = sandbox.requests.map((r) => r.time - START);
  // Five at once, then one per second.
  assert.deepEqual(times.slice(0, 5), [0, 0, 0, 0, 0]);
  assert.ok(times[5] >= 1000 && times[5] < 1200, String(times));
  assert.ok(times[7] >= 3000 && times[7] < 3400, String(times));
  // Messaging keeps its own (here: faster) buckets.
  const before = clock.now();
  await client.getAttributes(ORDER, { marketplaceId: US });
  assert.equal(clock.now(), before);
});

Deno.test("Solicitations calls use LWA credentials and a sandbox that checks tokens", async () => {
  const credentials = {
    clientId: "amzn1.application-oa2-client.sol",
    clientSecret: "amzn1.oa2-cs.v1.SOL-SECRET",
    refreshToken: "Atzr|SOL-REFRESH",
  };
  const { client, sandbox } = setup({
    sandbox: { credentials },
    client: { auth: credentials },
  });
  await client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
    marketplaceId: US,
  });
  assert.deepEqual(operations(sandbox), [
    "lwaToken 200",
    "getSolicitationActionsForOrder 200",
    "createProductReviewAndSellerFeedbackSolicitation 201",
  ]);
  // A token the sandbox never issued is refused with 403: AuthError.
  const stranger = createMessagingClient({
    auth: { accessToken: "Atza|not-issued" },
    fetch: sandbox.fetch,
    retry: 0,
  });
  await assert.rejects(
    stranger.getSolicitationActionsForOrder(ORDER, { marketplaceId: US }),
    AuthError,
  );
});

Deno.test("Solicitations methods check their arguments before any request", async () => {
  const { client, sandbox } = setup();
  await assert.rejects(
    client.getSolicitationActionsForOrder(" 1", { marketplaceId: US }),
    TypeError,
  );
  await assert.rejects(
    client.getSolicitationActionsForOrder(ORDER, {
      marketplaceId: [US] as unknown as string,
    }),
    /one marketplace id, not a list/,
  );
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: US,
      checkEligibility: "no" as unknown as boolean,
    }),
    /"checkEligibility" must be true or false/,
  );
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: US,
      idempotencyKey: "has space",
    }),
    TypeError,
  );
  await assert.rejects(
    client.createProductReviewAndSellerFeedbackSolicitation(ORDER, {
      marketplaceId: "A2NOTAMARKET",
    }),
    RangeError,
  );
  assert.equal(sandbox.requests.length, 0);
});

Deno.test("Solicitations errors from Amazon keep their status and request id", async () => {
  const { client } = setup({ sandbox: { acceptUnknownOrders: false } });
  const error = await client.getSolicitationActionsForOrder(ORDER, {
    marketplaceId: US,
  }).catch((e) => e);
  assert.ok(error instanceof SpApiError);
  assert.equal(error.status, 404);
  assert.equal(error.operation, "getSolicitationActionsForOrder");
  assert.match(error.message, /for order "902-3159896-1390916"/);
  const ok = await client.getSolicitationActionsForOrder(SANDBOX_ORDER_OK, {
    marketplaceId: US,
  });
  assert.deepEqual(ok.types, [TYPE]);
});
