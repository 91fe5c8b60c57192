import assert from "node:assert/strict";
import {
  type AttemptDecision,
  type AttemptFacts,
  classifyResponse,
  describeFailure,
  nextRetryDelay,
  type RetryBudget,
} from "../../src/sp_api/_classify_response.ts";
import { retryPolicy } from "../../src/sp_api/_retry.ts";

const POLICY = retryPolicy({ limit: 3, jitter: false });
const LEFT: RetryBudget = { policy: POLICY, retries: 0, elapsedMs: 0 };
const SPENT: RetryBudget = { policy: POLICY, retries: 3, elapsedMs: 0 };

const TIMEOUT = new DOMException("timed out", "TimeoutError");
const REFUSED = new TypeError("error sending request: connection refused");
const EXPIRED = [{
  code: "Unauthorized",
  message: "Access to requested resource is denied.",
  details: "The access token you provided has expired.",
}];
const TEMPLATE = [{
  code: "Unauthorized",
  message: "Invalid amazonOrderId and template combination",
  details: "",
}];
const DENIED = [{
  code: "Unauthorized",
  message: "Access to requested resource is denied.",
  details: "",
}];

/** A short name of a decision, for the table. */
function show(decision: AttemptDecision): string {
  switch (decision.kind) {
    case "retry":
      return "retry";
    case "error":
      return decision.errorClass;
    case "rethrow":
      return `rethrow ${decision.what}`;
    default:
      return decision.kind;
  }
}

function facts(
  overrides: Partial<AttemptFacts>,
): AttemptFacts {
  return {
    status: 200,
    mayHaveReachedAmazon: true,
    bodyFailed: false,
    isSend: false,
    spApi: true,
    aborted: false,
    errors: [],
    code: undefined,
    timeoutMs: 30_000,
    canRefreshToken: true,
    budget: LEFT,
    ...overrides,
  };
}

type Row = readonly [
  what: string,
  facts: Partial<AttemptFacts>,
  send: string,
  sendSpent: string,
  read: string,
  readSpent: string,
];

// The at-most-once policy: a message POST (send) is retried only when Amazon
// certainly did not take it; a read (GET, upload destination) is retried on
// transient failures while the budget lasts.
const TABLE: readonly Row[] = [
  // No response at all.
  [
    "timeout after the request left",
    { status: undefined, failure: TIMEOUT },
    "unknown-outcome",
    "unknown-outcome",
    "retry",
    "rethrow failure",
  ],
  [
    "dropped connection after the request left",
    { status: undefined, failure: REFUSED },
    "unknown-outcome",
    "unknown-outcome",
    "retry",
    "rethrow failure",
  ],
  [
    "failure after the request left, caller aborted",
    { status: undefined, failure: REFUSED, aborted: true },
    "unknown-outcome",
    "unknown-outcome",
    "aborted",
    "aborted",
  ],
  [
    "connection never opened",
    { status: undefined, failure: REFUSED, mayHaveReachedAmazon: false },
    "retry",
    "rethrow failure",
    "retry",
    "rethrow failure",
  ],
  [
    "connection never opened, caller aborted",
    {
      status: undefined,
      failure: REFUSED,
      mayHaveReachedAmazon: false,
      aborted: true,
    },
    "aborted",
    "aborted",
    "aborted",
    "aborted",
  ],
  // 2xx.
  ["200", { status: 200 }, "ok", "ok", "ok", "ok"],
  ["201", { status: 201 }, "ok", "ok", "ok", "ok"],
  ["204", { status: 204 }, "ok", "ok", "ok", "ok"],
  [
    "201 whose body could not be read",
    { status: 201, bodyFailed: true },
    "ok",
    "ok",
    "retry",
    "rethrow body-error",
  ],
  [
    "200 whose body could not be read, caller aborted",
    { status: 200, bodyFailed: true, aborted: true },
    "ok",
    "ok",
    "aborted",
    "aborted",
  ],
  // 4xx.
  [
    "400",
    { status: 400, code: "InvalidInput" },
    "SpApiError",
    "SpApiError",
    "SpApiError",
    "SpApiError",
  ],
  [
    "404",
    { status: 404, code: "NotFound" },
    "SpApiError",
    "SpApiError",
    "SpApiError",
    "SpApiError",
  ],
  [
    "413",
    { status: 413 },
    "SpApiError",
    "SpApiError",
    "SpApiError",
    "SpApiError",
  ],
  [
    "415",
    { status: 415 },
    "SpApiError",
    "SpApiError",
    "SpApiError",
    "SpApiError",
  ],
  [
    "429",
    { status: 429, code: "QuotaExceeded" },
    "retry",
    "QuotaExceededError",
    "retry",
    "QuotaExceededError",
  ],
  [
    "429 with Retry-After",
    { status: 429, retryAfterMs: 2000 },
    "retry",
    "QuotaExceededError",
    "retry",
    "QuotaExceededError",
  ],
  // 401 and 403.
  [
    "403 expired token, refreshable",
    { status: 403, errors: EXPIRED },
    "refresh-token",
    "refresh-token",
    "refresh-token",
    "refresh-token",
  ],
  [
    "401 expired token, already refreshed",
    { status: 401, errors: EXPIRED, canRefreshToken: false },
    "AuthError",
    "AuthError",
    "AuthError",
    "AuthError",
  ],
  [
    "403 invalid order and template combination",
    { status: 403, errors: TEMPLATE },
    "MessageTypeUnavailableError",
    "MessageTypeUnavailableError",
    "AuthError",
    "AuthError",
  ],
  [
    "403 access denied",
    { status: 403, errors: DENIED },
    "AuthError",
    "AuthError",
    "AuthError",
    "AuthError",
  ],
  [
    "401 without errors",
    { status: 401 },
    "AuthError",
    "AuthError",
    "AuthError",
    "AuthError",
  ],
  // 5xx: after a send, the outcome is unknown; never resent.
  ...[500, 502, 503, 504].map((status): Row => [
    String(status),
    { status, code: "InternalFailure" },
    "unknown-outcome",
    "unknown-outcome",
    "retry",
    "SpApiError",
  ]),
  ...[501, 505, 599].map((status): Row => [
    String(status),
    { status },
    "unknown-outcome",
    "unknown-outcome",
    "SpApiError",
    "SpApiError",
  ]),
];

Deno.test("classifyResponse() follows the at-most-once policy for every status family, sends and reads, with and without budget", () => {
  const failures: string[] = [];
  for (const [what, given, ...expected] of TABLE) {
    const columns: [boolean, RetryBudget][] = [
      [true, LEFT],
      [true, SPENT],
      [false, LEFT],
      [false, SPENT],
    ];
    const actual = columns.map(([isSend, budget]) =>
      show(classifyResponse(facts({ ...given, isSend, budget })))
    );
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      failures.push(
        `${what}: expected ${expected.join(" | ")}, got ${actual.join(" | ")}`,
      );
    }
  }
  assert.deepEqual(failures, []);
});

Deno.test("classifyResponse() treats the S3 upload PUT as a read without auth refresh", () => {
  const upload = (over: Partial<AttemptFacts>) =>
    show(
      classifyResponse(
        facts({ spApi: false, canRefreshToken: false, ...over }),
      ),
    );
  assert.equal(upload({ status: 200 }), "ok");
  assert.equal(
    upload({ status: 403, code: "SignatureDoesNotMatch" }),
    "SpApiError",
  );
  assert.equal(upload({ status: 403, errors: EXPIRED }), "SpApiError");
  assert.equal(upload({ status: 400, code: "BadDigest" }), "SpApiError");
  assert.equal(upload({ status: 503 }), "retry");
  assert.equal(upload({ status: 503, budget: SPENT }), "SpApiError");
  assert.equal(upload({ status: undefined, failure: REFUSED }), "retry");
  // A token refresh needs an SP-API call even when a token could be refreshed.
  assert.equal(
    show(classifyResponse(facts({
      spApi: false,
      canRefreshToken: true,
      status: 401,
      errors: EXPIRED,
    }))),
    "SpApiError",
  );
});

Deno.test("classifyResponse() says why a send's outcome is unknown", () => {
  assert.deepEqual(
    classifyResponse(
      facts({ isSend: true, status: undefined, failure: TIMEOUT }),
    ),
    {
      kind: "unknown-outcome",
      reason: "the request timed out after 30000 ms",
    },
  );
  assert.deepEqual(
    classifyResponse(
      facts({ isSend: true, status: 503, code: "ServiceUnavailable" }),
    ),
    {
      kind: "unknown-outcome",
      reason: 'Amazon answered 503 "ServiceUnavailable"',
    },
  );
  assert.deepEqual(
    classifyResponse(facts({ isSend: true, status: 500 })),
    { kind: "unknown-outcome", reason: "Amazon answered 500" },
  );
});

Deno.test("classifyResponse() waits the backoff, at least Retry-After, within the time budget", () => {
  const delay = (over: Partial<AttemptFacts>) => {
    const decision = classifyResponse(facts(over));
    return decision.kind === "retry" ? decision.delayMs : decision.kind;
  };
  assert.equal(delay({ status: 503, budget: LEFT }), 500);
  assert.equal(delay({ status: 503, budget: { ...LEFT, retries: 2 } }), 2000);
  assert.equal(delay({ status: 429, retryAfterMs: 7000 }), 7000);
  // Retry-After is capped by backoffLimit.
  assert.equal(delay({ status: 429, retryAfterMs: 90_000 }), 30_000);
  // A wait that would end after maxRetryTime is not taken.
  assert.equal(
    delay({ status: 503, budget: { ...LEFT, elapsedMs: 59_600 } }),
    "error",
  );
  assert.equal(
    delay({ status: 503, budget: { ...LEFT, elapsedMs: 59_500 } }),
    500,
  );
});

Deno.test("nextRetryDelay() asks the jitter only when a retry is possible", () => {
  const asked: number[] = [];
  const policy = retryPolicy({
    limit: 1,
    jitter: (d) => {
      asked.push(d);
      return d / 2;
    },
  });
  assert.equal(nextRetryDelay({ policy, retries: 0, elapsedMs: 0 }), 250);
  assert.equal(nextRetryDelay({ policy, retries: 1, elapsedMs: 0 }), undefined);
  assert.deepEqual(asked, [500]);
});

Deno.test("describeFailure() names timeouts, aborts and connection errors", () => {
  assert.equal(
    describeFailure(TIMEOUT, 5000),
    "the request timed out after 5000 ms",
  );
  assert.equal(
    describeFailure(new DOMException("x", "AbortError"), 5000),
    "the request was aborted after it was sent",
  );
  assert.equal(
    describeFailure(REFUSED, 5000),
    "the connection failed (TypeError: error sending request: connection refused)",
  );
  assert.equal(describeFailure("boom", 5000), "the connection failed (boom)");
});
