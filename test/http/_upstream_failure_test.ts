import assert from "node:assert/strict";
import {
  AuthError,
  MessageTypeUnavailableError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import { upstreamFailure } from "../../src/http/_upstream_failure.ts";
import { ORDER, US } from "./_app.ts";

const target = {
  amazonOrderId: ORDER,
  marketplaceId: US,
  type: "unexpectedProblem",
};
const NOW = Date.parse("2026-01-01T00:00:00Z");

function code(body: Readonly<Record<string, unknown>>): string {
  return (body.error as { code: string }).code;
}

Deno.test("upstreamFailure() maps an unknown outcome to 502 status unknown", () => {
  const answer = upstreamFailure(
    new UnknownOutcomeError("Cannot tell", {
      operation: "createUnexpectedProblem",
      type: "unexpectedProblem",
      amazonOrderId: ORDER,
      status: 500,
      requestId: "amzn-1",
    }),
    target,
    NOW,
  );
  assert.equal(answer.status, 502);
  assert.equal(answer.body.status, "unknown");
  assert.equal(code(answer.body), "unknown_outcome");
  assert.equal(answer.amazonRequestId, "amzn-1");
});

Deno.test("upstreamFailure() maps Amazon's refusal of the type to 409", () => {
  const answer = upstreamFailure(
    new MessageTypeUnavailableError("Refused", {
      type: "unexpectedProblem",
      amazonOrderId: ORDER,
      status: 403,
    }),
    target,
    NOW,
  );
  assert.equal(answer.status, 409);
  assert.deepEqual(answer.body.available, []);
  assert.equal(answer.body.marketplaceId, US);
});

Deno.test("upstreamFailure() maps throttling to 429 with Retry-After from Amazon's hints", () => {
  const quota = (headers: Record<string, string>) =>
    upstreamFailure(
      new QuotaExceededError("Throttled", {
        status: 429,
        attempts: 4,
        operation: "getAttributes",
        response: new Response(null, { status: 429, headers }),
      }),
      target,
      NOW,
    );
  assert.equal(quota({ "retry-after": "7" }).headers?.["retry-after"], "7");
  assert.equal(quota({ "retry-after": "0.2" }).headers?.["retry-after"], "1");
  assert.equal(
    quota({ "retry-after": new Date(NOW + 3_500).toUTCString() }).headers
      ?.["retry-after"],
    "3",
  );
  assert.equal(
    quota({ "x-amzn-RateLimit-Limit": "0.2" }).headers?.["retry-after"],
    "5",
  );
  const none = quota({});
  assert.equal(none.status, 429);
  assert.equal(none.headers?.["retry-after"], "1");
  assert.equal(none.body.retryAfterSeconds, 1);
  assert.equal(code(none.body), "throttled");
});

Deno.test("upstreamFailure() maps credentials, refused orders and failures", () => {
  assert.deepEqual(
    [
      upstreamFailure(
        new AuthError("LWA", { status: 401, error: "invalid_client" }),
        target,
        NOW,
      ),
      upstreamFailure(
        new SpApiError("Bad", { status: 400, code: "InvalidInput" }),
        target,
        NOW,
      ),
      upstreamFailure(
        new SpApiError("Gone", { status: 404, code: "NotFound" }),
        target,
        NOW,
      ),
      upstreamFailure(new SpApiError("Down", { status: 503 }), target, NOW),
      upstreamFailure(new SpApiError("Odd", { status: 415 }), target, NOW),
      upstreamFailure(new DOMException("slow", "TimeoutError"), target, NOW),
      upstreamFailure(new TypeError("error sending request"), target, NOW),
      upstreamFailure("weird", undefined, NOW),
    ].map((a) => [a.status, code(a.body)]),
    [
      [502, "upstream_auth"],
      [400, "amazon_rejected"],
      [404, "order_not_found"],
      [502, "upstream_error"],
      [502, "upstream_error"],
      [504, "upstream_timeout"],
      [502, "upstream_error"],
      [502, "upstream_error"],
    ],
  );
});

Deno.test("upstreamFailure() keeps unexpected errors for the logs only", () => {
  const error = new TypeError("socket hang up at 10.0.0.1");
  const answer = upstreamFailure(error, target, NOW);
  assert.equal(answer.error, error);
  assert.ok(!JSON.stringify(answer.body).includes("10.0.0.1"));
});
