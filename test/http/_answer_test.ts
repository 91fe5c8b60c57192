import assert from "node:assert/strict";
import {
  errorAnswer,
  invalidRequest,
  queuedAnswer,
  toResponse,
  unavailableAnswer,
} from "../../src/http/_answer.ts";

Deno.test("toResponse() answers JSON with the request ids in body and headers", async () => {
  const response = toResponse(
    {
      status: 201,
      outcome: "sent",
      body: { status: "sent" },
      amazonRequestId: "amzn-1",
    },
    "req-1",
  );
  assert.equal(response.status, 201);
  assert.equal(
    response.headers.get("content-type"),
    "application/json; charset=utf-8",
  );
  assert.equal(response.headers.get("cache-control"), "no-store");
  assert.equal(response.headers.get("x-content-type-options"), "nosniff");
  assert.equal(response.headers.get("x-request-id"), "req-1");
  assert.equal(response.headers.get("x-amzn-RequestId"), "amzn-1");
  assert.deepEqual(await response.json(), {
    requestId: "req-1",
    amazonRequestId: "amzn-1",
    status: "sent",
  });
});

Deno.test("toResponse() never serializes the error behind an answer", async () => {
  const error = new Error("secret detail");
  const response = toResponse(
    { ...errorAnswer(500, "internal", "Bug"), error },
    "r",
  );
  const text = await response.text();
  assert.ok(!text.includes("secret detail"));
  assert.ok(!text.includes("stack"));
});

Deno.test("errorAnswer() carries issues, Amazon's code, headers and extra fields", () => {
  const answer = errorAnswer(429, "throttled", "Later", {
    amazonCode: "QuotaExceeded",
    amazonRequestId: "amzn-2",
    headers: { "retry-after": "3" },
    fields: { retryAfterSeconds: 3 },
  });
  assert.equal(answer.outcome, "throttled");
  assert.deepEqual(answer.body, {
    retryAfterSeconds: 3,
    error: { code: "throttled", message: "Later", amazonCode: "QuotaExceeded" },
  });
  assert.deepEqual(answer.headers, { "retry-after": "3" });
  assert.equal(answer.amazonRequestId, "amzn-2");
});

Deno.test("invalidRequest() summarizes the first issue and counts the rest", () => {
  const answer = invalidRequest([
    { path: "type", message: "Unknown type" },
    { path: "", message: "Bad" },
    { path: "x", message: "Bad" },
  ]);
  assert.equal(answer.status, 400);
  const error = answer.body.error as { message: string; issues: unknown[] };
  assert.equal(
    error.message,
    "The request is invalid: type: Unknown type (and 2 more)",
  );
  assert.equal(error.issues.length, 3);
});

Deno.test("unavailableAnswer() is a 409 with what the order accepts and Amazon's request id", () => {
  const target = {
    amazonOrderId: "123-1234567-1234567",
    marketplaceId: "ATVPDKIKX0DER",
    type: "warranty",
  };
  assert.deepEqual(
    unavailableAnswer(target, ["unexpectedProblem"], "Not now", "rid-9"),
    {
      status: 409,
      outcome: "unavailable",
      body: {
        status: "unavailable",
        ...target,
        available: ["unexpectedProblem"],
        message: "Not now",
      },
      amazonRequestId: "rid-9",
    },
  );
  assert.equal(
    "amazonRequestId" in unavailableAnswer(target, [], "Not now"),
    false,
  );
});

Deno.test("queuedAnswer() is a 202 that says where to watch the message", () => {
  assert.deepEqual(
    queuedAnswer("01ABC", { amazonOrderId: "123-1234567-1234567" }),
    {
      status: 202,
      outcome: "queued",
      headers: {
        location: "/messages/01ABC",
        "preference-applied": "respond-async",
      },
      body: {
        id: "01ABC",
        status: "queued",
        amazonOrderId: "123-1234567-1234567",
      },
    },
  );
});
