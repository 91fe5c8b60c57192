import assert from "node:assert/strict";
import { createRedactor } from "../../src/_redact.ts";
import {
  AuthError,
  MessageTypeUnavailableError,
  QuotaExceededError,
  SpApiError,
  UnknownOutcomeError,
} from "../../src/sp_api/errors.ts";
import {
  answerError,
  errorMessage,
  s3ErrorCode,
  unknownOutcome,
} from "../../src/sp_api/_attempt_errors.ts";

const SECRET = "Atza|ATTEMPT-ERRORS-SECRET";
const CALL = {
  operation: "createWarranty",
  amazonOrderId: "111-2223334-4445556",
  send: { type: "warranty", amazonOrderId: "111-2223334-4445556" },
};

Deno.test("s3ErrorCode() reads S3's XML error code", () => {
  assert.equal(
    s3ErrorCode("<Error><Code>BadDigest</Code><Message>m</Message></Error>"),
    "BadDigest",
  );
  assert.equal(s3ErrorCode("{}"), undefined);
  assert.equal(s3ErrorCode(undefined), undefined);
});

Deno.test("errorMessage() names the call, the order and Amazon's first error, redacted", () => {
  const redactor = createRedactor();
  redactor.addPermanent(SECRET);
  assert.equal(
    errorMessage(redactor, CALL, 400, [
      { code: "InvalidInput", message: `bad ${SECRET}`, details: "text" },
    ]),
    'Cannot call "createWarranty" for order "111-2223334-4445556": Amazon answered 400 "InvalidInput": bad [REDACTED] (text)',
  );
  assert.equal(
    errorMessage(redactor, { operation: "uploadContent" }, 503, []),
    'Cannot call "uploadContent": Amazon answered 503',
  );
});

Deno.test("unknownOutcome() says the message was not resent and keeps status and request id", () => {
  const error = unknownOutcome(createRedactor(), CALL, "Amazon answered 503", {
    status: 503,
    requestId: "rid-1",
  });
  assert.ok(error instanceof UnknownOutcomeError);
  assert.equal(
    error.message,
    'Cannot tell whether message "warranty" for order "111-2223334-4445556" was sent: Amazon answered 503; it was not resent, check before sending again',
  );
  assert.deepEqual(
    [error.operation, error.type, error.status, error.requestId, error.cause],
    ["createWarranty", "warranty", 503, "rid-1", undefined],
  );
});

Deno.test("answerError() builds the class the classification chose", () => {
  const redactor = createRedactor();
  const init = {
    status: 403,
    operation: "createWarranty",
    code: undefined,
    errors: [],
    requestId: "rid-2",
  };
  const quota = answerError(
    redactor,
    CALL,
    "QuotaExceededError",
    { ...init, status: 429 },
    4,
  );
  assert.ok(quota instanceof QuotaExceededError);
  assert.equal(quota.code, "QuotaExceeded");
  assert.equal(quota.attempts, 4);
  assert.match(quota.message, /still throttled after 4 attempts$/);
  assert.ok(
    answerError(redactor, CALL, "AuthError", init, 1) instanceof AuthError,
  );
  const unavailable = answerError(
    redactor,
    CALL,
    "MessageTypeUnavailableError",
    init,
    1,
  );
  assert.ok(unavailable instanceof MessageTypeUnavailableError);
  assert.equal(unavailable.type, "warranty");
  assert.ok(unavailable.cause instanceof SpApiError);
  const plain = answerError(redactor, CALL, "SpApiError", init, 1);
  assert.equal(plain.constructor, SpApiError);
  assert.equal((plain as SpApiError).requestId, "rid-2");
});
