/**
 * `POST /messages` end to end: the duplicate guard (409 `duplicate`) and
 * the `Idempotency-Key` header (replays, 409 `idempotency_in_flight`, 422
 * `idempotency_key_reused`, per-caller scopes, what is kept).
 */
import assert from "node:assert/strict";
import { createMessagingApp } from "../../src/http/create_messaging_app.ts";
import { createSandbox } from "../../src/sp_api/sandbox/mod.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";
import { answerOf, KEY, makeApp, ORDER, post, US } from "./_app.ts";

const SECOND_KEY = "second-key-0123456789abcdef0123456789abcdef";

function message(text: string, extra: Record<string, unknown> = {}) {
  return {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    text,
    locale: "en-US",
    ...extra,
  };
}

const TEXT =
  "Order 123-1234567-1234567 ships two days late. We apologize for the delay.";

function codeOf(body: Record<string, unknown>): string | undefined {
  return (body.error as { code?: string } | undefined)?.code;
}

Deno.test("POST /messages sends one of 50 identical concurrent messages and answers 409 duplicate to the rest", async () => {
  const { app, sandbox } = makeApp();
  const responses = await Promise.all(
    Array.from({ length: 50 }, () => post(app, message(TEXT))),
  );
  const bodies = await Promise.all(responses.map(answerOf));
  const statuses = responses.map((r) => r.status).sort();
  assert.deepEqual(statuses, [201, ...Array(49).fill(409)]);
  const refused = bodies.filter((b) => codeOf(b) === "duplicate");
  assert.equal(refused.length, 49);
  assert.match(
    (refused[0].error as { message: string }).message,
    /"allowDuplicate: true"/,
  );
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("POST /messages sends a repeated message with allowDuplicate, and records no dry run", async () => {
  const { app, sandbox } = makeApp();
  const dry = await post(app, message(TEXT, { dryRun: true }));
  assert.equal(dry.status, 200);
  await dry.body?.cancel();
  const first = await post(app, message(TEXT));
  assert.equal(first.status, 201, "a dry run does not count as sent");
  await first.body?.cancel();
  for (let i = 0; i < 3; i++) {
    const again = await post(app, message(TEXT, { allowDuplicate: true }));
    assert.equal(again.status, 201);
    await again.body?.cancel();
  }
  const refused = await post(app, message(TEXT));
  assert.equal(refused.status, 409);
  assert.equal(codeOf(await answerOf(refused)), "duplicate");
  const bad = await post(app, message(TEXT, { allowDuplicate: "yes" }));
  assert.equal(bad.status, 400);
  await bad.body?.cancel();
  assert.equal(sandbox.sent.length, 4);
});

Deno.test("POST /messages with the same Idempotency-Key twice sends once and replays the answer", async () => {
  const { app, sandbox } = makeApp();
  const key = crypto.randomUUID();
  const first = await post(app, message(TEXT), { "idempotency-key": key });
  const firstBody = await answerOf(first);
  assert.equal(first.status, 201);
  assert.equal(first.headers.get("idempotency-replayed"), null);
  // The same JSON in another layout and key order is the same request.
  const { text, ...rest } = message(TEXT);
  const again = await post(
    app,
    JSON.stringify({ text, ...rest }, null, 2),
    { "idempotency-key": key },
  );
  const againBody = await answerOf(again);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get("idempotency-replayed"), "true");
  assert.equal(
    again.headers.get("x-amzn-RequestId"),
    first.headers.get("x-amzn-RequestId"),
  );
  const { requestId: _a, ...firstRest } = firstBody;
  const { requestId: _b, ...againRest } = againBody;
  assert.deepEqual(againRest, firstRest);
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("POST /messages with one Idempotency-Key at once sends once and answers 409 idempotency_in_flight", async () => {
  const { app, sandbox } = makeApp();
  // Amazon takes a second to answer: the other requests come meanwhile.
  sandbox.injectFault({
    kind: "latency",
    latencyMs: 1_000,
    operation: "createUnexpectedProblem",
  });
  const headers = { "idempotency-key": "key-concurrent" };
  const responses = await Promise.all(
    Array.from({ length: 10 }, () => post(app, message(TEXT), headers)),
  );
  const bodies = await Promise.all(responses.map(answerOf));
  assert.deepEqual(
    responses.map((r) => r.status).sort(),
    [201, ...Array(9).fill(409)],
  );
  for (const [i, response] of responses.entries()) {
    if (response.status !== 409) continue;
    assert.equal(codeOf(bodies[i]), "idempotency_in_flight");
    assert.equal(response.headers.get("retry-after"), "1");
  }
  assert.equal(sandbox.sent.length, 1);
  const later = await post(app, message(TEXT), headers);
  assert.equal(later.status, 201);
  assert.equal(later.headers.get("idempotency-replayed"), "true");
  await later.body?.cancel();
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("POST /messages answers 422 idempotency_key_reused for another body under the same key", async () => {
  const { app, sandbox } = makeApp();
  const headers = { "idempotency-key": "key-reused" };
  const first = await post(app, message(TEXT), headers);
  assert.equal(first.status, 201);
  await first.body?.cancel();
  for (
    const body of [
      message(`${TEXT} Thank you.`),
      message(TEXT, { dryRun: true }),
      message(TEXT, { allowDuplicate: true }),
    ]
  ) {
    const reused = await post(app, body, headers);
    assert.equal(reused.status, 422);
    assert.equal(codeOf(await answerOf(reused)), "idempotency_key_reused");
  }
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("POST /messages scopes Idempotency-Keys per API key", async () => {
  const { app, sandbox } = makeApp({ apiKeys: [KEY, SECOND_KEY] });
  const headers = { "idempotency-key": "order-1001-notice" };
  const asSecond = { ...headers, authorization: `Bearer ${SECOND_KEY}` };
  const a = await answerOf(await post(app, message(TEXT), headers));
  // Another caller's body under the same key is not a reuse for it...
  const otherText = `${TEXT} Thank you.`;
  const b = await post(app, message(otherText), asSecond);
  assert.equal(b.status, 201);
  assert.equal((await answerOf(b)).text, otherText);
  // ...and under it the second caller meets its own request, never the
  // first caller's answer.
  const c = await post(app, message(TEXT), asSecond);
  assert.equal(c.headers.get("idempotency-replayed"), null);
  assert.equal(codeOf(await answerOf(c)), "idempotency_key_reused");
  const d = await post(app, message(otherText), asSecond);
  assert.equal(d.headers.get("idempotency-replayed"), "true");
  assert.equal((await answerOf(d)).text, otherText);
  // Each caller gets its own answer back.
  const aAgain = await post(app, message(TEXT), headers);
  assert.equal(aAgain.headers.get("idempotency-replayed"), "true");
  assert.equal((await answerOf(aAgain)).text, a.text);
  assert.equal(sandbox.sent.length, 2);
});

Deno.test("POST /messages answers 400 naming the header for a malformed Idempotency-Key", async () => {
  const { app, sandbox } = makeApp();
  for (const bad of ["", "two words", "x".repeat(256)]) {
    const response = await post(app, message(TEXT), {
      "idempotency-key": bad,
    });
    assert.equal(response.status, 400);
    const body = await answerOf(response);
    assert.equal(codeOf(body), "invalid_request");
    assert.match(
      (body.error as { message: string }).message,
      /Idempotency-Key/,
    );
  }
  assert.equal(sandbox.requests.length, 0);
});

Deno.test("POST /messages keeps a 502 unknown under its key and never sends it again", async () => {
  const { app, sandbox } = makeApp();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createUnexpectedProblem",
  });
  const headers = { "idempotency-key": "key-unknown" };
  const first = await post(app, message(TEXT), headers);
  assert.equal(first.status, 502);
  assert.equal((await answerOf(first)).status, "unknown");
  const again = await post(app, message(TEXT), headers);
  assert.equal(again.status, 502);
  assert.equal(again.headers.get("idempotency-replayed"), "true");
  assert.equal((await answerOf(again)).status, "unknown");
  // Without the key the duplicate guard still holds it.
  const plain = await post(app, message(TEXT));
  assert.equal(codeOf(await answerOf(plain)), "duplicate");
  assert.equal(sandbox.sent.length, 1);
});

Deno.test("POST /messages does not keep a 429, so the same key sends once Amazon lets it", async () => {
  const clock = createFakeClock();
  const sandbox = createSandbox({ clock, rateLimit: { rate: 1, burst: 1 } });
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|x" },
      fetch: sandbox.fetch,
      rateLimit: { rate: 100, burst: 100 },
      retry: 0,
    },
    apiKeys: [KEY],
  });
  const first = await post(app, message("First message for this order."));
  assert.equal(first.status, 201);
  await first.body?.cancel();
  const headers = { "idempotency-key": "key-throttled" };
  const throttled = await post(app, message(TEXT), headers);
  assert.equal(throttled.status, 429);
  assert.equal(codeOf(await answerOf(throttled)), "throttled");
  clock.advance(2_000);
  const retried = await post(app, message(TEXT), headers);
  assert.equal(retried.status, 201);
  assert.equal(retried.headers.get("idempotency-replayed"), null);
  await retried.body?.cancel();
  // That answer is final, so it is kept.
  const replayed = await post(app, message(TEXT), headers);
  assert.equal(replayed.headers.get("idempotency-replayed"), "true");
  await replayed.body?.cancel();
  assert.equal(sandbox.sent.length, 2);
});

Deno.test("POST /messages forgets an Idempotency-Key after the configured ttl (fake clock)", async () => {
  const clock = createFakeClock();
  const sandbox = createSandbox();
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|x" },
      fetch: sandbox.fetch,
      duplicateGuard: { windowMs: 0 },
    },
    apiKeys: [KEY],
    clock,
    idempotency: { ttlMs: 60_000 },
  });
  const headers = { "idempotency-key": "key-ttl" };
  const statuses: (string | null)[] = [];
  for (const step of [0, 59_999, 1]) {
    clock.advance(step);
    const response = await post(app, message(TEXT), headers);
    assert.equal(response.status, 201);
    statuses.push(response.headers.get("idempotency-replayed"));
    await response.body?.cancel();
  }
  assert.deepEqual(statuses, [null, "true", null]);
  assert.equal(sandbox.sent.length, 2);
  assert.throws(
    () =>
      createMessagingApp({
        client: { auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch },
        allowUnauthenticated: true,
        idempotency: { ttlMs: 0 },
      }),
    RangeError,
  );
  assert.throws(
    () =>
      createMessagingApp({
        client: { auth: { accessToken: "Atza|x" }, fetch: sandbox.fetch },
        allowUnauthenticated: true,
        idempotency: { store: {} as never },
      }),
    TypeError,
  );
});

Deno.test("POST /messages counts a replay as replayed, not as a second send", async () => {
  const outcomes: string[] = [];
  const { app } = makeApp({
    onMetric: (metric) => {
      if (metric.name === "messages.outcome") {
        outcomes.push(metric.tags.outcome);
      }
    },
  });
  const headers = { "idempotency-key": "key-metrics" };
  for (let i = 0; i < 2; i++) {
    const response = await post(app, message(TEXT), headers);
    await response.body?.cancel();
  }
  assert.deepEqual(outcomes, ["sent", "replayed"]);
});
