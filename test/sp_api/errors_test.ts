import assert from "node:assert/strict";
import { BuyerMessagesError } from "../../src/errors.ts";
import {
  AuthError,
  MessageTypeUnavailableError,
  MessageValidationError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";

Deno.test("SpApiError() carries status, code, details, request id and response", () => {
  const response = new Response("{}", {
    status: 400,
    headers: { "x-amzn-RequestId": "rid-1", "set-cookie": "session=abc" },
  });
  const cause = new Error("inner");
  const error = new SpApiError('Cannot call "x": Amazon answered 400', {
    status: 400,
    operation: "getAttributes",
    code: "InvalidInput",
    details: "marketplaceIds",
    errors: [{ code: "InvalidInput", message: "Invalid Input" }],
    requestId: "rid-1",
    response,
  }, { cause });
  assert.ok(error instanceof BuyerMessagesError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "SpApiError");
  assert.equal(error.status, 400);
  assert.equal(error.operation, "getAttributes");
  assert.equal(error.code, "InvalidInput");
  assert.equal(error.details, "marketplaceIds");
  assert.equal(error.requestId, "rid-1");
  // A copy of status and headers, secret headers redacted, no live body.
  assert.notEqual(error.response, response);
  assert.equal(error.response?.status, 400);
  assert.equal(error.response?.headers.get("x-amzn-RequestId"), "rid-1");
  assert.equal(error.response?.headers.get("set-cookie"), "[REDACTED]");
  assert.equal(error.response?.body, null);
  assert.equal(response.bodyUsed, false);
  assert.ok(!Object.keys(error).includes("response"));
  assert.equal(error.cause, cause);
  assert.ok(Object.isFrozen(error.errors));
  assert.equal(error.errors.length, 1);
});

Deno.test("AuthError() and QuotaExceededError() are SpApiErrors", () => {
  const auth = new AuthError("Cannot get an LWA access token", {
    status: 400,
    error: "invalid_grant",
    errorDescription: "bad refresh token",
  });
  assert.ok(auth instanceof SpApiError);
  assert.equal(auth.name, "AuthError");
  assert.equal(auth.error, "invalid_grant");
  assert.equal(auth.errorDescription, "bad refresh token");
  assert.deepEqual(auth.errors, []);
  const quota = new QuotaExceededError("throttled", {
    status: 429,
    code: "QuotaExceeded",
    attempts: 4,
  });
  assert.ok(quota instanceof SpApiError);
  assert.equal(quota.name, "QuotaExceededError");
  assert.equal(quota.attempts, 4);
});

Deno.test("MessageTypeUnavailableError() lists the available types when known", () => {
  const error = new MessageTypeUnavailableError("Cannot send", {
    type: "warranty",
    amazonOrderId: "123",
    available: ["invoice"],
  });
  assert.ok(error instanceof BuyerMessagesError);
  assert.ok(!(error instanceof SpApiError));
  assert.equal(error.name, "MessageTypeUnavailableError");
  assert.deepEqual(error.available, ["invoice"]);
  assert.ok(Object.isFrozen(error.available));
  assert.equal(error.status, undefined);
  const from403 = new MessageTypeUnavailableError("Cannot send", {
    type: "warranty",
    amazonOrderId: "123",
    status: 403,
    requestId: "rid",
  });
  assert.equal(from403.available, undefined);
  assert.equal(from403.status, 403);
});

Deno.test("UnknownOutcomeError() and MessageValidationError() carry their context", () => {
  const timeout = new DOMException("timed out", "TimeoutError");
  const unknown = new UnknownOutcomeError("Cannot tell", {
    operation: "createWarranty",
    type: "warranty",
    amazonOrderId: "123",
  }, { cause: timeout });
  assert.ok(unknown instanceof BuyerMessagesError);
  assert.equal(unknown.name, "UnknownOutcomeError");
  assert.equal(unknown.cause, timeout);
  assert.equal(unknown.status, undefined);
  assert.equal(unknown.requestId, undefined);
  const invalid = new MessageValidationError("Cannot send", {
    type: "warranty",
    issues: [{ path: "attachments", message: "Required" }],
  });
  assert.ok(invalid instanceof BuyerMessagesError);
  assert.equal(invalid.name, "MessageValidationError");
  assert.deepEqual(invalid.issues, [{
    path: "attachments",
    message: "Required",
  }]);
  assert.ok(Object.isFrozen(invalid.issues));
});

Deno.test("SpApiError() keeps no live response and prints none of its headers", () => {
  const response = new Response(null, {
    status: 401,
    headers: {
      "authorization": "Bearer live-secret-1",
      "x-amz-access-token": "Atza|live-secret-2",
      "set-cookie": "session=live-secret-3",
    },
  });
  const error = new AuthError("Cannot call", { status: 401, response });
  const shown = [
    Deno.inspect(error, { depth: 10 }),
    Deno.inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error),
    String(error),
  ].join("\n");
  assert.ok(!shown.includes("live-secret"), shown);
  assert.equal(error.response?.headers.get("authorization"), "[REDACTED]");
  // A status a Response cannot be built with keeps no copy at all.
  const odd = { status: 0, statusText: "", headers: new Headers() };
  const noCopy = new SpApiError("x", {
    status: 0,
    response: odd as unknown as Response,
  });
  assert.equal(noCopy.response, undefined);
});

Deno.test("BuyerMessagesError errors serialize to name, message, fields and causes", () => {
  const error = new SpApiError('Cannot call "getAttributes"', {
    status: 400,
    code: "InvalidInput",
    requestId: "rid-1",
    response: new Response(null, { status: 400 }),
  }, { cause: new TypeError("inner", { cause: "text cause" }) });
  assert.deepEqual(JSON.parse(JSON.stringify(error)), {
    name: "SpApiError",
    message: 'Cannot call "getAttributes"',
    status: 400,
    code: "InvalidInput",
    errors: [],
    requestId: "rid-1",
    cause: { name: "TypeError", message: "inner", cause: "text cause" },
  });
  // A cause that points back at its error stops after 8 levels.
  const looped = new UnknownOutcomeError("outer", {
    operation: "createWarranty",
    type: "warranty",
    amazonOrderId: "123-1234567-1234567",
  });
  Object.defineProperty(looped, "cause", { value: looped });
  let depth = 0;
  for (
    let record = JSON.parse(JSON.stringify(looped));
    record.cause !== undefined;
    record = record.cause
  ) depth++;
  assert.equal(depth, 9);
});
