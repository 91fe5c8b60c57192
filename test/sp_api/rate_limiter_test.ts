import assert from "node:assert/strict";
import {
  createRateLimiter,
  type RateLimits,
  type RateLimitStore,
} from "../../src/sp_api/rate_limiter.ts";
import { createFakeClock } from "./_fake_clock.ts";

Deno.test("createRateLimiter() waits for tokens on the clock", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ rate: 10, burst: 5, clock });
  const done: number[] = [];
  await Promise.all(
    Array.from(
      { length: 30 },
      () => limiter.acquire("seller op").then(() => done.push(clock.now())),
    ),
  );
  assert.equal(done.filter((t) => t === 0).length, 5);
  assert.equal(Math.max(...done), 2500);
  // In order, at most one per 100 ms after the burst.
  const sorted = [...done].sort((a, b) => a - b);
  for (let i = 5; i < sorted.length; i++) {
    assert.equal(sorted[i], (i - 4) * 100);
  }
});

Deno.test("createRateLimiter() defaults to 1 request per second with a burst of 5", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ clock });
  for (let i = 0; i < 7; i++) await limiter.acquire("k");
  assert.equal(clock.now(), 2000);
  assert.deepEqual(limiter.limits("k"), { rate: 1, burst: 5 });
});

Deno.test("createRateLimiter() adapts to x-amzn-RateLimit-Limit and ignores junk", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ rate: 100, burst: 1, clock });
  limiter.adapt("k", "string");
  limiter.adapt("k", "");
  limiter.adapt("k", null);
  limiter.adapt("k", "-1");
  assert.deepEqual(limiter.limits("k"), { rate: 100, burst: 1 });
  limiter.adapt("k", "2.0");
  assert.deepEqual(limiter.limits("k"), { rate: 2, burst: 1 });
  assert.deepEqual(limiter.limits("other"), { rate: 100, burst: 1 });
  await limiter.acquire("k");
  await limiter.acquire("k");
  assert.equal(clock.now(), 500);
  // Per-call limits keep their burst but take the adapted rate.
  assert.deepEqual(limiter.limits("k", { rate: 10, burst: 10 }), {
    rate: 2,
    burst: 10,
  });
});

Deno.test("createRateLimiter() drain() makes the next caller wait a full interval", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ rate: 4, burst: 5, clock });
  await limiter.acquire("k");
  await limiter.drain("k");
  await limiter.acquire("k");
  assert.equal(clock.now(), 250);
});

Deno.test("createRateLimiter() stops waiting when the signal aborts", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ rate: 1, burst: 1, clock });
  await limiter.acquire("k");
  const controller = new AbortController();
  const waiting = limiter.acquire("k", { signal: controller.signal });
  controller.abort(new DOMException("stop", "AbortError"));
  await assert.rejects(waiting, { name: "AbortError" });
  await assert.rejects(
    limiter.acquire("k", { signal: controller.signal }),
    { name: "AbortError" },
  );
});

Deno.test("createRateLimiter() uses a custom store with the limits of each call", async () => {
  const calls: [string, RateLimits, number][] = [];
  const store: RateLimitStore = {
    reserve(key, limits, now) {
      calls.push([key, limits, now]);
      return Promise.resolve(0);
    },
    drain() {},
  };
  const clock = createFakeClock(42);
  const limiter = createRateLimiter({ store, clock });
  await limiter.acquire("a");
  await limiter.acquire("b", { limits: { rate: 10, burst: 10 } });
  assert.deepEqual(calls, [
    ["a", { rate: 1, burst: 5 }, 42],
    ["b", { rate: 10, burst: 10 }, 42],
  ]);
});

Deno.test("createRateLimiter() throws RangeError for impossible plans", () => {
  assert.throws(() => createRateLimiter({ rate: 0 }), RangeError);
  assert.throws(() => createRateLimiter({ rate: -1 }), RangeError);
  assert.throws(() => createRateLimiter({ rate: NaN }), RangeError);
  assert.throws(() => createRateLimiter({ burst: 0.5 }), RangeError);
});

Deno.test("createRateLimiter() adds marginMs to queued waits only, never to the burst", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ rate: 10, burst: 2, clock, marginMs: 7 });
  const done: number[] = [];
  await Promise.all(
    Array.from(
      { length: 4 },
      () => limiter.acquire("seller op").then(() => done.push(clock.now())),
    ),
  );
  assert.deepEqual(done.sort((a, b) => a - b), [0, 0, 107, 207]);
  assert.throws(() => createRateLimiter({ marginMs: -1 }), RangeError);
  assert.throws(() => createRateLimiter({ marginMs: Number.NaN }), RangeError);
});

Deno.test("createRateLimiter({ anchorOnAnswers }) shifts a queue by how late the first answer came", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({
    rate: 10,
    burst: 2,
    clock,
    anchorOnAnswers: true,
  });
  const a = await limiter.acquire("k");
  const b = await limiter.acquire("k");
  assert.deepEqual([a.queued, b.queued, a.at, b.at], [false, false, 0, 0]);
  const woke: number[] = [];
  const queue = [1, 2, 3].map(() =>
    limiter.acquire("k").then((grant) => {
      woke.push(clock.now());
      return grant;
    })
  );
  // No answer yet at the first token's time: the queue waits for one.
  await clock.sleep(150);
  assert.deepEqual(woke, []);
  limiter.answered(b); // 150 ms after the tokens were taken
  const grants = await Promise.all(queue);
  assert.deepEqual(grants.map((g) => [g.queued, g.at]), [
    [true, 100],
    [true, 200],
    [true, 300],
  ]);
  assert.deepEqual(woke, [250, 350, 450]);
  // A queued request's answer does not widen the shift.
  clock.advance(1000);
  for (const grant of grants) limiter.answered(grant);
  const next = await limiter.acquire("k");
  assert.equal(next.queued, false); // the bucket refilled: a new spell
  const after = limiter.acquire("k");
  const third = limiter.acquire("k");
  limiter.answered(next);
  assert.equal((await after).queued, false);
  await third;
  assert.equal(clock.now(), 1450 + 100);
});

Deno.test("createRateLimiter({ anchorOnAnswers }) lets a caller give up while waiting for the first answer", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({
    rate: 10,
    burst: 1,
    clock,
    anchorOnAnswers: true,
  });
  await limiter.acquire("k");
  const controller = new AbortController();
  const waiting = limiter.acquire("k", { signal: controller.signal });
  await clock.sleep(500);
  controller.abort(new Error("no longer needed"));
  await assert.rejects(waiting, /no longer needed/);
});

Deno.test("createRateLimiter() without anchorOnAnswers never waits for answers", async () => {
  const clock = createFakeClock();
  const limiter = createRateLimiter({ rate: 10, burst: 1, clock });
  await limiter.acquire("k");
  assert.deepEqual(await limiter.acquire("k"), {
    key: "k",
    at: 100,
    queued: true,
  });
  assert.equal(clock.now(), 100);
});
