import assert from "node:assert/strict";
import { createRedactor } from "../../src/_redact.ts";
import type {
  RequestEvent,
  ResponseEvent,
} from "../../src/sp_api/client_types.ts";
import { SpApiError, UnknownOutcomeError } from "../../src/sp_api/errors.ts";
import { createRateLimiter } from "../../src/sp_api/rate_limiter.ts";
import {
  type Call,
  createRequestPipeline,
  type PipelineContext,
} from "../../src/sp_api/_request_pipeline.ts";
import { retryPolicy } from "../../src/sp_api/_retry.ts";
import { createFakeClock } from "./_fake_clock.ts";

const TOKEN = "Atza|PIPELINE-TEST-TOKEN";
const EXPIRED = {
  errors: [{
    code: "Unauthorized",
    message: "Access to requested resource is denied.",
    details: "The access token you provided has expired.",
  }],
};

function json(status: number, body: unknown, headers = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "x-amzn-RequestId": `rid-${status}`, ...headers },
  });
}

function setup(
  answers: (Response | Error)[],
  over: Partial<PipelineContext> = {},
) {
  const clock = createFakeClock();
  const seen: Request[] = [];
  const requests: RequestEvent[] = [];
  const responses: ResponseEvent[] = [];
  const invalidated: string[] = [];
  let issued = 0;
  const perform = createRequestPipeline({
    fetch: (input, init) => {
      seen.push(new Request(input, init));
      const next = answers.shift() ?? json(200, {});
      return next instanceof Error
        ? Promise.reject(next)
        : Promise.resolve(next);
    },
    clock,
    userAgent: "pipeline-test/1",
    timeoutMs: 5000,
    policy: retryPolicy({ limit: 2, jitter: false }),
    redactor: createRedactor(),
    auth: {
      token: () => Promise.resolve(`${TOKEN}-${++issued}`),
      identity: () => Promise.resolve("seller"),
      invalidate: (token) => invalidated.push(token),
    },
    identity: () => Promise.resolve("seller"),
    limiter: createRateLimiter({ clock, rate: 100, burst: 100 }),
    onRequest: (event) => requests.push(event),
    onResponse: (event) => responses.push(event),
    ...over,
  });
  return { perform, seen, requests, responses, invalidated, clock };
}

const READ: Call = {
  operation: "getAttributes",
  method: "GET",
  url: "https://sp.invalid/messaging/v1/orders/1/attributes?marketplaceIds=A",
  base: "https://sp.invalid",
  signal: undefined,
  spApi: true,
  amazonOrderId: "1",
};
const SEND: Call = {
  ...READ,
  operation: "createWarranty",
  method: "POST",
  url:
    "https://sp.invalid/messaging/v1/orders/1/messages/warranty?marketplaceIds=A",
  send: { type: "warranty", amazonOrderId: "1" },
  body: "{}",
  contentType: "application/json",
};

Deno.test("createRequestPipeline() sends the SP-API headers and reports hooks without secrets", async () => {
  const { perform, seen, requests, responses } = setup([
    json(200, { buyer: {} }),
  ]);
  const answer = await perform(READ);
  assert.deepEqual(answer, {
    status: 200,
    json: { buyer: {} },
    requestId: "rid-200",
  });
  const headers = seen[0].headers;
  assert.equal(headers.get("x-amz-access-token"), `${TOKEN}-1`);
  assert.equal(headers.get("accept"), "application/json, application/hal+json");
  assert.equal(headers.get("user-agent"), "pipeline-test/1");
  assert.equal(requests[0].headers["x-amz-access-token"], "[REDACTED]");
  assert.deepEqual(
    [responses[0].status, responses[0].attempt, responses[0].requestId],
    [200, 1, "rid-200"],
  );
});

Deno.test("createRequestPipeline() retries a read after a 503 with backoff, never a send", async () => {
  const read = setup([json(503, {}), json(200, {})]);
  await read.perform(READ);
  assert.equal(read.seen.length, 2);
  assert.equal(read.clock.now(), 500);

  const send = setup([
    json(503, { errors: [{ code: "ServiceUnavailable", message: "m" }] }),
  ]);
  const error = await send.perform(SEND).then(() => undefined, (e) => e);
  assert.ok(error instanceof UnknownOutcomeError);
  assert.equal(error.status, 503);
  assert.ok(error.cause instanceof SpApiError);
  assert.equal(send.seen.length, 1);

  const dropped = setup([new TypeError("connection reset")]);
  const failure = await dropped.perform(SEND).then(() => undefined, (e) => e);
  assert.ok(failure instanceof UnknownOutcomeError);
  assert.match(
    failure.message,
    /the connection failed \(TypeError: connection reset\)/,
  );
  assert.equal(dropped.seen.length, 1);
});

Deno.test("createRequestPipeline() refreshes an expired token once, then reports AuthError", async () => {
  const once = setup([json(403, EXPIRED), json(201, {})]);
  await once.perform(SEND);
  assert.deepEqual(once.invalidated, [`${TOKEN}-1`]);
  assert.equal(once.seen[1].headers.get("x-amz-access-token"), `${TOKEN}-2`);

  const twice = setup([json(403, EXPIRED), json(403, EXPIRED)]);
  await assert.rejects(twice.perform(SEND), { name: "AuthError", status: 403 });
  assert.equal(twice.seen.length, 2);
});

Deno.test("createRequestPipeline() throws QuotaExceededError once the retries are spent, and redacts", async () => {
  const { perform, seen } = setup([
    json(429, { errors: [{ code: "QuotaExceeded", message: `${TOKEN}-1` }] }),
    json(429, {}),
    json(429, {}),
  ]);
  const error = await perform(READ).then(() => undefined, (e) => e);
  assert.equal(error.name, "QuotaExceededError");
  assert.equal(error.attempts, 3);
  assert.equal(seen.length, 3);
  assert.ok(!JSON.stringify(error).includes(TOKEN));
  assert.ok(!error.message.includes(TOKEN));
});

Deno.test("createRequestPipeline() sends the S3 PUT without token or accept header", async () => {
  const { perform, seen } = setup([new Response(null, { status: 200 })]);
  await perform({
    operation: "uploadContent",
    method: "PUT",
    url: "https://s3.invalid/u?X-Amz-Signature=s",
    base: "https://s3.invalid/u",
    signal: undefined,
    spApi: false,
    body: new Uint8Array([1]),
    headers: { "Content-MD5": "md5" },
  });
  const headers = seen[0].headers;
  assert.equal(headers.get("x-amz-access-token"), null);
  assert.equal(headers.get("accept"), null);
  assert.equal(headers.get("content-md5"), "md5");
});
