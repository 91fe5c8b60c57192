import assert from "node:assert/strict";
import {
  bucketKey,
  createClientRateLimiter,
  UPLOAD_LIMITS,
} from "../../src/sp_api/_client_rate_limit.ts";
import { createFakeClock } from "./_fake_clock.ts";

Deno.test("createClientRateLimiter() uses Amazon's default plan and the 25 ms margin", async () => {
  const clock = createFakeClock();
  const limiter = createClientRateLimiter({}, clock);
  assert.deepEqual(limiter.limits("k"), { rate: 1, burst: 5 });
  for (let i = 0; i < 5; i++) limiter.answered(await limiter.acquire("k"));
  assert.equal(clock.now(), 0);
  await limiter.acquire("k");
  assert.equal(clock.now(), 1025);
  assert.deepEqual(
    createClientRateLimiter({ rate: 2, burst: 3 }, clock).limits("k"),
    { rate: 2, burst: 3 },
  );
});

Deno.test("createClientRateLimiter() paces a queue from the first answer, not the first token", async () => {
  const clock = createFakeClock();
  const limiter = createClientRateLimiter({ rate: 10, burst: 2 }, clock);
  const burst = [await limiter.acquire("k"), await limiter.acquire("k")];
  const queued = limiter.acquire("k").then(() => clock.now());
  // The first answer comes 70 ms after the burst took its tokens.
  await clock.sleep(70);
  limiter.answered(burst[1]);
  limiter.answered(burst[0]);
  // Token at 100 ms, plus the 70 ms Amazon's bucket started late, plus 25.
  assert.equal(await queued, 195);
});

Deno.test("bucketKey() separates sellers, hosts and operations; uploads have their own plan", () => {
  const keys = new Set([
    bucketKey("a", "https://h1", "getAttributes"),
    bucketKey("b", "https://h1", "getAttributes"),
    bucketKey("a", "https://h2", "getAttributes"),
    bucketKey("a", "https://h1", "createWarranty"),
  ]);
  assert.equal(keys.size, 4);
  assert.ok(bucketKey("seller-42", "https://h", "op").startsWith("seller-42 "));
  assert.deepEqual(UPLOAD_LIMITS, { rate: 10, burst: 10 });
});
