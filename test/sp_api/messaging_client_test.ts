import assert from "node:assert/strict";
import { BuyerMessagesError } from "../../src/errors.ts";
import { MESSAGE_TYPE_IDS } from "../../src/message_types/mod.ts";
import {
  AuthError,
  MessageTypeUnavailableError,
  MessageValidationError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import type { FetchLike } from "../../src/sp_api/fetch_like.ts";
import {
  createMessagingClient,
  type MessagingClient,
  type MessagingClientOptions,
  type RequestEvent,
  type ResponseEvent,
} from "../../src/sp_api/messaging_client.ts";
import type { RateLimitStore } from "../../src/sp_api/rate_limiter.ts";
import {
  createSandbox,
  SANDBOX_ORDER_INVALID,
  SANDBOX_ORDER_OK,
  type SandboxOptions,
} from "../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "./_fake_clock.ts";

const US = "ATVPDKIKX0DER";
const DE = "A1PA6795UKMFR9";
const JP = "A1VC38T7YXB528";
const ORDER = "902-3159896-1390916";
const ACCESS_TOKEN = "Atza|FIXED-ACCESS-TOKEN-SECRET";
const CREDENTIALS = {
  clientId: "amzn1.application-oa2-client.test",
  clientSecret: "amzn1.oa2-cs.v1.CLIENT-SECRET-VALUE",
  refreshToken: "Atzr|REFRESH-TOKEN-VALUE",
};
const ATTACHMENT = { uploadDestinationId: "u-1", fileName: "doc.pdf" };

interface Seen {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
}

/** Wraps a fetch and records what went through it. */
function recording(inner: FetchLike): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  return {
    seen,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push({
        method: request.method,
        url: new URL(request.url),
        headers: new Headers(request.headers),
        body: await request.clone().text(),
      });
      return inner(request, init?.signal ? { signal: init.signal } : {});
    },
  };
}

/** A fetch that answers from a script, by call number (1-based). */
function scripted(
  answer: (n: number, request: Request) => Response | Promise<Response>,
): { fetch: FetchLike; calls: () => number } {
  let n = 0;
  return {
    calls: () => n,
    fetch: (input, init) => {
      n++;
      return Promise.resolve(answer(n, new Request(input, init)));
    },
  };
}

function amazonError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ errors: [{ code, message, details: "" }] }, {
    status,
    headers: { "x-amzn-RequestId": `rid-${status}`, ...headers },
  });
}

function setup(
  options: {
    sandbox?: SandboxOptions;
    client?: Partial<MessagingClientOptions>;
  } = {},
) {
  const clock = createFakeClock();
  const sandbox = createSandbox({ clock, ...options.sandbox });
  const client = createMessagingClient({
    auth: { accessToken: ACCESS_TOKEN },
    fetch: sandbox.fetch,
    clock,
    ...options.client,
  });
  return { clock, sandbox, client };
}

function allShown(value: unknown): string {
  const parts = [
    String(value),
    JSON.stringify(value) ?? "",
    Deno.inspect(value, { depth: Infinity, showHidden: true }),
  ];
  let error: unknown = value;
  for (let depth = 0; error instanceof Error && depth < 5; depth++) {
    parts.push(error.message, String(error.stack), JSON.stringify(error));
    error = error.cause;
  }
  return parts.join("\n");
}

function assertNoSecrets(value: unknown, secrets: readonly string[]): void {
  const shown = allShown(value);
  for (const secret of secrets) {
    assert.ok(!shown.includes(secret), `"${secret}" leaked in:\n${shown}`);
  }
}

Deno.test("createMessagingClient() calls every operation with one marketplaceIds value and the required headers", async () => {
  const sandbox = createSandbox({ rateLimit: false });
  const { fetch, seen } = recording(sandbox.fetch);
  const client = createMessagingClient({
    auth: { accessToken: ACCESS_TOKEN },
    fetch,
    rateLimit: { rate: 1000, burst: 1000 },
  });
  const options = { marketplaceId: US };
  const id = SANDBOX_ORDER_OK;
  const text = { text: "Hello" };
  const files = { attachments: [ATTACHMENT] };
  const calls: [string, string, () => Promise<unknown>][] = [
    ["GET", "", () => client.getMessagingActionsForOrder(id, options)],
    ["GET", "/attributes", () => client.getAttributes(id, options)],
    [
      "POST",
      "/messages/confirmCustomizationDetails",
      () => client.confirmCustomizationDetails(id, { ...options, body: text }),
    ],
    [
      "POST",
      "/messages/confirmDeliveryDetails",
      () => client.createConfirmDeliveryDetails(id, { ...options, body: text }),
    ],
    [
      "POST",
      "/messages/legalDisclosure",
      () => client.createLegalDisclosure(id, { ...options, body: files }),
    ],
    [
      "POST",
      "/messages/negativeFeedbackRemoval",
      () => client.createNegativeFeedbackRemoval(id, options),
    ],
    [
      "POST",
      "/messages/confirmOrderDetails",
      () => client.createConfirmOrderDetails(id, { ...options, body: text }),
    ],
    [
      "POST",
      "/messages/confirmServiceDetails",
      () => client.createConfirmServiceDetails(id, { ...options, body: text }),
    ],
    [
      "POST",
      "/messages/amazonMotors",
      () => client.createAmazonMotors(id, { ...options, body: files }),
    ],
    [
      "POST",
      "/messages/warranty",
      () => client.createWarranty(id, { ...options, body: files }),
    ],
    [
      "POST",
      "/messages/digitalAccessKey",
      () => client.createDigitalAccessKey(id, { ...options, body: text }),
    ],
    [
      "POST",
      "/messages/unexpectedProblem",
      () => client.createUnexpectedProblem(id, { ...options, body: text }),
    ],
    [
      "POST",
      "/messages/invoice",
      () => client.sendInvoice(id, { ...options, body: files }),
    ],
  ];
  for (const [method, suffix, call] of calls) {
    const before = seen.length;
    await call();
    assert.equal(seen.length, before + 1, suffix);
    const request = seen.at(-1)!;
    assert.equal(request.method, method, suffix);
    assert.equal(request.url.origin, "https://sellingpartnerapi-na.amazon.com");
    assert.equal(request.url.pathname, `/messaging/v1/orders/${id}${suffix}`);
    assert.deepEqual(request.url.searchParams.getAll("marketplaceIds"), [US]);
    assert.equal(request.headers.get("x-amz-access-token"), ACCESS_TOKEN);
    assert.equal(
      request.headers.get("user-agent"),
      "sellerkit-buyer-messages/0.1.0 (Language=TypeScript)",
    );
    assert.match(request.headers.get("accept")!, /application\/json/);
    if (method === "POST" && !suffix.endsWith("negativeFeedbackRemoval")) {
      assert.equal(request.headers.get("content-type"), "application/json");
      assert.ok(request.body.startsWith("{"));
    } else {
      assert.equal(request.headers.get("content-type"), null, suffix);
      assert.equal(request.body, "", suffix);
    }
  }
  assert.equal(sandbox.sent.length, 11);
  assert.deepEqual(
    sandbox.sent.map((s) => s.type).sort(),
    [
      ...MESSAGE_TYPE_IDS,
    ].sort(),
  );
});

Deno.test("createMessagingClient() URL-encodes the order id in the path", async () => {
  const { fetch, seen } = recording(
    scripted(() => Response.json({ buyer: { locale: "en-US" } })).fetch,
  );
  const client = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch,
  });
  await client.getAttributes("12/3 4?x#y", { marketplaceId: US });
  assert.equal(
    seen[0].url.pathname,
    "/messaging/v1/orders/12%2F3%204%3Fx%23y/attributes",
  );
  assert.equal(seen[0].url.search, `?marketplaceIds=${US}`);
});

Deno.test("createMessagingClient() picks the host from the marketplace, region, sandbox or endpoint", async () => {
  const answer = () => Response.json({ buyer: {} });
  async function origin(
    options: Partial<MessagingClientOptions>,
    marketplaceId: string,
  ): Promise<string> {
    const { fetch, seen } = recording(scripted(answer).fetch);
    const client = createMessagingClient({
      auth: { accessToken: "t-1234" },
      fetch,
      ...options,
    });
    await client.getAttributes(ORDER, { marketplaceId });
    return `${seen[0].url.origin}${seen[0].url.pathname}`;
  }
  const path = `/messaging/v1/orders/${ORDER}/attributes`;
  assert.equal(
    await origin({}, US),
    `https://sellingpartnerapi-na.amazon.com${path}`,
  );
  assert.equal(
    await origin({}, DE),
    `https://sellingpartnerapi-eu.amazon.com${path}`,
  );
  assert.equal(
    await origin({}, JP),
    `https://sellingpartnerapi-fe.amazon.com${path}`,
  );
  assert.equal(
    await origin({ sandbox: true }, DE),
    `https://sandbox.sellingpartnerapi-eu.amazon.com${path}`,
  );
  assert.equal(
    await origin({ region: "fe" }, US),
    `https://sellingpartnerapi-fe.amazon.com${path}`,
  );
  assert.equal(
    await origin({ region: "eu" }, "A2ZZZZNEWMARKET"),
    `https://sellingpartnerapi-eu.amazon.com${path}`,
  );
  assert.equal(
    await origin({ endpoint: "http://127.0.0.1:4010/prefix/" }, US),
    `http://127.0.0.1:4010/prefix${path}`,
  );
  const client = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: scripted(answer).fetch,
  });
  await assert.rejects(
    client.getAttributes(ORDER, { marketplaceId: "A2ZZZZNEWMARKET" }),
    RangeError,
  );
});

Deno.test("getMessagingActionsForOrder() parses HAL links into known type ids", async () => {
  const { client } = setup();
  const actions = await client.getMessagingActionsForOrder(SANDBOX_ORDER_OK, {
    marketplaceId: US,
  });
  assert.equal(actions.types.length, 11);
  assert.ok(!actions.types.includes("attributes" as never));
  assert.equal(actions.actions.length, 12);
  assert.deepEqual(actions.actions.at(-1), {
    href:
      `/messaging/v1/orders/${SANDBOX_ORDER_OK}/attributes?marketplaceIds=${US}`,
    name: "attributes",
  });
  assert.match(actions.requestId!, /^[0-9a-f-]{36}$/);

  const odd = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: scripted(() =>
      Response.json({
        _links: {
          actions: [
            { href: "/a", name: "warranty" },
            { href: "/b", name: "brandNewType" },
            { href: "/c" },
            { name: "noHref" },
            { href: "/d", name: "warranty" },
          ],
          self: { href: "/self" },
        },
      }, { headers: { "x-amzn-RequestId": "rid-odd" } })
    ).fetch,
  });
  const parsed = await odd.getMessagingActionsForOrder(ORDER, {
    marketplaceId: US,
  });
  assert.deepEqual(parsed.types, ["warranty"]);
  assert.deepEqual(parsed.actions, [
    { href: "/a", name: "warranty" },
    { href: "/b", name: "brandNewType" },
    { href: "/c" },
    { href: "/d", name: "warranty" },
  ]);
  assert.equal(parsed.requestId, "rid-odd");
  const empty = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: scripted(() => Response.json({})).fetch,
  });
  assert.deepEqual(
    (await empty.getMessagingActionsForOrder(ORDER, { marketplaceId: US }))
      .types,
    [],
  );
});

Deno.test("getAttributes() returns the buyer locale and leaves it out when absent", async () => {
  const { client } = setup({
    sandbox: { orders: { [ORDER]: { locale: "zh-CN" } } },
  });
  const attributes = await client.getAttributes(ORDER, { marketplaceId: US });
  assert.equal(attributes.locale, "zh-CN");
  assert.equal(typeof attributes.requestId, "string");
  const bare = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: scripted(() => Response.json({ buyer: {} })).fetch,
  });
  const none = await bare.getAttributes(ORDER, { marketplaceId: US });
  assert.deepEqual(none, { requestId: undefined });
  assert.ok(!("locale" in none));
});

Deno.test("createMessagingClient() validates the body before any request and lists issues with paths", async () => {
  const { client, sandbox } = setup();
  const cases: [Promise<unknown>, string, string[]][] = [
    [
      client.createUnexpectedProblem(ORDER, {
        marketplaceId: US,
        body: { text: "x".repeat(2001) },
      }),
      "unexpectedProblem",
      ["text"],
    ],
    [
      client.createWarranty(ORDER, {
        marketplaceId: US,
        body: {
          attachments: [{ uploadDestinationId: "", fileName: "w.pdf" }],
          coverageEndDate: "tomorrow",
        },
      }),
      "warranty",
      ["attachments.0.uploadDestinationId", "coverageEndDate"],
    ],
    [
      client.sendMessage("legalDisclosure", ORDER, {
        marketplaceId: US,
        body: { text: "no text here" } as never,
      }),
      "legalDisclosure",
      ["text"],
    ],
    [
      client.sendInvoice(ORDER, { marketplaceId: US, body: undefined! }),
      "invoice",
      ["attachments"],
    ],
    [
      client.sendMessage("negativeFeedbackRemoval", SANDBOX_ORDER_OK, {
        marketplaceId: US,
        body: { text: "x" } as never,
      }),
      "negativeFeedbackRemoval",
      [""],
    ],
    [
      client.createConfirmOrderDetails(ORDER, {
        marketplaceId: US,
        body: { text: "ok", coupon: "SAVE10" } as never,
      }),
      "confirmOrderDetails",
      ["coupon"],
    ],
  ];
  for (const [promise, type, paths] of cases) {
    const error = await promise.catch((e) => e);
    assert.ok(error instanceof MessageValidationError, type);
    assert.ok(error instanceof BuyerMessagesError);
    assert.equal(error.type, type);
    assert.deepEqual(error.issues.map((issue) => issue.path), paths, type);
    assert.match(error.message, new RegExp(`Cannot send message "${type}"`));
  }
  assert.equal(sandbox.requests.length, 0, "nothing reached Amazon");
});

Deno.test("createMessagingClient() rejects bad order and marketplace ids before any request", async () => {
  const { client, sandbox } = setup();
  const body = { text: "Hello" };
  await assert.rejects(
    client.createUnexpectedProblem("", { marketplaceId: US, body }),
    TypeError,
  );
  await assert.rejects(
    client.createUnexpectedProblem("   ", { marketplaceId: US, body }),
    TypeError,
  );
  await assert.rejects(
    client.createUnexpectedProblem(" 123", { marketplaceId: US, body }),
    TypeError,
  );
  await assert.rejects(
    client.getAttributes(undefined!, { marketplaceId: US }),
    TypeError,
  );
  await assert.rejects(
    client.getAttributes(ORDER, { marketplaceId: [US, DE] as never }),
    /not a list/,
  );
  await assert.rejects(
    client.getAttributes(ORDER, { marketplaceId: `${US},${DE}` }),
    RangeError,
  );
  await assert.rejects(
    client.getAttributes(ORDER, { marketplaceId: "" }),
    TypeError,
  );
  await assert.rejects(client.getAttributes(ORDER, undefined!), TypeError);
  await assert.rejects(
    client.sendMessage("nope" as "warranty", ORDER, {
      marketplaceId: US,
      body: { attachments: [ATTACHMENT] },
    }),
    RangeError,
  );
  assert.equal(sandbox.requests.length, 0);
});

Deno.test("sendMessage() checks eligibility first and refuses unlisted types", async () => {
  const { client, sandbox } = setup({
    sandbox: {
      orders: { [ORDER]: { types: ["unexpectedProblem", "invoice"] } },
    },
  });
  const error = await client.sendMessage("confirmDeliveryDetails", ORDER, {
    marketplaceId: US,
    body: { text: "Monday" },
  }).catch((e) => e);
  assert.ok(error instanceof MessageTypeUnavailableError);
  assert.equal(error.type, "confirmDeliveryDetails");
  assert.equal(error.amazonOrderId, ORDER);
  assert.deepEqual(error.available, ["unexpectedProblem", "invoice"]);
  assert.equal(error.status, undefined);
  assert.equal(error.requestId, sandbox.requests[0].requestId);
  assert.match(
    error.message,
    /Cannot send message "confirmDeliveryDetails" as order "902-3159896-1390916" does not accept it now: allowed types are "unexpectedProblem", "invoice"/,
  );
  assert.deepEqual(sandbox.requests.map((r) => r.operation), [
    "getMessagingActionsForOrder",
  ]);
  assert.equal(sandbox.sent.length, 0);

  const ok = await client.sendMessage("unexpectedProblem", ORDER, {
    marketplaceId: US,
    body: { text: "Your parcel is delayed." },
  });
  assert.equal(ok.type, "unexpectedProblem");
  assert.equal(ok.amazonOrderId, ORDER);
  assert.equal(ok.requestId, sandbox.sent[0].requestId);
  assert.deepEqual(sandbox.requests.map((r) => r.operation).slice(1), [
    "getMessagingActionsForOrder",
    "createUnexpectedProblem",
  ]);
});

Deno.test("sendMessage() maps Amazon's 403 template combination to MessageTypeUnavailableError", async () => {
  const { client, sandbox } = setup({
    sandbox: { orders: { [ORDER]: { types: ["invoice"] } } },
  });
  const error = await client.sendMessage("unexpectedProblem", ORDER, {
    marketplaceId: US,
    body: { text: "Hello" },
    checkEligibility: false,
  }).catch((e) => e);
  assert.ok(error instanceof MessageTypeUnavailableError);
  assert.equal(error.status, 403);
  assert.equal(error.available, undefined);
  assert.equal(error.requestId, sandbox.requests[0].requestId);
  assert.ok(error.cause instanceof SpApiError);
  assert.equal(sandbox.requests.length, 1);
  // The typed methods skip the eligibility check and map the 403 too.
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, {
      marketplaceId: US,
      body: { text: "Hello" },
    }),
    MessageTypeUnavailableError,
  );
});

Deno.test("createMessagingClient() maps error statuses to SpApiError, AuthError and QuotaExceededError", async () => {
  const { client } = setup();
  const invalid = await client.getAttributes(SANDBOX_ORDER_INVALID, {
    marketplaceId: US,
  }).catch((e) => e);
  assert.ok(invalid instanceof SpApiError);
  assert.ok(!(invalid instanceof AuthError));
  assert.equal(invalid.status, 400);
  assert.equal(invalid.code, "InvalidInput");
  assert.equal(invalid.operation, "getAttributes");
  assert.deepEqual(invalid.errors, [{
    code: "InvalidInput",
    message: "Invalid Input",
  }]);
  assert.match(invalid.requestId!, /^[0-9a-f-]{36}$/);
  assert.ok(invalid.response instanceof Response);
  assert.equal(invalid.response.status, 400);
  assert.equal(
    invalid.message,
    `Cannot call "getAttributes" for order "${SANDBOX_ORDER_INVALID}": Amazon answered 400 "InvalidInput": Invalid Input`,
  );

  for (
    const [status, code, expected] of [
      [404, "NotFound", SpApiError],
      [413, "RequestTooLarge", SpApiError],
      [415, "UnsupportedMediaType", SpApiError],
      [401, "Unauthorized", AuthError],
      [403, "Unauthorized", AuthError],
      [501, "NotImplemented", SpApiError],
    ] as const
  ) {
    const stub = scripted(() => amazonError(status, code, "Nope"));
    const c = createMessagingClient({
      auth: { accessToken: "t-1234" },
      fetch: stub.fetch,
      clock: createFakeClock(),
    });
    const error = await c.getAttributes(ORDER, { marketplaceId: US }).catch((
      e,
    ) => e);
    assert.ok(error instanceof expected, `${status}`);
    assert.equal(error.status, status);
    assert.equal(error.code, code);
    assert.equal(error.requestId, `rid-${status}`);
    assert.equal(stub.calls(), 1, `${status} is not retried`);
  }

  const throttled = scripted(() =>
    amazonError(429, "QuotaExceeded", "You exceeded your quota")
  );
  const c = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: throttled.fetch,
    clock: createFakeClock(),
    retry: { limit: 2 },
  });
  const quota = await c.getAttributes(ORDER, { marketplaceId: US }).catch((
    e,
  ) => e);
  assert.ok(quota instanceof QuotaExceededError);
  assert.ok(quota instanceof SpApiError);
  assert.equal(quota.status, 429);
  assert.equal(quota.code, "QuotaExceeded");
  assert.equal(quota.attempts, 3);
  assert.equal(throttled.calls(), 3);
});

Deno.test("createMessagingClient() retries 429 with capped exponential backoff, also for message POSTs", async () => {
  const clock = createFakeClock();
  const times: number[] = [];
  const stub = scripted((n) => {
    times.push(clock.now());
    return n <= 3
      ? amazonError(429, "QuotaExceeded", "Slow down")
      : new Response("{}", { status: 201 });
  });
  const client = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: stub.fetch,
    clock,
    rateLimit: { rate: 1000, burst: 1000 },
    retry: { limit: 5, jitter: false, backoffLimit: 1500 },
  });
  const result = await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Hello" },
  });
  assert.equal(result.type, "unexpectedProblem");
  assert.deepEqual(times, [0, 500, 1500, 3000]);
});

Deno.test("createMessagingClient() gets through a throttling sandbox by retrying 429s, sending each message once", async () => {
  const { client, sandbox } = setup({
    sandbox: { rateLimit: { rate: 1, burst: 1 } },
    client: { rateLimit: { rate: 1000, burst: 1000 }, retry: { limit: 10 } },
  });
  await Promise.all(
    Array.from({ length: 4 }, (_, i) =>
      client.createUnexpectedProblem(ORDER, {
        marketplaceId: US,
        body: { text: `Message ${i}` },
      })),
  );
  assert.equal(sandbox.sent.length, 4);
  assert.deepEqual(
    sandbox.sent.map((s) => (s.body as { text: string }).text).sort(),
    ["Message 0", "Message 1", "Message 2", "Message 3"],
  );
  assert.ok(sandbox.requests.some((r) => r.status === 429));
});

Deno.test("createMessagingClient() gives up on 429 at maxRetryTime", async () => {
  const clock = createFakeClock();
  const stub = scripted(() => amazonError(429, "QuotaExceeded", "Slow down"));
  const client = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: stub.fetch,
    clock,
    rateLimit: { rate: 1000, burst: 1000 },
    retry: { limit: 10, jitter: false, maxRetryTime: 1000 },
  });
  const error = await client.getAttributes(ORDER, { marketplaceId: US }).catch(
    (e) => e,
  );
  assert.ok(error instanceof QuotaExceededError);
  // Attempts at 0 and 500 ms; the next (at 1500 ms) would pass the budget.
  assert.equal(stub.calls(), 2);
  assert.equal(clock.now(), 500);
  assert.match(error.message, /still throttled after 2 attempts/);
});

Deno.test("createMessagingClient() retries GETs on 500, 502, 503, 504, network errors and timeouts", async () => {
  const clock = createFakeClock();
  const stub = scripted((n) => {
    if (n === 1) return amazonError(500, "InternalFailure", "Oops");
    if (n === 2) return amazonError(503, "ServiceUnavailable", "Busy");
    if (n === 3) return amazonError(502, "BadGateway", "Gateway");
    if (n === 4) return amazonError(504, "GatewayTimeout", "Gateway");
    if (n === 5) throw new TypeError("connection reset");
    if (n === 6) return new Promise<Response>(() => {}); // times out
    return Response.json({ buyer: { locale: "fr-FR" } });
  });
  const client = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: stub.fetch,
    clock,
    timeoutMs: 2000,
    retry: { limit: 6, backoffLimit: 100 },
  });
  const attributes = await client.getAttributes(ORDER, { marketplaceId: US });
  assert.equal(attributes.locale, "fr-FR");
  assert.equal(stub.calls(), 7);

  const failing = scripted(() =>
    amazonError(503, "ServiceUnavailable", "Busy")
  );
  const giveUp = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: failing.fetch,
    clock: createFakeClock(),
    retry: 2,
  });
  const error = await giveUp.getAttributes(ORDER, { marketplaceId: US }).catch(
    (e) => e,
  );
  assert.ok(error instanceof SpApiError);
  assert.equal(error.status, 503);
  assert.equal(failing.calls(), 3);

  const broken = scripted(() => {
    throw new TypeError("dns failure");
  });
  const noNetwork = createMessagingClient({
    auth: { accessToken: "t-1234" },
    fetch: broken.fetch,
    clock: createFakeClock(),
    retry: 1,
  });
  await assert.rejects(
    noNetwork.getAttributes(ORDER, { marketplaceId: US }),
    /dns failure/,
  );
  assert.equal(broken.calls(), 2);
});

Deno.test("createMessagingClient() never resends a message after a 500: sent exactly once, UnknownOutcomeError", async () => {
  const { client, sandbox } = setup();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
  });
  const error = await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Your parcel was damaged." },
  }).catch((e) => e);
  assert.ok(error instanceof UnknownOutcomeError);
  assert.ok(error instanceof BuyerMessagesError);
  assert.equal(error.status, 500);
  assert.equal(error.operation, "createUnexpectedProblem");
  assert.equal(error.type, "unexpectedProblem");
  assert.equal(error.amazonOrderId, ORDER);
  assert.equal(error.requestId, sandbox.sent[0].requestId);
  assert.ok(error.cause instanceof SpApiError);
  assert.match(error.message, /Amazon answered 500 "InternalFailure"/);
  assert.equal(sandbox.sent.length, 1);
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("createMessagingClient() never resends a message after a timeout", async () => {
  const { client, sandbox, clock } = setup({ client: { timeoutMs: 1000 } });
  sandbox.injectFault({ kind: "latency", latencyMs: 60_000 });
  const error = await client.createConfirmOrderDetails(ORDER, {
    marketplaceId: US,
    body: { text: "Please confirm size EU 42." },
  }).catch((e) => e);
  assert.ok(error instanceof UnknownOutcomeError);
  assert.equal(error.status, undefined);
  assert.ok(error.cause instanceof DOMException);
  assert.equal((error.cause as DOMException).name, "TimeoutError");
  assert.match(error.message, /timed out after 1000 ms; it was not resent/);
  assert.equal(clock.now(), 1000);
  assert.equal(sandbox.sent.length, 1);
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("createMessagingClient() never resends a message after a dropped connection", async () => {
  const { client, sandbox } = setup();
  sandbox.injectFault({ kind: "drop", operation: "createWarranty" });
  const error = await client.createWarranty(ORDER, {
    marketplaceId: US,
    body: { attachments: [ATTACHMENT] },
  }).catch((e) => e);
  assert.ok(error instanceof UnknownOutcomeError);
  assert.ok(error.cause instanceof TypeError);
  assert.match(error.message, /the connection failed/);
  assert.equal(sandbox.sent.length, 1);
  assert.equal(sandbox.requests.length, 1);
  // A GET after a drop is simply retried.
  sandbox.injectFault({ kind: "drop", operation: "getAttributes" });
  const attributes = await client.getAttributes(ORDER, { marketplaceId: US });
  assert.equal(attributes.locale, "en-US");
});

Deno.test("createMessagingClient() treats a 503 on a message POST as an unknown outcome too", async () => {
  const { client, sandbox } = setup();
  sandbox.injectFault({ kind: "unavailable", times: 5 });
  const error = await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Hello" },
  }).catch((e) => e);
  assert.ok(error instanceof UnknownOutcomeError);
  assert.equal(error.status, 503);
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("createMessagingClient() sends nothing when the caller aborts before the request starts", async () => {
  const { client, sandbox, clock } = setup({
    sandbox: { rateLimit: { rate: 1, burst: 5 } },
    client: { rateLimit: { rate: 1, burst: 1 } },
  });
  const aborted = new AbortController();
  aborted.abort(new DOMException("user gave up", "AbortError"));
  const early = await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Hello" },
    signal: aborted.signal,
  }).catch((e) => e);
  assert.ok(!(early instanceof UnknownOutcomeError));
  assert.equal(early.name, "AbortError");
  assert.equal(sandbox.requests.length, 0);

  // Aborted while waiting for a rate-limit token: still nothing sent.
  await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "First" },
  });
  const controller = new AbortController();
  clock.sleep(500).then(() =>
    controller.abort(new DOMException("user gave up", "AbortError"))
  );
  const waiting = await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Second" },
    signal: controller.signal,
  }).catch((e) => e);
  assert.equal(waiting.name, "AbortError");
  assert.equal(clock.now(), 500);
  assert.equal(sandbox.sent.length, 1);
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("createMessagingClient() lets a send that is on the wire complete when the caller aborts", async () => {
  const { client, sandbox, clock } = setup();
  sandbox.injectFault({ kind: "latency", latencyMs: 5000 });
  const controller = new AbortController();
  // The caller gives up once the message is on the wire (recorded by the
  // sandbox, its answer delayed), whatever the machine's load.
  (async () => {
    while (sandbox.sent.length === 0) await clock.sleep(10);
    controller.abort(new DOMException("user gave up", "AbortError"));
  })();
  const result = await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Hello" },
    signal: controller.signal,
  });
  assert.ok(controller.signal.aborted);
  assert.equal(result.requestId, sandbox.sent[0].requestId);
  const sentAt = sandbox.requests.find((r) => r.operation !== "lwaToken")!.time;
  assert.equal(
    clock.now() - sentAt,
    5000,
    "the answer was awaited, not abandoned",
  );
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("createMessagingClient() waits for a token instead of getting a 429", async () => {
  // Amazon's side: 10 requests per second, burst 5. M = 30 messages at once.
  const { client, sandbox, clock } = setup({
    sandbox: { rateLimit: { rate: 10, burst: 5 } },
    client: { rateLimit: { rate: 10, burst: 5 }, retry: 0 },
  });
  const start = clock.now();
  await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      client.createUnexpectedProblem(ORDER, {
        marketplaceId: US,
        body: { text: `Update ${i}` },
      })),
  );
  const elapsed = clock.now() - start;
  const ideal = ((30 - 5) / 10) * 1000;
  assert.equal(sandbox.requests.filter((r) => r.status === 429).length, 0);
  assert.equal(sandbox.sent.length, 30);
  assert.ok(elapsed >= ideal, `${elapsed} ms is faster than the rate allows`);
  assert.ok(elapsed <= ideal * 1.1, `${elapsed} ms > 1.1 × ${ideal} ms`);
});

Deno.test("createMessagingClient() gets its access token before it takes a rate-limit token", async () => {
  // A slow first token refresh must not sit between the rate-limit token and
  // the request: the queue then runs ahead of Amazon's bucket (a 429).
  const clock = createFakeClock();
  const sandbox = createSandbox({ clock, rateLimit: { rate: 10, burst: 5 } });
  // Like a caching LWA provider: the first refresh takes 300 ms and every
  // caller waits for it; afterwards the token is at hand.
  let refresh: Promise<string> | undefined;
  const client = createMessagingClient({
    auth: () => refresh ??= clock.sleep(300).then(() => "Atza|slow"),
    fetch: sandbox.fetch,
    clock,
    rateLimit: { rate: 10, burst: 5 },
    retry: 0,
  });
  await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      client.createUnexpectedProblem(ORDER, {
        marketplaceId: US,
        body: { text: `Update ${i}` },
      })),
  );
  assert.equal(sandbox.requests.filter((r) => r.status === 429).length, 0);
  assert.equal(sandbox.sent.length, 12);
});

Deno.test("createMessagingClient() paces sequential sends with eligibility checks without a 429", async () => {
  const { client, sandbox, clock } = setup({
    sandbox: { rateLimit: { rate: 10, burst: 5 } },
    client: { rateLimit: { rate: 10, burst: 5 }, retry: 0 },
  });
  for (let i = 0; i < 30; i++) {
    await client.sendMessage("confirmOrderDetails", ORDER, {
      marketplaceId: US,
      body: { text: `Question ${i}` },
    });
  }
  assert.equal(sandbox.requests.filter((r) => r.status === 429).length, 0);
  assert.equal(sandbox.requests.length, 60);
  assert.ok(clock.now() <= 2500 * 1.1, `${clock.now()} ms`);
});

Deno.test("createMessagingClient() adapts its rate to x-amzn-RateLimit-Limit", async () => {
  async function run(stripHeader: boolean) {
    const clock = createFakeClock();
    const sandbox = createSandbox({ clock, rateLimit: { rate: 10, burst: 5 } });
    const fetch: FetchLike = async (input, init) => {
      const response = await sandbox.fetch(input, init);
      if (!stripHeader) return response;
      const headers = new Headers(response.headers);
      headers.delete("x-amzn-RateLimit-Limit");
      return new Response(response.body, { status: response.status, headers });
    };
    // The client believes 100/s; Amazon says 10/s in its header.
    const client = createMessagingClient({
      auth: { accessToken: "t-1234" },
      fetch,
      clock,
      rateLimit: { rate: 100, burst: 5 },
      retry: { limit: 10 },
    });
    for (let i = 0; i < 30; i++) {
      await client.createUnexpectedProblem(ORDER, {
        marketplaceId: US,
        body: { text: `Update ${i}` },
      });
    }
    assert.equal(sandbox.sent.length, 30);
    return {
      throttled: sandbox.requests.filter((r) => r.status === 429).length,
      elapsed: clock.now(),
    };
  }
  const adapted = await run(false);
  assert.equal(adapted.throttled, 0);
  assert.ok(adapted.elapsed <= 2750, `${adapted.elapsed} ms`);
  const blind = await run(true);
  assert.ok(blind.throttled > 0, "without the header the client hits 429s");
});

Deno.test("createMessagingClient() keys rate-limit buckets by seller and operation, never by a raw secret", async () => {
  const keys: string[] = [];
  const store: RateLimitStore = {
    reserve(key) {
      keys.push(key);
      return 0;
    },
    drain() {},
  };
  const sandbox = createSandbox({ rateLimit: false });
  const make = (auth: MessagingClientOptions["auth"], identity?: string) =>
    createMessagingClient({
      auth,
      fetch: sandbox.fetch,
      rateLimit: { store, ...(identity === undefined ? {} : { identity }) },
    });
  const lwaA = make(CREDENTIALS);
  const lwaB = make(CREDENTIALS);
  const other = make({ ...CREDENTIALS, refreshToken: "Atzr|OTHER-SELLER" });
  const fixed = make({ accessToken: ACCESS_TOKEN });
  const named = make(() => Promise.resolve("Atza|from-provider"), "seller-42");
  for (const client of [lwaA, lwaB, other, fixed, named]) {
    await client.getAttributes(ORDER, { marketplaceId: US });
    await client.createUnexpectedProblem(ORDER, {
      marketplaceId: US,
      body: { text: "Hello" },
    });
  }
  assert.equal(keys.length, 10);
  assert.equal(keys[0], keys[2], "same credentials share a bucket");
  assert.notEqual(keys[0], keys[4], "another seller has its own bucket");
  assert.notEqual(keys[0], keys[1], "each operation has its own bucket");
  assert.ok(keys[0].endsWith(" getAttributes"));
  assert.ok(keys[1].endsWith(" createUnexpectedProblem"));
  assert.ok(keys[8].startsWith("seller-42 "));
  for (const key of keys) {
    for (
      const secret of [
        CREDENTIALS.clientSecret,
        CREDENTIALS.refreshToken,
        "Atzr|OTHER-SELLER",
        ACCESS_TOKEN,
        "Atza|from-provider",
      ]
    ) {
      assert.ok(!key.includes(secret), key);
    }
  }
});

Deno.test("createMessagingClient() fetches an LWA token once and reuses it across calls", async () => {
  const { fetch, seen } = recording(
    createSandbox({ credentials: CREDENTIALS }).fetch,
  );
  const client = createMessagingClient({
    auth: CREDENTIALS,
    fetch,
    rateLimit: { rate: 100, burst: 100 },
  });
  await Promise.all(
    Array.from(
      { length: 5 },
      () => client.getAttributes(ORDER, { marketplaceId: US }),
    ),
  );
  const tokenCalls = seen.filter((s) => s.url.pathname === "/auth/o2/token");
  assert.equal(tokenCalls.length, 1);
  assert.equal(tokenCalls[0].url.href, "https://api.amazon.com/auth/o2/token");
  const spApi = seen.filter((s) => s.url.pathname !== "/auth/o2/token");
  assert.equal(spApi.length, 5);
  const tokens = new Set(spApi.map((s) => s.headers.get("x-amz-access-token")));
  assert.equal(tokens.size, 1);
  assert.match([...tokens][0]!, /^Atza\|sandbox-/);
});

Deno.test("createMessagingClient() refreshes an expired token once and repeats the refused request", async () => {
  const { client, sandbox } = setup({
    sandbox: { credentials: CREDENTIALS },
    client: { auth: CREDENTIALS },
  });
  await client.getAttributes(ORDER, { marketplaceId: US });
  sandbox.expireTokens();
  await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Hello" },
  });
  assert.equal(sandbox.tokensIssued, 2);
  assert.deepEqual(
    sandbox.requests.map((r) => [r.operation, r.status]),
    [
      ["lwaToken", 200],
      ["getAttributes", 200],
      ["createUnexpectedProblem", 403],
      ["lwaToken", 200],
      ["createUnexpectedProblem", 201],
    ],
  );
  assert.equal(sandbox.sent.length, 1);

  // A fixed token cannot be refreshed: the 403 is an AuthError.
  const fixed = createMessagingClient({
    auth: { accessToken: ACCESS_TOKEN },
    fetch: sandbox.fetch,
  });
  const error = await fixed.getAttributes(ORDER, { marketplaceId: US }).catch((
    e,
  ) => e);
  assert.ok(error instanceof AuthError);
  assert.equal(error.status, 403);
});

Deno.test("createMessagingClient() accepts a token provider function", async () => {
  let calls = 0;
  const { client, sandbox } = setup({
    client: {
      auth: () => {
        calls++;
        return Promise.resolve("Atza|provided");
      },
    },
  });
  await client.getAttributes(ORDER, { marketplaceId: US });
  await client.getAttributes(ORDER, { marketplaceId: US });
  assert.equal(calls, 2);
  assert.equal(sandbox.requests.length, 2);
  const failing = createMessagingClient({
    auth: () => Promise.reject(new Error("vault unreachable")),
    fetch: sandbox.fetch,
  });
  await assert.rejects(
    failing.getAttributes(ORDER, { marketplaceId: US }),
    /vault unreachable/,
  );
  const empty = createMessagingClient({
    auth: () => Promise.resolve(""),
    fetch: sandbox.fetch,
  });
  await assert.rejects(
    empty.getAttributes(ORDER, { marketplaceId: US }),
    TypeError,
  );
  assert.equal(sandbox.requests.length, 2);
});

Deno.test("createMessagingClient() redacts secrets from every error, hook payload and the client itself", async () => {
  const events: unknown[] = [];
  const issued: string[] = [];
  const sandbox = createSandbox({ credentials: CREDENTIALS });
  // A hostile network: echoes the access token in bodies and error messages.
  let mode: "normal" | "echo" | "throw" | "rate" = "normal";
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const token = request.headers.get("x-amz-access-token") ?? "";
    if (mode === "echo" && token !== "") {
      return amazonError(
        400,
        "InvalidInput",
        `Bad token ${token} for ${CREDENTIALS.refreshToken}`,
      );
    }
    if (mode === "throw" && token !== "") {
      throw new TypeError(`socket closed while sending ${token}`);
    }
    if (mode === "rate" && token !== "") {
      return amazonError(429, "QuotaExceeded", `Token ${token} throttled`);
    }
    const response = await sandbox.fetch(request);
    if (request.url.endsWith("/auth/o2/token")) {
      issued.push((await response.clone().json()).access_token);
    }
    return response;
  };
  const client = createMessagingClient({
    auth: CREDENTIALS,
    fetch,
    clock: createFakeClock(),
    retry: { limit: 1 },
    onRequest: (event) => events.push(event),
    onResponse: (event) => events.push(event),
  });
  const errors: unknown[] = [];
  const capture = (promise: Promise<unknown>) =>
    promise.then(() => assert.fail("expected an error"), (e) => errors.push(e));

  await capture(
    client.getAttributes(SANDBOX_ORDER_INVALID, { marketplaceId: US }),
  );
  await capture(
    client.sendMessage("warranty", ORDER, {
      marketplaceId: US,
      body: { attachments: [] },
    }),
  );
  sandbox.setOrder(ORDER, { types: ["invoice"] });
  await capture(
    client.sendMessage("unexpectedProblem", ORDER, {
      marketplaceId: US,
      body: { text: "Hi" },
    }),
  );
  mode = "echo";
  await capture(client.getAttributes(ORDER, { marketplaceId: US }));
  mode = "throw";
  await capture(
    client.sendInvoice(ORDER, {
      marketplaceId: US,
      body: { attachments: [ATTACHMENT] },
    }),
  );
  await capture(client.getAttributes(ORDER, { marketplaceId: US }));
  mode = "rate";
  await capture(client.getAttributes(ORDER, { marketplaceId: US }));
  mode = "normal";
  const wrongSecret = createMessagingClient({
    auth: { ...CREDENTIALS, clientSecret: "WRONG-CLIENT-SECRET" },
    fetch: sandbox.fetch,
  });
  await capture(wrongSecret.getAttributes(ORDER, { marketplaceId: US }));
  const forged = createMessagingClient({
    auth: { accessToken: ACCESS_TOKEN },
    fetch: sandbox.fetch,
  });
  await capture(forged.getAttributes(ORDER, { marketplaceId: US }));

  assert.deepEqual(errors.map((e) => (e as Error).name), [
    "SpApiError",
    "MessageValidationError",
    "MessageTypeUnavailableError",
    "SpApiError",
    "UnknownOutcomeError",
    "TypeError",
    "QuotaExceededError",
    "AuthError",
    "AuthError",
  ]);
  assert.ok(issued.length >= 1);
  const secrets = [
    CREDENTIALS.clientSecret,
    CREDENTIALS.refreshToken,
    "WRONG-CLIENT-SECRET",
    ACCESS_TOKEN,
    ...issued,
  ];
  for (const error of errors) assertNoSecrets(error, secrets);
  assert.ok(events.length > 5);
  for (const event of events) assertNoSecrets(event, secrets);
  assertNoSecrets(client, secrets);
  assertNoSecrets(wrongSecret, secrets);
  assertNoSecrets(forged, secrets);
  // The secrets were really in play, and are shown as [REDACTED].
  assert.match((errors[3] as Error).message, /Bad token \[REDACTED\]/);
  assert.match(
    String(((errors[4] as Error).cause as Error).message),
    /sending \[REDACTED\]/,
  );
});

Deno.test("createMessagingClient() calls onRequest and onResponse with redacted details and ignores hook errors", async () => {
  const requests: RequestEvent[] = [];
  const responses: ResponseEvent[] = [];
  const { client, sandbox } = setup({
    client: {
      onRequest: (event) => {
        requests.push(event);
        throw new Error("logger bug");
      },
      onResponse: (event) => {
        responses.push(event);
        return Promise.reject(new Error("async logger bug")) as never;
      },
    },
  });
  sandbox.injectFault({ kind: "latency", latencyMs: 300 });
  await client.createUnexpectedProblem(ORDER, {
    marketplaceId: US,
    body: { text: "Hello" },
  });
  assert.equal(sandbox.sent.length, 1);
  assert.equal(requests.length, 1);
  assert.deepEqual(requests[0], {
    operation: "createUnexpectedProblem",
    method: "POST",
    url:
      `https://sellingpartnerapi-na.amazon.com/messaging/v1/orders/${ORDER}/messages/unexpectedProblem?marketplaceIds=${US}`,
    headers: {
      "accept": "application/json, application/hal+json",
      "content-type": "application/json",
      "user-agent": "sellerkit-buyer-messages/0.1.0 (Language=TypeScript)",
      "x-amz-access-token": "[REDACTED]",
    },
    attempt: 1,
  });
  assert.deepEqual(responses, [{
    operation: "createUnexpectedProblem",
    method: "POST",
    url: requests[0].url,
    attempt: 1,
    status: 201,
    requestId: sandbox.sent[0].requestId,
    duration: 300,
  }]);
});

Deno.test("uploadAttachment() sends a base64 MD5, PUTs the bytes with the given headers and returns the attachment", async () => {
  const events: RequestEvent[] = [];
  const sandbox = createSandbox({ checkAttachments: true });
  const { fetch, seen } = recording(sandbox.fetch);
  const client = createMessagingClient({
    auth: { accessToken: ACCESS_TOKEN },
    fetch,
    onRequest: (event) => events.push(event),
  });
  const bytes = new TextEncoder().encode("hello world");
  const attachment = await client.uploadAttachment(ORDER, "warranty", {
    marketplaceId: DE,
    fileName: "warranty.pdf",
    bytes,
    contentType: "application/pdf",
  });
  assert.deepEqual(Object.keys(attachment), [
    "uploadDestinationId",
    "fileName",
  ]);
  assert.equal(attachment.fileName, "warranty.pdf");
  assert.equal(
    attachment.uploadDestinationId,
    sandbox.uploads[0].uploadDestinationId,
  );
  const [create, put] = seen;
  assert.equal(create.method, "POST");
  assert.equal(create.url.origin, "https://sellingpartnerapi-eu.amazon.com");
  assert.equal(
    create.url.pathname,
    `/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/${ORDER}/messages/warranty`,
  );
  assert.deepEqual(Object.fromEntries(create.url.searchParams), {
    marketplaceIds: DE,
    contentMD5: "XrY7u+Ae7tCTyyK7j1rNww==", // md5("hello world"), raw, base64
    contentType: "application/pdf",
  });
  assert.equal(create.headers.get("x-amz-access-token"), ACCESS_TOKEN);
  assert.equal(put.method, "PUT");
  assert.equal(put.headers.get("content-md5"), "XrY7u+Ae7tCTyyK7j1rNww==");
  assert.equal(put.headers.get("content-type"), "application/pdf");
  assert.equal(put.headers.get("x-amz-access-token"), null, "no token to S3");
  assert.equal(put.body, "hello world");
  assert.deepEqual(sandbox.uploads[0].bytes, bytes);
  assert.match(events[1].url, /X-Amz-Signature=\[REDACTED\]/);
  // The attachment works in a send.
  await client.createWarranty(ORDER, {
    marketplaceId: DE,
    body: { attachments: [attachment] },
  });
  assert.equal(sandbox.sent.length, 1);
  // ArrayBuffer input works too.
  await client.uploadAttachment(ORDER, "invoice", {
    marketplaceId: DE,
    fileName: "invoice.pdf",
    bytes: bytes.buffer,
    contentType: "application/pdf",
  });
  assert.equal(sandbox.uploads.length, 2);
});

Deno.test("uploadAttachment() refuses types without attachments and surfaces S3 errors", async () => {
  const sandbox = createSandbox();
  const tampering: FetchLike = (input, init) => {
    const request = new Request(input, init);
    if (request.method === "PUT") {
      return sandbox.fetch(request.url, {
        method: "PUT",
        headers: request.headers,
        body: "tampered",
      });
    }
    return sandbox.fetch(request);
  };
  const client = createMessagingClient({
    auth: { accessToken: ACCESS_TOKEN },
    fetch: tampering,
  });
  const options = {
    marketplaceId: US,
    fileName: "a.pdf",
    bytes: new Uint8Array([1, 2, 3]),
    contentType: "application/pdf",
  };
  await assert.rejects(
    client.uploadAttachment(ORDER, "unexpectedProblem", options),
    RangeError,
  );
  await assert.rejects(
    client.uploadAttachment(ORDER, "invoice", { ...options, fileName: "" }),
    TypeError,
  );
  await assert.rejects(
    client.uploadAttachment(ORDER, "invoice", { ...options, contentType: "" }),
    TypeError,
  );
  await assert.rejects(
    client.uploadAttachment(ORDER, "invoice", {
      ...options,
      bytes: "abc" as never,
    }),
    TypeError,
  );
  assert.equal(sandbox.requests.length, 0);
  const error = await client.uploadAttachment(ORDER, "invoice", options).catch(
    (e) => e,
  );
  assert.ok(error instanceof SpApiError);
  assert.ok(!(error instanceof AuthError));
  assert.equal(error.status, 400);
  assert.equal(error.code, "BadDigest");
  assert.equal(error.operation, "uploadContent");
});

Deno.test("createMessagingClient() cancels every call through the client signal", async () => {
  const controller = new AbortController();
  const { client, sandbox } = setup({ client: { signal: controller.signal } });
  await client.getAttributes(ORDER, { marketplaceId: US });
  controller.abort(new DOMException("shutting down", "AbortError"));
  await assert.rejects(
    client.createUnexpectedProblem(ORDER, {
      marketplaceId: US,
      body: { text: "Hello" },
    }),
    { name: "AbortError" },
  );
  assert.equal(sandbox.requests.length, 1);
});

Deno.test("createMessagingClient() throws for invalid options", () => {
  const fetch = createSandbox().fetch;
  const make = (options: Partial<MessagingClientOptions>) => () =>
    createMessagingClient({
      auth: { accessToken: "t-1234" },
      fetch,
      ...options,
    } as MessagingClientOptions);
  assert.throws(make({ auth: undefined! }), TypeError);
  assert.throws(make({ auth: { accessToken: "" } }), TypeError);
  assert.throws(make({ auth: { ...CREDENTIALS, clientId: "" } }), TypeError);
  assert.throws(make({ auth: { token: "x" } as never }), TypeError);
  assert.throws(make({ region: "us" as "na" }), RangeError);
  assert.throws(make({ endpoint: "not a url" }), TypeError);
  assert.throws(make({ timeoutMs: 0 }), RangeError);
  assert.throws(make({ userAgent: "x".repeat(501) }), RangeError);
  assert.throws(make({ retry: -1 }), RangeError);
  assert.throws(make({ rateLimit: { rate: 0 } }), RangeError);
  assert.throws(() => createMessagingClient(undefined!), TypeError);
});

Deno.test("createMessagingClient() returns a plain object of methods", () => {
  const client: MessagingClient = createMessagingClient({
    auth: CREDENTIALS,
  });
  assert.deepEqual(Object.keys(client).sort(), [
    "confirmCustomizationDetails",
    "createAmazonMotors",
    "createConfirmDeliveryDetails",
    "createConfirmOrderDetails",
    "createConfirmServiceDetails",
    "createDigitalAccessKey",
    "createLegalDisclosure",
    "createNegativeFeedbackRemoval",
    "createProductReviewAndSellerFeedbackSolicitation",
    "createUnexpectedProblem",
    "createWarranty",
    "getAttributes",
    "getMessagingActionsForOrder",
    "getSolicitationActionsForOrder",
    "sendInvoice",
    "sendMessage",
    "uploadAttachment",
  ]);
  assert.equal(JSON.stringify(client), "{}");
});
