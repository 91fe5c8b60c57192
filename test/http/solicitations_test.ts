/**
 * `POST /solicitations`: Amazon's review request through the endpoint,
 * over the sandbox. Every answer is checked against its documented schema.
 */
import assert from "node:assert/strict";
import * as v from "valibot";
import { createOpenApiDocument } from "../../src/http/openapi.ts";
import {
  createMessagingApp,
  type MessagingApp,
} from "../../src/http/create_messaging_app.ts";
import {
  solicitationAnswerSchema,
  solicitationRequestSchema,
} from "../../src/http/_handle_solicitation.ts";
import {
  errorAnswerSchema,
  unavailableAnswerSchema,
  unknownAnswerSchema,
} from "../../src/http/_schemas.ts";
import { jsonSchemaOf } from "../../scripts/build_openapi.ts";
import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
} from "../../src/sp_api/sandbox/mod.ts";
import type { MessagingClientOptions } from "../../src/sp_api/messaging_client.ts";
import { KEY, ORDER, OTHER_ORDER, US } from "./_app.ts";

const TYPE = "productReviewAndSellerFeedback";

function makeApp(
  sandboxOptions: SandboxOptions = {},
  client: Partial<MessagingClientOptions> = {},
): { app: MessagingApp; sandbox: Sandbox } {
  const sandbox = createSandbox(sandboxOptions);
  const app = createMessagingApp({
    client: {
      auth: { accessToken: "Atza|http-solicitations" },
      fetch: sandbox.fetch,
      ...client,
    },
    apiKeys: [KEY],
  });
  return { app, sandbox };
}

function request(
  app: MessagingApp,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return app.fetch(
    new Request("http://localhost/solicitations", {
      method: "POST",
      headers: {
        authorization: `Bearer ${KEY}`,
        "content-type": "application/json",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** Reads the answer and checks it against its documented schema. */
async function answerOf(
  response: Response,
): Promise<Record<string, unknown>> {
  const body = await response.json() as Record<string, unknown>;
  const schema = body.status === "sent" || body.status === "valid"
    ? solicitationAnswerSchema
    : body.status === "unavailable"
    ? unavailableAnswerSchema
    : body.status === "unknown"
    ? unknownAnswerSchema
    : errorAnswerSchema;
  const result = v.safeParse(schema, body);
  assert.ok(
    result.success,
    `answer ${response.status} does not match its schema: ${
      JSON.stringify(body)
    }`,
  );
  assert.equal(body.requestId, response.headers.get("x-request-id"));
  return body;
}

const ASK = { amazonOrderId: ORDER, marketplaceId: US };

Deno.test("POST /solicitations checks eligibility, sends, and answers 201 sent", async () => {
  const { app, sandbox } = makeApp();
  const response = await request(app, ASK);
  assert.equal(response.status, 201);
  const answer = await answerOf(response);
  assert.equal(answer.status, "sent");
  assert.equal(answer.type, TYPE);
  assert.equal(answer.amazonOrderId, ORDER);
  assert.equal(answer.marketplaceId, US);
  assert.equal(answer.amazonRequestId, sandbox.solicitations[0].requestId);
  assert.equal(
    response.headers.get("x-amzn-RequestId"),
    sandbox.solicitations[0].requestId,
  );
  assert.deepEqual(sandbox.requests.map((r) => r.operation), [
    "getSolicitationActionsForOrder",
    "createProductReviewAndSellerFeedbackSolicitation",
  ]);
  assert.equal(sandbox.solicitations.length, 1);
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("POST /solicitations with dryRun checks eligibility and sends nothing", async () => {
  const { app, sandbox } = makeApp();
  const response = await request(app, { ...ASK, dryRun: true });
  assert.equal(response.status, 200);
  const answer = await answerOf(response);
  assert.equal(answer.status, "valid");
  assert.equal(answer.amazonRequestId, sandbox.requests[0].requestId);
  assert.deepEqual(sandbox.requests.map((r) => r.operation), [
    "getSolicitationActionsForOrder",
  ]);
  assert.equal(sandbox.solicitations.length, 0);
});

Deno.test("POST /solicitations answers 409 unavailable for an order outside the review window", async () => {
  const { app, sandbox } = makeApp({
    orders: { [OTHER_ORDER]: { deliveredAt: Date.now() - 45 * 86_400_000 } },
  });
  for (const dryRun of [false, true]) {
    const response = await request(app, {
      amazonOrderId: OTHER_ORDER,
      marketplaceId: US,
      dryRun,
    });
    assert.equal(response.status, 409);
    const answer = await answerOf(response);
    assert.equal(answer.status, "unavailable");
    assert.equal(answer.type, TYPE);
    assert.deepEqual(answer.available, []);
    assert.match(
      String(answer.message),
      /^Order "111-2223334-4445556" does not accept a review request \("productReviewAndSellerFeedback"\) now: .*5 to 30 days after delivery/,
    );
  }
  assert.equal(sandbox.solicitations.length, 0);
  assert.ok(
    sandbox.requests.every((r) =>
      r.operation === "getSolicitationActionsForOrder"
    ),
  );
});

Deno.test("POST /solicitations answers 409 unavailable for an order that got its review request", async () => {
  const { app, sandbox } = makeApp();
  assert.equal((await request(app, ASK)).status, 201);
  for (const body of [ASK, { ...ASK, allowDuplicate: true }]) {
    const again = await request(app, body);
    assert.equal(again.status, 409);
    assert.equal((await answerOf(again)).status, "unavailable");
  }
  assert.equal(sandbox.solicitations.length, 1);
});

Deno.test("POST /solicitations answers 409 duplicate after an unknown outcome until a person allows it", async () => {
  const { app, sandbox } = makeApp();
  // Amazon answers 503 without taking it: the client cannot know that.
  sandbox.injectFault({
    kind: "unavailable",
    operation: "createProductReviewAndSellerFeedbackSolicitation",
  });
  const first = await request(app, ASK);
  assert.equal(first.status, 502);
  assert.equal((await answerOf(first)).status, "unknown");
  // Amazon still lists the action, but the guard holds the order.
  const second = await request(app, ASK);
  assert.equal(second.status, 409);
  const error = (await answerOf(second)).error as {
    code: string;
    message: string;
  };
  assert.equal(error.code, "duplicate");
  assert.match(
    error.message,
    /again: one went to this order less than 30 days ago/,
  );
  assert.equal(sandbox.solicitations.length, 0);
  // Someone checked: it did not arrive. allowDuplicate sends it.
  const allowed = await request(app, { ...ASK, allowDuplicate: true });
  assert.equal(allowed.status, 201);
  assert.equal(sandbox.solicitations.length, 1);
});

Deno.test("POST /solicitations replays an Idempotency-Key instead of sending again", async () => {
  const { app, sandbox } = makeApp();
  const key = { "Idempotency-Key": "review-ask-1" };
  const first = await request(app, ASK, key);
  const firstAnswer = await answerOf(first);
  const again = await request(app, ASK, key);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get("idempotency-replayed"), "true");
  const againAnswer = await answerOf(again);
  assert.deepEqual(
    { ...againAnswer, requestId: "" },
    { ...firstAnswer, requestId: "" },
  );
  assert.equal(sandbox.solicitations.length, 1);
  assert.equal(sandbox.requests.length, 2);
  // The same key with another body, or on POST /messages, is another request.
  const reused = await request(
    app,
    { ...ASK, amazonOrderId: OTHER_ORDER },
    key,
  );
  assert.equal(reused.status, 422);
  assert.equal(
    ((await answerOf(reused)).error as { code: string }).code,
    "idempotency_key_reused",
  );
  assert.equal(sandbox.requests.length, 2);
});

Deno.test("POST /solicitations answers 502 unknown when Amazon may have taken it, and never resends", async () => {
  const { app, sandbox } = makeApp();
  sandbox.injectFault({
    kind: "error-after-accept",
    operation: "createProductReviewAndSellerFeedbackSolicitation",
  });
  const key = { "Idempotency-Key": "review-ask-2" };
  const response = await request(app, ASK, key);
  assert.equal(response.status, 502);
  const answer = await answerOf(response);
  assert.equal(answer.status, "unknown");
  assert.equal(answer.type, TYPE);
  assert.equal(answer.marketplaceId, US);
  assert.equal(
    (answer.error as { code: string }).code,
    "unknown_outcome",
  );
  // The retry with the key replays the answer; without it the guard refuses.
  const retried = await request(app, ASK, key);
  assert.equal(retried.status, 502);
  assert.equal(retried.headers.get("idempotency-replayed"), "true");
  const fresh = await request(app, ASK);
  assert.equal(fresh.status, 409);
  assert.equal((await answerOf(fresh)).status, "unavailable");
  assert.equal(sandbox.solicitations.length, 1);
  assert.equal(
    sandbox.requests.filter((r) => r.method === "POST").length,
    1,
  );
});

Deno.test("POST /solicitations answers 429 with Retry-After when Amazon throttles the eligibility check", async () => {
  const { app, sandbox } = makeApp(
    { rateLimit: { rate: 0.001, burst: 1 } },
    { retry: 0 },
  );
  assert.equal((await request(app, { ...ASK, dryRun: true })).status, 200);
  const response = await request(app, ASK);
  assert.equal(response.status, 429);
  const answer = await answerOf(response);
  assert.equal((answer.error as { code: string }).code, "throttled");
  assert.ok(Number(response.headers.get("retry-after")) >= 1);
  assert.equal(sandbox.solicitations.length, 0);
});

Deno.test("POST /solicitations validates the body, the key and the content type", async () => {
  const { app, sandbox } = makeApp();
  const cases: [unknown, number, string[]][] = [
    [{ marketplaceId: US }, 400, ["amazonOrderId"]],
    [{ amazonOrderId: "123", marketplaceId: US }, 400, ["amazonOrderId"]],
    [{ amazonOrderId: ORDER, marketplaceId: "XX" }, 400, ["marketplaceId"]],
    [{ ...ASK, text: "Please review us" }, 400, ["text"]],
    [{ ...ASK, dryRun: "yes" }, 400, ["dryRun"]],
    [[ASK], 400, [""]],
  ];
  for (const [body, status, paths] of cases) {
    const response = await request(app, body);
    assert.equal(response.status, status, JSON.stringify(body));
    const error = (await answerOf(response)).error as {
      code: string;
      issues: { path: string }[];
    };
    assert.equal(error.code, "invalid_request");
    assert.deepEqual(error.issues.map((i) => i.path), paths);
  }
  assert.equal((await request(app, "{")).status, 400);
  const unauthenticated = await app.request("/solicitations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ASK),
  });
  assert.equal(unauthenticated.status, 401);
  const form = await request(app, "a=b", { "content-type": "text/plain" });
  assert.equal(form.status, 415);
  const badKey = await request(app, ASK, { "Idempotency-Key": "has space" });
  assert.equal(badKey.status, 400);
  const get = await app.fetch(
    new Request("http://localhost/solicitations", {
      headers: { authorization: `Bearer ${KEY}` },
    }),
  );
  assert.equal(get.status, 405);
  assert.equal(get.headers.get("allow"), "POST");
  assert.equal(sandbox.requests.length, 0);
});

Deno.test("POST /solicitations maps Amazon's errors: 404 for an unknown order", async () => {
  const { app, sandbox } = makeApp({ acceptUnknownOrders: false });
  const response = await request(app, { ...ASK, amazonOrderId: OTHER_ORDER });
  assert.equal(response.status, 404);
  assert.equal(
    ((await answerOf(response)).error as { code: string }).code,
    "order_not_found",
  );
  assert.equal(sandbox.solicitations.length, 0);
});

Deno.test("GET /openapi.json documents POST /solicitations with its schemas", async () => {
  const document = createOpenApiDocument();
  const paths = document.paths as Record<string, Record<string, unknown>>;
  const post = paths["/solicitations"]?.post as {
    operationId: string;
    requestBody: { content: Record<string, { schema: unknown }> };
    responses: Record<string, unknown>;
  };
  assert.equal(post.operationId, "requestReview");
  assert.deepEqual(post.requestBody.content["application/json"].schema, {
    $ref: "#/components/schemas/SolicitationRequest",
  });
  assert.deepEqual(Object.keys(post.responses).sort(), [
    "200",
    "201",
    "400",
    "401",
    "404",
    "409",
    "413",
    "415",
    "422",
    "429",
    "502",
    "504",
  ]);
  const schemas = (document.components as {
    schemas: Record<string, unknown>;
  }).schemas;
  assert.deepEqual(
    schemas.SolicitationRequest,
    jsonSchemaOf(solicitationRequestSchema),
  );
  assert.deepEqual(
    schemas.SolicitationAnswer,
    jsonSchemaOf(solicitationAnswerSchema),
  );
  const { app } = makeApp();
  const served = await (await app.request("/openapi.json")).json();
  assert.ok("/solicitations" in served.paths);
});
