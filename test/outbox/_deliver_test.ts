import assert from "node:assert/strict";
import { deliveryOfError } from "../../src/outbox/_deliver.ts";
import { DuplicateMessageError } from "../../src/sp_api/duplicate_guard_store.ts";
import {
  AuthError,
  MessageTypeUnavailableError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";

const target = {
  operation: "createUnexpectedProblem",
  type: "unexpectedProblem",
  amazonOrderId: "123-1234567-1234567",
};

Deno.test("deliveryOfError: only proof that nothing left sends again", () => {
  const cases: [unknown, boolean, string, string][] = [
    [
      new UnknownOutcomeError("timed out", { ...target, status: undefined }),
      false,
      "unknown",
      "unknown_outcome",
    ],
    [
      new MessageTypeUnavailableError("not now", {
        type: "unexpectedProblem",
        amazonOrderId: target.amazonOrderId,
        available: [],
        status: 403,
        requestId: "rid-1",
      }),
      false,
      "unavailable",
      "unavailable",
    ],
    [
      new QuotaExceededError("throttled", {
        status: 429,
        code: "QuotaExceeded",
        attempts: 4,
      }),
      false,
      "queued",
      "QuotaExceeded",
    ],
    [
      new AuthError("no token", { status: 503, operation: "lwaToken" }),
      false,
      "queued",
      "AuthError",
    ],
    [
      new SpApiError("bad input", { status: 400, code: "InvalidInput" }),
      false,
      "failed",
      "InvalidInput",
    ],
    [new TypeError("connection refused"), false, "queued", "network"],
    [new DOMException("stopped", "AbortError"), true, "queued", "stopped"],
    ["a string was thrown", false, "unknown", "error"],
  ];
  for (const [error, aborted, status, code] of cases) {
    const delivery = deliveryOfError(error, aborted);
    assert.equal(delivery.status, status, String(error));
    assert.equal(delivery.error?.code, code, String(error));
  }
  const unavailable = deliveryOfError(cases[1][0], false);
  assert.equal(unavailable.amazonRequestId, "rid-1");
});

Deno.test("deliveryOfError: a duplicate failed, and long messages are cut", () => {
  const duplicate = deliveryOfError(
    new DuplicateMessageError("x".repeat(2_000), {
      type: "unexpectedProblem",
      amazonOrderId: target.amazonOrderId,
      windowMs: 86_400_000,
    }),
    false,
  );
  assert.equal(duplicate.status, "failed");
  assert.equal(duplicate.error?.code, "duplicate");
  assert.ok(duplicate.error!.message.length <= 500);
});
