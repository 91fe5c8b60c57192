import assert from "node:assert/strict";
import {
  backoffDelay,
  parseRetryAfter,
  retryPolicy,
} from "../../src/sp_api/_retry.ts";

Deno.test("retryPolicy() has bounded defaults and takes a number as the limit", () => {
  const defaults = retryPolicy(undefined);
  assert.equal(defaults.limit, 3);
  assert.equal(defaults.backoffLimit, 30_000);
  assert.equal(defaults.maxRetryTime, 60_000);
  assert.equal(retryPolicy(0).limit, 0);
  assert.equal(retryPolicy(5).limit, 5);
  assert.equal(retryPolicy({ backoffLimit: 10 }).limit, 3);
});

Deno.test("retryPolicy() throws RangeError for negative numbers", () => {
  assert.throws(() => retryPolicy(-1), RangeError);
  assert.throws(() => retryPolicy({ maxRetryTime: -5 }), RangeError);
  assert.throws(() => retryPolicy({ backoffLimit: NaN }), RangeError);
});

Deno.test("backoffDelay() doubles from 500 ms up to the cap", () => {
  const policy = retryPolicy({ jitter: false, backoffLimit: 3000 });
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n)),
    [500, 1000, 2000, 3000, 3000],
  );
});

Deno.test("backoffDelay() applies full jitter between 0 and the capped delay", () => {
  const policy = retryPolicy({ backoffLimit: 4000 });
  for (let i = 0; i < 500; i++) {
    const retry = 1 + (i % 6);
    const delay = backoffDelay(policy, retry);
    const cap = Math.min(4000, 500 * 2 ** (retry - 1));
    assert.ok(delay >= 0 && delay <= cap, `${delay} > ${cap}`);
  }
  const spread = new Set(
    Array.from({ length: 50 }, () => backoffDelay(policy, 3)),
  );
  assert.ok(spread.size > 10, "full jitter should spread the delays");
  const custom = retryPolicy({ jitter: (d) => d / 2 });
  assert.equal(backoffDelay(custom, 2), 500);
  // A jitter function cannot exceed the cap.
  const wild = retryPolicy({ jitter: (d) => d * 100, backoffLimit: 1000 });
  assert.equal(backoffDelay(wild, 1), 500);
});

Deno.test("backoffDelay() honours Retry-After, capped by backoffLimit", () => {
  const policy = retryPolicy({ jitter: false, backoffLimit: 5000 });
  assert.equal(backoffDelay(policy, 1, 2000), 2000);
  assert.equal(backoffDelay(policy, 1, 100), 500);
  assert.equal(backoffDelay(policy, 1, 60_000), 5000);
});

Deno.test("parseRetryAfter() reads seconds and HTTP dates", () => {
  assert.equal(parseRetryAfter(null, 0), undefined);
  assert.equal(parseRetryAfter("", 0), undefined);
  assert.equal(parseRetryAfter("2", 0), 2000);
  assert.equal(parseRetryAfter("soon", 0), undefined);
  const now = Date.parse("2026-01-01T00:00:00Z");
  assert.equal(parseRetryAfter("Thu, 01 Jan 2026 00:00:03 GMT", now), 3000);
  assert.equal(parseRetryAfter("Thu, 01 Jan 2025 00:00:03 GMT", now), 0);
});
