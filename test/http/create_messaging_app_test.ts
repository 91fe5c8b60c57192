import assert from "node:assert/strict";
import { Hono } from "hono";
import { createComposer } from "../../src/compose/create_composer.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import {
  type AppLogEntry,
  type AppMetric,
  createMessagingApp,
} from "../../src/http/create_messaging_app.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";
import {
  answerOf,
  composed,
  DATA,
  DE,
  get,
  KEY,
  makeApp,
  ORDER,
  post,
  US,
} from "./_app.ts";

Deno.test("createMessagingApp() composes in the buyer's locale, lints and sends (201)", async () => {
  const { app, sandbox } = makeApp({}, {
    orders: { [ORDER]: { locale: "de-AT" } },
  });
  const response = await post(app, composed({ marketplaceId: DE }));
  assert.equal(response.status, 201);
  const answer = await answerOf(response);
  assert.equal(answer.status, "sent");
  assert.equal(answer.type, "unexpectedProblem");
  assert.equal(answer.buyerLocale, "de-AT");
  assert.equal(answer.locale, "de-DE");
  assert.equal(answer.localeMatch, "region");
  assert.equal(answer.template, "unexpectedProblem");
  assert.match(String(answer.text), /9\. Dezember 2026/);
  assert.ok(Array.isArray(answer.diagnostics));
  assert.equal(sandbox.sent.length, 1);
  assert.deepEqual(sandbox.sent[0].body, { text: answer.text });
  assert.equal(answer.amazonRequestId, sandbox.sent[0].requestId);
  assert.equal(
    response.headers.get("x-amzn-RequestId"),
    sandbox.sent[0].requestId,
  );
});

Deno.test("createMessagingApp() answers 200 valid for a dry run and sends nothing", async () => {
  const { app, sandbox } = makeApp();
  const response = await post(app, composed({ dryRun: true, locale: "fr-FR" }));
  assert.equal(response.status, 200);
  const answer = await answerOf(response);
  assert.equal(answer.status, "valid");
  assert.equal(answer.locale, "fr-FR");
  assert.equal(sandbox.sent.length, 0);
  // The locale was given: no GetAttributes.
  assert.ok(!sandbox.requests.some((r) => r.operation === "getAttributes"));
});

Deno.test("createMessagingApp() answers 422 rejected with ranges and sends nothing", async () => {
  const { app, sandbox } = makeApp();
  const text =
    "Order 123-1234567-1234567 is late. Write to help@shop.example for details.";
  const response = await post(app, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    text,
  });
  assert.equal(response.status, 422);
  const answer = await answerOf(response);
  assert.equal(answer.status, "rejected");
  assert.equal(answer.text, text);
  const email = (answer.diagnostics as {
    ruleId: string;
    severity: string;
    range: { start: { offset: number }; end: { offset: number } };
  }[]).find((d) => d.ruleId === "no-email");
  assert.equal(email?.severity, "error");
  assert.equal(
    text.slice(email!.range.start.offset, email!.range.end.offset),
    "help@shop.example",
  );
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createMessagingApp() answers 409 unavailable with what the order accepts", async () => {
  const { app, sandbox } = makeApp({}, {
    orders: { [ORDER]: { types: ["invoice", "warranty"] } },
  });
  const response = await post(app, composed());
  assert.equal(response.status, 409);
  const answer = await answerOf(response);
  assert.equal(answer.status, "unavailable");
  assert.deepEqual(answer.available, ["invoice", "warranty"]);
  assert.equal(typeof answer.amazonRequestId, "string");
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createMessagingApp() requires the API key on /messages and /orders, not on /healthz or /openapi.json", async () => {
  const { app } = makeApp();
  for (
    const authorization of [
      undefined,
      "Bearer wrong-key",
      `Basic ${KEY}`,
      `Bearer ${KEY}x`,
      `Bearer ${KEY.slice(0, -1)}`,
      "Bearer",
    ]
  ) {
    const response = await app.fetch(
      new Request("http://localhost/messages", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(authorization === undefined ? {} : { authorization }),
        },
        body: JSON.stringify(composed()),
      }),
    );
    assert.equal(response.status, 401, String(authorization));
    assert.equal(
      response.headers.get("www-authenticate"),
      'Bearer realm="buyer-messages"',
    );
    const answer = await answerOf(response);
    assert.equal((answer.error as { code: string }).code, "unauthorized");
  }
  const listing = await app.request(
    `/orders/${ORDER}/message-types?marketplaceId=${US}`,
  );
  assert.equal(listing.status, 401);
  await listing.body?.cancel();
  assert.equal((await app.request("/healthz")).status, 200);
  const openapi = await app.request("/openapi.json");
  assert.equal(openapi.status, 200);
  assert.equal((await openapi.json()).openapi, "3.1.0");
  // The scheme is case-insensitive.
  const lower = await post(app, composed({ dryRun: true }), {
    authorization: `bearer ${KEY}`,
  });
  assert.equal(lower.status, 200);
  await lower.body?.cancel();
});

Deno.test("createMessagingApp() accepts any of several keys", async () => {
  const { app } = makeApp({
    apiKeys: ["first-key-00000000000000000000000000", KEY],
  });
  const response = await post(app, composed({ dryRun: true }));
  assert.equal(response.status, 200);
  await response.body?.cancel();
});

Deno.test("createMessagingApp() refuses to be created open by accident", () => {
  const sandbox = createSandbox();
  const client = { auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch };
  assert.throws(
    () => createMessagingApp({ client }),
    (error: unknown) =>
      error instanceof TypeError &&
      /allowUnauthenticated/.test(error.message),
  );
  assert.throws(() => createMessagingApp({ client, apiKeys: [] }), TypeError);
  createMessagingApp({ client, allowUnauthenticated: true });
});

Deno.test("createMessagingApp() rejects malformed options without echoing keys", () => {
  const sandbox = createSandbox();
  const client = { auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch };
  for (const apiKeys of [["has space secret-1"], [""], [42]]) {
    assert.throws(
      () =>
        createMessagingApp({ client, apiKeys: apiKeys as unknown as string[] }),
      (error: unknown) =>
        error instanceof TypeError && !error.message.includes("secret-1"),
    );
  }
  assert.throws(
    () => createMessagingApp({ client: 42 as never, apiKeys: [KEY] }),
    TypeError,
  );
  assert.throws(
    () => createMessagingApp({ client, apiKeys: [KEY], maxBodyBytes: 0 }),
    RangeError,
  );
  assert.throws(
    () => createMessagingApp({ client, apiKeys: [KEY], cacheTtlMs: -1 }),
    RangeError,
  );
  // A lint policy naming an unknown rule fails at creation.
  assert.throws(
    () =>
      createMessagingApp({
        client,
        apiKeys: [KEY],
        lint: { rules: { "no-such-rule": "error" } },
      }),
    TypeError,
  );
});

Deno.test("createMessagingApp() takes a client instance as well as its options", async () => {
  const sandbox = createSandbox();
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: sandbox.fetch,
  });
  const app = createMessagingApp({ client, apiKeys: [KEY] });
  const response = await post(app, composed());
  assert.equal(response.status, 201);
  await response.body?.cancel();
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("createMessagingApp() uses the given composer and lint options", async () => {
  const composer = createComposer({ timeZone: "America/New_York" });
  const { app } = makeApp({
    composer,
    lint: { rules: { "no-email": "off" } },
  });
  const response = await post(app, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    text: "Order 123-1234567-1234567 is late. Write to help@shop.example.",
    dryRun: true,
  });
  const answer = await answerOf(response);
  assert.equal(response.status, 200, JSON.stringify(answer));
  assert.ok(
    !(answer.diagnostics as { ruleId: string }[]).some((d) =>
      d.ruleId === "no-email"
    ),
  );
});

Deno.test("createMessagingApp() answers unknown routes 404 and wrong methods 405, as JSON", async () => {
  const { app } = makeApp();
  const missing = await app.request("/nope");
  assert.equal(missing.status, 404);
  assert.equal(
    ((await answerOf(missing)).error as { code: string }).code,
    "not_found",
  );
  const wrong = await app.request("/messages", { method: "PUT" });
  assert.equal(wrong.status, 405);
  assert.equal(wrong.headers.get("allow"), "POST, GET");
  await answerOf(wrong);
  const put = await app.request(
    `/orders/${ORDER}/message-types?marketplaceId=${US}`,
    { method: "DELETE" },
  );
  assert.equal(put.status, 405);
  assert.equal(put.headers.get("allow"), "GET");
  await answerOf(put);
  const health = await app.request("/healthz", { method: "POST" });
  assert.equal(health.status, 405);
  await health.body?.cancel();
});

Deno.test("createMessagingApp() keeps a safe incoming x-request-id and replaces others", async () => {
  const { app } = makeApp();
  const kept = await app.request("/healthz", {
    headers: { "x-request-id": "trace-42.a:b" },
  });
  assert.equal(kept.headers.get("x-request-id"), "trace-42.a:b");
  assert.equal((await kept.json()).requestId, "trace-42.a:b");
  const replaced = await app.request("/healthz", {
    headers: { "x-request-id": "<script>" },
  });
  assert.match(
    replaced.headers.get("x-request-id") ?? "",
    /^[0-9a-f-]{36}$/,
  );
  await replaced.body?.cancel();
});

Deno.test("createMessagingApp() answers 429 with Retry-After when Amazon keeps throttling", async () => {
  const sandbox = createSandbox({ rateLimit: { rate: 0.5, burst: 1 } });
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|x" },
      fetch: sandbox.fetch,
      retry: 0,
      // The client's own buckets would wait; make it fire into Amazon's.
      rateLimit: { rate: 100, burst: 100 },
    },
    apiKeys: [KEY],
  });
  await (await post(app, composed({ dryRun: true }))).body?.cancel();
  const response = await post(
    app,
    composed({ amazonOrderId: "222-2222222-2222222" }),
  );
  assert.equal(response.status, 429);
  const retryAfter = response.headers.get("retry-after");
  assert.match(retryAfter ?? "", /^[1-9]\d*$/);
  const answer = await answerOf(response);
  assert.equal((answer.error as { code: string }).code, "throttled");
  assert.equal(answer.retryAfterSeconds, Number(retryAfter));
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createMessagingApp() answers 502 unknown when a send's outcome is unknown, and never resends", async () => {
  const { app, sandbox } = makeApp();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
  });
  const response = await post(app, composed());
  assert.equal(response.status, 502);
  const answer = await answerOf(response);
  assert.equal(answer.status, "unknown");
  assert.equal((answer.error as { code: string }).code, "unknown_outcome");
  assert.equal(sandbox.sent.length, 1);
  assert.equal(
    sandbox.requests.filter((r) => r.operation === "createUnexpectedProblem")
      .length,
    1,
  );
  assert.equal(answer.amazonRequestId, sandbox.sent[0].requestId);
});

Deno.test("createMessagingApp() answers 502 unknown after a dropped connection", async () => {
  const { app, sandbox } = makeApp();
  sandbox.injectFault({ kind: "drop", operation: "createUnexpectedProblem" });
  const response = await post(app, composed());
  assert.equal(response.status, 502);
  assert.equal((await answerOf(response)).status, "unknown");
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("createMessagingApp() answers 504 when a lookup times out and 502 when Amazon fails", async () => {
  const clock = createFakeClock(1_000_000);
  const sandbox = createSandbox({ clock });
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|x" },
      fetch: sandbox.fetch,
      clock,
      timeoutMs: 1_000,
      retry: 0,
    },
    apiKeys: [KEY],
    clock,
  });
  sandbox.injectFault({
    kind: "latency",
    latencyMs: 5_000,
    operation: "getMessagingActionsForOrder",
  });
  const slow = await post(app, composed());
  assert.equal(slow.status, 504);
  assert.equal(
    ((await answerOf(slow)).error as { code: string }).code,
    "upstream_timeout",
  );
  sandbox.injectFault({
    kind: "unavailable",
    operation: "getMessagingActionsForOrder",
  });
  const down = await post(app, composed());
  assert.equal(down.status, 502);
  const answer = await answerOf(down);
  assert.equal((answer.error as { code: string }).code, "upstream_error");
  assert.equal(
    (answer.error as { amazonCode: string }).amazonCode,
    "ServiceUnavailable",
  );
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("createMessagingApp() answers 502 upstream_auth when Amazon refuses the credentials, without secrets", async () => {
  const sandbox = createSandbox({
    credentials: {
      clientId: "id",
      clientSecret: "right-secret",
      refreshToken: "Atzr|right",
    },
  });
  const logs: AppLogEntry[] = [];
  const app = createMessagingApp({
    client: {
      auth: {
        clientId: "id",
        clientSecret: "wrong-secret-value",
        refreshToken: "Atzr|wrong-refresh-value",
      },
      fetch: sandbox.fetch,
    },
    apiKeys: [KEY],
    onLog: (entry) => logs.push(entry),
  });
  const response = await post(app, composed());
  const text = await response.text();
  assert.equal(response.status, 502);
  assert.match(text, /upstream_auth/);
  for (
    const secret of ["wrong-secret-value", "Atzr|wrong-refresh-value", KEY]
  ) {
    assert.ok(!text.includes(secret));
    assert.ok(!JSON.stringify(logs).includes(secret));
  }
});

Deno.test("createMessagingApp() answers 400/404 when Amazon refuses the order", async () => {
  const { app } = makeApp({}, { acceptUnknownOrders: false });
  const invalid = await post(
    app,
    composed({ amazonOrderId: "123-1234567-0000000" }),
  );
  assert.equal(invalid.status, 400);
  assert.equal(
    ((await answerOf(invalid)).error as { code: string }).code,
    "amazon_rejected",
  );
  const unknown = await post(
    app,
    composed({ amazonOrderId: "999-9999999-9999999" }),
  );
  assert.equal(unknown.status, 404);
  assert.equal(
    ((await answerOf(unknown)).error as { code: string }).code,
    "order_not_found",
  );
});

Deno.test("createMessagingApp() answers 500 without a stack for its own bugs, and logs them", async () => {
  const composer = createComposer();
  const logs: AppLogEntry[] = [];
  const { app } = makeApp({
    composer: {
      ...composer,
      compose: () => {
        throw new EvalError("broken composer");
      },
    },
    onLog: (entry) => logs.push(entry),
  });
  const response = await post(app, composed());
  assert.equal(response.status, 500);
  const text = await response.text();
  assert.ok(!text.includes("broken composer"));
  assert.ok(!/\bat \S+ \(/.test(text), "no stack trace");
  assert.equal(JSON.parse(text).error.code, "internal");
  assert.equal(logs[0].level, "error");
  assert.deepEqual(logs[0].error, {
    name: "EvalError",
    message: "broken composer",
  });
});

Deno.test("createMessagingApp() logs one entry and metrics per request, and survives throwing hooks", async () => {
  const logs: AppLogEntry[] = [];
  const metrics: AppMetric[] = [];
  const { app } = makeApp({
    onLog: (entry) => {
      logs.push(entry);
      throw new Error("hook bug");
    },
    onMetric: (metric) => {
      metrics.push(metric);
      throw new Error("hook bug");
    },
  });
  const response = await post(app, composed());
  assert.equal(response.status, 201);
  await response.body?.cancel();
  assert.equal(logs.length, 1);
  assert.equal(logs[0].route, "/messages");
  assert.equal(logs[0].outcome, "sent");
  assert.equal(logs[0].level, "info");
  assert.equal(typeof logs[0].amazonRequestId, "string");
  assert.ok(!JSON.stringify(logs).includes(KEY));
  assert.ok(!JSON.stringify(logs).includes(DATA.sellerName), "no message text");
  const names = new Set(metrics.map((m) => m.name));
  for (
    const name of [
      "http.request.duration",
      "messages.outcome",
      "spapi.request.duration",
    ]
  ) assert.ok(names.has(name), name);
  assert.deepEqual(
    metrics.find((m) => m.name === "messages.outcome")?.tags,
    { type: "unexpectedProblem", outcome: "sent" },
  );
});

Deno.test("createMessagingApp() keeps a burst of 50 requests for one order within the rate limits", async () => {
  const clock = createFakeClock(1_000_000);
  const sandbox = createSandbox({ clock });
  const app = createMessagingApp({
    client: { auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch, clock },
    apiKeys: [KEY],
    clock,
  });
  const responses = await Promise.all(
    // The same message on purpose (this is about rate limits, not the
    // duplicate guard).
    Array.from(
      { length: 50 },
      () => post(app, composed({ allowDuplicate: true })),
    ),
  );
  const statuses = responses.map((r) => r.status);
  await Promise.all(responses.map((r) => r.body?.cancel()));
  assert.deepEqual(statuses, Array(50).fill(201));
  assert.equal(sandbox.sent.length, 50);
  assert.ok(!sandbox.requests.some((r) => r.status === 429));
  // One lookup served the whole burst.
  assert.equal(
    sandbox.requests.filter((r) => r.operation === "getAttributes").length,
    1,
  );
});

Deno.test("createMessagingApp() dry runs of a burst share one lookup of each kind", async () => {
  const { app, sandbox } = makeApp();
  const responses = await Promise.all(
    Array.from({ length: 50 }, () => post(app, composed({ dryRun: true }))),
  );
  assert.deepEqual(responses.map((r) => r.status), Array(50).fill(200));
  await Promise.all(responses.map((r) => r.body?.cancel()));
  assert.deepEqual(
    sandbox.requests.map((r) => r.operation).sort(),
    ["getAttributes", "getMessagingActionsForOrder"],
  );
});

Deno.test("createMessagingApp() fetch is bound and mountable in another Hono app", async () => {
  const { app } = makeApp();
  const { fetch } = app;
  assert.equal(
    (await fetch(new Request("http://localhost/healthz"))).status,
    200,
  );
  const parent = new Hono();
  parent.mount("/buyer-messages", app.fetch);
  const mounted = await parent.request("/buyer-messages/healthz");
  assert.equal(mounted.status, 200);
  await mounted.body?.cancel();
  const routed = new Hono();
  routed.route("/", app.hono as Hono);
  const viaRoute = await routed.request("/healthz");
  assert.equal(viaRoute.status, 200);
  await viaRoute.body?.cancel();
});

Deno.test("createMessagingApp() request() takes paths, URLs and Requests", async () => {
  const { app } = makeApp();
  for (
    const input of [
      "/healthz",
      "healthz",
      "http://example.com/healthz",
      new URL("http://localhost/healthz"),
      new Request("http://localhost/healthz"),
    ]
  ) {
    const response = await app.request(input);
    assert.equal(response.status, 200, String(input));
    await response.body?.cancel();
  }
});

Deno.test("createMessagingApp() lists the message types of an order", async () => {
  const { app } = makeApp({}, {
    orders: { [ORDER]: { types: ["unexpectedProblem", "invoice"] } },
  });
  const response = await get(
    app,
    `/orders/${ORDER}/message-types?marketplaceId=${US}`,
  );
  assert.equal(response.status, 200);
  const answer = await answerOf(response);
  assert.deepEqual(answer.available, ["unexpectedProblem", "invoice"]);
  assert.deepEqual(Object.keys(answer.templates as object), [
    "unexpectedProblem",
  ]);
});
